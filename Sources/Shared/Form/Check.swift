/// One indicator's check: the Assessment and the indicator's evidence, side by side in one flat
/// JSON object (`{"result": "fail", "problems": [...], "tests": [...]}`).
package struct Check<Evidence: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    package var assessment: Assessment
    package var evidence: Evidence

    package init(_ assessment: Assessment, _ evidence: Evidence) {
        self.assessment = assessment
        self.evidence = evidence
    }

    package init(from decoder: any Decoder) throws {
        assessment = try Assessment(from: decoder)
        evidence = try Evidence(from: decoder)
    }

    package func encode(to encoder: any Encoder) throws {
        try assessment.encode(to: encoder)
        try evidence.encode(to: encoder)
    }
}

extension Check where Evidence == NoEvidence {
    package init(_ assessment: Assessment) { self.init(assessment, NoEvidence()) }
}

/// What the self-inspection found for one indicator, and what was done about it.
package struct Assessment: Codable, Sendable, Equatable {
    package var result: AssessmentResult
    /// What the self-inspection found; required when `result` is `fail`.
    package var problems: [String]?
    /// Required when `result` is `fail`.
    package var rectification: Rectification?
    /// Optional; required for `notApplicable`.
    package var notes: String?
    /// Evidence (佐证材料) for this assessment; absent (not an empty list) when there is none, so
    /// reports without attachments encode exactly as before.
    package var attachments: [Attachment]?

    package init(
        result: AssessmentResult, problems: [String]? = nil, rectification: Rectification? = nil,
        notes: String? = nil, attachments: [Attachment]? = nil
    ) {
        self.result = result
        self.problems = problems
        self.rectification = rectification
        self.notes = notes
        self.attachments = attachments
    }
}

package enum AssessmentResult: String, Codable, Sendable, CaseIterable {
    case pass, fail, notApplicable
}

/// The rectification (整改) of a failed indicator.
package struct Rectification: Codable, Sendable, Equatable {
    package var measures: String?
    package var status: RectificationStatus?
    package var completedOn: FormDate?
    package var dueOn: FormDate?
    package var responsible: String?
    /// Evidence of the rectification (a notice, the page after the fix); absent when none.
    package var attachments: [Attachment]?

    package init(
        measures: String?, status: RectificationStatus?, completedOn: FormDate? = nil,
        dueOn: FormDate? = nil, responsible: String?, attachments: [Attachment]? = nil
    ) {
        self.measures = measures
        self.status = status
        self.completedOn = completedOn
        self.dueOn = dueOn
        self.responsible = responsible
        self.attachments = attachments
    }
}

package enum RectificationStatus: String, Codable, Sendable, CaseIterable {
    case completed, inProgress, planned
}
