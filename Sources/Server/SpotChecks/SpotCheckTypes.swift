import Shared

// Wire types of spot checks and their follow-ups (API.md, "Reviewer endpoints").

/// `POST /v1/rounds/{round}/spot-checks`: `counts` maps a platform level (`province`, `city`,
/// `county`, `department`) to how many of its platforms to draw.
package struct SpotCheckRequest: Codable, Sendable, Equatable {
    package var seed: Int64
    package var counts: [String: Int]

    package init(seed: Int64, counts: [String: Int]) {
        self.seed = seed
        self.counts = counts
    }
}

/// One level of a draw: how many were asked for, how many platforms there were, how many drawn.
package struct SpotCheckStratum: Codable, Sendable, Equatable {
    package var level: PlatformLevel
    package var requested: Int
    package var available: Int
    package var drawn: Int

    package init(level: PlatformLevel, requested: Int, available: Int, drawn: Int) {
        self.level = level
        self.requested = requested
        self.available = available
        self.drawn = drawn
    }
}

/// What the office found checking one indicator of a sampled platform.
package enum SpotCheckOutcome: String, Codable, Sendable, CaseIterable {
    case confirmed, discrepancy
}

/// Where a discrepancy's follow-up stands (server clock, CST day).
package enum FollowUpState: String, Codable, Sendable, CaseIterable {
    /// Not resolved; the due date has not passed.
    case open
    /// Not resolved and the due date has passed.
    case overdue
    case resolved
}

/// `POST /v1/rounds/{round}/spot-checks/{id}/items/{item}/findings`. A discrepancy needs notes
/// and a follow-up `dueOn`.
package struct FindingRequest: Codable, Sendable, Equatable {
    package var indicator: IndicatorID
    package var outcome: SpotCheckOutcome
    package var notes: String?
    package var dueOn: String?

    package init(indicator: IndicatorID, outcome: SpotCheckOutcome, notes: String? = nil, dueOn: String? = nil) {
        self.indicator = indicator
        self.outcome = outcome
        self.notes = notes
        self.dueOn = dueOn
    }
}

/// One recorded finding.
package struct SpotCheckFinding: Codable, Sendable, Equatable {
    package var indicator: IndicatorID
    package var outcome: SpotCheckOutcome
    package var notes: String?
    package var dueOn: String?
    package var resolvedAt: String?
    /// For discrepancies only.
    package var followUp: FollowUpState?
    package var recordedBy: String
    package var recordedAt: String
    /// Why the follow-up was resolved (absent on resolutions before notes were required).
    package var resolutionNote: String?
    /// The inspectors' own files on the finding, in the order stored; absent when none.
    package var attachments: [FindingAttachment]?

    package init(
        indicator: IndicatorID, outcome: SpotCheckOutcome, notes: String?, dueOn: String?, resolvedAt: String?,
        followUp: FollowUpState?, recordedBy: String, recordedAt: String, resolutionNote: String? = nil,
        attachments: [FindingAttachment]? = nil
    ) {
        self.indicator = indicator
        self.outcome = outcome
        self.notes = notes
        self.dueOn = dueOn
        self.resolvedAt = resolvedAt
        self.followUp = followUp
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.resolutionNote = resolutionNote
        self.attachments = attachments
    }
}

/// One sampled platform of a filer's version.
package struct SpotCheckItem: Codable, Sendable, Equatable {
    package var id: Int64
    package var filer: String
    package var version: Int
    package var platformId: String
    package var level: PlatformLevel
    package var findings: [SpotCheckFinding]
    /// The platform's name, address and portal as the sampled version's report gives them.
    package var platformName: String?
    package var url: String?
    package var portalUrl: String?

    package init(
        id: Int64, filer: String, version: Int, platformId: String, level: PlatformLevel, findings: [SpotCheckFinding],
        platformName: String? = nil, url: String? = nil, portalUrl: String? = nil
    ) {
        self.id = id
        self.filer = filer
        self.version = version
        self.platformId = platformId
        self.level = level
        self.findings = findings
        self.platformName = platformName
        self.url = url
        self.portalUrl = portalUrl
    }
}

/// A stored draw with its items (ordered by level, filer, platform id) and their findings.
package struct SpotCheck: Codable, Sendable, Equatable {
    package var id: Int64
    package var round: String
    package var seed: Int64
    package var counts: [String: Int]
    package var strata: [SpotCheckStratum]
    package var drawnAt: String
    package var drawnBy: String
    package var items: [SpotCheckItem]
    /// Set when a level had fewer platforms than asked for (all of them were taken).
    package var message: String?
    package var messageEn: String?

    package init(
        id: Int64, round: String, seed: Int64, counts: [String: Int], strata: [SpotCheckStratum], drawnAt: String,
        drawnBy: String, items: [SpotCheckItem], message: String?, messageEn: String?
    ) {
        self.id = id
        self.round = round
        self.seed = seed
        self.counts = counts
        self.strata = strata
        self.drawnAt = drawnAt
        self.drawnBy = drawnBy
        self.items = items
        self.message = message
        self.messageEn = messageEn
    }
}

/// One discrepancy and its follow-up, as `GET .../spot-checks?followUp=` lists them.
package struct SpotCheckFollowUp: Codable, Sendable, Equatable {
    package var spotCheckId: Int64
    package var itemId: Int64
    package var filer: String
    package var version: Int
    package var platformId: String
    package var level: PlatformLevel
    package var indicator: IndicatorID
    package var notes: String?
    package var dueOn: String
    package var resolvedAt: String?
    package var state: FollowUpState
    package var resolutionNote: String?
    package var platformName: String?

    package init(
        spotCheckId: Int64, itemId: Int64, filer: String, version: Int, platformId: String, level: PlatformLevel,
        indicator: IndicatorID, notes: String?, dueOn: String, resolvedAt: String?, state: FollowUpState,
        resolutionNote: String? = nil, platformName: String? = nil
    ) {
        self.resolutionNote = resolutionNote
        self.platformName = platformName
        self.spotCheckId = spotCheckId
        self.itemId = itemId
        self.filer = filer
        self.version = version
        self.platformId = platformId
        self.level = level
        self.indicator = indicator
        self.notes = notes
        self.dueOn = dueOn
        self.resolvedAt = resolvedAt
        self.state = state
    }
}

/// `GET /v1/rounds/{round}/spot-checks`: every draw, and the discrepancies' follow-ups
/// (only those in the `followUp=` state when given).
package struct SpotCheckList: Codable, Sendable, Equatable {
    package var round: String
    package var asOf: String
    package var spotChecks: [SpotCheck]
    package var followUps: [SpotCheckFollowUp]

    package init(round: String, asOf: String, spotChecks: [SpotCheck], followUps: [SpotCheckFollowUp]) {
        self.round = round
        self.asOf = asOf
        self.spotChecks = spotChecks
        self.followUps = followUps
    }
}

extension SpotCheckOutcome: Labelled {
    package var label: Label {
        switch self {
        case .confirmed: Label("核实一致", "confirmed")
        case .discrepancy: Label("存在差异", "discrepancy")
        }
    }
}

extension FollowUpState: Labelled {
    package var label: Label {
        switch self {
        case .open: Label("整改中", "open")
        case .overdue: Label("已逾期", "overdue")
        case .resolved: Label("已解决", "resolved")
        }
    }
}
