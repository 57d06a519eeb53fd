import Foundation
import Shared
import Testing

@Suite struct ExamplesTests {
    @Test(arguments: ["report-valid.json", "report-invalid.json"])
    func examplesAreByteStable(name: String) throws {
        let data = try Fixtures.example(name)
        #expect(ReportDecoder.encode(try ReportDecoder.decode(data)) == data)
    }

    @Test func theValidExampleHasNoErrors() throws {
        let report = try ReportDecoder.decode(try Fixtures.example("report-valid.json"))
        #expect(validate(report, context: Fixtures.context).errors == [])
        #expect(
            validate(
                report,
                context: ValidationContext(
                    roundID: "2017", deadline: Day("2017-12-31"), roster: ["320000"], signingFiler: "320000")
            ).errors == [])
        #expect(report.platforms.count >= 2)
        #expect(report.platforms.reduce(0) { $0 + $1.serviceItems.count } >= 5)
        #expect(!report.unifiedPlatform)
        // Some indicators were failed and rectified.
        let assessments = report.platforms.flatMap { [$0.checks.columns?.assessment, $0.checks.search?.assessment] }
        #expect(assessments.contains { $0?.result == .fail && $0?.rectification?.status == .completed })
    }

    @Test func theInvalidExampleHasAnErrorForEveryIndicator() throws {
        let report = try ReportDecoder.decode(try Fixtures.example("report-invalid.json"))
        let errors = validate(report, context: Fixtures.context).errors
        let indicators = Set(errors.compactMap(\.indicator))
        #expect(indicators == Set(IndicatorID.allCases))
    }

    @Test func theInvalidExampleBreaksEveryReportRule() throws {
        let report = try ReportDecoder.decode(try Fixtures.example("report-invalid.json"))
        let codes = Set(validate(report, context: Fixtures.context).map(\.code))
        let expected: Set<String> = [
            "shape.formVersion", "shape.blank", "shape.filerCode", "shape.email", "shape.date", "shape.url",
            "shape.unifiedPlatformCount", "shape.duplicatePlatformId", "shape.notAssessed", "shape.noServiceItems",
            "shape.copies", "shape.itemCount", "shape.regionCode", "shape.siteCode", "shape.dateAfterPrepared",
            "shape.duplicateServiceItem", "round.mismatch", "columns.noColumns", "search.tooFewTests", "registration.noTests",
            "consultation.noTests", "consultation.dateOrder", "consultation.outsideCalendar", "evidence.contradictsPass",
            "evidence.contradictsFail", "evidence.contradictsNotApplicable", "evidence.expectedNotApplicable",
            "evidence.missing", "assessment.notesMissing", "rectification.problemsMissing", "rectification.missing",
            "rectification.measuresMissing", "rectification.responsibleMissing", "rectification.statusMissing",
            "rectification.completedOnMissing", "rectification.completedAfterPrepared",
            "rectification.completedStillFails", "rectification.dueOnMissing", "rectification.dueAfterDeadline",
            "rectification.onPass", "rectification.onNotApplicable", "text.placeholder", "text.controlCharacter",
            "platform.levelForKind",
        ]
        #expect(expected.subtracting(codes) == [])
        // A malformed code (32000) is on no roster, so filer.nameMismatch cannot apply to it, and
        // the report of a region cannot show a department's rule (platform.regionCodeForDepartment):
        // FilerRulesTests breaks those.
        #expect(codes.isDisjoint(with: ["filer.nameMismatch", "platform.regionCodeForDepartment"]))
    }

    @Test func theInvalidExampleShowsTheTextRulesWhereTheyAre() throws {
        let report = try ReportDecoder.decode(try Fixtures.example("report-invalid.json"))
        let issues = validate(report, context: Fixtures.context)
        #expect(issues.has(.error, "text.placeholder", at: "preparedBy.unit"))
        #expect(issues.has(.error, "text.controlCharacter", at: "preparedBy.contact"))
        #expect(issues.has(.error, "platform.levelForKind", at: "platforms[2].level"))
    }
}
