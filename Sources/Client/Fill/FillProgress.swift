import Foundation
import Shared

/// Which questions of a `zicha fill` session are answered, kept next to the report
/// (`FILE.fill-progress`) so that an interrupted session resumes where it stopped.
struct FillProgress: Codable {
    var answered: [String] = []

    static func path(for reportPath: String) -> String { reportPath + ".fill-progress" }

    static func load(for reportPath: String) -> FillProgress {
        guard let data = FileManager.default.contents(atPath: path(for: reportPath)),
            let progress = try? JSONDecoder().decode(FillProgress.self, from: data)
        else { return FillProgress() }
        return progress
    }

    func save(for reportPath: String) throws(CLIFailure) {
        let data = (try? ReportCoding.encode(self)) ?? Data()
        try ReportFile.writeAtomically(data, to: Self.path(for: reportPath))
    }

    static func remove(for reportPath: String) {
        try? FileManager.default.removeItem(atPath: path(for: reportPath))
    }
}
