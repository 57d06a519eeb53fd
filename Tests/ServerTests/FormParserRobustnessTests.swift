import Foundation
import Server
import Testing

/// The pages' form parsers read bytes anyone can send: every truncation and many seeded random
/// edits of a real body parse or are refused, never crash, and what parses keeps its promises.
@Suite("Form parsers under hostile bytes")
struct FormParserRobustnessTests {
    static let boundary = "----zicha7MA4YWxkTrZu0gW"

    /// What Chromium sends for the inspector's upload form: a CSRF field and a PNG file.
    static let multipart: Data = {
        var body = Data()
        func line(_ text: String) { body.append(Data((text + "\r\n").utf8)) }
        line("--\(boundary)")
        line("Content-Disposition: form-data; name=\"csrf\"")
        line("")
        line("abc123")
        line("--\(boundary)")
        line("Content-Disposition: form-data; name=\"file\"; filename=\"截图 \\\"1\\\".png\"")
        line("Content-Type: image/png")
        line("")
        body.append(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x2D, 0x2D]))
        line("")
        line("--\(boundary)--")
        return body
    }()

    @Test("a real body parses: the field, the file with its quoted name and its exact bytes")
    func realBody() throws {
        let form = try #require(MultipartForm.parse(Self.multipart, boundary: Self.boundary))
        #expect(form.parts.map(\.name) == ["csrf", "file"])
        #expect(form.parts[1].filename == "截图 \"1\".png" && form.parts[1].data.count == 11)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"\(Self.boundary)\"") == Self.boundary)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=") == nil)
        #expect(MultipartForm.boundary(contentType: "text/plain; boundary=x") == nil)
    }

    @Test("every truncation and 20,000 seeded edits of a multipart body: parsed or refused, never a crash")
    func multipartEdits() {
        let body = [UInt8](Self.multipart)
        for length in 0...body.count {
            let parsed = MultipartForm.parse(Data(body[0..<length]), boundary: Self.boundary)
            // Only the whole body (or one cut after its closing delimiter's dashes) is a form.
            #expect(parsed == nil || length >= body.count - 2, "a body cut at \(length) parsed")
        }
        var random = SplitMix64(seed: 20_171_231)
        let pieces: [[UInt8]] = [
            Array("\r\n".utf8), Array("--".utf8), Array("--\(Self.boundary)".utf8), Array("\r\n\r\n".utf8), Array("\"".utf8),
            Array("\\".utf8), Array(";".utf8), Array("name=".utf8), [0x00], [0xFF], [0xE6, 0x88],
        ]
        for _ in 0..<20_000 {
            var bytes = body
            for _ in 0...Int(random.next(below: 4)) {
                let at = Int(random.next(below: UInt64(bytes.count + 1)))
                switch random.next(below: 3) {
                case 0: bytes.insert(contentsOf: pieces[Int(random.next(below: UInt64(pieces.count)))], at: at)
                case 1: if at < bytes.count { bytes.remove(at: at) }
                default: if at < bytes.count { bytes[at] = UInt8(truncatingIfNeeded: random.next()) }
                }
            }
            if let form = MultipartForm.parse(Data(bytes), boundary: Self.boundary) {
                #expect(form.parts.count <= MultipartForm.maxParts)
            }
        }
    }

    @Test("URL-encoded forms: broken escapes, repeated and empty fields, every truncation — never a crash")
    func urlEncoded() {
        let body = "csrf=abc%20123&comment=%E6%AD%A4%E9%A1%B9+%E8%AF%B7&comment=second&&=x&flag&bad=%E6%AD%"
        for length in 0...body.utf8.count {
            _ = WebForm.parse(String(decoding: Array(body.utf8)[0..<length], as: UTF8.self))
        }
        let form = WebForm.parse(body)
        #expect(form["csrf"] == "abc 123" && form["comment"] == "此项 请", "the first of a repeated field")
        #expect(form["bad"] == nil && form["flag"] == nil, "a broken escape and a bare name give no value")
        var random = SplitMix64(seed: 7)
        let alphabet = Array("%=&+aZ9\u{0}é".unicodeScalars)
        for _ in 0..<5_000 {
            let text = String(
                String.UnicodeScalarView(
                    (0..<Int(random.next(below: 40))).map { _ in
                        alphabet[Int(random.next(below: UInt64(alphabet.count)))]
                    }))
            _ = WebForm.parse(text)
        }
    }
}
