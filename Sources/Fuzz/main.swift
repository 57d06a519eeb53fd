// zicha-fuzz: libFuzzer targets over what parses untrusted bytes in Shared, the code both the
// server and the client run on input from outside. Built and run by `scripts/fuzz` with
// `swift build --sanitize=fuzzer`; `ZICHA_FUZZ_TARGET` picks the target:
//   report  the report decoder (structure guard, decoder, unknown keys), the validator, and the
//           canonical encoding (what decodes must encode and decode to the same report)
//   text    the number and identifier rules behind every path and query parameter, the signing
//           time and hex parsers of the signed headers, the JSON structure guard
// A plain build gives a binary that does nothing: libFuzzer supplies `main` when fuzzing.
import Foundation
import Shared

@_cdecl("LLVMFuzzerTestOneInput")
public func zichaFuzzOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    switch ProcessInfo.processInfo.environment["ZICHA_FUZZ_TARGET"] ?? "report" {
    case "text": fuzzText(data)
    default: fuzzReport(data)
    }
    return 0
}

private func fuzzReport(_ data: Data) {
    guard let report = try? ReportDecoder.decode(data) else { return }
    _ = validate(report, context: ValidationContext(roundID: "2017", deadline: Day("2017-12-31"), source: data))
    let canonical = ReportDecoder.encode(report)
    guard let again = try? ReportDecoder.decode(canonical), again == report, ReportDecoder.encode(again) == canonical else {
        fatalError("the canonical encoding of a decoded report does not decode to the same report")
    }
}

private func fuzzText(_ data: Data) {
    _ = JSONStructureGuard.firstViolation(in: data)
    let text = String(decoding: data, as: UTF8.self)
    if let number = Identifier.positiveNumber(text) {
        precondition(number > 0 && String(number) == text, "positiveNumber accepted \(text) as \(number)")
    }
    _ = Identifier.versionNumber(text)
    _ = Identifier.isRoundOrKeyID(text)
    _ = Identifier.isFilerCode(text)
    _ = SigningScheme.parseTimestamp(text)
    if let bytes = Hex.decode(text) { precondition(Hex.encode(bytes) == text.lowercased(), "hex round trip of \(text)") }
}
