/// The evidence rules of docs/FORM.md "Validation" 2 for the six platform indicators.
extension EvidenceVerdict {
    /// Fails when the platform is not integrated with the portal's front end.
    package static func unifiedEntry(_ evidence: UnifiedEntryEvidence) -> EvidenceVerdict {
        guard let integrated = evidence.integratedWithPortal else { return .noEvidence }
        if integrated { return .passes }
        return .fails([
            EvidenceFailure(
                code: "unifiedEntry.notIntegrated", path: "checks.unifiedEntry.integratedWithPortal",
                message: "平台未与本级政府门户网站前端整合（integratedWithPortal 为 false）",
                messageEn: "the platform is not integrated with the portal's front end (integratedWithPortal is false)")
        ])
    }

    /// Fails when a column holds no items ("有栏目无内容").
    package static func columns(_ evidence: ColumnsEvidence) -> EvidenceVerdict {
        guard let columns = evidence.columns, !columns.isEmpty else { return .noEvidence }
        return EvidenceVerdict(
            failures: failures(in: columns) { i, column in
                guard column.itemCount <= 0 else { return nil }
                return EvidenceFailure(
                    code: "columns.empty", path: "checks.columns.columns[\(i)].itemCount",
                    message: "栏目\(FieldText.quoted(column.name))下无内容（事项数为\(column.itemCount)）",
                    messageEn: "column \(FieldText.quoted(column.name)) holds no items (itemCount \(column.itemCount))")
            })
    }

    /// Fails when a search misses an existing item; passes only on at least 3 tests.
    package static func search(_ evidence: SearchEvidence) -> EvidenceVerdict {
        guard let tests = evidence.tests, !tests.isEmpty else { return .noEvidence }
        let failures = Self.failures(in: tests) { i, test in
            guard !test.found else { return nil }
            return EvidenceFailure(
                code: "search.notFound", path: "checks.search.tests[\(i)].found",
                message: "搜索\(FieldText.quoted(test.query))未找到已有事项\(FieldText.quoted(test.expectedItem))",
                messageEn:
                    "searching \(FieldText.quoted(test.query)) did not find the existing item \(FieldText.quoted(test.expectedItem))"
            )
        }
        if !failures.isEmpty { return .fails(failures) }
        return tests.count >= minimumSearchTests ? .passes : .noEvidence
    }

    /// docs/FORM.md: fewer than 3 search tests is an error.
    package static let minimumSearchTests = 3

    /// Fails when an item is filed under a class it does not fit.
    package static func classification(_ evidence: ClassificationEvidence) -> EvidenceVerdict {
        guard let mismatches = evidence.mismatches else { return .noEvidence }
        return EvidenceVerdict(
            failures: failures(in: mismatches) { i, mismatch in
                guard !FieldText.isBlank(mismatch) else { return nil }
                return EvidenceFailure(
                    code: "classification.mismatch", path: "checks.classification.mismatches[\(i)]",
                    message: "分类与事项内容不对应：\(FieldText.quoted(mismatch))",
                    messageEn: "classification does not match the item's content: \(FieldText.quoted(mismatch))")
            })
    }

    /// Fails when a registration attempt failed.
    package static func registration(_ evidence: RegistrationEvidence) -> EvidenceVerdict {
        guard let tests = evidence.tests, !tests.isEmpty else { return .noEvidence }
        return EvidenceVerdict(
            failures: failures(in: tests) { i, test in
                guard !test.succeeded else { return nil }
                // The date as written may be anything (shape.date says so); echo it safely.
                let on = test.on.day.map { "\($0)" } ?? FieldText.quoted(test.on.raw)
                return EvidenceFailure(
                    code: "registration.failed", path: "checks.registration.tests[\(i)].succeeded",
                    message: "\(on)注册\(test.account.label.zh)账号未成功",
                    messageEn: "registering a \(test.account.rawValue) account on \(on) failed")
            })
    }

    /// docs/FORM.md: a question must be answered within this many working days after submission.
    package static let consultationWorkingDays = 5

    /// Fails when no question can be submitted, a question was answered after the 5th working
    /// day after its submission, or is unanswered while `preparedOn` is already past that day.
    /// A test whose dates are not real dates or lie outside the calendar decides nothing (the
    /// validator reports it); an unanswered question not yet overdue decides nothing either.
    package static func consultation(
        _ evidence: ConsultationEvidence, preparedOn: Day?, calendar: WorkdayCalendar
    ) -> EvidenceVerdict {
        var failures: [EvidenceFailure] = []
        if evidence.channelWorks == false {
            failures.append(
                EvidenceFailure(
                    code: "consultation.channelBroken", path: "checks.consultation.channelWorks",
                    message: "无法正常提交咨询问题（channelWorks 为 false）",
                    messageEn: "no question can be submitted (channelWorks is false)"))
        }
        var decided = 0
        for (i, test) in (evidence.tests ?? []).enumerated() {
            guard let submitted = test.submittedOn.day,
                let due = try? calendar.addingWorkingDays(consultationWorkingDays, to: submitted)
            else { continue }
            if let answeredOn = test.answeredOn {
                guard let answered = answeredOn.day else { continue }
                decided += 1
                if answered > due {
                    failures.append(
                        EvidenceFailure(
                            code: "consultation.late", path: "checks.consultation.tests[\(i)].answeredOn",
                            message: "咨询问题\(FieldText.quoted(test.question))于\(submitted)提交、\(answered)答复，超过5个工作日（期限\(due)）",
                            messageEn:
                                "question \(FieldText.quoted(test.question)) submitted on \(submitted) was answered on \(answered), later than 5 working days (due \(due))"
                        ))
                }
            } else if let preparedOn, preparedOn > due {
                decided += 1
                failures.append(
                    EvidenceFailure(
                        code: "consultation.unanswered", path: "checks.consultation.tests[\(i)].answeredOn",
                        message: "咨询问题\(FieldText.quoted(test.question))于\(submitted)提交，至填报日\(preparedOn)仍未答复，已超过5个工作日（期限\(due)）",
                        messageEn:
                            "question \(FieldText.quoted(test.question)) submitted on \(submitted) is still unanswered on \(preparedOn), past 5 working days (due \(due))"
                    ))
            }
        }
        if !failures.isEmpty { return .fails(failures) }
        return decided > 0 ? .passes : .noEvidence
    }
}
