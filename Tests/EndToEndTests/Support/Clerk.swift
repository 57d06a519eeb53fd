import Foundation

/// Runs `zicha` as a clerk would, with `ZICHA_SERVER` and `ZICHA_KEY` set.
struct Clerk {
    let workspace: Workspace
    var server: String?
    var key: String?

    var environment: [String: String] {
        var env: [String: String] = [:]
        env["ZICHA_SERVER"] = server
        env["ZICHA_KEY"] = key
        return env
    }

    func run(_ arguments: String...) throws -> CommandResult {
        try run(arguments)
    }

    func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(try Binaries.zicha(), arguments, in: workspace.url, env: environment)
    }

    /// `zicha versions --format json`, decoded loosely: the version numbers stored.
    func storedVersions(round: String = "2017") throws -> [Int] {
        let result = try run("versions", "--round", round, "--format", "json")
        guard result.status == 0,
            let list = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        else { throw HarnessError("zicha versions failed: \(result.output)") }
        return list.compactMap { ($0["receipt"] as? [String: Any])?["version"] as? Int }
    }
}
