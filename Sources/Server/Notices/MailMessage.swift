import Foundation
import Shared

/// A notice as an e-mail (RFC 5322 with MIME): UTF-8 text in base64, the Chinese subject as
/// RFC 2047 encoded words, CRLF line ends, lines under 78 characters. `X-Zicha-Notice` names the
/// notice's key, so that a mail can be traced to its row.
package enum MailMessage {
    package static func compose(
        from: String, to: String, subject: String, body: String, noticeKey: String, messageID: String, date: Date
    ) -> [UInt8] {
        let domain = from.split(separator: "@").last.map(String.init) ?? "zicha"
        let headers = [
            "Date: \(rfc5322Date(date))",
            "From: \(encodedWords("国务院办公厅自查填报系统")) <\(from)>",
            "To: <\(to)>",
            "Subject: \(encodedWords(subject))",
            "Message-ID: <\(messageID)@\(domain)>",
            "X-Zicha-Notice: \(noticeKey)",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
        ]
        let encoded = Data(body.replacingOccurrences(of: "\n", with: "\r\n").utf8).base64EncodedString()
        var lines: [String] = []
        var rest = Substring(encoded)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(76)))
            rest = rest.dropFirst(76)
        }
        return Array((headers.joined(separator: "\r\n") + "\r\n\r\n" + lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// `text` as RFC 2047 `=?UTF-8?B?…?=` words of at most 75 characters each, folded onto
    /// continuation lines; characters are never split across words.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk = ""
        for character in text {
            // 45 bytes make 60 base64 characters, which with the 12 of the frame stay under 75.
            if chunk.utf8.count + String(character).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    /// `Fri, 29 Dec 2017 09:00:00 +0800`: China Standard Time, as every time Zicha writes.
    static func rfc5322Date(_ date: Date) -> String {
        let stamp = ChinaTime.format(date)  // 2017-12-29T09:00:00+08:00
        let day = ChinaTime.day(of: date)
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let time = stamp.dropFirst(11).prefix(8)
        return "\(weekdays[day.isoWeekday - 1]), \(day.day) \(months[day.month - 1]) \(day.year) \(time) +0800"
    }
}
