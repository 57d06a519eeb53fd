/// A date the working-day calendar has no facts for.
package enum CalendarError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The year is outside `WorkdayCalendar.coveredYears`: the holiday arrangements are not known,
    /// so the calendar refuses to guess.
    case outOfRange(year: Int)

    package var message: String {
        switch self {
        case .outOfRange(let year):
            "工作日历不包含\(year)年（仅包含\(WorkdayCalendar.official.coveredYears.lowerBound)–\(WorkdayCalendar.official.coveredYears.upperBound)年的法定节假日安排），无法计算工作日"
        }
    }

    package var messageEn: String {
        switch self {
        case .outOfRange(let year):
            "the working-day calendar does not cover \(year) (it holds the official holiday arrangements for \(WorkdayCalendar.official.coveredYears.lowerBound)-\(WorkdayCalendar.official.coveredYears.upperBound) only), so working days cannot be counted"
        }
    }

    package var description: String { messageEn }
}

/// Mainland China's working days: Monday to Friday, except the official days off, plus the
/// official make-up working days (调休上班) on weekends.
package struct WorkdayCalendar: Sendable {
    /// The years whose holiday arrangements this calendar knows.
    package let coveredYears: ClosedRange<Int>
    /// Days since 1970-01-01 of the first covered day.
    private let firstEpochDay: Int
    /// One flag per covered day, so that each look-up is an index, not a search.
    private let workingDays: [Bool]

    /// Builds a calendar for `coveredYears` from its exceptions to the Monday-to-Friday rule.
    /// Every exception must lie in `coveredYears`.
    package init(coveredYears: ClosedRange<Int>, daysOff: [Day], makeupWorkdays: [Day]) {
        let first = Day(year: coveredYears.lowerBound, month: 1, day: 1)!.daysSinceEpoch
        let end = Day(year: coveredYears.upperBound + 1, month: 1, day: 1)!.daysSinceEpoch
        var flags = (first..<end).map { (1...5).contains(Day(daysSinceEpoch: $0).isoWeekday) }
        for day in daysOff {
            precondition(coveredYears.contains(day.year), "day off \(day) outside \(coveredYears)")
            flags[day.daysSinceEpoch - first] = false
        }
        for day in makeupWorkdays {
            precondition(coveredYears.contains(day.year), "make-up day \(day) outside \(coveredYears)")
            flags[day.daysSinceEpoch - first] = true
        }
        self.coveredYears = coveredYears
        self.firstEpochDay = first
        self.workingDays = flags
    }

    /// Whether `day` is a working day.
    package func isWorkingDay(_ day: Day) throws(CalendarError) -> Bool {
        guard coveredYears.contains(day.year) else { throw .outOfRange(year: day.year) }
        return workingDays[day.daysSinceEpoch - firstEpochDay]
    }

    /// The `n`th working day after `day`, counting from the day after it (`n` = 0 gives `day`;
    /// a negative `n` counts backwards). "Answered within 5 working days after submission" means
    /// `answeredOn <= addingWorkingDays(5, to: submittedOn)`.
    package func addingWorkingDays(_ n: Int, to day: Day) throws(CalendarError) -> Day {
        guard coveredYears.contains(day.year) else { throw .outOfRange(year: day.year) }
        let step = n >= 0 ? 1 : -1
        var remaining = abs(n)
        var index = day.daysSinceEpoch - firstEpochDay
        while remaining > 0 {
            index += step
            guard workingDays.indices.contains(index) else {
                throw .outOfRange(year: Day(daysSinceEpoch: index + firstEpochDay).year)
            }
            if workingDays[index] { remaining -= 1 }
        }
        return Day(daysSinceEpoch: index + firstEpochDay)
    }
}

extension WorkdayCalendar {
    /// The official calendar, 2017-2026, from the State Council's holiday notices.
    package static let official = WorkdayCalendar(
        coveredYears: 2017...2026,
        daysOff: officialDaysOff.map { Day(year: $0.0, month: $0.1, day: $0.2)! },
        makeupWorkdays: officialMakeupWorkdays.map { Day(year: $0.0, month: $0.1, day: $0.2)! })
}
