import Foundation
import Shared
import Testing

/// The fast path of `ReportDecoder` must decode exactly as `JSONDecoder` does wherever it
/// succeeds, and give up on everything the slow path refuses or treats specially.
@Suite struct JSONTapeTests {
    /// The report the tape decodes, or `nil` when the tape or its decoder gives up.
    func fast(_ data: Data) -> SelfInspectionReport? {
        guard let tape = JSONTape([UInt8](data)) else { return nil }
        return try? JSONTapeDecoder.decode(SelfInspectionReport.self, from: tape)
    }

    func slow(_ data: Data) -> SelfInspectionReport? {
        try? JSONDecoder().decode(SelfInspectionReport.self, from: data)
    }

    func example() throws -> String { String(decoding: try Fixtures.example("report-valid.json"), as: UTF8.self) }

    @Test(arguments: ["report-valid.json", "report-invalid.json"])
    func examplesDecodeAsJSONDecoderDecodesThem(name: String) throws {
        let data = try Fixtures.example(name)
        let expected = try #require(slow(data))
        #expect(fast(data) == expected)
        // Compact, as a client may send it, and the canonical pretty form.
        let compact = try ReportCoding.encode(expected, pretty: false)
        #expect(fast(compact) == expected)
        #expect(fast(ReportDecoder.encode(expected)) == expected)
    }

    @Test func escapesDecodeAsJSONDecoderDecodesThem() throws {
        let escaped = #""summary" : "第一行\n第二行\t\"引号\" \\ \/ \u4e2d\u6587 \ud83d\ude00 \u0000 \b\f\r""#
        let text = try example().replacingOccurrences(
            of: #""summary" : ""#, with: escaped.dropLast(1) + #"，"#, options: [], range: nil)
        let data = Data(text.utf8)
        let expected = try #require(slow(data))
        #expect(expected.summary.hasPrefix("第一行\n第二行\t\"引号\" \\ / 中文 😀 \u{0} \u{8}\u{C}\r，"))
        #expect(fast(data) == expected)
    }

    @Test func nullsAndMissingOptionalsDecodeAsJSONDecoderDecodesThem() throws {
        let text = try example()
        let range = try #require(text.range(of: #""notes" : "#))
        let withNull = text.replacingCharacters(in: range, with: #""notes" : null, "ignored" : "#)
        let data = Data(withNull.utf8)
        let expected = try #require(slow(data))
        #expect(fast(data) == expected)
    }

    @Test func everyKeyReadSaysWhetherUnknownKeysHasAnythingToFind() throws {
        let text = try example()
        func noted(_ text: String) throws -> (everyKeyRead: Bool, unknown: [ValidationIssue]) {
            let data = Data(text.utf8)
            return (try ReportDecoder.decodeNotingKeys(data).everyKeyRead, UnknownKeys.issues(in: data))
        }
        let clean = try noted(text)
        #expect(clean.everyKeyRead && clean.unknown.isEmpty)
        for (old, new) in [
            (#""round" : "#, #""remark" : {"a" : [1, {"b" : 2}]}, "round" : "#),
            (#""notes" : "#, #""note" : "x", "notes" : "#), (#""copies" : "#, #""Copies" : 2, "copies" : "#),
        ] {
            let range = try #require(text.range(of: old))
            let changed = try noted(text.replacingCharacters(in: range, with: new))
            #expect(!changed.everyKeyRead, "\(new)")
            #expect(changed.unknown.count == 1, "\(new)")
        }
        #expect(try ReportDecoder.decodeNotingKeys(Data((text + "\n\n").utf8)).everyKeyRead)
        // The slow path knows nothing of keys, and says so.
        #expect(
            try !ReportDecoder.decodeNotingKeys(Data(text.replacingOccurrences(of: #""round""#, with: #""\u0072ound""#).utf8))
                .everyKeyRead)
    }

    /// Texts the slow path refuses, or handles in a way the tape does not copy: the tape gives
    /// up, and `ReportDecoder` still reaches the slow path's answer.
    @Test(arguments: [
        (#""copies" : 1"#, #""copies" : 1.0"#), (#""copies" : 1"#, #""copies" : 1e0"#),
        (#""copies" : 1"#, #""copies" : -0"#), (#""copies" : 1"#, #""copies" : 01"#),
        (#""copies" : 1"#, #""copies" : 99999999999999999999"#), (#""round" : "#, #""round" : "2017", "round" : "#),
        (#""round" : "#, #""\u0072ound" : "#), (#""round" : "#, #""ключ" : 1, "round" : "#),
        (#""summary" : ""#, #""summary" : "\x"#), (#""summary" : ""#, #""summary" : "\ud800"#),
        (#""summary" : ""#, #""summary" : "\udc00"#), (#""summary" : ""#, "\"summary\" : \"\u{1}"),
        (#""unifiedPlatform" : "#, #""unifiedPlatform" : tru"#), (#""round" : "#, #""round" : 2017, "x" : "#),
    ])
    func theTapeGivesUpWhereTheSlowPathDecides(old: String, new: String) throws {
        let text = try example()
        let range = try #require(text.range(of: old))
        let data = Data(text.replacingCharacters(in: range, with: new).utf8)
        #expect(fast(data) == nil)
        let slowAnswer = Result { try ReportDecoder.decode(data) }
        // Whatever the slow path says stands: refused, or (an unknown key aside) decoded.
        if case .success(let report) = slowAnswer { #expect(slow(data) == report) }
    }

    @Test func trailingTextDeepNestingAndLargeObjectsGoTheSlowWay() throws {
        let text = try example()
        #expect(fast(Data((text + " x").utf8)) == nil)
        #expect(JSONTape(Array((String(repeating: "[", count: 65) + String(repeating: "]", count: 65)).utf8)) == nil)
        #expect(JSONTape(Array((String(repeating: "[", count: 64) + String(repeating: "]", count: 64)).utf8)) != nil)
        func object(keys: Int) -> [UInt8] { Array("{\((0..<keys).map { "\"k\($0)\":\($0)" }.joined(separator: ","))}".utf8) }
        #expect(JSONTape(object(keys: 33)) == nil)
        #expect(JSONTape(object(keys: 32)) != nil)
        #expect(JSONTape(Array("".utf8)) == nil)
        #expect(JSONTape(Array("  \n".utf8)) == nil)
    }

    /// Random damage to a valid report: wherever the tape decodes, `JSONDecoder` decodes the
    /// same report.
    @Test func damagedReportsNeverDecodeDifferently() throws {
        let original = Array(try Fixtures.example("report-valid.json"))
        var generator = SeededDamage(seed: 20_261_203)
        var decodedByBoth = 0
        for _ in 0..<400 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(Array(#"{}[]",:0-e."\ "#.utf8).randomElement(using: &generator)!, at: at)
                default: bytes.swapAt(at, Int.random(in: 0..<bytes.count, using: &generator))
                }
            }
            let data = Data(bytes)
            guard String(validating: bytes, as: UTF8.self) != nil, let report = fast(data) else { continue }
            #expect(slow(data) == report, "\(String(decoding: bytes, as: UTF8.self))")
            let everyKeyRead = try ReportDecoder.decodeNotingKeys(data).everyKeyRead
            #expect(everyKeyRead == UnknownKeys.issues(in: data).isEmpty, "\(String(decoding: bytes, as: UTF8.self))")
            decodedByBoth += 1
        }
        // Damage in white space or inside a text leaves a report; the check must have run.
        #expect(decodedByBoth > 20)
    }
}

/// A small seeded generator (xorshift64*), so a failure repeats.
struct SeededDamage: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}
