import Shared

/// The reproducible stratified draw of spot checks.
///
/// The population is every platform of each filer's latest version, put in a fixed order (filer
/// code, then platform id). Each level is drawn on its own generator, seeded with the draw's seed
/// mixed with the level's name, by a partial Fisher–Yates shuffle: the same seed over the same
/// data always gives the same sample, and changing one level's count leaves the others' alone.
/// A level with fewer platforms than asked for is taken whole.
package enum SpotCheckDraw {
    /// One platform that can be drawn.
    package struct Candidate: Sendable, Equatable {
        package var filer: String
        package var versionID: Int64
        package var platformID: String
        package var level: PlatformLevel

        package init(filer: String, versionID: Int64, platformID: String, level: PlatformLevel) {
            self.filer = filer
            self.versionID = versionID
            self.platformID = platformID
            self.level = level
        }
    }

    /// The strata (levels asked for, in `PlatformLevel` order) and the drawn platforms, by level
    /// and then population order.
    package static func draw(
        seed: Int64, counts: [PlatformLevel: Int], population: [Candidate]
    ) -> (strata: [SpotCheckStratum], drawn: [Candidate]) {
        let ordered = population.sorted { ($0.filer, $0.platformID) < ($1.filer, $1.platformID) }
        var strata: [SpotCheckStratum] = []
        var drawn: [Candidate] = []
        for level in PlatformLevel.allCases {
            guard let requested = counts[level] else { continue }
            let stratum = ordered.filter { $0.level == level }
            var indices = Array(stratum.indices)
            let take = min(requested, indices.count)
            var generator = SplitMix64(seed: UInt64(bitPattern: seed) ^ salt(level.rawValue))
            for i in 0..<take {
                let j = i + Int(generator.next(below: UInt64(indices.count - i)))
                indices.swapAt(i, j)
            }
            drawn += indices[0..<take].sorted().map { stratum[$0] }
            strata.append(SpotCheckStratum(level: level, requested: requested, available: stratum.count, drawn: take))
        }
        return (strata, drawn)
    }

    /// FNV-1a of the level's name: a fixed, documented way to give each level its own stream.
    static func salt(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
