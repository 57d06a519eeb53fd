import Shared
import Testing

/// docs/FORM.md "Validation" 3 and 4: declared result against evidence, and the rectification.
@Suite struct RectificationTests {
    let search = "platforms[0].checks.search"

    func issues(_ assessment: Assessment, found: Bool = true) -> [ValidationIssue] {
        var report = Fixtures.report()
        report.platforms[0].checks.search?.assessment = assessment
        report.platforms[0].checks.search?.evidence.tests?[0].found = found
        return Fixtures.issues(report)
    }

    @Test func failNeedsProblemsAndARectification() {
        let bare = issues(Assessment(result: .fail))
        #expect(bare.has(.error, "rectification.problemsMissing", at: "\(search).problems"))
        #expect(bare.has(.error, "rectification.missing", at: "\(search).rectification"))
        #expect(issues(Fixtures.failedCompleted()) == [])
    }

    @Test func rectificationNeedsMeasuresResponsibleAndStatus() {
        let empty = issues(
            Assessment(
                result: .fail, problems: ["问题"], rectification: Rectification(measures: " ", status: nil, responsible: nil)))
        #expect(empty.has(.error, "rectification.measuresMissing", at: "\(search).rectification.measures"))
        #expect(empty.has(.error, "rectification.responsibleMissing", at: "\(search).rectification.responsible"))
        #expect(empty.has(.error, "rectification.statusMissing", at: "\(search).rectification.status"))
    }

    @Test func completedNeedsCompletedOnNotAfterPreparedOn() {
        var noDate = Fixtures.failedCompleted()
        noDate.rectification?.completedOn = nil
        #expect(issues(noDate).has(.error, "rectification.completedOnMissing", at: "\(search).rectification.completedOn"))
        #expect(issues(Fixtures.failedCompleted(on: "2017-12-20")) == [])
        #expect(
            issues(Fixtures.failedCompleted(on: "2017-12-21")).has(
                .error, "rectification.completedAfterPrepared", at: "\(search).rectification.completedOn"))
        #expect(
            issues(Fixtures.failedCompleted(on: "2017-12-32")).has(
                .error, "shape.date", at: "\(search).rectification.completedOn"))
    }

    @Test func completedWhileTheEvidenceStillFails() {
        let still = issues(Fixtures.failedCompleted(), found: false)
        #expect(still.has(.error, "rectification.completedStillFails", at: "\(search).tests[0].found"))
        // In progress, the evidence may still fail.
        let inProgress = Assessment(
            result: .fail, problems: ["问题"],
            rectification: Rectification(measures: "措施", status: .inProgress, dueOn: "2017-12-29", responsible: "省政务办"))
        #expect(issues(inProgress, found: false) == [])
    }

    @Test func openRectificationsNeedADueDateByTheDeadline() {
        for status in [RectificationStatus.inProgress, .planned] {
            let noDue = Assessment(
                result: .fail, problems: ["问题"], rectification: Rectification(measures: "措施", status: status, responsible: "省政务办")
            )
            #expect(issues(noDue).has(.error, "rectification.dueOnMissing", at: "\(search).rectification.dueOn"))
            var onDeadline = noDue
            onDeadline.rectification?.dueOn = "2017-12-31"
            #expect(issues(onDeadline) == [])
            var after = noDue
            after.rectification?.dueOn = "2018-01-01"
            let late = issues(after)
            #expect(late.has(.warning, "rectification.dueAfterDeadline", at: "\(search).rectification.dueOn"))
            #expect(late.errors.isEmpty)
            // Without a known deadline the rule cannot apply.
            var report = Fixtures.report()
            report.platforms[0].checks.search?.assessment = after
            #expect(validate(report, context: ValidationContext()) == [])
        }
    }

    @Test func passWithARectificationIsAWarning() {
        var pass = Fixtures.failedCompleted()
        pass.result = .pass
        let issues = issues(pass)
        #expect(issues.has(.warning, "rectification.onPass", at: "\(search).rectification"))
        #expect(issues.errors.isEmpty)
    }

    @Test func notApplicableNeedsNotesAndCannotHideAFailure() {
        #expect(issues(Assessment(result: .notApplicable)).has(.error, "assessment.notesMissing", at: "\(search).notes"))
        let hidden = issues(Assessment(result: .notApplicable, notes: "无搜索功能"), found: false)
        #expect(hidden.has(.error, "evidence.contradictsNotApplicable", at: "\(search).tests[0].found"))
        let passing = issues(Assessment(result: .notApplicable, notes: "说明"))
        #expect(passing.has(.warning, "evidence.contradictsNotApplicable", at: "\(search).result"))
        #expect(passing.errors.isEmpty)
    }

    @Test func issuesCarryBothLanguagesAndTheIndicator() {
        let all = issues(Assessment(result: .fail))
        #expect(all.allSatisfy { !$0.message.isEmpty && !$0.messageEn.isEmpty && $0.indicator == .search })
    }
}
