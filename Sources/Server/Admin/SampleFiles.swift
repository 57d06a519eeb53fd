import Foundation
import Shared

/// The notice's sample round (`SampleRound`) as the report files the 32 regional filers of the
/// built-in roster would upload: `zicha-server sample generate` writes them, tests upload them.
package enum SampleFiles {
    /// The regional filers (31 provinces and the Corps, 110000…660000), by code.
    package static var filers: [FilerReference] {
        BuiltInFilers.all.filter { $0.kind != .department }.map { FilerReference(code: $0.code, name: $0.name) }
    }

    /// The day the sample reports are prepared on, before the 2017 deadline.
    package static let defaultPreparedOn = Day(year: 2017, month: 12, day: 20)!

    /// Each filer's report bytes, byte-stable (`ReportCoding`), in filer code order.
    package static func reports(round: String = "2017", preparedOn: Day = defaultPreparedOn) throws -> [(
        filer: String, bytes: Data
    )] {
        try SampleRound.reports(round: round, filers: filers, preparedOn: preparedOn).map {
            ($0.filer.code, try ReportCoding.encode($0))
        }
    }

    /// Writes `<code>.json` per filer into `directory` (created if needed); returns the files.
    package static func write(to directory: URL, round: String = "2017", preparedOn: Day = defaultPreparedOn) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try reports(round: round, preparedOn: preparedOn).map { report in
            let url = directory.appendingPathComponent("\(report.filer).json")
            try report.bytes.write(to: url, options: .atomic)
            return url
        }
    }
}
