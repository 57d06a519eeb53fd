/// The placeholder texts of blank reports (`zicha init`, the workbook template): one definition,
/// so that the validator recognises every placeholder a template writes, wherever it is left.
///
/// A placeholder text is `（请填写：<zh> / <en>）`. The full-width parenthesis, 请填写 and the
/// full-width colon together are the mark: a real guide text may say “请填写申请表” or
/// “（请填写完整）”, but not “（请填写：”.
package enum Placeholder {
    /// What every placeholder text contains.
    package static let marker = "（请填写："

    /// The placeholder of dates; `shape.date` refuses it, as any date that is not a real day.
    package static let date: FormDate = "YYYY-MM-DD"

    /// The placeholder text asking for `zh` / `en`.
    package static func text(_ zh: String, _ en: String) -> String { "\(marker)\(zh) / \(en)）" }

    /// Whether `text` still holds a placeholder text anywhere in it (a clerk may have typed
    /// around one); the date placeholder counts for fill's sake.
    package static func isPlaceholder(_ text: String?) -> Bool {
        guard let text else { return false }
        return contains(text) || text == date.raw
    }

    /// Whether `text` contains the mark, in one pass over its UTF-8 bytes (every text of a
    /// report is scanned, so this avoids Foundation's string search).
    package static func contains(_ text: String) -> Bool {
        let marker = markerBytes
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= marker.count, let lead = marker.first else { return false }
            var i = 0
            let last = bytes.count - marker.count
            while i <= last {
                if bytes[i] == lead {
                    var j = 1
                    while j < marker.count && bytes[i + j] == marker[j] { j += 1 }
                    if j == marker.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    private static let markerBytes = Array(marker.utf8)
}
