import Shared
import Testing

@Suite struct WorkdayCalendarTests {
    let calendar = WorkdayCalendar.official

    func day(_ text: String) -> Day { Day(text)! }

    @Test func coversTheOfficialYears() {
        #expect(calendar.coveredYears == 2017...2026)
    }

    @Test func holidaysAndMakeUpDays() throws {
        #expect(try calendar.isWorkingDay(day("2017-09-29")))  // Friday
        #expect(try calendar.isWorkingDay(day("2017-09-30")))  // make-up Saturday
        #expect(try !calendar.isWorkingDay(day("2017-10-01")))  // Sunday, National Day
        #expect(try !calendar.isWorkingDay(day("2017-10-02")))  // Monday off
        #expect(try !calendar.isWorkingDay(day("2017-10-06")))
        #expect(try calendar.isWorkingDay(day("2017-10-09")))
        #expect(try !calendar.isWorkingDay(day("2017-12-30")))  // plain Saturday
        #expect(try !calendar.isWorkingDay(day("2018-01-01")))
        #expect(try calendar.isWorkingDay(day("2018-02-11")))  // make-up Sunday
        #expect(try !calendar.isWorkingDay(day("2026-12-27")))  // plain Sunday
    }

    @Test func fifthWorkingDayAcrossNationalDay() throws {
        // 09-29 Fri, 09-30 make-up Sat, 10-01..10-08 off, then 10-09, 10-10, 10-11.
        #expect(try calendar.addingWorkingDays(5, to: day("2017-09-28")) == day("2017-10-11"))
    }

    @Test func fifthWorkingDayAcrossNewYear() throws {
        // 12-26..12-29, weekend, 01-01 off, 01-02.
        #expect(try calendar.addingWorkingDays(5, to: day("2017-12-25")) == day("2018-01-02"))
    }

    @Test func countingStartsTheDayAfter() throws {
        #expect(try calendar.addingWorkingDays(1, to: day("2017-12-11")) == day("2017-12-12"))
        #expect(try calendar.addingWorkingDays(0, to: day("2017-12-16")) == day("2017-12-16"))
        #expect(try calendar.addingWorkingDays(1, to: day("2017-12-15")) == day("2017-12-18"))
        #expect(try calendar.addingWorkingDays(-1, to: day("2017-10-09")) == day("2017-09-30"))
    }

    @Test func outsideTheCoveredYearsThrows() {
        #expect(throws: CalendarError.outOfRange(year: 2016)) { try calendar.isWorkingDay(day("2016-12-30")) }
        #expect(throws: CalendarError.outOfRange(year: 2027)) { try calendar.isWorkingDay(day("2027-01-04")) }
        #expect(throws: CalendarError.outOfRange(year: 2016)) { try calendar.addingWorkingDays(5, to: day("2016-12-28")) }
        // Starts inside, runs out of the calendar.
        #expect(throws: CalendarError.outOfRange(year: 2027)) { try calendar.addingWorkingDays(5, to: day("2026-12-29")) }
        #expect(CalendarError.outOfRange(year: 2027).message.contains("2027"))
        #expect(CalendarError.outOfRange(year: 2027).messageEn.contains("2017-2026"))
    }

    @Test func aCustomCalendarAppliesItsExceptions() throws {
        let custom = WorkdayCalendar(coveredYears: 2030...2030, daysOff: [day("2030-01-01")], makeupWorkdays: [day("2030-01-05")])
        #expect(try !custom.isWorkingDay(day("2030-01-01")))  // Tuesday off
        #expect(try custom.isWorkingDay(day("2030-01-05")))  // Saturday worked
        #expect(try custom.isWorkingDay(day("2030-01-02")))
    }
}
