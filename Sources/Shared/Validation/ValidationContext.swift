import Foundation

/// What the validator knows beyond the report itself.
package struct ValidationContext: Sendable {
    /// The round the report is filed in; `nil` skips the `round.mismatch` rule.
    package var roundID: String?
    /// The round's deadline day; a rectification due after it is a warning. `nil` skips that rule.
    package var deadline: Day?
    /// The round's roster of filer codes (server side); `nil` skips `roster.unknownFiler`.
    package var roster: Set<String>?
    /// The filer whose key signs the upload; `nil` skips `roster.keyMismatch`.
    package var signingFiler: String?
    /// Counts the "5 working days" of the consultation rule.
    package var calendar: WorkdayCalendar
    /// The roster's own entry for the report's filer (the server's `filers` row), which decides
    /// its name and kind (`filer.nameMismatch`, `platform.levelForKind`); `nil`, or an entry of
    /// another code, leaves them to the built-in roster.
    package var rosterEntry: FilerSeed?
    /// The bytes the report was decoded from, to name the keys the form does not know
    /// (`key.unknown`, `key.misspelled`); `nil` skips that rule (a report built in memory).
    package var source: Data?
    /// The largest attachment accepted (`attachment.size`): the server's `--max-attachment-bytes`.
    package var maxAttachmentBytes: Int

    package init(
        roundID: String? = nil, deadline: Day? = nil, roster: Set<String>? = nil,
        signingFiler: String? = nil, calendar: WorkdayCalendar = .official, rosterEntry: FilerSeed? = nil,
        source: Data? = nil, maxAttachmentBytes: Int = AttachmentLimits.defaultMaxBytes
    ) {
        self.source = source
        self.maxAttachmentBytes = maxAttachmentBytes
        self.roundID = roundID
        self.deadline = deadline
        self.roster = roster
        self.signingFiler = signingFiler
        self.calendar = calendar
        self.rosterEntry = rosterEntry
    }
}
