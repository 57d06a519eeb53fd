/// One thing wrong with a workbook, named by its place as Excel shows it (`服务事项!G12`).
package struct WorkbookProblem: Sendable, Equatable, CustomStringConvertible {
    /// Whether the problem is in the workbook's make-up (a missing sheet, an unknown header: the
    /// file cannot be read as the form, exit 2) or in what a cell says (exit 1).
    package enum Kind: Sendable, Equatable {
        case structure, content
    }

    package var kind: Kind
    /// `服务事项!G12`, or the sheet (and header row) for a problem of the sheet as a whole.
    package var location: String
    package var message: String
    package var messageEn: String

    package init(_ kind: Kind, _ location: String, _ message: String, _ messageEn: String) {
        self.kind = kind
        self.location = location
        self.message = message
        self.messageEn = messageEn
    }

    /// `服务事项!G12：日期无效 / 服务事项!G12: not a date`.
    package var description: String { "\(location)：\(message) / \(location): \(messageEn)" }
}

/// Why a workbook was not imported; nothing of it is used.
package enum WorkbookImportError: Error, Sendable, Equatable {
    /// The file cannot be read as a workbook at all.
    case unreadable(WorkbookReadError)
    /// The workbook was read but does not hold a report: every problem found, in sheet order.
    case problems([WorkbookProblem])

    /// Whether the file cannot be read as the form (exit 2), rather than holding invalid content (exit 1).
    package var isStructural: Bool {
        switch self {
        case .unreadable: true
        case .problems(let problems): problems.contains { $0.kind == .structure }
        }
    }

    /// One line per problem, Chinese first.
    package var lines: [String] {
        switch self {
        case .unreadable(let error): ["\(error.message) / \(error.messageEn)"]
        case .problems(let problems): problems.map(\.description)
        }
    }
}
