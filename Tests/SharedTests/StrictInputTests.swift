import Foundation
import Shared
import Testing

/// Strict input: keys the form does not know are named (an error for a known key's case or
/// spelling variant, else a warning), and numbers must be written as plain integers.
@Suite("Strict input: unknown keys and integers")
struct StrictInputTests {
    /// The valid example with `edit` applied to its JSON object tree.
    static func example(_ edit: (inout [String: Any]) -> Void) throws -> Data {
        var tree = try #require(try JSONSerialization.jsonObject(with: Fixtures.example("report-valid.json")) as? [String: Any])
        edit(&tree)
        return try JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys])
    }

    static func issues(_ data: Data) throws -> [ValidationIssue] {
        validate(try ReportDecoder.decode(data), context: ValidationContext(roundID: "2017", source: data))
    }

    @Test func theExamplesHaveNoUnknownKey() throws {
        for name in ["report-valid.json", "report-invalid.json"] {
            let data = try Fixtures.example(name)
            #expect(UnknownKeys.issues(in: data).isEmpty, "\(name): \(UnknownKeys.issues(in: data))")
        }
    }

    @Test(
        "a known key's case or spelling variant is an error naming the key meant",
        arguments: [
            ("PortalUrl", "portalUrl", "platforms[0].PortalUrl"),
            ("downloadURL", "downloadUrl", "platforms[0].serviceItems[0].guide.forms[0].downloadURL"),
            ("tsets", "tests", "platforms[0].checks.search.tsets"),
        ])
    func variants(key: String, meant: String, path: String) throws {
        let data = try Self.example { tree in
            switch key {
            case "PortalUrl":
                var platforms = tree["platforms"] as! [[String: Any]]
                platforms[0]["PortalUrl"] = platforms[0].removeValue(forKey: "portalUrl")
                tree["platforms"] = platforms
            case "downloadURL":
                var platforms = tree["platforms"] as! [[String: Any]]
                var items = platforms[0]["serviceItems"] as! [[String: Any]]
                var guide = items[0]["guide"] as! [String: Any]
                var forms = guide["forms"] as! [[String: Any]]
                forms[0]["downloadURL"] = forms[0].removeValue(forKey: "downloadUrl")
                guide["forms"] = forms
                items[0]["guide"] = guide
                platforms[0]["serviceItems"] = items
                tree["platforms"] = platforms
            default:
                var platforms = tree["platforms"] as! [[String: Any]]
                var checks = platforms[0]["checks"] as! [String: Any]
                var search = checks["search"] as! [String: Any]
                search["tsets"] = search.removeValue(forKey: "tests")
                checks["search"] = search
                platforms[0]["checks"] = checks
                tree["platforms"] = platforms
            }
        }
        let issue = try #require(try Self.issues(data).first { $0.path == path })
        #expect(issue.severity == .error && issue.code == "key.misspelled")
        #expect(issue.message.contains("“\(meant)”") && issue.messageEn.contains("\"\(meant)\""))
    }

    @Test func aMisspeltRequiredKeyIsNamedByTheDecoder() throws {
        let data = try Self.example { tree in tree["Summary"] = tree.removeValue(forKey: "summary") }
        #expect {
            _ = try ReportDecoder.decode(data)
        } throws: { error in
            "\(error)".contains("the file's \"Summary\" should be \"summary\"")
        }
    }

    @Test func anyOtherUnknownKeyIsAWarningAndItsValueIsNotLookedInto() throws {
        let data = try Self.example { tree in
            var platforms = tree["platforms"] as! [[String: Any]]
            platforms[0]["internalNotes"] = ["whatever": ["nested": 1]]
            tree["platforms"] = platforms
        }
        let found = UnknownKeys.issues(in: data)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.path == "platforms[0].internalNotes" && found.first?.severity == .warning)
        #expect(found.first?.code == "key.unknown" && found.first?.message.contains("internalNotes") == true)
        #expect(try Self.issues(data).filter { $0.severity == .error }.isEmpty, "a warning only")
    }

    /// The one-pass scan over the bytes answers for places already learned: the same findings
    /// a second time, in document order, an escaped key read as its text, and nothing named
    /// inside an unknown key's value even where the value looks like a known place.
    @Test func theByteScanAgreesWithLearningAndReadsEscapedKeys() throws {
        let data = try Self.example { tree in
            var platforms = tree["platforms"] as! [[String: Any]]
            platforms[0]["zzNotes"] = ["checks": ["search": ["bogus": 1]]]
            platforms[0]["aaNotes"] = "x"
            tree["platforms"] = platforms
        }
        let first = UnknownKeys.issues(in: data)
        let again = UnknownKeys.issues(in: data)
        #expect(first == again)
        #expect(first.map(\.path) == ["platforms[0].aaNotes", "platforms[0].zzNotes"], "\(first)")
        // `\u0073ummary` is `summary`: a known key, however it is written.
        let text = String(decoding: try Fixtures.example("report-valid.json"), as: UTF8.self)
        let escaped = Data(text.replacingOccurrences(of: "\"summary\"", with: "\"\\u0073ummary\"").utf8)
        #expect(escaped != (try Fixtures.example("report-valid.json")))
        #expect(UnknownKeys.issues(in: escaped).isEmpty)
    }

    @Test(
        "numbers not written as plain integers are refused with their line and column",
        arguments: ["1e2", "1E2", "1e+2", "2.0", "-0", "0.5"])
    func notIntegers(number: String) throws {
        let text = String(decoding: try Fixtures.example("report-valid.json"), as: UTF8.self)
        let range = try #require(text.range(of: "\"copies\" : 1"))
        let data = Data(text.replacingCharacters(in: range, with: "\"copies\" : \(number)").utf8)
        #expect {
            _ = try ReportDecoder.decode(data)
        } throws: { error in
            "\(error)".contains("must be written as an integer") && "\(error)".contains("line ")
        }
    }

    @Test(arguments: ["10", "-3", "0"])
    func plainIntegersAreRead(number: String) throws {
        let text = String(decoding: try Fixtures.example("report-valid.json"), as: UTF8.self)
        let range = try #require(text.range(of: "\"copies\" : 1"))
        let report = try ReportDecoder.decode(Data(text.replacingCharacters(in: range, with: "\"copies\" : \(number)").utf8))
        #expect(report.platforms[0].serviceItems[0].guide.materials?[0].copies == Int(number))
    }
}
