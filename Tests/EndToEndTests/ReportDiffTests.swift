import Foundation
import Shared
import Testing

@Suite("ReportDiff")
struct ReportDiffTests {
    private func diff(_ a: String, _ b: String) throws -> [FieldChange] {
        try ReportDiff.changes(from: Data(a.utf8), to: Data(b.utf8))
    }

    @Test func nestedChangeIsNamedByPath() throws {
        let a = #"{"platforms":[{"checks":{"search":{"tests":[{"found":true},{"found":true},{"found":false}]}}}]}"#
        let b = #"{"platforms":[{"checks":{"search":{"tests":[{"found":true},{"found":true},{"found":true}]}}}]}"#
        #expect(try diff(a, b) == [FieldChange(path: "platforms[0].checks.search.tests[2].found", from: "false", to: "true")])
    }

    @Test func identicalDocumentsHaveNoChanges() throws {
        let a = #"{"b":[1,2,{"c":"x/y"}],"a":null}"#
        let b = #"{"a":null,"b":[1,2,{"c":"x/y"}]}"#
        #expect(try diff(a, b).isEmpty)
    }

    @Test func addedRemovedAndArrayLengths() throws {
        let a = #"{"keep":1,"gone":{"x":[1]},"list":[1,2,3]}"#
        let b = #"{"keep":1,"new":"网址 https://a.b/c","list":[1,5]}"#
        #expect(
            try diff(a, b) == [
                FieldChange(path: "gone", from: #"{"x":[1]}"#, to: nil),
                FieldChange(path: "list[1]", from: "2", to: "5"),
                FieldChange(path: "list[2]", from: "3", to: nil),
                FieldChange(path: "new", from: nil, to: #""网址 https://a.b/c""#),
            ])
    }

    @Test func typesAreNotConfused() throws {
        #expect(try diff(#"{"a":true}"#, #"{"a":1}"#) == [FieldChange(path: "a", from: "true", to: "1")])
        #expect(try diff(#"{"a":1}"#, #"{"a":1.0}"#).isEmpty)
        #expect(try diff(#"{"a":"1"}"#, #"{"a":1}"#) == [FieldChange(path: "a", from: #""1""#, to: "1")])
        #expect(try diff(#"{"a":[]}"#, #"{"a":{}}"#) == [FieldChange(path: "a", from: "[]", to: "{}")])
    }

    @Test func nullAndAbsentAreTheSame() throws {
        #expect(try diff(#"{"a":null}"#, #"{}"#).isEmpty)
        #expect(try diff(#"{"a":null}"#, #"{"a":"x"}"#) == [FieldChange(path: "a", from: "null", to: #""x""#)])
    }

    @Test func oddKeysAreQuoted() throws {
        #expect(try diff(#"{"a b":1}"#, #"{"a b":2}"#) == [FieldChange(path: #"["a b"]"#, from: "1", to: "2")])
    }

    @Test func invalidJSONThrows() {
        #expect(throws: (any Error).self) { try diff("{", "{}") }
    }

    @Test func realReportsDiffByField() throws {
        let url = Binaries.examples.appendingPathComponent("report-valid.json")
        let original = try Data(contentsOf: url)
        let text = String(decoding: original, as: UTF8.self)
        let changed = Data(
            text.replacingOccurrences(of: "\"preparedOn\" : \"2017-12-20\"", with: "\"preparedOn\" : \"2017-12-21\"").utf8)
        #expect(
            try ReportDiff.changes(from: original, to: changed) == [
                FieldChange(path: "preparedOn", from: #""2017-12-20""#, to: #""2017-12-21""#)
            ])
    }
}
