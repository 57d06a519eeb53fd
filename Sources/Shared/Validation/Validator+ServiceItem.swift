/// A service item's own fields, its guide's shape and its seven checks.
extension Validator {
    mutating func checkServiceItem(_ item: ServiceItem, path: String) {
        checkServiceItemTexts(item, path: path)
        requireText(item.name, "\(path).name", "事项名称")
        requireText(item.department, "\(path).department", "实施部门")
        let guide = item.guide
        for (k, step) in (guide.steps ?? []).enumerated() {
            requireText(step.name, "\(path).guide.steps[\(k)].name", "环节名称", indicator: .processClarity)
        }
        for (k, material) in (guide.materials ?? []).enumerated() {
            requireText(material.name, "\(path).guide.materials[\(k)].name", "材料名称", indicator: .materialWording)
            if let copies = material.copies, copies < 1 {
                add(
                    .error, "shape.copies", .materialFormat, "\(path).guide.materials[\(k)].copies",
                    "材料份数应至少为1（现为\(copies)）", "copies must be at least 1 (not \(copies))")
            }
        }
        for (k, form) in (guide.forms ?? []).enumerated() {
            let formPath = "\(path).guide.forms[\(k)]"
            requireText(form.name, "\(formPath).name", "表格名称", indicator: .formDownload)
            requireURL(form.downloadUrl, "\(formPath).downloadUrl", indicator: .formDownload)
            requireURL(form.instructionsUrl, "\(formPath).instructionsUrl", indicator: .formSample)
            requireURL(form.sampleUrl, "\(formPath).sampleUrl", indicator: .formSample)
        }

        let checks = item.checks
        let base = "\(path).checks"
        // The guide is the evidence of all of them but `accuracy`.
        assess(checks.completeness, .completeness, checksPath: base, ownerPath: path) { _ in .completeness(guide) }
        assess(
            checks.accuracy, .accuracy, checksPath: base, ownerPath: path, warnIfNoEvidence: true,
            verdict: EvidenceVerdict.accuracy)
        let guideChecks: [(IndicatorID, Check<NoEvidence>?, (Guide) -> EvidenceVerdict)] = [
            (.processClarity, checks.processClarity, EvidenceVerdict.processClarity),
            (.materialFormat, checks.materialFormat, EvidenceVerdict.materialFormat),
            (.materialWording, checks.materialWording, EvidenceVerdict.materialWording),
            (.formDownload, checks.formDownload, EvidenceVerdict.formDownload),
            (.formSample, checks.formSample, EvidenceVerdict.formSample),
        ]
        for (id, check, verdict) in guideChecks {
            assess(check, id, checksPath: base, ownerPath: path) { _ in verdict(guide) }
        }
    }
}
