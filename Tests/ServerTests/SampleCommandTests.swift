import Foundation
import Server
import Shared
import Testing

/// `zicha-server sample generate`: the notice's sample as files, byte-stable, ready to sign.
@Suite("Sample generator command")
struct SampleCommandTests {
    @Test("writes one byte-stable report per regional filer (110000…660000); bad options exit non-zero")
    func generate() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zicha-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("a")
        let second = directory.appendingPathComponent("b")
        let run1 = try await ServerBinary.run(["sample", "generate", "--out", first.path])
        let run2 = try await ServerBinary.run(["sample", "generate", "--out", second.path, "--round", "2017"])
        #expect(run1.status == 0 && run2.status == 0, "\(run1.stderr)")
        #expect(run1.stdout.contains("32"))
        let names = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
        #expect(names.count == 32 && names.first == "110000.json" && names.last == "660000.json")
        #expect(!names.contains { $0.hasPrefix("bm") })
        var platforms = 0
        for (name, expected) in zip(names, try SampleFiles.reports()) {
            let bytes = try Data(contentsOf: first.appendingPathComponent(name))
            #expect(bytes == (try Data(contentsOf: second.appendingPathComponent(name))))
            #expect(name == "\(expected.filer).json" && bytes == expected.bytes)
            let report = try ReportDecoder.decode(bytes)
            #expect(report.filer.code + ".json" == name && report.round == "2017")
            platforms += report.platforms.count
        }
        #expect(platforms == 201)

        let bad = try await ServerBinary.run(["sample", "generate", "--out", first.path, "--prepared-on", "2017-13-01"])
        #expect(bad.status != 0 && bad.stderr.contains("--prepared-on"))
    }
}
