/// A sampled high-frequency service item and its published guide (defects included).
package struct ServiceItem: Codable, Sendable, Equatable {
    package var name: String
    package var code: String?
    package var department: String
    package var guide: Guide
    package var checks: ServiceItemChecks

    package init(name: String, code: String? = nil, department: String, guide: Guide, checks: ServiceItemChecks) {
        self.name = name
        self.code = code
        self.department = department
        self.guide = guide
        self.checks = checks
    }
}

/// The service guide as published. Every element is optional: a missing one is a finding.
package struct Guide: Codable, Sendable, Equatable {
    package var basis: String?
    package var conditions: String?
    package var timeLimit: String?
    package var fee: String?
    package var agency: String?
    package var contact: String?
    package var steps: [Step]?
    package var materials: [Material]?
    package var forms: [FormAttachment]?

    package init(
        basis: String? = nil, conditions: String? = nil, timeLimit: String? = nil, fee: String? = nil,
        agency: String? = nil, contact: String? = nil, steps: [Step]? = nil,
        materials: [Material]? = nil, forms: [FormAttachment]? = nil
    ) {
        self.basis = basis
        self.conditions = conditions
        self.timeLimit = timeLimit
        self.fee = fee
        self.agency = agency
        self.contact = contact
        self.steps = steps
        self.materials = materials
        self.forms = forms
    }
}

package struct Step: Codable, Sendable, Equatable {
    package var name: String
    package var description: String?
    package init(name: String, description: String?) {
        self.name = name
        self.description = description
    }
}

package struct Material: Codable, Sendable, Equatable {
    package var name: String
    package var copyType: CopyType?
    package var medium: Medium?
    package var copies: Int?
    package var notes: String?
    package init(name: String, copyType: CopyType?, medium: Medium?, copies: Int?, notes: String? = nil) {
        self.name = name
        self.copyType = copyType
        self.medium = medium
        self.copies = copies
        self.notes = notes
    }
}

package enum CopyType: String, Codable, Sendable, CaseIterable {
    case original, copy, originalAndCopy
}

package enum Medium: String, Codable, Sendable, CaseIterable {
    case paper, electronic, paperOrElectronic
}

/// A form (申请表, 申请书…) the guide requires, and where to get it, its instructions and sample.
package struct FormAttachment: Codable, Sendable, Equatable {
    package var name: String
    package var downloadUrl: String?
    package var instructionsUrl: String?
    package var sampleUrl: String?
    package init(name: String, downloadUrl: String?, instructionsUrl: String?, sampleUrl: String?) {
        self.name = name
        self.downloadUrl = downloadUrl
        self.instructionsUrl = instructionsUrl
        self.sampleUrl = sampleUrl
    }
}

/// The seven service-item indicators. A `nil` check is "not assessed", a validation error.
package struct ServiceItemChecks: Codable, Sendable, Equatable {
    package var completeness: Check<NoEvidence>?
    package var accuracy: Check<AccuracyEvidence>?
    package var processClarity: Check<NoEvidence>?
    package var materialFormat: Check<NoEvidence>?
    package var materialWording: Check<NoEvidence>?
    package var formDownload: Check<NoEvidence>?
    package var formSample: Check<NoEvidence>?

    package init(
        completeness: Check<NoEvidence>? = nil, accuracy: Check<AccuracyEvidence>? = nil,
        processClarity: Check<NoEvidence>? = nil, materialFormat: Check<NoEvidence>? = nil,
        materialWording: Check<NoEvidence>? = nil, formDownload: Check<NoEvidence>? = nil,
        formSample: Check<NoEvidence>? = nil
    ) {
        self.completeness = completeness
        self.accuracy = accuracy
        self.processClarity = processClarity
        self.materialFormat = materialFormat
        self.materialWording = materialWording
        self.formDownload = formDownload
        self.formSample = formSample
    }
}

/// `accuracy` evidence: was the guide checked against offline handling, and what differed.
package struct AccuracyEvidence: Codable, Sendable, Equatable {
    package var offlineVerified: Bool?
    package var discrepancies: [String]?
    package init(offlineVerified: Bool? = nil, discrepancies: [String]? = nil) {
        self.offlineVerified = offlineVerified
        self.discrepancies = discrepancies
    }
}

/// Service-item indicators whose evidence is the guide itself.
package struct NoEvidence: Codable, Sendable, Equatable {
    package init() {}
}
