import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// The server validates uploads with the same text, name and level rules as `zicha validate`
/// (docs/FORM.md "Validation" 5 and 6): each refused 422 with the issue, nothing stored.
@Suite("Uploads and the form's text, name and level rules")
struct FormRuleUploadTests {
    enum Broken: String, CaseIterable, Sendable {
        case placeholder, escapeSequence, c1Control, lineBreakInName, nameNotTheRosters, departmentAtProvinceLevel

        var filer: String { self == .departmentAtProvinceLevel ? "bm05" : "110000" }

        /// The code and path of the issue that refuses it.
        var expected: (code: String, path: String) {
            switch self {
            case .placeholder: ("text.placeholder", "platforms[0].serviceItems[0].guide.fee")
            case .escapeSequence: ("text.controlCharacter", "platforms[0].name")
            case .c1Control: ("text.controlCharacter", "summary")
            case .lineBreakInName: ("text.controlCharacter", "preparedBy.contact")
            case .nameNotTheRosters: ("filer.nameMismatch", "filer.name")
            case .departmentAtProvinceLevel: ("platform.levelForKind", "platforms[0].level")
            }
        }

        var report: SelfInspectionReport {
            var report = TestReports.valid(filer: filer)
            switch self {
            case .placeholder: report.platforms[0].serviceItems[0].guide.fee = Placeholder.text("收费标准", "fee")
            case .escapeSequence: report.platforms[0].name = "北京市政务服务网\u{1B}[D\u{1B}[D"
            case .c1Control: report.summary = "已完成\u{9B}2J整改"
            case .lineBreakInName: report.preparedBy.contact = "王敏\n李强"
            case .nameNotTheRosters: report.filer.name = "北京市人民政府"
            case .departmentAtProvinceLevel: report.platforms[0].level = .province
            }
            return report
        }
    }

    @Test("refused 422 with the issue, nothing stored", arguments: Broken.allCases)
    func refused(_ broken: Broken) async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey(broken.filer)
        let response = try await server.live { client in
            try await client.upload(TestReports.bytes(broken.report), key: key)
        }
        #expect(response.status == .unprocessableContent)
        let error = try #require(response.error)
        #expect(error.error == "validation_failed")
        let validation = try #require(error.validation)
        #expect(
            validation.issues.contains {
                $0.severity == .error && $0.code == broken.expected.code && $0.path == broken.expected.path
            },
            "\(validation.issues)")
        // No message carries a control character back to the clerk's terminal.
        #expect(
            !validation.issues.contains {
                ($0.message + $0.messageEn).unicodeScalars.contains(where: ControlCharacters.isControl)
            })
        #expect(try await server.versionCount() == 0)
        #expect(try await server.auditCount("version.create") == 0)
    }

    @Test("a filer the administrator added is checked against the server's own roster")
    func addedFilersName() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.store.addFiler(
            code: "990000", name: "试点地区", nameEn: nil, kind: .region, actor: "test", at: server.clock.now())
        try await server.store.createRound(
            id: "2018", title: "试点", deadline: Day("2018-12-31")!, roster: ["990000"], actor: "test", at: server.clock.now())
        let key = try await server.issueKey("990000")
        let (wrong, right) = try await server.live { client in
            (
                try await client.upload(
                    TestReports.bytes(TestReports.valid(filer: "990000", name: "测试单位", round: "2018")), key: key, round: "2018"),
                try await client.upload(
                    TestReports.bytes(TestReports.valid(filer: "990000", name: "试点地区", round: "2018")), key: key, round: "2018")
            )
        }
        #expect(wrong.status == .unprocessableContent)
        #expect(
            wrong.error?.validation?.issues.contains { $0.code == "filer.nameMismatch" && $0.message.contains("试点地区") } == true)
        #expect(right.status == .created, "\(String(decoding: right.data, as: UTF8.self))")
        #expect(try await server.versionCount() == 1)
    }
}
