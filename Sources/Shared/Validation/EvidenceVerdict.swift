/// One reason why an indicator's evidence fails it.
package struct EvidenceFailure: Sendable, Equatable {
    /// Stable code of the finding, e.g. `consultation.late`, `materialFormat.missing`.
    package var code: String
    /// JSON path relative to the platform or service item, e.g. `checks.search.tests[1].found`
    /// or `guide.materials[0].copies`.
    package var path: String
    package var message: String
    package var messageEn: String
}

/// What an indicator's evidence says, independent of the result the filer declared.
///
/// The validator compares it with the declared `result`; the server's national summary counts it
/// ("as it stands after rectification"), so both use these same functions.
package enum EvidenceVerdict: Sendable, Equatable {
    case passes
    case fails([EvidenceFailure])
    /// The indicator does not apply (a guide that requires no forms).
    case notApplicable
    /// Not enough evidence to decide; the declared result stands.
    case noEvidence

    /// `true` when the evidence fails the indicator, `false` when it passes it, `nil` otherwise.
    package var failed: Bool? {
        switch self {
        case .passes: false
        case .fails: true
        case .notApplicable, .noEvidence: nil
        }
    }

    package var failures: [EvidenceFailure] {
        if case .fails(let failures) = self { failures } else { [] }
    }
}

/// The evidence verdict of a platform indicator (`IndicatorScope.platform`) for `platform`.
/// `preparedOn` decides whether an unanswered question is already overdue. A service-item
/// indicator, or an indicator that was not assessed, gives `.noEvidence`.
package func evidenceVerdict(
    for indicator: IndicatorID, platform: Platform, preparedOn: Day?,
    calendar: WorkdayCalendar = .official
) -> EvidenceVerdict {
    let checks = platform.checks
    switch indicator {
    case .unifiedEntry: return checks.unifiedEntry.map { EvidenceVerdict.unifiedEntry($0.evidence) } ?? .noEvidence
    case .columns: return checks.columns.map { EvidenceVerdict.columns($0.evidence) } ?? .noEvidence
    case .search: return checks.search.map { EvidenceVerdict.search($0.evidence) } ?? .noEvidence
    case .classification: return checks.classification.map { EvidenceVerdict.classification($0.evidence) } ?? .noEvidence
    case .registration: return checks.registration.map { EvidenceVerdict.registration($0.evidence) } ?? .noEvidence
    case .consultation:
        guard let check = checks.consultation else { return .noEvidence }
        return EvidenceVerdict.consultation(check.evidence, preparedOn: preparedOn, calendar: calendar)
    case .completeness, .accuracy, .processClarity, .materialFormat, .materialWording, .formDownload, .formSample:
        return .noEvidence
    }
}

/// The evidence verdict of a service-item indicator (`IndicatorScope.serviceItem`) for `item`.
/// The guide is the evidence of all of them but `accuracy`; a platform indicator gives `.noEvidence`.
package func evidenceVerdict(for indicator: IndicatorID, item: ServiceItem) -> EvidenceVerdict {
    switch indicator {
    case .completeness: EvidenceVerdict.completeness(item.guide)
    case .accuracy: item.checks.accuracy.map { EvidenceVerdict.accuracy($0.evidence) } ?? .noEvidence
    case .processClarity: EvidenceVerdict.processClarity(item.guide)
    case .materialFormat: EvidenceVerdict.materialFormat(item.guide)
    case .materialWording: EvidenceVerdict.materialWording(item.guide)
    case .formDownload: EvidenceVerdict.formDownload(item.guide)
    case .formSample: EvidenceVerdict.formSample(item.guide)
    case .unifiedEntry, .columns, .search, .classification, .registration, .consultation: .noEvidence
    }
}

/// The scaffolding the rules in EvidenceVerdict+Platform and +ServiceItem share: most judge a
/// list element by element, and all of them pass when they find nothing at fault.
extension EvidenceVerdict {
    /// `.passes` when `failures` is empty, else `.fails(failures)`: the verdict of a rule that had
    /// the evidence to decide.
    init(failures: [EvidenceFailure]) {
        self = failures.isEmpty ? .passes : .fails(failures)
    }

    /// What a rule finds at fault in a list, in list order: `failure` is handed each element with
    /// its index (for the path) and returns nil for a sound one.
    static func failures<Element>(
        in elements: [Element], _ failure: (_ index: Int, _ element: Element) -> EvidenceFailure?
    ) -> [EvidenceFailure] {
        elements.enumerated().compactMap { failure($0.offset, $0.element) }
    }
}
