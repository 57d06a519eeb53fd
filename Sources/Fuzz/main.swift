// zicha-fuzz: libFuzzer targets over what parses untrusted bytes in Shared, the code both the
// server and the client run on input from outside. Built and run by `scripts/fuzz` with
// `swift build --sanitize=fuzzer`; `ZICHA_FUZZ_TARGET` picks the target:
//   report  the report decoder (structure guard, decoder, unknown keys), the validator, and the
//           canonical encoding (what decodes must encode and decode to the same report); the
//           fast path (JSONTape) must decode nothing that JSONDecoder decodes otherwise
//   text    the number and identifier rules behind every path and query parameter, the canonical
//           path rule, the signed headers' reader (the input's lines as header values), the
//           signing time and hex parsers, the JSON structure guard
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
    if String(validating: data, as: UTF8.self) != nil, let tape = JSONTape([UInt8](data)),
        let fast = try? JSONTapeDecoder.decode(SelfInspectionReport.self, from: tape)
    {
        guard (try? JSONDecoder().decode(SelfInspectionReport.self, from: data)) == fast else {
            fatalError("the tape decoded a report that JSONDecoder decodes otherwise or refuses")
        }
        guard tape.everyKeyRead == UnknownKeys.issues(in: data).isEmpty else {
            fatalError("the tape's key reading and UnknownKeys disagree")
        }
    }
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
    if APIPath.isCanonical(text) {
        precondition(!text.contains("//") && !text.hasSuffix("/") && !text.contains("%"), "isCanonical accepted \(text)")
    }
    fuzzSignedHeaders(text)
}

/// The input's lines are the eight `Zicha-*` header values in order (a short input leaves the
/// rest absent); what the reader accepts must be in the syntax it promises.
private func fuzzSignedHeaders(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let values = Dictionary(zip(SigningScheme.Header.all, lines), uniquingKeysWith: { first, _ in first })
    let filer = values[SigningScheme.Header.filer] ?? ""
    let round = values[SigningScheme.Header.round] ?? ""
    guard let headers = try? SignedHeaders.read({ values[$0] }, pathFiler: filer, pathRound: round) else { return }
    precondition(Identifier.isRoundOrKeyID(headers.keyID), "key id \(headers.keyID)")
    precondition(SigningScheme.parseTimestamp(headers.signedAt) != nil, "signing time \(headers.signedAt)")
    precondition((0...999_999_999).contains(headers.baseVersion), "base version \(headers.baseVersion)")
    precondition(Hex.decode(headers.contentSHA256)?.count == 32 && Hex.decode(headers.signature)?.count == 32, "hex")
    let fields = headers.fields(method: "GET", path: APIPath.versions(round: round, filer: filer))
    _ = SigningScheme.isValid(signatureHex: headers.signature, for: fields, secret: Array("fuzz".utf8))
}
