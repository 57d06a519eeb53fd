/// docs/FORM.md "Validation" 3 and 4: the declared result against the evidence, and the rectification.
extension Validator {
    mutating func notAssessed(_ indicator: IndicatorID, _ path: String) {
        let name = indicator.indicator.level2
        add(
            .error, "shape.notAssessed", indicator, path, "指标“\(name.zh)”未填写自查结果",
            "indicator \(indicator.rawValue) (\(name.en)) is not assessed")
    }

    /// Checks indicator `indicator` of an owner (a platform or an item) whose `checks` stand at
    /// `checksPath`: its assessment against `verdict` of its evidence, as `assess` below; a report
    /// without that check has it reported not assessed.
    mutating func assess<Evidence>(
        _ check: Check<Evidence>?, _ indicator: IndicatorID, checksPath: String, ownerPath: String,
        warnIfNoEvidence: Bool = false, verdict: (Evidence) -> EvidenceVerdict
    ) {
        guard let check else { return notAssessed(indicator, "\(checksPath).\(indicator.rawValue)") }
        assess(
            check.assessment, indicator, checkPath: "\(checksPath).\(indicator.rawValue)", ownerPath: ownerPath,
            verdict: verdict(check.evidence), warnIfNoEvidence: warnIfNoEvidence)
    }

    /// Checks one assessment. `checkPath` is written out only for a finding; `ownerPath` is the
    /// platform's or item's path (evidence failure paths are relative to it); `warnIfNoEvidence` is set for the indicators whose evidence
    /// may be absent without an error of its own (the declared result then stands).
    mutating func assess(
        _ assessment: Assessment, _ indicator: IndicatorID, checkPath: @autoclosure () -> String, ownerPath: String,
        verdict: EvidenceVerdict, warnIfNoEvidence: Bool
    ) {
        checkAttachments(assessment.attachments, indicator, "\(checkPath()).attachments")
        checkAttachments(assessment.rectification?.attachments, indicator, "\(checkPath()).rectification.attachments")
        if let rectification = assessment.rectification {
            requireDate(rectification.completedOn, "\(checkPath()).rectification.completedOn", indicator: indicator)
            requireDate(rectification.dueOn, "\(checkPath()).rectification.dueOn", indicator: indicator)
        }
        switch assessment.result {
        case .pass:
            switch verdict {
            case .fails(let failures):
                contradicted(
                    by: failures, "evidence.contradictsPass", indicator, ownerPath: ownerPath, "自查结果为“通过”，但证据不符",
                    "declared pass, but the evidence fails it")
            case .notApplicable:
                add(
                    .warning, "evidence.expectedNotApplicable", indicator, "\(checkPath()).result",
                    "办事指南未要求提供表格，本指标应为“不适用”（notApplicable）",
                    "the guide requires no forms, so this indicator is notApplicable")
            case .noEvidence where warnIfNoEvidence:
                evidenceMissing(indicator, checkPath())
            case .passes, .noEvidence:
                break
            }
            if assessment.rectification != nil {
                add(
                    .warning, "rectification.onPass", indicator, "\(checkPath()).rectification",
                    "自查结果为“通过”却填写了整改措施，请确认结果是否应为“不通过”",
                    "the result is pass but a rectification is given; should the result be fail?")
            }
        case .fail:
            if case .notApplicable = verdict {
                add(
                    .error, "evidence.contradictsFail", indicator, "\(checkPath()).result",
                    "办事指南未要求提供表格，本指标不适用，不能判为“不通过”",
                    "the guide requires no forms, so this indicator is notApplicable, not fail")
            } else if case .noEvidence = verdict, warnIfNoEvidence {
                evidenceMissing(indicator, checkPath())
            }
            checkRectification(assessment, indicator, checkPath: checkPath(), ownerPath: ownerPath, verdict: verdict)
        case .notApplicable:
            if FieldText.isBlank(assessment.notes) {
                add(
                    .error, "assessment.notesMissing", indicator, "\(checkPath()).notes",
                    "自查结果为“不适用”时须在 notes 中说明理由", "a notApplicable result needs notes explaining why")
            }
            switch verdict {
            case .fails(let failures):
                contradicted(
                    by: failures, "evidence.contradictsNotApplicable", indicator, ownerPath: ownerPath,
                    "自查结果为“不适用”，但证据显示不达标", "declared notApplicable, but the evidence fails it")
            case .passes:
                add(
                    .warning, "evidence.contradictsNotApplicable", indicator, "\(checkPath()).result",
                    "自查结果为“不适用”，但证据显示本指标适用且达标", "declared notApplicable, but the evidence shows the indicator applies and passes")
            case .notApplicable, .noEvidence:
                break
            }
            if assessment.rectification != nil {
                add(
                    .warning, "rectification.onNotApplicable", indicator, "\(checkPath()).rectification",
                    "自查结果为“不适用”却填写了整改措施", "the result is notApplicable but a rectification is given")
            }
        }
    }

    /// One error per failure of the evidence, at its place, saying what was declared (`zh`, `en`)
    /// and then why the evidence fails it.
    private mutating func contradicted(
        by failures: [EvidenceFailure], _ code: String, _ indicator: IndicatorID, ownerPath: String, _ zh: String,
        _ en: String
    ) {
        for failure in failures {
            add(
                .error, code, indicator, "\(ownerPath).\(failure.path)", "\(zh)：\(failure.message)", "\(en): \(failure.messageEn)"
            )
        }
    }

    private mutating func evidenceMissing(_ indicator: IndicatorID, _ checkPath: String) {
        add(
            .warning, "evidence.missing", indicator, checkPath, "未填写本指标的检查证据，以自查结果为准",
            "no evidence is given for this indicator; the declared result stands")
    }

    private mutating func checkRectification(
        _ assessment: Assessment, _ indicator: IndicatorID, checkPath: String, ownerPath: String,
        verdict: EvidenceVerdict
    ) {
        if (assessment.problems ?? []).allSatisfy({ FieldText.isBlank($0) }) {
            add(
                .error, "rectification.problemsMissing", indicator, "\(checkPath).problems",
                "自查结果为“不通过”时须列出发现的问题", "a failed indicator needs the problems found")
        }
        guard let rectification = assessment.rectification else {
            add(
                .error, "rectification.missing", indicator, "\(checkPath).rectification",
                "自查结果为“不通过”时须填写整改措施、状态和责任单位",
                "a failed indicator needs a rectification (measures, status, responsible)")
            return
        }
        let path = "\(checkPath).rectification"
        if FieldText.isBlank(rectification.measures) {
            add(
                .error, "rectification.measuresMissing", indicator, "\(path).measures", "未填写整改措施",
                "the rectification measures are missing")
        }
        if FieldText.isBlank(rectification.responsible) {
            add(
                .error, "rectification.responsibleMissing", indicator, "\(path).responsible", "未填写整改责任单位",
                "the unit responsible for the rectification is missing")
        }
        switch rectification.status {
        case nil:
            add(
                .error, "rectification.statusMissing", indicator, "\(path).status",
                "未填写整改状态（completed、inProgress 或 planned）",
                "the rectification status (completed, inProgress or planned) is missing")
        case .completed:
            if rectification.completedOn == nil {
                add(
                    .error, "rectification.completedOnMissing", indicator, "\(path).completedOn", "整改已完成时须填写完成日期",
                    "a completed rectification needs completedOn")
            } else if let completed = rectification.completedOn?.day, let preparedOn, completed > preparedOn {
                add(
                    .error, "rectification.completedAfterPrepared", indicator, "\(path).completedOn",
                    "整改完成日期\(completed)晚于填报日期\(preparedOn)", "completedOn \(completed) is after preparedOn \(preparedOn)")
            }
            for failure in verdict.failures {
                add(
                    .error, "rectification.completedStillFails", indicator, "\(ownerPath).\(failure.path)",
                    "整改状态为“已完成”，但证据显示仍不达标：\(failure.message)",
                    "the rectification is completed, but the evidence still fails: \(failure.messageEn)")
            }
        case .inProgress, .planned:
            if rectification.dueOn == nil {
                add(
                    .error, "rectification.dueOnMissing", indicator, "\(path).dueOn", "整改未完成时须填写计划完成日期",
                    "a rectification that is not completed needs dueOn")
            } else if let due = rectification.dueOn?.day, let deadline = context.deadline, due > deadline {
                add(
                    .warning, "rectification.dueAfterDeadline", indicator, "\(path).dueOn",
                    "计划完成日期\(due)晚于本轮截止日期\(deadline)", "dueOn \(due) is after the round's deadline \(deadline)")
            }
        }
    }
}
