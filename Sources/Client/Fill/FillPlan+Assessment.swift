import Shared

extension Assessment {
    /// The rectification, created empty the first time a field of it is written.
    var editableRectification: Rectification {
        get { rectification ?? Rectification(measures: nil, status: nil, responsible: nil) }
        set { rectification = newValue }
    }
}

extension IndicatorAssessments {
    /// Indicator `id`'s assessment in a report `FillPlan.normalized` has given every check, so
    /// the questions can write it through a key path without unwrapping.
    subscript(assessed id: IndicatorID) -> Assessment {
        get { self[assessment: id]! }
        set { self[assessment: id] = newValue }
    }
}

extension FillPlan {
    /// Every case of `E` as a menu offers it: its zh-Hans name from `StateLabels`, then the value
    /// as the file spells it (`不通过 fail`).
    static func options<E: Labelled & CaseIterable & RawRepresentable<String>>(_: E.Type) -> [(value: E, name: String)] {
        E.allCases.map { ($0, "\($0.label.zh) \($0.rawValue)") }
    }

    /// The result the evidence entered so far points to, offered as the default. Evidence that
    /// passes suggests nothing: it describes the platform after rectification, so a result of
    /// 不通过 (found at first, rectified since) stays as it is.
    static func suggestedResult(_ verdict: EvidenceVerdict) -> FillQuestions.Suggestion<AssessmentResult>? {
        switch verdict {
        case .fails(let failures):
            let more = failures.count > 1 ? "（共 \(failures.count) 处 / \(failures.count) findings）" : ""
            return .init(value: .fail, reason: "\(failures[0].message) / \(failures[0].messageEn)\(more)")
        case .notApplicable: return .init(value: .notApplicable, reason: "办事指南未要求提供表格 / the guide requires no forms")
        case .passes, .noEvidence: return nil
        }
    }

    /// Result (its default following `verdict`, the evidence as answered so far), then (on fail)
    /// problems and rectification, or (not applicable) the reason.
    static func assessment(
        _ base: String, _ s: [String], _ kp: WritableKeyPath<R, Assessment>, verdict: @escaping (R) -> EvidenceVerdict
    ) -> [FillStep] {
        let results = options(AssessmentResult.self)
        let statuses = options(RectificationStatus.self)
        let rect = kp.appending(path: \.editableRectification)
        let isFail: (R) -> Bool = { $0[keyPath: kp].result == .fail }
        func status(_ report: R) -> RectificationStatus? { report[keyPath: kp].rectification?.status }
        return [
            FillQuestions.choice(
                "\(base).result", s, Label("自查结果", "Result of the self-inspection"), results,
                .required(kp.appending(path: \.result)), suggest: { suggestedResult(verdict($0)) },
                then: { report, result in
                    var a = report[keyPath: kp]
                    if result != .fail {
                        a.problems = nil
                        a.rectification = nil
                    } else if a.problems?.contains(where: ReportTemplate.isPlaceholder) == true {
                        a.problems = nil
                    }
                    if result != .notApplicable, ReportTemplate.isPlaceholder(a.notes) { a.notes = nil }
                    report[keyPath: kp] = a
                }
            ),
            FillQuestions.sentences(
                "\(base).problems", s, Label("发现的问题", "Problems found"), min: 1, Accessor(kp.appending(path: \.problems))
            )
            .when(isFail),
            FillQuestions.paragraph(
                "\(base).rectification.measures", s, Label("整改措施", "Rectification measures"),
                Accessor(rect.appending(path: \.measures))
            )
            .when(isFail),
            FillQuestions.choice(
                "\(base).rectification.status", s, Label("整改状态", "Rectification status"), statuses,
                Accessor(rect.appending(path: \.status)),
                then: { report, value in
                    if value == .completed { report[keyPath: rect].dueOn = nil } else { report[keyPath: rect].completedOn = nil }
                }
            ).when(isFail),
            FillQuestions.date(
                "\(base).rectification.completedOn", s, Label("整改完成日期", "Completed on"),
                Accessor(rect.appending(path: \.completedOn))
            )
            .when { isFail($0) && status($0) == .completed },
            FillQuestions.date(
                "\(base).rectification.dueOn", s, Label("计划完成日期", "Due on"), Accessor(rect.appending(path: \.dueOn))
            )
            .when { isFail($0) && status($0) != .completed },
            FillQuestions.text(
                "\(base).rectification.responsible", s, Label("责任单位", "Responsible unit"),
                Accessor(rect.appending(path: \.responsible))
            )
            .when(isFail),
            FillQuestions.text(
                "\(base).notes", s, Label("不适用的理由", "Why it does not apply"), Accessor(kp.appending(path: \.notes))
            )
            .when { $0[keyPath: kp].result == .notApplicable },
        ]
    }
}
