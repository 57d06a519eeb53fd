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

    package init(
        roundID: String? = nil, deadline: Day? = nil, roster: Set<String>? = nil,
        signingFiler: String? = nil, calendar: WorkdayCalendar = .official
    ) {
        self.roundID = roundID
        self.deadline = deadline
        self.roster = roster
        self.signingFiler = signingFiler
        self.calendar = calendar
    }
}
