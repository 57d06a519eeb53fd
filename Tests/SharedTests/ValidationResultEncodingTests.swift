import Foundation
import Shared
import Testing

@Suite("Validation result JSON")
struct ValidationResultEncodingTests {
    @Test func everyIssueHasTheSixFieldsAndShapeRulesANullIndicator() throws {
        let result = ValidationResult(issues: [
            ValidationIssue(
                severity: .error, code: "shape.blank", indicator: nil, path: "summary", message: "必填项为空", messageEn: "blank"),
            ValidationIssue(
                severity: .warning, code: "rectification.onPass", indicator: .search, path: "platforms[0].checks.search",
                message: "m", messageEn: "e"),
        ])
        let data = try ReportCoding.encode(result)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["errors", "warnings", "issues"])
        #expect(object["errors"] as? Int == 1 && object["warnings"] as? Int == 1)
        let issues = try #require(object["issues"] as? [[String: Any]])
        for issue in issues {
            #expect(Set(issue.keys) == ["severity", "code", "indicator", "path", "message", "messageEn"])
        }
        #expect(issues[0]["indicator"] is NSNull)
        #expect(issues[1]["indicator"] as? String == "search")
        #expect(try JSONDecoder().decode(ValidationResult.self, from: data) == result)
    }
}
