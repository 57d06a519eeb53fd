import Foundation
import TestSupport

extension Workspace {
    /// Runs the real `zicha` binary here, with `env` (e.g. ZICHA_SERVER, ZICHA_KEY).
    func zicha(_ arguments: String..., env: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.run(try Binaries.zicha(), arguments, in: url, env: env)
    }

    /// `Examples/report-valid.json` exported by the real `zicha` into `name`.
    func exportedExample(_ name: String = "report.xlsx") throws -> URL {
        try copyExample("report-valid.json", as: "example.json")
        let result = try zicha("export", "example.json", "--output", name)
        guard result.status == 0 else { throw HarnessError("zicha export failed: \(result.output)") }
        return file(name)
    }
}
