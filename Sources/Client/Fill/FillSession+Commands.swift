import Shared

/// What `zicha fill` says before the first question, and the `:commands` typed instead of an answer.
extension FillSession {
    typealias Label = Prompter.Label

    func announce() {
        let resume = scope.resumeCommand(path)
        Console.out("每答一题即保存到 \(path)；随时可按 Ctrl-D 暂停，之后运行 `\(resume)` 继续。")
        Console.out("Every answer is saved to \(path) at once; Ctrl-D pauses, and `\(resume)` carries on.")
        Console.out(FillCommand.helpLine)
        Console.out(FillCommand.keysLine)
        if scope.isWholeForm {
            if answered.isEmpty {
                Console.out("只改校验发现的问题：--errors；只改某个平台或服务事项：--platform N [--item M]")
                Console.out("To fix only what validation found: --errors; one platform or item: --platform N [--item M]")
            } else {
                Console.out("从上次中断处继续（已答 \(answered.count) 题）。/ Resuming where you left off (\(answered.count) answered).")
            }
        }
        if let platform = scope.platform {
            let p = report.platforms[platform]
            let what =
                scope.item.map { "平台 \(platform + 1) 服务事项 \($0 + 1)“\(visible(p.serviceItems[$0].name))”" }
                ?? "平台 \(platform + 1)“\(visible(p.name))”"
            Console.out("只询问\(what)的问题。/ Asking only the questions of that \(scope.item == nil ? "platform" : "service item").")
        }
        if scope.errorsOnly { announceFindings() }
    }

    private func announceFindings() {
        let result = LocalValidator.check(report)
        guard !result.issues.isEmpty else {
            Console.out("校验没有发现问题，无需修改。/ Validation finds nothing to fix.")
            return
        }
        Console.out(
            "校验发现 \(result.errors) 个错误、\(result.warnings) 个警告，逐一询问相关的题目。/ Validation finds \(result.errors) error(s) and \(result.warnings) warning(s); asking the questions behind them."
        )
        let unplaced = FillFindings(result.issues).unplaced(in: steps)
        guard !unplaced.isEmpty else { return }
        Console.out("以下问题不在 fill 的题目中，请用编辑器修改（缺服务事项可用 :add-item）/ These are fixed in an editor (a missing item with :add-item):")
        for issue in unplaced { Console.out("  - \(issue.path): \(issue.message) / \(issue.messageEn)") }
    }

    /// Carries out `command`, typed at the question `step`.
    mutating func perform(_ command: FillCommand, at step: FillStep, _ prompter: Prompter) throws(Prompter.Interruption) {
        let here = StepLocation(path: step.id)
        switch command {
        case .help:
            Console.out("  " + FillCommand.helpLine)
            Console.out("  " + FillCommand.keysLine)
        case .back:
            guard let last = asked.popLast() else {
                Console.out("  本次还没有回答过问题 / nothing has been answered in this run yet")
                return
            }
            replay.insert(last, at: 0)
        case .skip:
            visited.insert(step.id)
            replay.removeAll { $0 == step.id }
            Console.out("  已跳过 / skipped")
        case .addPlatform:
            addPlatform()
        case .addItem:
            guard let p = try choosePlatform(here.platform, prompter) else { return }
            report.platforms[p].serviceItems.append(ReportTemplate.serviceItem)
            let i = report.platforms[p].serviceItems.count - 1
            didAdd("platforms[\(p)].serviceItems[\(i)]")
            Console.out("  已添加平台 \(p + 1) 的服务事项 \(i + 1)，现在填写它，之后回到原来的问题。")
            Console.out("  Added service item \(i + 1) to platform \(p + 1); it is asked now, then the walk returns here.")
        case .removeItem(let number):
            guard let p = try choosePlatform(here.platform, prompter) else { return }
            try removeItem(number.map { $0 - 1 } ?? (here.platform == p ? here.item : nil), of: p, prompter)
        case .removePlatform(let number):
            try removePlatform(number.map { $0 - 1 } ?? here.platform, prompter)
        }
    }

    private mutating func addPlatform() {
        let number = report.platforms.count + 1
        var platform = ReportTemplate.platform(number: number, filer: report.filer.code, items: 1)
        let ids = Set(report.platforms.map(\.id))
        var n = number
        while ids.contains("p\(n)") { n += 1 }
        platform.id = "p\(n)"
        report.platforms.append(platform)
        didAdd("platforms[\(number - 1)]")
        Console.out("  已添加平台 \(number)（含 1 个服务事项），现在填写它，之后回到原来的问题。")
        Console.out("  Added platform \(number) with one service item; it is asked now, then the walk returns here.")
    }

    private mutating func didAdd(_ path: String) {
        steps = FillPlan.steps(for: report)
        added.append(path)
        focus = path
    }

    /// The platform a command works on: the current question's, the only one, or the one asked for.
    private func choosePlatform(_ current: Int?, _ prompter: Prompter) throws(Prompter.Interruption) -> Int? {
        if let current { return current }
        if report.platforms.count == 1 { return 0 }
        let count = report.platforms.count
        return try answerOrNil(prompter) { () throws(Prompter.Interruption) in
            try prompter.ask(Label("哪个平台？", "Which platform?"), help: ["1–\(count)"]) { input in
                guard let n = Int(input), (1...count).contains(n) else {
                    return .failure(Prompter.Hint("请输入 1 到 \(count)", "type a number from 1 to \(count)"))
                }
                return .success(n - 1)
            }
        }
    }

    private mutating func removeItem(_ index: Int?, of p: Int, _ prompter: Prompter) throws(Prompter.Interruption) {
        let items = report.platforms[p].serviceItems
        guard let i = index, items.indices.contains(i) else {
            Console.out("  请写明平台 \(p + 1) 的第几个服务事项（共 \(items.count) 个），如 :remove-item 2 / name the item, e.g. :remove-item 2")
            return
        }
        guard items.count > 1 else {
            Console.out("  每个平台至少要有一个服务事项；请先 :add-item 再删除 / a platform needs at least one item; :add-item first")
            return
        }
        let name = FillQuestions.realValue(items[i].name).map { "“\(visible($0))”" } ?? ""
        let label = Label(
            "确认删除平台 \(p + 1) 的服务事项 \(i + 1)\(name)及其全部回答？",
            "Remove service item \(i + 1) of platform \(p + 1) and all its answers?")
        guard try confirm(label, prompter) else { return }
        report.platforms[p].serviceItems.remove(at: i)
        didRemove(list: "platforms[\(p)].serviceItems", index: i)
        Console.out("  已删除 / removed")
    }

    private mutating func removePlatform(_ index: Int?, _ prompter: Prompter) throws(Prompter.Interruption) {
        let count = report.platforms.count
        guard let p = index, report.platforms.indices.contains(p) else {
            Console.out("  请写明第几个平台（共 \(count) 个），如 :remove-platform 2 / name the platform, e.g. :remove-platform 2")
            return
        }
        guard count > 1 else {
            Console.out("  报告至少要有一个平台；请先 :add-platform 再删除 / a report needs a platform; :add-platform first")
            return
        }
        let name = FillQuestions.realValue(report.platforms[p].name).map { "“\(visible($0))”" } ?? ""
        let items = report.platforms[p].serviceItems.count
        let label = Label(
            "确认删除平台 \(p + 1)\(name)及其 \(items) 个服务事项的全部回答？",
            "Remove platform \(p + 1), its \(items) item(s) and all their answers?")
        guard try confirm(label, prompter) else { return }
        report.platforms.remove(at: p)
        didRemove(list: "platforms", index: p)
        Console.out("  已删除 / removed")
    }

    private func confirm(_ label: Label, _ prompter: Prompter) throws(Prompter.Interruption) -> Bool {
        let yes = try answerOrNil(prompter) { () throws(Prompter.Interruption) in try prompter.confirm(label) } ?? false
        if !yes { Console.out("  未删除 / nothing removed") }
        return yes
    }

    /// `ask`'s answer, or `nil` when a command was typed instead (the command is dropped).
    private func answerOrNil<T>(_ prompter: Prompter, _ ask: () throws(Prompter.Interruption) -> T) throws(Prompter.Interruption)
        -> T?
    {
        do {
            return try ask()
        } catch {
            if case .command = error { return nil }
            throw error
        }
    }

    /// A clerk's text as it may be echoed to the terminal.
    private func visible(_ text: String) -> String { ControlCharacters.visible(text) }

    /// Renumbers every question id after element `index` of `list` was removed.
    private mutating func didRemove(list: String, index: Int) {
        let shift = { (id: String) in FillPath.shifted(id, list: list, removed: index) }
        progress.answered = progress.answered.compactMap(shift)
        answered = Set(progress.answered)
        visited = Set(visited.compactMap(shift))
        asked = asked.compactMap(shift)
        replay = replay.compactMap(shift)
        added = added.compactMap(shift)
        focus = focus.flatMap(shift)
        if let moved = scope.shifted(list: list, removed: index) { scope = moved } else { scopeGone = true }
        steps = FillPlan.steps(for: report)
    }
}
