import Shared
import Testing

@Suite struct ValidatorShapeTests {
    @Test func theFixtureIsClean() {
        #expect(Fixtures.issues(Fixtures.report()) == [])
    }

    @Test func unknownFormVersion() {
        var report = Fixtures.report()
        report.formVersion = "2"
        let issues = Fixtures.issues(report)
        #expect(issues.has(.error, "shape.formVersion", at: "formVersion"))
        #expect(issues.with("shape.formVersion").first?.indicator == nil)
    }

    @Test func blankRequiredFields() {
        var report = Fixtures.report()
        report.summary = " \n"
        report.preparedBy.contact = ""
        report.platforms[0].serviceItems[0].department = ""
        let issues = Fixtures.issues(report)
        #expect(issues.has(.error, "shape.blank", at: "summary"))
        #expect(issues.has(.error, "shape.blank", at: "preparedBy.contact"))
        #expect(issues.has(.error, "shape.blank", at: "platforms[0].serviceItems[0].department"))
        #expect(issues.with("shape.blank").count == 3)
    }

    @Test func filerCodeFormat() {
        for good in ["320000", "660000", "bm07"] {
            var report = Fixtures.report()
            report.filer.code = good
            #expect(Fixtures.issues(report).with("shape.filerCode").isEmpty, "\(good)")
        }
        for bad in ["32000", "bm7", "BM07", "3200001"] {
            var report = Fixtures.report()
            report.filer.code = bad
            #expect(Fixtures.issues(report).has(.error, "shape.filerCode", at: "filer.code"), "\(bad)")
        }
    }

    @Test func emailNeedsAnAt() {
        var report = Fixtures.report()
        report.preparedBy.email = "zwgk.jiangsu.gov.cn"
        #expect(Fixtures.issues(report).has(.error, "shape.email", at: "preparedBy.email"))
    }

    @Test func unifiedPlatformMeansExactlyOnePlatform() {
        var report = Fixtures.report()
        var second = report.platforms[0]
        second.id = "nj"
        report.platforms.append(second)
        #expect(Fixtures.issues(report).has(.error, "shape.unifiedPlatformCount", at: "unifiedPlatform"))
        report.unifiedPlatform = false
        #expect(Fixtures.issues(report) == [])
    }

    @Test func atLeastOnePlatformAndOneItem() {
        var report = Fixtures.report()
        report.platforms[0].serviceItems = []
        #expect(Fixtures.issues(report).has(.error, "shape.noServiceItems", at: "platforms[0].serviceItems"))
        report.platforms = []
        report.unifiedPlatform = false
        #expect(Fixtures.issues(report).has(.error, "shape.noPlatforms", at: "platforms"))
    }

    @Test func platformIdsAreUnique() {
        var report = Fixtures.report()
        report.unifiedPlatform = false
        report.platforms.append(report.platforms[0])
        let issues = Fixtures.issues(report)
        #expect(issues.has(.error, "shape.duplicatePlatformId", at: "platforms[1].id"))
        #expect(issues.with("shape.duplicatePlatformId").count == 1)
    }

    @Test func urlsAreAbsoluteHTTP() {
        for good in ["http://www.jszwfw.gov.cn", "https://zwfw.gov.cn/a?b=c", "HTTPS://X.CN", "https://政务.cn/办事指南"] {
            var report = Fixtures.report()
            report.platforms[0].url = good
            #expect(Fixtures.issues(report).with("shape.url").isEmpty, "\(good)")
        }
        for bad in [
            "www.jszwfw.gov.cn", "ftp://x.cn", "http://", "http:// x.cn", "/relative", "javascript:alert(1)", "http://:80/a",
            "https://.x.cn", "https://x.cn/\u{3000}办事", "http://x.cn/\u{7F}", "https:/x.cn", "httpx://x.cn",
        ] {
            var report = Fixtures.report()
            report.platforms[0].url = bad
            report.platforms[0].portalUrl = bad
            report.platforms[0].serviceItems[0].guide.forms?[0].sampleUrl = bad
            let issues = Fixtures.issues(report)
            #expect(issues.has(.error, "shape.url", at: "platforms[0].url"), "\(bad)")
            #expect(issues.has(.error, "shape.url", at: "platforms[0].portalUrl"), "\(bad)")
            #expect(issues.has(.error, "shape.url", at: "platforms[0].serviceItems[0].guide.forms[0].sampleUrl"), "\(bad)")
        }
    }

    @Test func datesAreRealDates() {
        var report = Fixtures.report()
        report.preparedOn = "2017-02-29"
        report.platforms[0].checks.registration?.evidence.tests?[0].on = "2017/11/02"
        let issues = Fixtures.issues(report)
        #expect(issues.has(.error, "shape.date", at: "preparedOn"))
        #expect(issues.has(.error, "shape.date", at: "platforms[0].checks.registration.tests[0].on"))
        report.preparedOn = "2016-02-29"  // a leap day is a real date
        #expect(Fixtures.issues(report).with("shape.date").count == 1)
    }

    @Test func everyIndicatorMustBeAssessed() {
        var report = Fixtures.report()
        report.platforms[0].checks = PlatformChecks()
        report.platforms[0].serviceItems[0].checks = ServiceItemChecks()
        let notAssessed = Fixtures.issues(report).with("shape.notAssessed")
        #expect(notAssessed.count == 13)
        #expect(notAssessed.compactMap(\.indicator) == IndicatorID.allCases)
        #expect(notAssessed.first?.path == "platforms[0].checks.unifiedEntry")
        #expect(notAssessed.last?.path == "platforms[0].serviceItems[0].checks.formSample")
    }

    @Test func regionAndSiteCodes() {
        var report = Fixtures.report()
        report.platforms[0].regionCode = "3200"
        report.platforms[0].siteCode = "32-0000"
        let issues = Fixtures.issues(report)
        #expect(issues.has(.error, "shape.regionCode", at: "platforms[0].regionCode"))
        #expect(issues.has(.warning, "shape.siteCode", at: "platforms[0].siteCode"))
    }

    @Test func copiesAtLeastOneAndItemCountNotNegative() {
        var report = Fixtures.report()
        report.platforms[0].serviceItems[0].guide.materials?[1].copies = 0
        report.platforms[0].checks.columns?.evidence.columns?[0].itemCount = -3
        let issues = Fixtures.issues(report)
        #expect(issues.has(.error, "shape.copies", at: "platforms[0].serviceItems[0].guide.materials[1].copies"))
        #expect(issues.has(.error, "shape.itemCount", at: "platforms[0].checks.columns.columns[0].itemCount"))
        report.platforms[0].serviceItems[0].guide.materials?[1].copies = 1
        #expect(Fixtures.issues(report).with("shape.copies").isEmpty)
    }

    @Test func duplicateItemsAreAWarning() {
        var report = Fixtures.report()
        report.platforms[0].serviceItems.append(report.platforms[0].serviceItems[0])
        let issues = Fixtures.issues(report)
        #expect(issues.has(.warning, "shape.duplicateServiceItem", at: "platforms[0].serviceItems[1].name"))
        #expect(issues.errors.isEmpty)
    }

    @Test func roundAndRoster() {
        let report = Fixtures.report()
        #expect(Fixtures.issues(report, context: ValidationContext(roundID: "2018")).has(.error, "round.mismatch", at: "round"))
        #expect(
            Fixtures.issues(report, context: ValidationContext(roster: ["110000"])).has(
                .error, "roster.unknownFiler", at: "filer.code"))
        #expect(Fixtures.issues(report, context: ValidationContext(roster: ["110000", "320000"])) == [])
        #expect(
            Fixtures.issues(report, context: ValidationContext(signingFiler: "110000")).has(
                .error, "roster.keyMismatch", at: "filer.code"))
        #expect(
            Fixtures.issues(report, context: ValidationContext(roundID: "2017", roster: ["320000"], signingFiler: "320000")) == []
        )
    }

    @Test func preparedAfterTheDeadlineIsFine() {
        var report = Fixtures.report()
        report.preparedOn = "2018-01-15"
        #expect(Fixtures.issues(report) == [])
    }

    @Test func issuesComeInDocumentOrderAndAreDeterministic() throws {
        let data = try Fixtures.example("report-invalid.json")
        let report = try ReportDecoder.decode(data)
        let first = validate(report, context: Fixtures.context)
        #expect(first == validate(report, context: Fixtures.context))
        #expect(first.first?.path == "formVersion")
        #expect(first.last?.path == "summary")
        let platformOrder = first.compactMap { issue -> Int? in
            guard issue.path.hasPrefix("platforms[") else { return nil }
            return Int(issue.path.dropFirst("platforms[".count).prefix { $0 != "]" })
        }
        #expect(platformOrder == platformOrder.sorted())
    }
}
