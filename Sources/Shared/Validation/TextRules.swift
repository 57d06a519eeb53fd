/// docs/FORM.md "Validation" 6, text: a template's placeholder left anywhere, and control
/// characters (C0, DEL, C1 — what arrow and backspace keys leave in a terminal that does not
/// edit lines) anywhere except line breaks in the fields that may hold several lines.
/// The fields and which of them are multi-line are listed in `TextRules+Fields.swift`.
extension Validator {
    /// Whether a field may hold several lines.
    enum Lines {
        case single, multi
    }

    /// `text.placeholder` and `text.controlCharacter` for one text field (absent: nothing to check).
    mutating func checkText(
        _ text: String?, _ path: @autoclosure () -> String, _ zhName: String, _ lines: Lines = .single,
        indicator: IndicatorID? = nil
    ) {
        guard let text, !text.isEmpty else { return }
        // Paths are written out only for a finding: a report's thousands of clean texts need none.
        if Placeholder.contains(text) {
            let path = path()
            add(
                .error, "text.placeholder", indicator, path,
                "“\(zhName)”仍是模板的占位文字\(FieldText.quoted(text))，请填写实际内容；可选项不填时请删除该项",
                "\(path) still holds the template's placeholder \(FieldText.quoted(text)); fill in the real text, or delete an optional field left empty"
            )
        }
        guard let found = ControlCharacters.first(in: text, allowingLineBreaks: lines == .multi) else { return }
        let path = path()
        if ControlCharacters.isLineBreak(found.scalar) {
            add(
                .error, "text.controlCharacter", indicator, path,
                "“\(zhName)”只能填写一行，第 \(found.position) 个字符处有换行，请删除换行",
                "\(path) must be a single line, but there is a line break at character \(found.position); remove it")
            return
        }
        let name = ControlCharacters.name(found.scalar)
        let around = ControlCharacters.visible(ControlCharacters.excerpt(text, around: found.position))
        add(
            .error, "text.controlCharacter", indicator, path,
            "“\(zhName)”第 \(found.position) 个字符是控制字符 \(name)（“\(around)”），屏幕上看不见，多为方向键、退格键等按键被录入；请删除后重新填写",
            "\(path) holds the control character \(name) at character \(found.position) (“\(around)”), invisible on screen and usually left by arrow or backspace keys; remove it and type the text again"
        )
    }
}
