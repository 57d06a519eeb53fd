import Foundation
import Shared

/// Dates as clerks write them — `2017-12-20`, `2017/12/20`, `2017.12.20`, `2017年12月20日`,
/// `20171220`, one-digit months and days, full-width digits from an input method — turned
/// into the form's `YYYY-MM-DD`.
enum DateInput {
    /// The accepted forms, for hints.
    static let forms = "2017-12-20、2017/12/20、2017年12月20日、20171220"

    /// `input` as a real day, or a hint naming the accepted forms.
    static func parse(_ input: String) -> Result<FormDate, Prompter.Hint> {
        guard let text = normalized(input), let day = Day(text) else {
            return .failure(
                Prompter.Hint(
                    "“\(input)”不是有效日期，可写作 \(forms)",
                    "“\(input)” is not a real date; write it as 2017-12-20, 2017/12/20, 2017年12月20日 or 20171220"))
        }
        return .success(FormDate(day))
    }

    /// `input` rewritten as `YYYY-MM-DD` when it has one of the accepted shapes (the day itself
    /// is not checked here), else `nil`.
    static func normalized(_ input: String) -> String? {
        var ascii = String.UnicodeScalarView()
        for scalar in input.trimmingCharacters(in: .whitespaces).unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: ascii.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)  // ０–９
            case 0xFF0D: ascii.append("-")  // －
            case 0xFF0F: ascii.append("/")  // ／
            case 0xFF0E: ascii.append(".")  // ．
            default: ascii.append(scalar)
            }
        }
        let text = String(ascii)
        if let m = text.wholeMatch(of: /(\d{4})(\d{2})(\d{2})/) {
            return "\(m.1)-\(m.2)-\(m.3)"
        }
        guard
            let m = text.wholeMatch(of: /(\d{4})\s*(?:-|\/|\.|年)\s*(\d{1,2})\s*(?:-|\/|\.|月)\s*(\d{1,2})\s*日?/)
        else { return nil }
        return "\(m.1)-\(pad(m.2))-\(pad(m.3))"
    }

    private static func pad(_ digits: Substring) -> String {
        digits.count == 1 ? "0" + digits : String(digits)
    }
}
