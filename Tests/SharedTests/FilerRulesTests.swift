import Foundation
import Shared
import Testing

/// docs/FORM.md "Validation" 5 and 6: the filer's name against the roster, platform levels by
/// the filer's kind, and the roster look-ups `zicha init` uses.
@Suite("Filer rules")
struct FilerRulesTests {
    @Test func theNameMustBeTheRostersName() {
        var report = Fixtures.report()
        report.filer.name = "江苏省人民政府办公厅"
        let issues = Fixtures.issues(report)
        #expect(issues.has(.error, "filer.nameMismatch", at: "filer.name"), "\(issues)")
        #expect(issues.first?.message.contains("“江苏省”") == true)
        #expect(issues.count == 1)
        // White space around it is forgiven; the roster's name passes.
        report.filer.name = " 江苏省\u{3000}"
        #expect(Fixtures.issues(report) == [])
        // Every built-in filer's own name passes with its own code.
        for filer in BuiltInFilers.all {
            let report = TestReports.valid(filer: filer.code)
            #expect(Fixtures.issues(report) == [], "\(filer.code)")
        }
    }

    @Test func theServersOwnRosterDecidesCodesNotBuiltIn() {
        var report = TestReports.valid(filer: "990000", name: "某试点地区")
        // Offline (no roster entry) an added office's name cannot be checked: the server decides.
        #expect(Fixtures.issues(report) == [])
        let entry = FilerSeed(code: "990000", name: "试点地区", kind: .region)
        var context = Fixtures.context
        context.rosterEntry = entry
        #expect(Fixtures.issues(report, context: context).has(.error, "filer.nameMismatch", at: "filer.name"))
        report.filer.name = "试点地区"
        #expect(Fixtures.issues(report, context: context) == [])
        // An entry for another code is not this filer's: the built-in roster decides.
        var jiangsu = Fixtures.report()
        jiangsu.filer.name = "试点地区"
        #expect(Fixtures.issues(jiangsu, context: context).has(.error, "filer.nameMismatch", at: "filer.name"))
    }

    @Test func blankOrPlaceholderNamesHaveTheirOwnRules() {
        var report = Fixtures.report()
        report.filer.name = " "
        #expect(Fixtures.issues(report).map(\.code) == ["shape.blank"])
        report.filer.name = Placeholder.text("单位名称", "office name")
        #expect(Fixtures.issues(report).map(\.code) == ["text.placeholder"])
    }

    @Test func aDepartmentFilesDepartmentLevelPlatformsWithoutRegionCode() {
        var report = TestReports.valid(filer: "bm05")
        #expect(report.filer.name == "教育部" && Fixtures.issues(report) == [])
        report.platforms[0].level = .province
        report.platforms[0].regionCode = "110000"
        let issues = Fixtures.issues(report)
        #expect(issues.has(.error, "platform.levelForKind", at: "platforms[0].level"), "\(issues)")
        #expect(issues.has(.error, "platform.regionCodeForDepartment", at: "platforms[0].regionCode"), "\(issues)")
        #expect(issues.count == 2)
        #expect(issues[0].message.contains("部门") && issues[0].messageEn.contains("department"))
    }

    @Test func aRegionFilesProvinceCityOrCountyPlatforms() {
        for code in ["320000", "660000"] {
            var report = TestReports.valid(filer: code)
            for level in [PlatformLevel.province, .city, .county] {
                report.platforms[0].level = level
                #expect(Fixtures.issues(report) == [], "\(code) \(level)")
            }
            report.platforms[0].level = .department
            let issues = Fixtures.issues(report)
            #expect(issues.has(.error, "platform.levelForKind", at: "platforms[0].level") && issues.count == 1, "\(issues)")
        }
    }

    @Test func theRosterEntrysKindDecidesTheLevels() {
        // An administrator added 990000 as a department (filer add --kind department).
        var context = Fixtures.context
        context.rosterEntry = FilerSeed(code: "990000", name: "测试单位", kind: .department)
        let report = TestReports.valid(filer: "990000")
        let issues = Fixtures.issues(report, context: context)
        #expect(issues.has(.error, "platform.levelForKind", at: "platforms[0].level"), "\(issues)")
        #expect(issues.has(.error, "platform.regionCodeForDepartment", at: "platforms[0].regionCode"), "\(issues)")
    }

    @Test func nearestCodes() {
        #expect(BuiltInFilers.nearest(to: "32000").map(\.code) == ["320000"])
        #expect(BuiltInFilers.nearest(to: "320001").map(\.code) == ["320000"])
        #expect(BuiltInFilers.nearest(to: "999999").map(\.code) == ["660000", "650000", "640000"])
        #expect(BuiltInFilers.nearest(to: "BM05").map(\.code) == ["bm05"])
        #expect(BuiltInFilers.nearest(to: "bm5").first?.code == "bm05")
        #expect(BuiltInFilers.nearest(to: "bm01").first?.code == "bm02")
        #expect(BuiltInFilers.nearest(to: "").count == 3)
        #expect(BuiltInFilers.filer(code: "320000")?.name == "江苏省")
        #expect(BuiltInFilers.filer(code: "32000") == nil)
    }
}
