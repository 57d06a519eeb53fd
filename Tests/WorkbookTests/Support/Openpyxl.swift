import Foundation
import TestSupport

/// Python's openpyxl, a spreadsheet library that is not Zicha: it opens, edits and saves
/// workbooks as another program would, so the tests prove that files Zicha did not write import.
enum Openpyxl {
    /// The repository's root (this file is Tests/WorkbookTests/Support/Openpyxl.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `.build-venv/bin/python` (scripts/install-deps puts openpyxl there), else `python3`.
    static var python: URL {
        let venv = root.appendingPathComponent(".build-venv/bin/python")
        return FileManager.default.isExecutableFile(atPath: venv.path) ? venv : URL(fileURLWithPath: "/usr/bin/python3")
    }

    /// Helpers every script can use: `ws(name)`, `header(ws)` (header → column letter),
    /// `cell(ws, header, row)`, `append(ws, **values)` (a new last row), `delete_where(ws, header,
    /// value)` and `replace_everywhere(old, new)` (as 查找和替换 over the whole workbook).
    static let prelude = """
        import sys, datetime, openpyxl
        from openpyxl.utils import get_column_letter
        wb = openpyxl.load_workbook(sys.argv[1]) if sys.argv[1] != '-' else openpyxl.Workbook()
        def ws(name): return wb[name]
        def header(sheet):
            return {c.value: get_column_letter(c.column) for c in sheet[1] if c.value is not None}
        def cell(sheet, title, row): return sheet[header(sheet)[title] + str(row)]
        def append(sheet, **values):
            h = header(sheet); row = sheet.max_row + 1
            for title, value in values.items(): sheet[h[title] + str(row)] = value
            return row
        def delete_where(sheet, title, value):
            col = header(sheet)[title]
            for row in range(sheet.max_row, 1, -1):
                if sheet[col + str(row)].value == value: sheet.delete_rows(row)
        def replace_everywhere(old, new):
            for sheet in wb.worksheets:
                for line in sheet.iter_rows():
                    for c in line:
                        if c.value == old: c.value = new

        """

    /// Runs `script` (after `prelude`) on the workbook `input` (nil: a new, empty one) and saves
    /// it as `output`.
    static func edit(_ input: URL?, saveAs output: URL, _ script: String) throws {
        let code = prelude + script + "\nwb.save(sys.argv[2])\n"
        let file = output.deletingLastPathComponent().appendingPathComponent("edit-\(UUID().uuidString).py")
        try Data(code.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CommandRunner.run(
            python, [file.path, input?.path ?? "-", output.path], in: output.deletingLastPathComponent())
        guard result.status == 0 else {
            throw HarnessError(
                "openpyxl failed (run scripts/install-deps, which installs it into .build-venv): \(result.output)")
        }
    }
}
