import Foundation
import Shared

extension SpotCheckService {
    /// The draws with each sampled platform's name, address and portal, read from the sampled
    /// version's stored report (each version decoded once).
    func withPlatforms(_ checks: [SpotCheck], round: String) async throws -> [SpotCheck] {
        var platforms: [String: [String: Platform]] = [:]
        for item in checks.flatMap(\.items) {
            let key = "\(item.filer)/\(item.version)"
            guard platforms[key] == nil else { continue }
            guard let bytes = try await store.reportBytes(round: round, filer: item.filer, number: item.version) else {
                platforms[key] = [:]
                continue
            }
            // Stored versions passed the decoder at upload.
            let report = try ReportDecoder.decode(bytes)
            platforms[key] = Dictionary(report.platforms.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        return checks.map { check in
            var check = check
            for index in check.items.indices {
                let item = check.items[index]
                guard let platform = platforms["\(item.filer)/\(item.version)"]?[item.platformId] else { continue }
                check.items[index].platformName = platform.name
                check.items[index].url = platform.url
                check.items[index].portalUrl = platform.portalUrl
            }
            return check
        }
    }
}
