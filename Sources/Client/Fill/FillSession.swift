import Foundation
import Shared

/// Walks the clerk through a report file, saving after every answer.
struct FillSession {
    var path: String
    var prompter = Prompter()

    /// Asks every question not yet answered, then validates. Returns the validation result.
    func run(restart: Bool) throws(CLIFailure) -> (ValidationResult, SelfInspectionReport) {
        var report = FillPlan.normalized(try ReportFile.load(path).report)
        var progress = restart ? FillProgress() : FillProgress.load(for: path)
        if !progress.answered.isEmpty {
            Console.out(
                "从上次中断处继续（已答 \(progress.answered.count) 题）。/ Resuming where you left off (\(progress.answered.count) answered).")
        }
        Console.out("每答一题即保存到 \(path)；随时可按 Ctrl-D 中断，下次运行 zicha fill 继续。")
        Console.out("Every answer is saved to \(path) at once; press Ctrl-D to stop and run zicha fill again to resume.")
        var answered = Set(progress.answered)
        var lastSection: [String] = []
        for step in FillPlan.steps(for: report) where !answered.contains(step.id) && step.applies(report) {
            if step.section != lastSection {
                Console.out("")
                for line in step.section { Console.out(line) }
                lastSection = step.section
            }
            do {
                try step.ask(&report, prompter)
            } catch {
                throw CLIFailure(
                    .refused,
                    "输入已结束，填写尚未完成；已保存的 \(answered.count) 个回答不会丢失，再次运行 `zicha fill \(path)` 即可继续。",
                    "Input ended before the form was complete; the \(answered.count) answers given are saved. Run `zicha fill \(path)` again to resume."
                )
            }
            try ReportFile.save(report, to: path)
            answered.insert(step.id)
            progress.answered.append(step.id)
            try progress.save(for: path)
        }
        FillProgress.remove(for: path)
        Console.out("")
        Console.out("填写完成，校验结果如下 / Done. Validation:")
        return (LocalValidator.check(report), report)
    }
}
