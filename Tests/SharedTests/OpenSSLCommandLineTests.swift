import Foundation
import Shared
import Testing

/// The README tells people to check signatures with the `openssl` command line
/// (`scripts/openssl-verify`); these prove that those commands agree with `SigningScheme`.
@Suite("Signatures reproduced with the openssl command line")
struct OpenSSLCommandLineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs `scripts/openssl-verify` and returns its exit status and output.
    func openSSLVerify(report: Data, signature: DetachedSignature, key: KeyFile) throws -> (Int32, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zicha-openssl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let reportURL = dir.appendingPathComponent("report.json")
        try report.write(to: reportURL)
        try ReportCoding.encode(signature).write(to: dir.appendingPathComponent("report.json.sig"))
        try ReportCoding.encode(key).write(to: dir.appendingPathComponent("key.json"))
        let process = Process()
        process.executableURL = Self.root.appendingPathComponent("scripts/openssl-verify")
        process.arguments = ["report.json", "report.json.sig", "key.json"]
        process.currentDirectoryURL = dir
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try CommandRunner.spawn(process)
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    func signed(_ body: Data, secret: [UInt8]) -> (DetachedSignature, KeyFile) {
        let fields = SigningScheme.Fields(
            method: "POST", path: APIPath.versions(round: "2017", filer: "320000"), filer: "320000", round: "2017",
            keyID: "k-test", signedAt: "2017-12-20T02:00:00Z", baseVersion: 2, contentSHA256: Hex.encode(Crypto.sha256(body)))
        return (
            DetachedSignature(fields: fields, signature: SigningScheme.signature(for: fields, secret: secret)),
            KeyFile(keyId: "k-test", filer: "320000", secret: secret, issuedAt: "2017-12-01T00:00:00Z")
        )
    }

    @Test func opensslReproducesTheSignature() throws {
        let body = try Data(contentsOf: Self.root.appendingPathComponent("Examples/report-valid.json"))
        let (signature, key) = signed(body, secret: Crypto.randomBytes(32))
        let (status, output) = try openSSLVerify(report: body, signature: signature, key: key)
        #expect(status == 0, "\(output)")
        #expect(output.contains("openssl computes:    \(signature.signature)"))
    }

    @Test func opensslRejectsAChangedByte() throws {
        var body = try Data(contentsOf: Self.root.appendingPathComponent("Examples/report-valid.json"))
        let (signature, key) = signed(body, secret: Crypto.randomBytes(32))
        body[body.count / 2] ^= 0x01
        let (status, output) = try openSSLVerify(report: body, signature: signature, key: key)
        #expect(status == 1, "\(output)")
        #expect(output.contains("MISMATCH"))
    }

    @Test func opensslRejectsAnotherKey() throws {
        let body = try Data(contentsOf: Self.root.appendingPathComponent("Examples/report-valid.json"))
        let (signature, _) = signed(body, secret: Crypto.randomBytes(32))
        let (_, otherKey) = signed(body, secret: Crypto.randomBytes(32))
        let (status, _) = try openSSLVerify(report: body, signature: signature, key: otherKey)
        #expect(status == 1)
    }
}
