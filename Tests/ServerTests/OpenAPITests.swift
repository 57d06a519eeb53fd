import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// The OpenAPI document served at `/openapi.json` names exactly the JSON API's routes,
/// and the wire types, encoded as the server encodes them, match its schemas.
/// (`scripts/openapi-check` validates it and runs schemathesis against a live server.)
@Suite("OpenAPI document")
struct OpenAPITests {
    struct Document: Decodable {
        var openapi: String
        var paths: [String: [String: Operation]]
        struct Operation: Decodable {
            var operationId: String?
        }
    }

    @Test("GET /openapi.json serves the document without credentials")
    func served() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let response = try await server.live { client in try await client.execute(uri: "/openapi.json", method: .get) }
        #expect(response.status == .ok)
        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        let document = try response.decode(Document.self)
        #expect(document.openapi.hasPrefix("3."))
        #expect(document.paths.values.flatMap(\.values).allSatisfy { $0.operationId != nil })
    }

    @Test("the document's paths and methods are exactly the router's API routes")
    func matchesRouter() throws {
        let server = try TestServer()
        defer { server.remove() }
        let document = try JSONDecoder().decode(Document.self, from: Data(OpenAPIDocument.json.utf8))
        let documented = Set(
            document.paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        let router = buildRouter(store: server.store, clock: server.clock, maxBodyBytes: ServerSettings.defaultMaxBodyBytes)
        let routed = Set(
            router.routes.map { route in
                let path =
                    "/"
                    + route.path.description.split(separator: "/").map { segment in
                        segment.hasPrefix(":") ? "{\(segment.dropFirst())}" : String(segment)
                    }.joined(separator: "/")
                return "\(route.method.rawValue) \(path)"
            }
            // The reviewers' and the public HTML pages (and the home page) are not part of the JSON API.
            .filter { !$0.contains(" /web") && !$0.contains(" /public/rounds") && $0 != "GET /" && $0 != "GET /public" })
        #expect(documented.subtracting(routed).isEmpty, "documented but not routed: \(documented.subtracting(routed).sorted())")
        #expect(routed.subtracting(documented).isEmpty, "routed but not documented: \(routed.subtracting(documented).sorted())")
    }

    @Test("Receipt, VersionList, RosterPage, NationalSummary and error bodies match their schemas")
    func wireTypesMatchSchemas() async throws {
        let samples = try WireSamples()
        let encoded: [(schema: String, responses: [Response])] = [
            ("Receipt", samples.receipts.map { JSONResponse.make($0, status: .created) }),
            ("VersionList", samples.versionLists.map { JSONResponse.make($0) }),
            ("RosterPage", samples.rosterPages.map { JSONResponse.make($0) }),
            // As SummaryController writes it: compact JSON built by hand.
            (
                "NationalSummary",
                samples.summaries.map { Response(status: .ok, body: ResponseBody(byteBuffer: $0.compactJSON())) }
            ),
            ("APIErrorBody", samples.errors.map { JSONResponse.make($0.body, status: $0.status) }),
        ]
        var cases: [SchemaCase] = []
        for (schema, responses) in encoded {
            for (n, response) in responses.enumerated() { cases.append(try await SchemaCase("\(schema) \(n)", schema, response)) }
        }
        let result = try SchemaValidator.validate(cases)
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.output.contains("\(cases.count) values, 0 schema violations"), "\(result.output)")
    }

    @Test("the schema check fails on a wrong value and on an undocumented field")
    func schemaCheckCatchesMismatches() throws {
        let receipt =
            #"{"deadline":"2017-12-31","deadlineStatus":"onTime","errors":0,"filer":"110000","#
            + #""receivedAt":"x","round":"2017","sha256":"not-hex","version":1,"warnings":0}"#
        let extra = #"{"error":"x","message":"x","messageEn":"x","hint":"undocumented"}"#
        let result = try SchemaValidator.validate([
            SchemaCase(label: "bad Receipt", schema: "Receipt", json: Data(receipt.utf8)),
            SchemaCase(label: "extra field", schema: "APIErrorBody", json: Data(extra.utf8)),
        ])
        #expect(result.exitCode != 0)
        #expect(result.output.contains("bad Receipt: sha256"), "\(result.output)")
        #expect(result.output.contains("extra field: (root)"), "\(result.output)")
    }
}

/// One encoded value and the schema (`#/components/schemas/NAME`) it must match.
struct SchemaCase {
    var label: String
    var schema: String
    var json: Data
}

extension SchemaCase {
    /// The body of `response`, exactly as the server would send it.
    init(_ label: String, _ schema: String, _ response: Response) async throws {
        let sink = BodySink()
        try await response.body.write(BodySink.Writer(sink: sink))
        self.init(label: label, schema: schema, json: sink.data)
    }
}

/// Collects a response body.
final class BodySink: @unchecked Sendable {
    var data = Data()
    struct Writer: ResponseBodyWriter {
        let sink: BodySink
        mutating func write(_ buffer: ByteBuffer) async throws { sink.data.append(contentsOf: buffer.readableBytesView) }
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}

/// Validates values against the served document's schemas with Python's `jsonschema` (installed
/// into `.build-venv` by `scripts/install-deps`). OpenAPI 3.0 → JSON Schema draft 4: `nullable`
/// becomes `anyOf [schema, null]`, and an object with `properties` gets `additionalProperties:
/// false`, so that a field the server writes but the document omits fails too.
enum SchemaValidator {
    static let script = #"""
        import json, sys
        from jsonschema import Draft4Validator
        document, cases = (json.load(open(path, encoding="utf-8")) for path in sys.argv[1:3])
        def strict(s):
            s = dict(s)
            for key in ("items", "additionalProperties"):
                if isinstance(s.get(key), dict): s[key] = strict(s[key])
            for key in ("allOf", "anyOf", "oneOf"):
                if key in s: s[key] = [strict(x) for x in s[key]]
            if "properties" in s:
                s["properties"] = {name: strict(x) for name, x in s["properties"].items()}
                s.setdefault("additionalProperties", False)
            return {"anyOf": [s, {"type": "null"}]} if s.pop("nullable", False) else s
        schemas = {name: strict(s) for name, s in document["components"]["schemas"].items()}
        failures = 0
        for case in cases:
            validator = Draft4Validator({"components": {"schemas": schemas}, "$ref": "#/components/schemas/" + case["schema"]})
            for error in sorted(validator.iter_errors(case["instance"]), key=str):
                failures += 1
                where = "/".join(map(str, error.absolute_path)) or "(root)"
                print(f"{case['label']}: {where}: {error.message}"[:400])
        print(f"{len(cases)} values, {failures} schema violations")
        sys.exit(1 if failures else 0)
        """#

    static func validate(_ cases: [SchemaCase]) throws -> (exitCode: Int32, output: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zicha-openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let documentURL = directory.appendingPathComponent("openapi.json")
        let casesURL = directory.appendingPathComponent("cases.json")
        try OpenAPIDocument.jsonData.write(to: documentURL)
        // The server's bytes go in unchanged: each case is {"label", "schema", "instance": <body>}.
        var list = Data("[".utf8)
        for (index, item) in cases.enumerated() {
            let head = try JSONEncoder().encode(["label": item.label, "schema": item.schema])
            list.append(contentsOf: (index == 0 ? "" : ",").utf8)
            list.append(head.dropLast())
            list.append(contentsOf: #","instance":"#.utf8)
            list.append(item.json)
            list.append(contentsOf: "}".utf8)
        }
        list.append(contentsOf: "]".utf8)
        try list.write(to: casesURL)

        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let venvPython = root.appendingPathComponent(".build-venv/bin/python")
        let venv = FileManager.default.isExecutableFile(atPath: venvPython.path)
        let process = Process()
        process.executableURL = venv ? venvPython : URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = (venv ? [] : ["python3"]) + ["-c", script, documentURL.path, casesURL.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try CommandRunner.spawn(process)
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let hint = "(缺少 jsonschema：请运行 scripts/install-deps / jsonschema missing: run scripts/install-deps)"
        return (process.terminationStatus, output.contains("No module named") ? output + hint : output)
    }
}

/// Real values of the wire types: optional fields present and absent, every status of a kind.
struct WireSamples {
    var receipts: [Receipt] = []
    var versionLists: [VersionList] = []
    var rosterPages: [RosterPage] = []
    var summaries: [NationalSummary] = []
    var errors: [FilingError] = []

    init() throws {
        let at = "2017-12-20T10:00:00+08:00"
        let hash = Hex.encode(Crypto.sha256(Array("report".utf8)))
        for (n, status) in DeadlineStatus.allCases.enumerated() {
            receipts.append(
                Receipt(
                    filer: n == 0 ? "110000" : "bm0\(n)", round: "2017", version: n + 1, sha256: hash, receivedAt: at,
                    deadline: "2017-12-31", deadlineStatus: status, errors: 0, warnings: n))
        }
        // The validator's own issues: a shape rule (indicator null) and indicator rules.
        let beijing = [FilerReference(code: "110000", name: "北京市")]
        let preparedOn = Day(year: 2017, month: 12, day: 20)!
        var report = try #require(SampleRound.reports(filers: beijing, preparedOn: preparedOn).first)
        report.round = "2016"
        report.platforms[0].checks.search?.evidence.tests = []
        let issues = validate(report, context: ValidationContext(roundID: "2017", deadline: Day(year: 2017, month: 12, day: 31)))
        try #require(issues.contains { $0.indicator == nil } && issues.contains { $0.indicator != nil })

        let returned = ReviewRecord(
            decision: .return, comment: "请补充检索测试", dueOn: "2017-12-27", reviewer: "reviewer-a", decidedAt: at)
        let accepted = ReviewRecord(decision: .accept, comment: nil, dueOn: nil, reviewer: "reviewer-b", decidedAt: at)
        let versions = [
            VersionInfo(
                receipt: receipts[1], keyId: "110000-a1b2c3", signedAt: "2017-12-20T02:00:00Z", baseVersion: 0,
                signature: hash, reviewState: .returned, issues: issues.filter { $0.severity == .warning }, reviews: [returned]),
            VersionInfo(
                receipt: receipts[0], keyId: "110000-a1b2c3", signedAt: "2017-12-21T02:00:00Z", baseVersion: 1,
                signature: hash, reviewState: .accepted, issues: nil, reviews: [returned, accepted]),
        ]
        versionLists = [
            VersionList(
                filer: "110000", filerName: "北京市", round: "2017", deadline: "2017-12-31", roundClosed: false,
                deadlineStatus: .onTime, versions: versions),
            VersionList(
                filer: "bm01", filerName: "国务院办公厅", round: "2017", deadline: "2017-12-31", roundClosed: true,
                deadlineStatus: .missing, versions: []),
        ]

        let entries = [
            RosterEntry(
                filer: "110000", name: "北京市", deadlineStatus: .onTime, firstReceivedAt: at, latestReceivedAt: at,
                latestVersion: 2, reviewState: .returned, followUpDueOn: "2017-12-27", followUpOverdue: true, errors: 0,
                warnings: 1),
            RosterEntry(
                filer: "120000", name: "天津市", deadlineStatus: .missing, firstReceivedAt: nil, latestReceivedAt: nil,
                latestVersion: 0, reviewState: nil, followUpDueOn: nil, followUpOverdue: false, errors: 0, warnings: 0),
        ]
        let totals = RosterTotals(filers: 2, onTime: 1, missing: 1, returned: 1, followUpOverdue: 1)
        rosterPages = [
            RosterPage(
                round: "2017", deadline: "2017-12-31", asOf: at, page: 1, perPage: 50, matched: 2, totals: totals,
                entries: entries),
            RosterPage(
                round: "2017", deadline: "2017-12-31", asOf: at, page: 3, perPage: 10, matched: 2, totals: totals, entries: []),
        ]

        // Three filers of the sample round, and a round with nothing accepted (every percent absent).
        let filers = (0..<3).map { FilerReference(code: String(110000 + $0 * 10000), name: "省份\($0)") }
        let inputs = SampleRound.reports(filers: filers, preparedOn: preparedOn).map {
            SummaryInput(filer: $0.filer.code, name: $0.filer.name, version: 1, report: $0)
        }
        summaries = [NationalSummary.compute(round: "2017", inputs: inputs), NationalSummary(round: "2017", filers: [])]

        errors = [
            .unknownRound("2016"), .bodyTooLarge(limit: 16 << 20), .staleBase(base: 1, current: 2),
            .validationFailed(ValidationResult(issues: issues)),
        ]
    }
}
