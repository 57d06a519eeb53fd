import Foundation
import Shared

/// Dates in workbooks: serial day numbers (Excel's 1900 system, or 1904 where the workbook says
/// so) and the ways clerks type them: `2017-12-20`, `2017/12/20`, `2017.12.20`, `2017年12月20日`,
/// `20171220`, or a serial number such as `43089`.
package enum DateCell {
    /// The day of a serial number; days before 1900-03-01 are not written as serials.
    package static func day(serial: Double, date1904: Bool = false) -> Day? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        if date1904 { return Day(year: 1904, month: 1, day: 1)!.adding(days: whole) }
        // Excel counts a 29 February 1900 that never was (serial 60).
        if whole == 60 { return nil }
        return Day(year: 1899, month: 12, day: whole < 60 ? 31 : 30)!.adding(days: whole)
    }

    /// The serial number of `day` in the 1900 system, or nil before 1900-03-01.
    package static func serial(_ day: Day) -> Double? {
        let base = Day(year: 1899, month: 12, day: 30)!
        let serial = day.daysSinceEpoch - base.daysSinceEpoch
        return serial >= 61 ? Double(serial) : nil
    }

    /// The day a clerk's text names, or nil when it names none.
    package static func day(text raw: String) -> Day? {
        var text = CellText.halfWidth(raw).trimmingCharacters(in: .whitespaces)
        // A time of day after the date (`2017-12-20 10:30`) says nothing more about the day.
        if let space = text.firstIndex(of: " ") { text = String(text[..<space]) }
        if text.hasSuffix("日") { text.removeLast() }
        let bytes = Array(text.utf8)
        if !bytes.isEmpty, bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            // 20171220 is a date written without separators; shorter digit runs are serial numbers.
            if bytes.count == 8, let value = Int(text) {
                return Day(year: value / 10_000, month: value / 100 % 100, day: value % 100)
            }
            return bytes.count <= 7 ? Double(text).flatMap { day(serial: $0) } : nil
        }
        // A serial number a program wrote as text: `43089.0`.
        let halves = text.split(separator: ".", omittingEmptySubsequences: false)
        if halves.count == 2, (1...7).contains(halves[0].count), halves[0].allSatisfy(\.isWholeNumber),
            halves[1].allSatisfy({ $0 == "0" }), let serial = Double(halves[0])
        {
            return day(serial: serial)
        }
        let parts = text.split(omittingEmptySubsequences: false) { "-/.年月".contains($0) }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
