import Foundation
import Shared
import Testing

@Suite struct ReportDecoderTests {
    func decodeError(_ text: String) -> ReportDecodingError? {
        decodeError(Data(text.utf8))
    }

    func decodeError(_ data: Data) -> ReportDecodingError? {
        do {
            _ = try ReportDecoder.decode(data)
            return nil
        } catch {
            return error
        }
    }

    /// The valid example with the first occurrence of `old` replaced.
    func valid(replacing old: String, with new: String) throws -> String {
        let text = String(decoding: try Fixtures.example("report-valid.json"), as: UTF8.self)
        let range = try #require(text.range(of: old))
        return text.replacingCharacters(in: range, with: new)
    }

    @Test func encodingIsByteStable() throws {
        let first = ReportDecoder.encode(Fixtures.report())
        let second = ReportDecoder.encode(try ReportDecoder.decode(first))
        #expect(first == second)
        #expect(try ReportDecoder.decode(first) == Fixtures.report())
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("\"http://www.jszwfw.gov.cn\""))  // slashes not escaped
        #expect(text.contains("\"preparedOn\" : \"2017-12-20\""))
    }

    @Test func unknownEnumValueNamesPathAndAllowedValues() throws {
        let error = try #require(decodeError(try valid(replacing: "\"level\" : \"city\"", with: "\"level\" : \"township\"")))
        #expect(error.path == "platforms[1].level")
        #expect(error.messageEn == "platforms[1].level: 'township' is not one of province, city, county, department")
        #expect(error.message.contains("township"))
        #expect(error.line == nil)
    }

    @Test func wrongTypeNamesTheExpectedType() throws {
        let error = try #require(decodeError(try valid(replacing: "\"copies\" : 2,", with: "\"copies\" : \"两份\",")))
        #expect(error.path == "platforms[0].serviceItems[1].guide.materials[3].copies")
        #expect(error.messageEn.hasSuffix("expected an integer, found a string"))
        let boolError = try #require(
            decodeError(try valid(replacing: "\"unifiedPlatform\" : false", with: "\"unifiedPlatform\" : \"no\"")))
        #expect(boolError.path == "unifiedPlatform")
        #expect(boolError.messageEn.contains("expected true or false"))
        let fraction = try #require(decodeError(try valid(replacing: "\"copies\" : 2,", with: "\"copies\" : 1.5,")))
        // Refused before decoding, where it stands: a count is written as an integer.
        #expect(fraction.messageEn.contains("1.5 must be written as an integer") && fraction.messageEn.contains("line "))
        let huge = try #require(
            decodeError(try valid(replacing: "\"itemCount\" : 1214", with: "\"itemCount\" : 99999999999999999999")))
        #expect(huge.path == "platforms[0].checks.columns.columns[0].itemCount")
    }

    @Test func missingKeyIsNamed() throws {
        let error = try #require(decodeError(try valid(replacing: "\"summary\" :", with: "\"summry\" :")))
        #expect(error.path == "summary")
        #expect(error.messageEn == "summary: missing required key 'summary': the file's \"summry\" should be \"summary\"")
        #expect(error.message.contains("summary") && error.message.contains("summry"))
        let absent = try #require(decodeError(try valid(replacing: "\"summary\" :", with: "\"notes\" :")))
        #expect(absent.messageEn == "summary: missing required key 'summary'")
    }

    @Test func nullWhereAValueIsRequired() throws {
        let error = try #require(decodeError(try valid(replacing: "\"name\" : \"江苏省\"", with: "\"name\" : null")))
        #expect(error.path == "filer.name")
        #expect(error.messageEn.contains("null"))
    }

    @Test func syntaxErrorsNameLineAndColumn() throws {
        let error = try #require(decodeError("{\n  \"formVersion\": \"1\",\n  \"round\": \"2017\",,\n}"))
        #expect(error.line == 3)
        #expect(error.column == 19)
        #expect(error.path == "")
        #expect(error.messageEn.hasPrefix("line 3, column 19: JSON syntax error"))
        #expect(error.message.hasPrefix("第3行第19列"))
        // Columns count characters, not bytes.
        let chinese = try #require(decodeError("{\"name\": \"江苏省\" \"x\": 1}"))
        #expect(chinese.line == 1)
        #expect(chinese.column == 16)
        #expect(chinese.messageEn.contains("expected ',' or '}'"))
        let unterminated = try #require(decodeError("{\"round\": \"2017\n}"))
        #expect(unterminated.line == 1)
        #expect(unterminated.messageEn.contains("control character"))
        let truncated = try #require(decodeError("{\"round\": [1, 2"))
        #expect(truncated.messageEn.contains("end of file"))
    }

    @Test func emptyAndNonObjectFiles() throws {
        #expect(try #require(decodeError("")).messageEn == "the file is empty")
        let array = try #require(decodeError("[1, 2]"))
        #expect(array.path == "")
        #expect(array.messageEn.contains("expected an object, found an array"))
    }

    @Test func invalidUTF8IsAClearError() throws {
        var data = Data("{\n \"round\": \"20".utf8)
        data.append(0xFF)
        data.append(contentsOf: Array("17\"}".utf8))
        let error = try #require(decodeError(data))
        #expect(error.line == 2)
        #expect(error.column == 14)
        #expect(error.messageEn.contains("not valid UTF-8"))
    }

    @Test func impossibleDatesDecodeAndAreLeftToTheValidator() throws {
        let report = try ReportDecoder.decode(
            Data(try valid(replacing: "\"preparedOn\" : \"2017-12-20\"", with: "\"preparedOn\" : \"2017-02-30\"").utf8))
        #expect(report.preparedOn.raw == "2017-02-30")
        #expect(validate(report, context: ValidationContext()).has(.error, "shape.date", at: "preparedOn"))
    }
}
