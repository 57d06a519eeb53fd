import Shared
import Testing

/// docs/FORM.md "Validation" 2 for the platform indicators, both sides of each rule.
@Suite struct PlatformEvidenceTests {
    let base = "platforms[0].checks"

    func report(_ change: (inout PlatformChecks) -> Void) -> SelfInspectionReport {
        var report = Fixtures.report()
        change(&report.platforms[0].checks)
        return report
    }

    @Test func unifiedEntry() {
        let failing = report { $0.unifiedEntry?.evidence.integratedWithPortal = false }
        #expect(Fixtures.issues(failing).has(.error, "evidence.contradictsPass", at: "\(base).unifiedEntry.integratedWithPortal"))
        #expect(Fixtures.issues(failing).first?.indicator == .unifiedEntry)
        let missing = report { $0.unifiedEntry?.evidence.integratedWithPortal = nil }
        #expect(Fixtures.issues(missing) == Fixtures.issues(missing).warnings)
        #expect(Fixtures.issues(missing).has(.warning, "evidence.missing", at: "\(base).unifiedEntry"))
    }

    @Test func columns() {
        let empty = report { $0.columns?.evidence.columns?[1].itemCount = 0 }
        #expect(Fixtures.issues(empty).has(.error, "evidence.contradictsPass", at: "\(base).columns.columns[1].itemCount"))
        let one = report { $0.columns?.evidence.columns?[1].itemCount = 1 }
        #expect(Fixtures.issues(one) == [])
        let none = report { $0.columns?.evidence.columns = [] }
        #expect(Fixtures.issues(none).has(.error, "columns.noColumns", at: "\(base).columns.columns"))
        let absent = report { $0.columns?.evidence.columns = nil }
        #expect(Fixtures.issues(absent).has(.error, "columns.noColumns", at: "\(base).columns.columns"))
    }

    @Test func search() {
        let notFound = report { $0.search?.evidence.tests?[2].found = false }
        #expect(Fixtures.issues(notFound).has(.error, "evidence.contradictsPass", at: "\(base).search.tests[2].found"))
        let two = report { $0.search?.evidence.tests?.removeLast() }
        #expect(Fixtures.issues(two).has(.error, "search.tooFewTests", at: "\(base).search.tests"))
        #expect(Fixtures.issues(two).count == 1)
        #expect(Fixtures.issues(report { _ in }) == [])  // three tests are enough
    }

    @Test func classification() {
        let mismatch = report { $0.classification?.evidence.mismatches = ["“教师资格认定”归入“法人服务”"] }
        #expect(Fixtures.issues(mismatch).has(.error, "evidence.contradictsPass", at: "\(base).classification.mismatches[0]"))
        let missing = report { $0.classification?.evidence.mismatches = nil }
        #expect(Fixtures.issues(missing).has(.warning, "evidence.missing", at: "\(base).classification"))
        #expect(Fixtures.issues(missing).errors.isEmpty)
    }

    @Test func registration() {
        let failed = report {
            $0.registration?.evidence.tests?.append(RegistrationTest(on: "2017-11-03", account: .enterprise, succeeded: false))
        }
        #expect(Fixtures.issues(failed).has(.error, "evidence.contradictsPass", at: "\(base).registration.tests[1].succeeded"))
        let none = report { $0.registration?.evidence.tests = [] }
        #expect(Fixtures.issues(none).has(.error, "registration.noTests", at: "\(base).registration.tests"))
        let late = report { $0.registration?.evidence.tests?[0].on = "2017-12-21" }
        #expect(Fixtures.issues(late).has(.error, "shape.dateAfterPrepared", at: "\(base).registration.tests[0].on"))
        let sameDay = report { $0.registration?.evidence.tests?[0].on = "2017-12-20" }
        #expect(Fixtures.issues(sameDay) == [])
    }

    func consultation(submitted: FormDate, answered: FormDate?, preparedOn: FormDate = "2017-12-20") -> [ValidationIssue] {
        var report = report {
            $0.consultation?.evidence.tests = [
                ConsultationTest(question: "体检医院有哪些？", submittedOn: submitted, answeredOn: answered)
            ]
        }
        report.preparedOn = preparedOn
        return Fixtures.issues(report)
    }

    @Test func consultationAcrossNationalDay() {
        #expect(consultation(submitted: "2017-09-28", answered: "2017-10-11") == [])
        let late = consultation(submitted: "2017-09-28", answered: "2017-10-12")
        #expect(late.has(.error, "evidence.contradictsPass", at: "\(base).consultation.tests[0].answeredOn"))
        #expect(late.first?.messageEn.contains("due 2017-10-11") == true)
    }

    @Test func consultationAcrossNewYear() {
        #expect(consultation(submitted: "2017-12-25", answered: "2018-01-02", preparedOn: "2018-01-05") == [])
        #expect(
            consultation(submitted: "2017-12-25", answered: "2018-01-03", preparedOn: "2018-01-05").has(
                .error, "evidence.contradictsPass", at: "\(base).consultation.tests[0].answeredOn"))
    }

    @Test func unansweredQuestions() {
        // Due 2017-12-08: pending on the due day, failing the day after.
        #expect(consultation(submitted: "2017-12-01", answered: nil, preparedOn: "2017-12-08") == [])
        #expect(
            consultation(submitted: "2017-12-01", answered: nil, preparedOn: "2017-12-09").has(
                .error, "evidence.contradictsPass", at: "\(base).consultation.tests[0].answeredOn"))
    }

    @Test func consultationChannelAndTests() {
        let broken = report { $0.consultation?.evidence = ConsultationEvidence(channelWorks: false, tests: []) }
        let issues = Fixtures.issues(broken)
        #expect(issues.has(.error, "evidence.contradictsPass", at: "\(base).consultation.channelWorks"))
        #expect(issues.with("consultation.noTests").isEmpty)  // nothing could be submitted
        let noTests = report { $0.consultation?.evidence.tests = [] }
        #expect(Fixtures.issues(noTests).has(.error, "consultation.noTests", at: "\(base).consultation.tests"))
    }

    @Test func consultationDates() {
        #expect(
            consultation(submitted: "2017-12-13", answered: "2017-12-12").has(
                .error, "consultation.dateOrder", at: "\(base).consultation.tests[0].answeredOn"))
        #expect(consultation(submitted: "2017-12-12", answered: "2017-12-12") == [])
        #expect(
            consultation(submitted: "2017-12-18", answered: "2017-12-21").has(
                .error, "shape.dateAfterPrepared", at: "\(base).consultation.tests[0].answeredOn"))
        #expect(
            consultation(submitted: "2017-13-01", answered: nil).has(
                .error, "shape.date", at: "\(base).consultation.tests[0].submittedOn"))
    }

    @Test func datesOutsideTheCalendarAreErrorsNotCrashes() {
        let before = consultation(submitted: "2016-12-28", answered: "2017-01-04")
        #expect(before.has(.error, "consultation.outsideCalendar", at: "\(base).consultation.tests[0].submittedOn"))
        #expect(before.first?.message.contains("2016") == true)
        let after = consultation(submitted: "2026-12-29", answered: "2027-01-04", preparedOn: "2027-01-10")
        #expect(after.has(.error, "consultation.outsideCalendar", at: "\(base).consultation.tests[0].submittedOn"))
    }

    @Test func verdictsAreExposedForTheSummary() {
        let report = report {
            $0.consultation?.evidence.tests = [
                ConsultationTest(question: "q", submittedOn: "2017-09-28", answeredOn: "2017-10-12")
            ]
            $0.columns?.evidence.columns?[0].itemCount = 0
        }
        let platform = report.platforms[0]
        let verdict = evidenceVerdict(for: .consultation, platform: platform, preparedOn: Day("2017-12-20"))
        #expect(verdict.failures.map(\.code) == ["consultation.late"])
        #expect(evidenceVerdict(for: .search, platform: platform, preparedOn: nil) == .passes)
        #expect(evidenceVerdict(for: .completeness, platform: platform, preparedOn: nil) == .noEvidence)
        #expect(platform.hasEmptyColumn == true)
        #expect(platform.isNotIntegratedWithPortal == false)
        #expect(platform.consultationChannelWorks == true)
        #expect(platform.hasQuestionUnansweredAfterFiveWorkingDays(preparedOn: Day("2017-12-20")) == true)
        #expect(platform.searchFails == false)
        #expect(Fixtures.report().platforms[0].hasQuestionUnansweredAfterFiveWorkingDays(preparedOn: Day("2017-12-20")) == false)
        var unknown = Fixtures.report().platforms[0]
        unknown.checks.consultation = nil
        #expect(unknown.consultationChannelWorks == nil)
    }
}
