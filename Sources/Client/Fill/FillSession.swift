import Foundation
import Shared

/// Walks the clerk through a report file question by question, saving after every answer.
///
/// The next question is always the first one in the form's order that is still to ask, so
/// that going back, skipping, adding and removing platforms or items need no bookkeeping of a
/// position: re-asked questions come first, then an added platform or item, then the rest.
struct FillSession {
    enum Outcome {
        /// Every question of the run was asked; the report as validated now.
        case finished(ValidationResult, SelfInspectionReport)
        /// Ctrl-D: the answers are saved, the clerk resumes later.
        case paused
    }

    let path: String
    var scope: FillScope
    /// The scope's platform or item was removed: only added parts remain to ask.
    var scopeGone = false
    var report: SelfInspectionReport
    var steps: [FillStep]
    var progress: FillProgress
    var answered: Set<String>
    /// Whether the progress file is kept: always in a plain run, otherwise only when one exists.
    let tracksProgress: Bool
    /// Questions asked (or skipped) in this run, never asked again in it unless re-asked.
    var visited: Set<String> = []
    /// Questions answered in this run, newest last, for `:back`.
    var asked: [String] = []
    /// Questions to ask again before anything else (`:back`).
    var replay: [String] = []
    /// Platforms and items added in this run: all their questions are asked, whatever the scope.
    var added: [String] = []
    /// The platform or item just added, asked before the walk carries on.
    var focus: String?
    /// The findings of the report as it stands, with `--errors`.
    var findings: FillFindings?
    var answeredNow = 0
    var lastSection: [String] = []

    /// Loads the report at `path` and checks `scope` against it.
    init(path: String, scope: FillScope) throws(CLIFailure) {
        self.path = path
        self.scope = scope
        report = FillPlan.normalized(try ReportFile.load(path).report)
        try self.scope.resolve(against: report)
        steps = FillPlan.steps(for: report)
        progress = scope.restart ? FillProgress() : FillProgress.load(for: path)
        answered = Set(progress.answered)
        tracksProgress = scope.isWholeForm || FileManager.default.fileExists(atPath: FillProgress.path(for: path))
    }

    /// Asks the questions of the run through `prompter`, then validates.
    mutating func run(with prompter: Prompter) throws(CLIFailure) -> Outcome {
        announce()
        while let index = nextQuestion() {
            let step = steps[index]
            if step.section != lastSection {
                Console.out("")
                for line in step.section { Console.out(line) }
                lastSection = step.section
            }
            Console.out(progressLine(index))
            do {
                try step.ask(&report, prompter)
            } catch {
                guard case .command(let command) = error else { return pause() }
                do {
                    try perform(command, at: step, prompter)
                } catch {
                    return pause()
                }
                try save()
                continue
            }
            record(step.id)
            try save()
        }
        return finish()
    }

    private mutating func nextQuestion() -> Int? {
        while let id = replay.first {
            if let index = steps.firstIndex(where: { $0.id == id }), steps[index].applies(report) { return index }
            replay.removeFirst()
        }
        findings = scope.errorsOnly ? FillFindings(LocalValidator.check(report).issues) : nil
        if let focus {
            if let index = steps.firstIndex(where: { FillPath.isWithin($0.id, focus) && isPending($0) }) { return index }
            self.focus = nil
        }
        return steps.firstIndex(where: isPending)
    }

    private func isPending(_ step: FillStep) -> Bool {
        guard !visited.contains(step.id), step.applies(report) else { return false }
        if added.contains(where: { FillPath.isWithin(step.id, $0) }) { return true }
        guard !scopeGone, scope.contains(step.id) else { return false }
        if let findings { return findings.matches(step.id) }
        return !scope.isWholeForm || !answered.contains(step.id)
    }

    /// `[第 37/485 题 · 平台 2/3 · 事项 5/20 | …]`, and with `--errors` how many remain.
    private func progressLine(_ index: Int) -> String {
        var number = 0
        var total = 0
        for (i, step) in steps.enumerated() where step.applies(report) {
            total += 1
            if i <= index { number += 1 }
        }
        var zh = "第 \(number)/\(total) 题"
        var en = "question \(number) of \(total)"
        let location = StepLocation(path: steps[index].id)
        if let p = location.platform, report.platforms.indices.contains(p) {
            zh += " · 平台 \(p + 1)/\(report.platforms.count)"
            en += ", platform \(p + 1) of \(report.platforms.count)"
            if let i = location.item {
                let items = report.platforms[p].serviceItems.count
                zh += " · 事项 \(i + 1)/\(items)"
                en += ", item \(i + 1) of \(items)"
            }
        }
        if findings != nil {
            let left = steps.count(where: isPending)
            zh += " · 待改 \(left) 题"
            en += ", \(left) to review"
        }
        return "[\(zh) | \(en)]"
    }

    private mutating func record(_ id: String) {
        replay.removeAll { $0 == id }
        visited.insert(id)
        asked.append(id)
        answeredNow += 1
        if answered.insert(id).inserted { progress.answered.append(id) }
    }

    func save() throws(CLIFailure) {
        try ReportFile.save(report, to: path)
        if tracksProgress { try progress.save(for: path) }
    }

    private func pause() -> Outcome {
        let resume = scope.resumeCommand(path)
        Console.out("已暂停。本次的 \(answeredNow) 个回答和之前的回答都已保存在 \(path)；继续填写请运行 `\(resume)`，从中断处接着问。")
        Console.out(
            "Paused. All answers, the \(answeredNow) of this run included, are saved in \(path); run `\(resume)` to carry on where you stopped."
        )
        return .paused
    }

    private func finish() -> Outcome {
        let unanswered = steps.count { $0.applies(report) && !answered.contains($0.id) }
        if tracksProgress && unanswered == 0 {
            FillProgress.remove(for: path)
        } else if scope.isWholeForm {
            Console.out("")
            Console.out(
                "还有 \(unanswered) 题跳过未答，再次运行 `zicha fill \(path)` 会再问。/ \(unanswered) skipped question(s) are asked again by `zicha fill \(path)`."
            )
        }
        Console.out("")
        Console.out("填写完成，校验结果如下 / Done. Validation:")
        return .finished(LocalValidator.check(report), report)
    }
}
