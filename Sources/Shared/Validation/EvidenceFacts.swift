/// The per-platform facts of the national summary (docs/FORM.md, "National summary"), from the evidence.
/// Each is `nil` when the evidence cannot decide it, so the summary leaves it out of the share.
extension Platform {
    /// Not integrated with the same-level portal (26% in 2017).
    package var isNotIntegratedWithPortal: Bool? { evidenceVerdict(for: .unifiedEntry, platform: self, preparedOn: nil).failed }

    /// Some column holds no items (68% in 2017).
    package var hasEmptyColumn: Bool? { evidenceVerdict(for: .columns, platform: self, preparedOn: nil).failed }

    /// A question can be submitted (87% in 2017); answered questions imply a working channel.
    package var consultationChannelWorks: Bool? {
        guard let evidence = checks.consultation?.evidence else { return nil }
        if let works = evidence.channelWorks { return works }
        return (evidence.tests ?? []).isEmpty ? nil : true
    }

    /// A question was answered later than 5 working days, or is unanswered past that day on
    /// `preparedOn` (38% in 2017). `nil` when no question decides it either way.
    package func hasQuestionUnansweredAfterFiveWorkingDays(preparedOn: Day?, calendar: WorkdayCalendar = .official) -> Bool? {
        guard let evidence = checks.consultation?.evidence else { return nil }
        // Only the questions count here, not the channel.
        var questions = evidence
        questions.channelWorks = nil
        return EvidenceVerdict.consultation(questions, preparedOn: preparedOn, calendar: calendar).failed
    }

    /// Site search misses an existing item (22% in 2017).
    package var searchFails: Bool? { evidenceVerdict(for: .search, platform: self, preparedOn: nil).failed }
}

/// The per-item facts of the national summary, from the guide.
extension ServiceItem {
    /// Steps only named, not described (25% in 2017).
    package var hasOnlyStepNames: Bool? { EvidenceVerdict.processClarity(guide).failed }

    /// Time limit, fee or contact missing (33% in 2017).
    package var lacksTimeLimitFeeOrContact: Bool {
        FieldText.isBlank(guide.timeLimit) || FieldText.isBlank(guide.fee) || FieldText.isBlank(guide.contact)
    }

    /// Vague catch-all material wording (13% in 2017).
    package var hasVagueMaterialWording: Bool? { EvidenceVerdict.materialWording(guide).failed }

    /// A required form cannot be downloaded (41% in 2017); `nil` when the guide requires no forms.
    package var lacksFormDownload: Bool? { EvidenceVerdict.formDownload(guide).failed }

    /// A required form has no filling instructions or sample (48% in 2017); `nil` without forms.
    package var lacksInstructionsOrSample: Bool? { EvidenceVerdict.formSample(guide).failed }

    /// Material format requirements missing (55% in 2017); `nil` when no materials are listed.
    package var lacksMaterialFormat: Bool? { EvidenceVerdict.materialFormat(guide).failed }
}
