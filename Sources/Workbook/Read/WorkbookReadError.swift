/// A file that cannot be read as a workbook at all: not a ZIP file, not a spreadsheet, or a
/// spreadsheet whose parts are broken. Its messages name the file's part, not a cell.
package struct WorkbookReadError: Error, Sendable, Equatable, CustomStringConvertible {
    package var message: String
    package var messageEn: String

    package init(_ message: String, _ messageEn: String) {
        self.message = message
        self.messageEn = messageEn
    }

    package var description: String { "\(message) / \(messageEn)" }

    static let notZip = WorkbookReadError(
        "文件不是 Excel 工作簿（.xlsx）。旧版 .xls、.et、加密的工作簿和其他格式请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后重试",
        "the file is not an Excel workbook (.xlsx); save .xls, .et, encrypted or other files as an Excel workbook (*.xlsx) and try again"
    )

    static func broken(_ part: String) -> WorkbookReadError {
        WorkbookReadError(
            "工作簿已损坏：无法读取其中的 \(part)。请在 Excel 或 WPS 中打开并重新保存",
            "the workbook is damaged: its part \(part) cannot be read; open and save it again in Excel or WPS")
    }
}
