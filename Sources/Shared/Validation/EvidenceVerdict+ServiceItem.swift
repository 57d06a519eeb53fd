/// The evidence rules of docs/FORM.md "Validation" 2 for the seven service-item indicators. The
/// guide as published is the evidence; `accuracy` has its own.
extension EvidenceVerdict {
    /// Fails when a guide element is missing or blank.
    package static func completeness(_ guide: Guide) -> EvidenceVerdict {
        var failures: [EvidenceFailure] = []
        func missing(_ key: String, _ zh: String) {
            failures.append(
                EvidenceFailure(
                    code: "completeness.missing", path: "guide.\(key)",
                    message: "办事指南缺少要素：\(zh)", messageEn: "the guide lacks its \(key)"))
        }
        if FieldText.isBlank(guide.basis) { missing("basis", "设定依据") }
        if FieldText.isBlank(guide.conditions) { missing("conditions", "办理条件") }
        if guide.steps?.isEmpty ?? true { missing("steps", "办理流程") }
        if FieldText.isBlank(guide.timeLimit) { missing("timeLimit", "办理时限") }
        if FieldText.isBlank(guide.fee) { missing("fee", "收费标准") }
        if guide.materials?.isEmpty ?? true { missing("materials", "办理材料") }
        if FieldText.isBlank(guide.agency) { missing("agency", "办理机构") }
        if FieldText.isBlank(guide.contact) { missing("contact", "联系方式") }
        return EvidenceVerdict(failures: failures)
    }

    /// Fails when the guide was not checked against offline handling or differs from it.
    package static func accuracy(_ evidence: AccuracyEvidence) -> EvidenceVerdict {
        var failures: [EvidenceFailure] = []
        if evidence.offlineVerified == false {
            failures.append(
                EvidenceFailure(
                    code: "accuracy.notVerified", path: "checks.accuracy.offlineVerified",
                    message: "办事指南未与线下实际办理情况核对（offlineVerified 为 false）",
                    messageEn: "the guide was not checked against offline handling (offlineVerified is false)"))
        }
        failures += Self.failures(in: evidence.discrepancies ?? []) { i, discrepancy in
            guard !FieldText.isBlank(discrepancy) else { return nil }
            return EvidenceFailure(
                code: "accuracy.discrepancy", path: "checks.accuracy.discrepancies[\(i)]",
                message: "办事指南与线下办理不一致：\(FieldText.quoted(discrepancy))",
                messageEn: "the guide differs from offline handling: \(FieldText.quoted(discrepancy))")
        }
        if !failures.isEmpty { return .fails(failures) }
        return evidence.offlineVerified == true ? .passes : .noEvidence
    }

    /// Fails when a step has no description or one that only repeats its name.
    /// A guide without steps gives `.noEvidence` (`completeness` reports it).
    package static func processClarity(_ guide: Guide) -> EvidenceVerdict {
        guard let steps = guide.steps, !steps.isEmpty else { return .noEvidence }
        return EvidenceVerdict(
            failures: failures(in: steps) { i, step in
                let path = "guide.steps[\(i)].description"
                if FieldText.isBlank(step.description) {
                    return EvidenceFailure(
                        code: "processClarity.undescribed", path: path,
                        message: "办理环节\(FieldText.quoted(step.name))只有名称，没有具体内容说明",
                        messageEn: "step \(FieldText.quoted(step.name)) is only named, not described")
                }
                guard let description = step.description, FieldText.onlyRepeatsName(name: step.name, description: description)
                else { return nil }
                return EvidenceFailure(
                    code: "processClarity.undescribed", path: path,
                    message: "办理环节\(FieldText.quoted(step.name))的说明\(FieldText.quoted(description))只是重复环节名称",
                    messageEn:
                        "the description \(FieldText.quoted(description)) of step \(FieldText.quoted(step.name)) only repeats its name"
                )
            })
    }

    /// Fails when a material lacks copyType, medium or a number of copies (at least 1).
    package static func materialFormat(_ guide: Guide) -> EvidenceVerdict {
        guard let materials = guide.materials, !materials.isEmpty else { return .noEvidence }
        var failures: [EvidenceFailure] = []
        for (i, material) in materials.enumerated() {
            func missing(_ key: String, _ zh: String, _ en: String) {
                failures.append(
                    EvidenceFailure(
                        code: "materialFormat.missing", path: "guide.materials[\(i)].\(key)",
                        message: "材料\(FieldText.quoted(material.name))未明确\(zh)",
                        messageEn: "material \(FieldText.quoted(material.name)) does not state \(en)"))
            }
            if material.copyType == nil { missing("copyType", "原件/复印件", "original or copy") }
            if material.medium == nil { missing("medium", "纸质版/电子版", "paper or electronic") }
            if (material.copies ?? 0) < 1 { missing("copies", "份数", "the number of copies") }
        }
        return EvidenceVerdict(failures: failures)
    }

    /// Fails when a material's name or notes contain a catch-all phrase (`VaguePhrases`).
    package static func materialWording(_ guide: Guide) -> EvidenceVerdict {
        guard let materials = guide.materials, !materials.isEmpty else { return .noEvidence }
        var failures: [EvidenceFailure] = []
        for (i, material) in materials.enumerated() {
            for (key, text) in [("name", material.name), ("notes", material.notes ?? "")] {
                guard let phrase = VaguePhrases.match(in: text) else { continue }
                failures.append(
                    EvidenceFailure(
                        code: "materialWording.vague", path: "guide.materials[\(i)].\(key)",
                        message: "材料表述含糊：\(FieldText.quoted(text))含兜底性表述“\(phrase)”",
                        messageEn: "vague material wording: \(FieldText.quoted(text)) contains the catch-all phrase “\(phrase)”"))
            }
        }
        return EvidenceVerdict(failures: failures)
    }

    /// Fails when a required form has no usable download URL; not applicable without forms.
    package static func formDownload(_ guide: Guide) -> EvidenceVerdict {
        guard let forms = guide.forms, !forms.isEmpty else { return .notApplicable }
        return EvidenceVerdict(
            failures: failures(in: forms) { i, form in
                guard !FieldText.isUsableURL(form.downloadUrl) else { return nil }
                return EvidenceFailure(
                    code: "formDownload.missing", path: "guide.forms[\(i)].downloadUrl",
                    message: "表格\(FieldText.quoted(form.name))未提供下载渠道",
                    messageEn: "form \(FieldText.quoted(form.name)) cannot be downloaded (no download URL)")
            })
    }

    /// Fails when a required form has neither filling instructions nor a sample; not
    /// applicable without forms.
    package static func formSample(_ guide: Guide) -> EvidenceVerdict {
        guard let forms = guide.forms, !forms.isEmpty else { return .notApplicable }
        return EvidenceVerdict(
            failures: failures(in: forms) { i, form in
                guard !FieldText.isUsableURL(form.instructionsUrl), !FieldText.isUsableURL(form.sampleUrl) else { return nil }
                return EvidenceFailure(
                    code: "formSample.missing", path: "guide.forms[\(i)]",
                    message: "表格\(FieldText.quoted(form.name))既无填写说明也无示范文本",
                    messageEn: "form \(FieldText.quoted(form.name)) has neither filling instructions nor a sample")
            })
    }
}
