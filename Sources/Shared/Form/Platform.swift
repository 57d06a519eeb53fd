/// One Internet government-service platform of the filer.
package struct Platform: Codable, Sendable, Equatable {
    package var id: String
    package var name: String
    package var url: String
    package var portalUrl: String?
    package var level: PlatformLevel
    package var regionCode: String?
    package var siteCode: String?
    package var checks: PlatformChecks
    package var serviceItems: [ServiceItem]

    package init(
        id: String, name: String, url: String, portalUrl: String?, level: PlatformLevel,
        regionCode: String? = nil, siteCode: String? = nil, checks: PlatformChecks,
        serviceItems: [ServiceItem]
    ) {
        self.id = id
        self.name = name
        self.url = url
        self.portalUrl = portalUrl
        self.level = level
        self.regionCode = regionCode
        self.siteCode = siteCode
        self.checks = checks
        self.serviceItems = serviceItems
    }
}

/// Administrative level of a platform; the notice stratified its sample by the first three.
package enum PlatformLevel: String, Codable, Sendable, CaseIterable {
    case province, city, county, department
}

/// The six platform-function indicators. A `nil` check is "not assessed", a validation error.
package struct PlatformChecks: Codable, Sendable, Equatable {
    package var unifiedEntry: Check<UnifiedEntryEvidence>?
    package var columns: Check<ColumnsEvidence>?
    package var search: Check<SearchEvidence>?
    package var classification: Check<ClassificationEvidence>?
    package var registration: Check<RegistrationEvidence>?
    package var consultation: Check<ConsultationEvidence>?

    package init(
        unifiedEntry: Check<UnifiedEntryEvidence>? = nil, columns: Check<ColumnsEvidence>? = nil,
        search: Check<SearchEvidence>? = nil,
        classification: Check<ClassificationEvidence>? = nil,
        registration: Check<RegistrationEvidence>? = nil,
        consultation: Check<ConsultationEvidence>? = nil
    ) {
        self.unifiedEntry = unifiedEntry
        self.columns = columns
        self.search = search
        self.classification = classification
        self.registration = registration
        self.consultation = consultation
    }
}

/// `unifiedEntry` evidence: is the platform integrated with the same-level portal's front end.
package struct UnifiedEntryEvidence: Codable, Sendable, Equatable {
    package var integratedWithPortal: Bool?
    package init(integratedWithPortal: Bool? = nil) { self.integratedWithPortal = integratedWithPortal }
}

/// `columns` evidence: the platform's columns and how many items each holds.
package struct ColumnsEvidence: Codable, Sendable, Equatable {
    package var columns: [Column]?
    package init(columns: [Column]? = nil) { self.columns = columns }
}

package struct Column: Codable, Sendable, Equatable {
    package var name: String
    package var dimension: ColumnDimension
    package var itemCount: Int
    package init(name: String, dimension: ColumnDimension, itemCount: Int) {
        self.name = name
        self.dimension = dimension
        self.itemCount = itemCount
    }
}

package enum ColumnDimension: String, Codable, Sendable, CaseIterable {
    case theme, department, user, other
}

/// `search` evidence: queries for items that exist on the site.
package struct SearchEvidence: Codable, Sendable, Equatable {
    package var tests: [SearchTest]?
    package init(tests: [SearchTest]? = nil) { self.tests = tests }
}

package struct SearchTest: Codable, Sendable, Equatable {
    package var query: String
    package var expectedItem: String
    package var found: Bool
    package init(query: String, expectedItem: String, found: Bool) {
        self.query = query
        self.expectedItem = expectedItem
        self.found = found
    }
}

/// `classification` evidence: items filed under a theme/department/user class they do not fit.
package struct ClassificationEvidence: Codable, Sendable, Equatable {
    package var mismatches: [String]?
    package init(mismatches: [String]? = nil) { self.mismatches = mismatches }
}

/// `registration` evidence: attempts to register an account.
package struct RegistrationEvidence: Codable, Sendable, Equatable {
    package var tests: [RegistrationTest]?
    package init(tests: [RegistrationTest]? = nil) { self.tests = tests }
}

package struct RegistrationTest: Codable, Sendable, Equatable {
    package var on: FormDate
    package var account: AccountKind
    package var succeeded: Bool
    package init(on: FormDate, account: AccountKind, succeeded: Bool) {
        self.on = on
        self.account = account
        self.succeeded = succeeded
    }
}

package enum AccountKind: String, Codable, Sendable, CaseIterable {
    case person, enterprise
}

/// `consultation` evidence: can a question be submitted, and was it answered in 5 working days.
package struct ConsultationEvidence: Codable, Sendable, Equatable {
    package var channelWorks: Bool?
    package var tests: [ConsultationTest]?
    package init(channelWorks: Bool? = nil, tests: [ConsultationTest]? = nil) {
        self.channelWorks = channelWorks
        self.tests = tests
    }
}

package struct ConsultationTest: Codable, Sendable, Equatable {
    package var question: String
    package var submittedOn: FormDate
    /// `nil` (absent or JSON null) for a question that has not been answered.
    package var answeredOn: FormDate?
    package init(question: String, submittedOn: FormDate, answeredOn: FormDate?) {
        self.question = question
        self.submittedOn = submittedOn
        self.answeredOn = answeredOn
    }
}
