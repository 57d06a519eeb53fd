import Foundation

extension SheetParser {
    /// Parses the sheets `parts` (sheet, part path, bytes) side by side, one per core: the sheets
    /// are independent once the shared strings are known.
    static func parse(
        _ parts: [(Sheet, String, Data)], sharedStrings: [String], dateStyles: [Bool]
    ) throws(WorkbookReadError) -> [Sheet: [RawRow]] {
        let results = Results(count: parts.count)
        // The biggest first, so that the cores finish together.
        let order = parts.indices.sorted { parts[$0].2.count > parts[$1].2.count }
        DispatchQueue.concurrentPerform(iterations: parts.count) { turn in
            let index = order[turn]
            results.set(index, parse(parts[index].2, sharedStrings: sharedStrings, dateStyles: dateStyles))
        }
        var out: [Sheet: [RawRow]] = [:]
        for (index, part) in parts.enumerated() {
            guard let rows = results.get(index) else { throw .broken(part.1) }
            out[part.0] = rows
        }
        return out
    }

    /// The parsed sheets, filled in from several threads.
    private final class Results: @unchecked Sendable {
        private var rows: [[RawRow]?]
        private let lock = NSLock()

        init(count: Int) { rows = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: [RawRow]?) { lock.withLock { rows[index] = value } }
        func get(_ index: Int) -> [RawRow]? { lock.withLock { rows[index] } }
    }
}
