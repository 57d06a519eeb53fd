import Foundation
import Shared

/// What the filer page needs of a whole stored report, without holding its thousands of items:
/// the header and the platforms decoded, and of each service item its name, its failed
/// indicators and where its bytes lie. A page then decodes the items it shows from the stored
/// bytes (`report(showing:from:)`). Keeping the whole decoded report instead cost about 70 MB
/// for a 16 MiB report; the pages of one, outline included, now grow the server by about 20 MB
/// (`zicha-bench pages`), so outlines can be kept between requests (`DecodedReports`).
package struct ReportOutline: Sendable {
    /// The report whose service items are stubs: each has its name and nothing else.
    package let skeleton: SelfInspectionReport
    /// Failed indicators of each service item, by platform then item.
    package let failed: [[Int]]
    let layout: ReportLayout
    /// The stored report's size in bytes.
    let size: Int

    /// The stored bytes could not be read as they were at upload.
    package struct Unreadable: Error, CustomStringConvertible {
        package var description: String
    }

    /// Reads the stored `bytes`: the header and platforms in one decoding, then each service item
    /// on its own, so that one item at a time is held.
    package init(bytes: Data) throws {
        guard let layout = ReportLayout.scan(bytes) else { throw Unreadable(description: "stored report is not a JSON object") }
        let decoder = ReportCoding.decoder()
        var skeleton = try decoder.decode(SelfInspectionReport.self, from: layout.withoutItems(bytes))
        guard skeleton.platforms.count == layout.platforms.count else {
            throw Unreadable(
                description: "stored report: \(layout.platforms.count) platforms found, \(skeleton.platforms.count) decoded")
        }
        var failed: [[Int]] = []
        for (i, span) in layout.platforms.enumerated() {
            var counts: [Int] = []
            var stubs: [ServiceItem] = []
            counts.reserveCapacity(span.items.count)
            stubs.reserveCapacity(span.items.count)
            for range in span.items {
                let glance = try decoder.decode(
                    ItemGlance.self, from: bytes[(bytes.startIndex + range.lowerBound)..<(bytes.startIndex + range.upperBound)])
                counts.append(glance.failed)
                stubs.append(ServiceItem(name: glance.name, department: "", guide: Guide(), checks: ServiceItemChecks()))
            }
            skeleton.platforms[i].serviceItems = stubs
            failed.append(counts)
        }
        self.skeleton = skeleton
        self.failed = failed
        self.layout = layout
        size = bytes.count
    }

    /// Where the items `shown` (platform, item) lie in the stored bytes; items the report does
    /// not have are left out.
    func parts(_ shown: [(platform: Int, item: Int)]) -> [(platform: Int, item: Int, range: Range<Int>)] {
        shown.compactMap { i, j in
            guard layout.platforms.indices.contains(i), layout.platforms[i].items.indices.contains(j) else { return nil }
            return (i, j, layout.platforms[i].items[j])
        }
    }

    /// The report with the items `parts` (platform, item, the item's bytes) decoded and the
    /// others left stubs.
    func report(with parts: [(platform: Int, item: Int, bytes: Data)]) throws -> SelfInspectionReport {
        var report = skeleton
        let decoder = ReportCoding.decoder()
        for (i, j, bytes) in parts
        where report.platforms.indices.contains(i) && report.platforms[i].serviceItems.indices.contains(j) {
            report.platforms[i].serviceItems[j] = try decoder.decode(ServiceItem.self, from: bytes)
        }
        return report
    }

    /// The report with the items `shown` (platform, item) decoded from `bytes`, the whole stored
    /// bytes the outline was read from, and the others left stubs.
    package func report(showing shown: [(platform: Int, item: Int)], from bytes: Data) throws -> SelfInspectionReport {
        try report(
            with: parts(shown).map {
                ($0.platform, $0.item, bytes[(bytes.startIndex + $0.range.lowerBound)..<(bytes.startIndex + $0.range.upperBound)])
            })
    }
}

/// Of a service item, what the outline keeps: its name and how many of its indicators failed,
/// read without the rest of its text (about half the time of decoding the whole item).
private struct ItemGlance: Decodable {
    var name: String
    var failed = 0

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// The item's indicators, by the keys of its `checks`.
    private static let indicators = IndicatorCatalogue.serviceItemIndicators.map { Key(stringValue: $0.id.rawValue) }

    init(from decoder: any Decoder) throws {
        let item = try decoder.container(keyedBy: Key.self)
        name = try item.decode(String.self, forKey: Key(stringValue: "name"))
        guard let checks = try Self.object(Key(stringValue: "checks"), in: item) else { return }
        for indicator in Self.indicators {
            // A check is one flat object: the assessment's `result` beside the evidence (`Check`).
            guard let check = try Self.object(indicator, in: checks) else { continue }
            if try check.decodeIfPresent(AssessmentResult.self, forKey: Key(stringValue: "result")) == .fail { failed += 1 }
        }
    }

    /// The object at `key` of `container`, nil when the key is absent or null.
    private static func object(_ key: Key, in container: KeyedDecodingContainer<Key>) throws -> KeyedDecodingContainer<Key>? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        return try container.nestedContainer(keyedBy: Key.self, forKey: key)
    }
}
