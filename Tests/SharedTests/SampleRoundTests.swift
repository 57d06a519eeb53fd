import Foundation
import Shared
import Testing

@Suite("Sample round generator and national summary")
struct SampleRoundTests {
    /// Codes on and off the built-in roster; those on it carry its name, as the validator requires.
    static let filers = (0..<32).map {
        let code = String(110000 + $0 * 10000)
        return FilerReference(code: code, name: BuiltInFilers.filer(code: code)?.name ?? "省份\($0)")
    }
    static let preparedOn = Day(year: 2017, month: 12, day: 20)!
    static let reports = SampleRound.reports(filers: filers, preparedOn: preparedOn)

    @Test func sampleHasTheNoticesShape() {
        let platforms = Self.reports.flatMap(\.platforms)
        #expect(Self.reports.count == 32)
        #expect(Self.reports.allSatisfy { !$0.platforms.isEmpty })
        #expect(platforms.count == 201)
        #expect(platforms.count { $0.level == .province } == 30)
        #expect(platforms.count { $0.level == .city } == 42)
        #expect(platforms.count { $0.level == .county } == 129)
        #expect(platforms.reduce(0) { $0 + $1.serviceItems.count } == 865)
    }

    @Test func everyGeneratedReportValidatesWithoutErrors() {
        let context = ValidationContext(roundID: "2017", deadline: Day(year: 2017, month: 12, day: 31))
        for report in Self.reports {
            let errors = validate(report, context: context).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(report.filer.code): \(errors.prefix(3))")
        }
    }

    @Test func summaryReproducesTheNoticesShares() {
        let inputs = Self.reports.map { SummaryInput(filer: $0.filer.code, name: $0.filer.name, version: 1, report: $0) }
        let summary = NationalSummary.compute(round: "2017", inputs: inputs)
        #expect(summary.platforms == 201 && summary.serviceItems == 865 && summary.filers == 32)
        #expect(summary.shares.count == 11)
        for share in summary.shares {
            #expect(share.afterRectification.wholePercent == share.notice2017, "\(share.id): \(share.afterRectification)")
            // Nothing in the sample is rectified yet, so both columns agree.
            #expect(share.firstFound == share.afterRectification, "\(share.id)")
        }
        #expect(summary.perFiler.reduce(0) { $0 + $1.platforms } == 201)
    }

    @Test func rectifiedEvidenceMovesOnlyTheAfterColumn() throws {
        var report = try #require(Self.reports.first { $0.platforms.contains { $0.searchFails == true } })
        let p = try #require(report.platforms.firstIndex { $0.searchFails == true })
        let fixed = report.platforms[p].checks.search?.evidence.tests?.map {
            var test = $0
            test.found = true
            return test
        }
        report.platforms[p].checks.search?.evidence.tests = fixed
        report.platforms[p].checks.search?.assessment.rectification?.status = .completed
        report.platforms[p].checks.search?.assessment.rectification?.completedOn = FormDate("2017-12-19")
        let summary = NationalSummary.compute(
            round: "2017", inputs: [SummaryInput(filer: "x", name: "x", version: 1, report: report)])
        let search = try #require(summary.shares.first { $0.id == "searchFails" })
        #expect(search.firstFound.numerator == search.afterRectification.numerator + 1)
    }
}
