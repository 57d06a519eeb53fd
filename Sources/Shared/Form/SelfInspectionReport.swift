/// The self-inspection report (exchange format version 1), exactly as `docs/FORM.md` names it.
///
/// Required scalars are non-optional, so their absence is a decoding error that names the path.
/// Everything whose absence is a *finding* (guide elements, evidence, assessments) is optional,
/// so that the validator, not the decoder, reports it with its indicator and path.
package struct SelfInspectionReport: Codable, Sendable, Equatable {
    package var formVersion: String
    package var round: String
    package var filer: FilerReference
    package var preparedOn: FormDate
    package var preparedBy: PreparedBy
    package var unifiedPlatform: Bool
    package var platforms: [Platform]
    package var summary: String

    package init(
        formVersion: String = SelfInspectionReport.currentFormVersion, round: String,
        filer: FilerReference, preparedOn: FormDate, preparedBy: PreparedBy,
        unifiedPlatform: Bool, platforms: [Platform], summary: String
    ) {
        self.formVersion = formVersion
        self.round = round
        self.filer = filer
        self.preparedOn = preparedOn
        self.preparedBy = preparedBy
        self.unifiedPlatform = unifiedPlatform
        self.platforms = platforms
        self.summary = summary
    }

    /// The only form version this build understands.
    package static let currentFormVersion = "1"
}

/// The filing office: a roster code (GB/T 2260 region code, `660000`, or `bmNN`) and its name.
package struct FilerReference: Codable, Sendable, Equatable {
    package var code: String
    package var name: String
    package init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// Who prepared the report.
package struct PreparedBy: Codable, Sendable, Equatable {
    package var unit: String
    package var contact: String
    package var phone: String
    package var email: String
    package init(unit: String, contact: String, phone: String, email: String) {
        self.unit = unit
        self.contact = contact
        self.phone = phone
        self.email = email
    }
}
