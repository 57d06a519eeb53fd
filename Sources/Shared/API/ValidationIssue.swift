/// How serious a validation finding is: `error` blocks signing and upload, `warning` does not.
package enum Severity: String, Codable, Sendable, CaseIterable {
    case error, warning
}

/// One finding of the validator, identical on client and server.
package struct ValidationIssue: Codable, Sendable, Equatable, Hashable {
    package var severity: Severity
    /// Stable, machine-readable code, e.g. `search.tooFewTests`.
    package var code: String
    /// The indicator concerned, or `nil` for shape rules.
    package var indicator: IndicatorID?
    /// JSON path, e.g. `platforms[0].serviceItems[2].guide.materials[1].copies`.
    package var path: String
    /// zh-Hans message.
    package var message: String
    /// English message.
    package var messageEn: String

    package init(
        severity: Severity, code: String, indicator: IndicatorID?, path: String, message: String,
        messageEn: String
    ) {
        self.severity = severity
        self.code = code
        self.indicator = indicator
        self.path = path
        self.message = message
        self.messageEn = messageEn
    }

    private enum CodingKeys: String, CodingKey {
        case severity, code, indicator, path, message, messageEn
    }

    /// Writes `"indicator": null` for shape rules, so every issue has the same six fields.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(indicator, forKey: .indicator)
        try container.encode(path, forKey: .path)
        try container.encode(message, forKey: .message)
        try container.encode(messageEn, forKey: .messageEn)
    }
}

/// The validator's verdict as printed by `zicha validate --format json` and returned with 422:
/// exactly `{"errors": N, "warnings": N, "issues": [...]}`.
package struct ValidationResult: Codable, Sendable, Equatable {
    package var errors: Int
    package var warnings: Int
    package var issues: [ValidationIssue]

    package init(issues: [ValidationIssue]) {
        self.issues = issues
        self.errors = issues.count { $0.severity == .error }
        self.warnings = issues.count { $0.severity == .warning }
    }

    package var hasErrors: Bool { errors > 0 }
}

/// The 13 leaf indicators of the notice's indicator table, in the table's order.
package enum IndicatorID: String, Codable, Sendable, CaseIterable {
    case unifiedEntry, columns, search, classification, registration, consultation
    case completeness, accuracy, processClarity, materialFormat, materialWording, formDownload, formSample
}
