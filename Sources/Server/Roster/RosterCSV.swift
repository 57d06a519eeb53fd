import Foundation
import Hummingbird
import Shared
import Workbook

/// The language of a roster export: Chinese headings, labels and readable times for people
/// (the default), or the English field names, codes and RFC 3339 times for programs (`lang=en`,
/// exactly the columns of `RosterEntry`).
package enum RosterLanguage: String, Sendable, CaseIterable {
    case zh, en
}

/// The roster as a table, the same columns in both languages (`RosterEntry`'s fields).
package enum RosterTable {
    package static func header(_ language: RosterLanguage) -> [String] {
        switch language {
        case .zh: ["代码", "单位", "报送状态", "首次报送时间", "最新报送时间", "最新版本", "审核状态", "整改期限", "整改逾期", "错误", "警告"]
        case .en:
            [
                "filer", "name", "deadlineStatus", "firstReceivedAt", "latestReceivedAt", "latestVersion", "reviewState",
                "followUpDueOn", "followUpOverdue", "errors", "warnings",
            ]
        }
    }

    /// Column widths of the workbook, in characters.
    static let widths: [Double] = [10, 28, 12, 18, 18, 10, 10, 12, 10, 8, 8]

    package static func row(_ e: RosterEntry, _ language: RosterLanguage) -> [TableWriter.Cell] {
        switch language {
        case .zh:
            // Nothing filed: blank version, counts and review state rather than zeros.
            let filed = e.latestVersion > 0
            return [
                .text(e.filer), .text(e.name), .text(e.deadlineStatus.label.zh), text(ReadableTime.of(e.firstReceivedAt)),
                text(ReadableTime.of(e.latestReceivedAt)), filed ? .number(e.latestVersion) : .blank,
                text(e.reviewState?.label.zh), text(e.followUpDueOn), .text(e.followUpOverdue.label.zh),
                filed ? .number(e.errors) : .blank, filed ? .number(e.warnings) : .blank,
            ]
        case .en:
            return [
                .text(e.filer), .text(e.name), .text(e.deadlineStatus.rawValue), text(e.firstReceivedAt),
                text(e.latestReceivedAt), .number(e.latestVersion), text(e.reviewState?.rawValue), text(e.followUpDueOn),
                .text(e.followUpOverdue ? "true" : "false"), .number(e.errors), .number(e.warnings),
            ]
        }
    }

    private static func text(_ value: String?) -> TableWriter.Cell { value.map { .text($0) } ?? .blank }

    /// The roster as an Excel workbook, one sheet named after the round.
    package static func xlsx(_ entries: [RosterEntry], round: String, language: RosterLanguage, at: Date) throws -> Data {
        let sheet = TableWriter.Sheet(
            name: language == .zh ? "应报单位名单" : "roster", header: header(language),
            rows: entries.map { row($0, language) }, widths: widths)
        do {
            return try TableWriter.xlsx([sheet], title: "轮次 \(round) 应报单位名单 / Roster of round \(round)", created: at)
        } catch {
            // Only a full disk or a broken library gets here: a 500 with the writer's reason.
            throw GenericAPIError(
                status: .internalServerError,
                body: APIErrorBody(error: "internal_error", message: error.message, messageEn: error.messageEn))
        }
    }
}

/// The roster as CSV (RFC 4180, CRLF, a header row), with a UTF-8 byte order mark so that
/// spreadsheet programs show the Chinese names correctly.
package enum RosterCSV {
    package static func render(_ entries: [RosterEntry], language: RosterLanguage = .zh) -> String {
        var text = "\u{FEFF}" + RosterTable.header(language).joined(separator: ",") + "\r\n"
        for entry in entries {
            let fields = RosterTable.row(entry, language).map { cell -> String in
                switch cell {
                case .text(let value): value
                case .number(let value): String(value)
                case .blank: ""
                }
            }
            text += fields.map(escape).joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// Quotes a field with a comma, quote or line break. A field that a spreadsheet could take
    /// for a formula gets a leading quote mark: one whose first character after any spaces is
    /// `=`, `+`, `-`, `@`, a tab, a line break or their fullwidth forms (`＝＋－＠`), which
    /// spreadsheet programs in Chinese locales also evaluate.
    package static func escape(_ field: String) -> String {
        var value = field
        if let first = value.unicodeScalars.first(where: { $0 != " " && $0 != "\u{3000}" }), formulaLeads.contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Characters that start a formula in Excel, WPS or LibreOffice.
    static let formulaLeads: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠"]
}
