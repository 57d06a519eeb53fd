import Foundation
import Shared

/// 100 attachments of 1 MiB each, signed and uploaded over loopback to the real `zicha-server`
/// (each a distinct PNG, so each is stored: hashed, written, fsynced, renamed, its row and audit
/// event committed), with 1 and 4 clients; then 100 reads of them streamed back. MiB/s of payload.
enum AttachmentBenchmark {
    static func run(_ arguments: [String]) {
        BenchArguments.measuring("attachments") {
            try measure(count: BenchArguments.integer("--count", in: arguments, default: 100))
        }
    }

    static func measure(count: Int) throws {
        let directory = try ServerUnderTest.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try ServerUnderTest(db: directory.appendingPathComponent("attachments.sqlite").path)
        let keys = try ["320000", "110000", "440000", "510000"].map { try server.issueKey($0, in: directory) }
        try server.start()
        defer { server.stop() }
        let mib = 1024 * 1024
        print("attachments: \(count) files of 1 MiB each, distinct PNGs, over loopback")
        for clients in [1, 4] {
            var work: [[LoadDriver.Request]] = Array(repeating: [], count: clients)
            for i in 0..<count {
                let key = keys[i % clients]
                work[i % clients].append(put(file(size: mib, seed: clients * 100_000 + i), key: key))
            }
            let result = try LoadDriver.run(port: server.port, work: work)
            print(
                String(
                    format: "  upload, %d client%@: %.1f MiB/s   %@", clients, clients == 1 ? "" : "s",
                    Double(count) / result.seconds, result.summary))
        }
        // Reads: the files the single client stored, each streamed back to a signed read.
        let key = keys[0]
        let reads = (0..<count).map { i in get(sha256: Hex.encode(Crypto.sha256(file(size: mib, seed: 100_000 + i))), key: key) }
        let result = try LoadDriver.run(port: server.port, work: [reads])
        print(String(format: "  download, 1 client: %.1f MiB/s   %@", Double(count) / result.seconds, result.summary))
        if let memory = server.peakMemoryMB { print(String(format: "  server peak memory (VmHWM): %.1f MB", memory)) }
    }

    /// A PNG of `size` bytes whose contents depend on `seed`.
    static func file(size: Int, seed: Int) -> [UInt8] {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += withUnsafeBytes(of: UInt64(seed).bigEndian, Array.init)
        var state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 | 1
        bytes.reserveCapacity(size)
        while bytes.count < size {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            bytes.append(UInt8(truncatingIfNeeded: state))
        }
        return bytes
    }

    static func put(_ body: [UInt8], key: KeyFile) -> LoadDriver.Request {
        let sha256 = Hex.encode(Crypto.sha256(body))
        let fields = SigningScheme.Fields(
            method: "PUT", path: APIPath.attachment(round: "2017", filer: key.filer, sha256: sha256), filer: key.filer,
            round: "2017", keyID: key.keyId, signedAt: SigningScheme.timestamp(Date()), baseVersion: 0, contentSHA256: sha256)
        let signature = SigningScheme.signature(for: fields, secret: key.secretBytes ?? [])
        return LoadDriver.Request(
            method: "PUT", path: fields.path,
            headers: fields.headers(signature: signature).map { ($0.name, $0.value) } + [
                ("Content-Type", "application/octet-stream")
            ], body: body)
    }

    static func get(sha256: String, key: KeyFile) -> LoadDriver.Request {
        let fields = SigningScheme.Fields(
            method: "GET", path: APIPath.attachment(round: "2017", filer: key.filer, sha256: sha256), filer: key.filer,
            round: "2017", keyID: key.keyId, signedAt: SigningScheme.timestamp(Date()), baseVersion: 0,
            contentSHA256: Hex.encode(Crypto.sha256([UInt8]())))
        let signature = SigningScheme.signature(for: fields, secret: key.secretBytes ?? [])
        return LoadDriver.Request(
            method: "GET", path: fields.path, headers: fields.headers(signature: signature).map { ($0.name, $0.value) }, body: [])
    }
}
