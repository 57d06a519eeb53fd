import Foundation
import Shared

/// The server's one way of writing instants: RFC 3339 in China Standard Time (UTC+8, no daylight
/// saving), whole seconds, e.g. `2017-12-31T23:59:59+08:00`. Written with one fixed offset, text
/// order is time order and the first ten characters are the CST day — the schema relies on both.
package enum ChinaTime {
    package static let offsetSeconds = 8 * 3600

    /// `date` in CST, truncated to the second.
    package static func format(_ date: Date) -> String {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        let days = floorDivide(local, 86_400)
        let second = local - days * 86_400
        return "\(Day(daysSinceEpoch: days))T\(pad(second / 3600)):\(pad(second % 3600 / 60)):\(pad(second % 60))+08:00"
    }

    /// The CST calendar day `date` falls on.
    package static func day(of date: Date) -> Day {
        Day(daysSinceEpoch: floorDivide(Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds, 86_400))
    }

    /// The CST day of a timestamp written by `format(_:)`.
    package static func day(ofStamp stamp: String) -> Day? { Day(String(stamp.prefix(10))) }

    /// The first instant after `day` ends in CST: filings before it are on time.
    package static func endOf(_ day: Day) -> Date {
        Date(timeIntervalSince1970: TimeInterval((day.daysSinceEpoch + 1) * 86_400 - offsetSeconds))
    }

    /// Parses RFC 3339 `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; `nil` for anything else.
    package static func parse(_ text: String) -> Date? {
        let chars = Array(text.utf8)
        guard chars.count >= 20, let day = Day(String(decoding: chars[0..<10], as: UTF8.self)),
            chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: "t"),
            chars[13] == UInt8(ascii: ":"), chars[16] == UInt8(ascii: ":"),
            let hour = number(chars[11..<13]), let minute = number(chars[14..<16]),
            let second = number(chars[17..<19]), hour < 24, minute < 60, second < 60
        else { return nil }
        var index = 19
        var fraction = 0.0
        if chars[index] == UInt8(ascii: ".") {
            var scale = 0.1
            index += 1
            let start = index
            while index < chars.count, let digit = number(chars[index..<index + 1]) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        guard index < chars.count else { return nil }
        let offset: Int
        if chars[index] == UInt8(ascii: "Z") || chars[index] == UInt8(ascii: "z") {
            guard index + 1 == chars.count else { return nil }
            offset = 0
        } else {
            guard chars.count - index == 6, chars[index + 3] == UInt8(ascii: ":"),
                let oh = number(chars[index + 1..<index + 3]), let om = number(chars[index + 4..<index + 6]),
                oh < 24, om < 60
            else { return nil }
            switch chars[index] {
            case UInt8(ascii: "+"): offset = oh * 3600 + om * 60
            case UInt8(ascii: "-"): offset = -(oh * 3600 + om * 60)
            default: return nil
            }
        }
        let seconds = day.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds) + fraction)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}

extension ReadableTime {
    /// An instant (now, as a page is made or printed) as people read it, in China Standard Time.
    package static func of(_ date: Date) -> String {
        of(ChinaTime.format(date))
    }
}
