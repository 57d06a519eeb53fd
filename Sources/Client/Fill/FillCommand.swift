/// The commands a clerk can type instead of an answer in `zicha fill`, e.g. `:add-item` or
/// `:remove-item 3`.
enum FillCommand: Equatable {
    case help
    /// Re-ask the question answered before this one.
    case back
    /// Leave this question unanswered for now.
    case skip
    case addPlatform
    case addItem
    /// Remove service item N (1-based) of the current platform, or the current item.
    case removeItem(Int?)
    /// Remove platform N (1-based), or the current platform.
    case removePlatform(Int?)

    /// The command `input` names: `nil` when it is not a command at all (an answer), `.failure`
    /// with the name when it looks like one (`:word`) that does not exist.
    static func parse(_ input: String) -> Result<FillCommand, UnknownCommand>? {
        guard let match = input.wholeMatch(of: /[:：]([a-zA-Z-]+)(?:\s+(\d+))?/) else { return nil }
        let number = match.2.flatMap { Int($0) }
        switch (match.1.lowercased(), number) {
        case ("help", nil), ("h", nil): return .success(.help)
        case ("back", nil), ("b", nil): return .success(.back)
        case ("skip", nil), ("s", nil): return .success(.skip)
        case ("add-platform", nil): return .success(.addPlatform)
        case ("add-item", nil): return .success(.addItem)
        case ("remove-item", _): return .success(.removeItem(number))
        case ("remove-platform", _): return .success(.removePlatform(number))
        default: return .failure(UnknownCommand(name: String(match.0)))
        }
    }

    /// A `:word` that is no command.
    struct UnknownCommand: Error {
        var name: String
    }

    /// One line shown before the first question and on `:help`.
    static let helpLine =
        "命令 / Commands: :back 上一题 · :skip 跳过 · :add-platform · :add-item · :remove-item [M] · :remove-platform [N] · :help"

    /// How the edit line works, shown with the commands.
    static let keysLine =
        "按键 / Keys: ←/→ Home/End 移动 · ↑/↓ 之前的回答 history · Ctrl-U 清空本行 clear · Ctrl-D 暂停 pause"
}
