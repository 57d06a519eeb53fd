import Shared

/// Which questions a `zicha fill` run asks.
struct FillScope {
    /// `--restart`: ask every question again, ignoring the saved progress.
    var restart = false
    /// `--errors`: only the questions behind validation findings.
    var errorsOnly = false
    /// `--platform N` / `--item M`, 0-based: only that platform's own questions, or that item's.
    var platform: Int?
    var item: Int?

    /// A plain run: every question not yet answered, in order.
    var isWholeForm: Bool { !errorsOnly && platform == nil }

    /// The command that carries on this kind of run, for the pause message.
    func resumeCommand(_ file: String) -> String {
        var command = "zicha fill \(file)"
        if errorsOnly { command += " --errors" }
        if let platform { command += " --platform \(platform + 1)" }
        if let item { command += " --item \(item + 1)" }
        return command
    }

    /// Checks `--platform`/`--item` against `report` (one platform may go without `--platform`).
    mutating func resolve(against report: SelfInspectionReport) throws(CLIFailure) {
        if restart && !isWholeForm {
            throw CLIFailure(
                .usage, "--restart 不能与 --errors、--platform、--item 同用。",
                "--restart cannot be combined with --errors, --platform or --item.")
        }
        if item != nil && platform == nil {
            guard report.platforms.count == 1 else {
                throw CLIFailure(
                    .usage, "报告有 \(report.platforms.count) 个平台，请用 --platform N 指明 --item 属于哪个平台。",
                    "The report has \(report.platforms.count) platforms; name the item's platform with --platform N.")
            }
            platform = 0
        }
        if let platform, !report.platforms.indices.contains(platform) {
            throw CLIFailure(
                .usage, "没有第 \(platform + 1) 个平台：报告共有 \(report.platforms.count) 个平台。",
                "There is no platform \(platform + 1): the report has \(report.platforms.count).")
        }
        if let platform, let item, !report.platforms[platform].serviceItems.indices.contains(item) {
            let count = report.platforms[platform].serviceItems.count
            throw CLIFailure(
                .usage, "平台 \(platform + 1) 没有第 \(item + 1) 个服务事项：共有 \(count) 个。",
                "Platform \(platform + 1) has no service item \(item + 1): it has \(count).")
        }
    }

    /// Whether the question `id` lies in the part of the form `--platform`/`--item` names.
    func contains(_ id: String) -> Bool {
        guard let platform else { return true }
        let location = StepLocation(path: id)
        return location.platform == platform && location.item == item
    }

    /// The scope after element `removed` of `list` was deleted; `nil` when the scope went with it.
    func shifted(list: String, removed: Int) -> FillScope? {
        guard let path = StepLocation(platform: platform, item: item).path else { return self }
        guard let moved = FillPath.shifted(path, list: list, removed: removed) else { return nil }
        var scope = self
        let location = StepLocation(path: moved)
        scope.platform = location.platform
        scope.item = location.item
        return scope
    }
}
