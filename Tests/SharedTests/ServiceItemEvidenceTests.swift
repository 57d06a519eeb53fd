import Shared
import Testing

/// docs/FORM.md "Validation" 2 for the service-item indicators, both sides of each rule.
@Suite struct ServiceItemEvidenceTests {
    let item = "platforms[0].serviceItems[0]"

    func issues(_ change: (inout ServiceItem) -> Void) -> [ValidationIssue] {
        var report = Fixtures.report()
        change(&report.platforms[0].serviceItems[0])
        return Fixtures.issues(report)
    }

    @Test func completenessNeedsEveryElement() {
        let missing = issues {
            $0.guide.fee = nil
            $0.guide.contact = "  "
            $0.guide.steps = []
        }
        let contradictions = missing.with("evidence.contradictsPass").filter { $0.indicator == .completeness }
        #expect(contradictions.map(\.path) == ["\(item).guide.steps", "\(item).guide.fee", "\(item).guide.contact"])
        for key in ["basis", "conditions", "timeLimit", "agency"] {
            let one = issues {
                switch key {
                case "basis": $0.guide.basis = ""
                case "conditions": $0.guide.conditions = nil
                case "timeLimit": $0.guide.timeLimit = nil
                default: $0.guide.agency = nil
                }
            }
            #expect(one.has(.error, "evidence.contradictsPass", at: "\(item).guide.\(key)"), "\(key)")
        }
        let r1 = issues { $0.guide.materials = nil }
        #expect(r1.has(.error, "evidence.contradictsPass", at: "\(item).guide.materials"))
    }

    @Test func accuracy() {
        let r2 = issues { $0.checks.accuracy?.evidence.offlineVerified = false }
        #expect(r2.has(.error, "evidence.contradictsPass", at: "\(item).checks.accuracy.offlineVerified"))
        let r3 = issues { $0.checks.accuracy?.evidence.discrepancies = ["时限不一致"] }
        #expect(r3.has(.error, "evidence.contradictsPass", at: "\(item).checks.accuracy.discrepancies[0]"))
        let missing = issues { $0.checks.accuracy?.evidence = AccuracyEvidence() }
        #expect(missing.has(.warning, "evidence.missing", at: "\(item).checks.accuracy"))
        #expect(missing.errors.isEmpty)
    }

    @Test func processClarity() {
        let r4 = issues { $0.guide.steps?[1].description = nil }
        #expect(r4.has(.error, "evidence.contradictsPass", at: "\(item).guide.steps[1].description"))
        let r5 = issues { $0.guide.steps?[1].description = "受理。" }
        #expect(r5.has(.error, "evidence.contradictsPass", at: "\(item).guide.steps[1].description"))
        let r6 = issues { $0.guide.steps?[1].description = "窗口受理" }
        #expect(r6.has(.error, "evidence.contradictsPass", at: "\(item).guide.steps[1].description"))
        #expect(issues { $0.guide.steps?[1].description = "窗口当场受理并出具回执" } == [])
    }

    @Test func materialFormat() {
        let missing = issues {
            $0.guide.materials?[0].copyType = nil
            $0.guide.materials?[0].medium = nil
            $0.guide.materials?[1].copies = nil
        }
        let paths = missing.with("evidence.contradictsPass").map(\.path)
        #expect(
            paths == [
                "\(item).guide.materials[0].copyType", "\(item).guide.materials[0].medium", "\(item).guide.materials[1].copies",
            ])
        #expect(missing.allSatisfy { $0.indicator == .materialFormat })
    }

    @Test func materialWording() {
        let vague = issues { $0.guide.materials?[1].notes = "以及根据有关法律法规规定应提交的其他材料" }
        #expect(vague.has(.error, "evidence.contradictsPass", at: "\(item).guide.materials[1].notes"))
        #expect(vague.first?.message.contains("根据有关法律法规规定") == true)
        let r7 = issues { $0.guide.materials?[0].name = "其他相关材料" }
        #expect(r7.has(.error, "evidence.contradictsPass", at: "\(item).guide.materials[0].name"))
        #expect(issues { $0.guide.materials?[0].name = "营业执照副本" } == [])
    }

    @Test func formDownloadAndSample() {
        let noDownload = issues { $0.guide.forms?[0].downloadUrl = nil }
        #expect(noDownload.has(.error, "evidence.contradictsPass", at: "\(item).guide.forms[0].downloadUrl"))
        #expect(noDownload.first?.indicator == .formDownload)
        let neither = issues { $0.guide.forms?[0].instructionsUrl = nil }
        #expect(neither.has(.error, "evidence.contradictsPass", at: "\(item).guide.forms[0]"))
        #expect(neither.first?.indicator == .formSample)
        #expect(
            issues {
                $0.guide.forms?[0].instructionsUrl = nil
                $0.guide.forms?[0].sampleUrl = "https://www.jszwfw.gov.cn/sl.pdf"
            } == [])
    }

    @Test func noFormsMeansNotApplicable() {
        let passDeclared = issues { $0.guide.forms = [] }
        #expect(passDeclared.has(.warning, "evidence.expectedNotApplicable", at: "\(item).checks.formDownload.result"))
        #expect(passDeclared.has(.warning, "evidence.expectedNotApplicable", at: "\(item).checks.formSample.result"))
        #expect(passDeclared.errors.isEmpty)
        let failDeclared = issues {
            $0.guide.forms = nil
            $0.checks.formDownload = Check(Fixtures.failedCompleted())
        }
        #expect(failDeclared.has(.error, "evidence.contradictsFail", at: "\(item).checks.formDownload.result"))
        let notApplicable = issues {
            $0.guide.forms = []
            $0.checks.formDownload = Check(Assessment(result: .notApplicable, notes: "无需填写表格"))
            $0.checks.formSample = Check(Assessment(result: .notApplicable, notes: "无需填写表格"))
        }
        #expect(notApplicable == [])
    }

    @Test func verdictsAndSummaryFacts() {
        var item = Fixtures.report().platforms[0].serviceItems[0]
        #expect(evidenceVerdict(for: .formSample, item: item) == .passes)
        #expect(evidenceVerdict(for: .search, item: item) == .noEvidence)
        #expect(item.hasOnlyStepNames == false)
        #expect(item.lacksTimeLimitFeeOrContact == false)
        #expect(item.hasVagueMaterialWording == false)
        #expect(item.lacksFormDownload == false)
        #expect(item.lacksInstructionsOrSample == false)
        #expect(item.lacksMaterialFormat == false)
        item.guide.steps?[0].description = nil
        item.guide.fee = nil
        item.guide.materials?[0].name = "其他材料"
        item.guide.materials?[0].copies = nil
        item.guide.forms?[0].downloadUrl = nil
        item.guide.forms?[0].instructionsUrl = nil
        #expect(item.hasOnlyStepNames == true)
        #expect(item.lacksTimeLimitFeeOrContact == true)
        #expect(item.hasVagueMaterialWording == true)
        #expect(item.lacksFormDownload == true)
        #expect(item.lacksInstructionsOrSample == true)
        #expect(item.lacksMaterialFormat == true)
        item.guide.forms = []
        #expect(item.lacksFormDownload == nil)
        #expect(evidenceVerdict(for: .formDownload, item: item) == .notApplicable)
    }
}
