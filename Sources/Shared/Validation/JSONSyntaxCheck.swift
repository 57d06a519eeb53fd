/// Finds the first syntax error of a JSON text (RFC 8259) and where it is. Foundation only says
/// "not valid JSON", so this names the line, the column and what was expected.
struct JSONSyntaxCheck {
    struct Failure: Error {
        var offset: Int
        var message: String
        var messageEn: String
    }

    private let bytes: [UInt8]
    private var i = 0
    private static let maximumDepth = 512

    /// The first syntax error of `bytes`, or `nil` when they are one valid JSON value.
    static func firstError(in bytes: [UInt8]) -> Failure? {
        var check = JSONSyntaxCheck(bytes: bytes)
        do throws(Failure) {
            check.skipSpace()
            try check.value(depth: 0)
            check.skipSpace()
            if check.i < bytes.count {
                throw check.failure("JSON 值之后还有多余内容", "unexpected content after the JSON value")
            }
            return nil
        } catch {
            return error
        }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func failure(_ zh: String, _ en: String) -> Failure { Failure(offset: i, message: zh, messageEn: en) }

    private func found() -> String {
        guard i < bytes.count else { return "end of file" }
        let b = bytes[i]
        return b >= 0x21 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x\(Hex.encode([b]))"
    }

    private mutating func skipSpace() {
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
        guard i < bytes.count, bytes[i] == byte else {
            throw failure("此处应为 \(what)", "expected \(what), found \(found())")
        }
        i += 1
    }

    private mutating func value(depth: Int) throws(Failure) {
        guard depth < Self.maximumDepth else { throw failure("嵌套层数过多", "nesting is too deep") }
        guard i < bytes.count else { throw failure("文件意外结束，缺少 JSON 值", "unexpected end of file, expected a value") }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            try elements(upTo: UInt8(ascii: "}"), keyed: true, depth: depth)
        case UInt8(ascii: "["):
            try elements(upTo: UInt8(ascii: "]"), keyed: false, depth: depth)
        case UInt8(ascii: "\""):
            try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number()
        default:
            throw failure("此处应为 JSON 值（对象、数组、字符串、数字、true、false 或 null）", "expected a value, found \(found())")
        }
    }

    /// The rest of an object (`keyed`) or an array after its opening bracket: values, each after
    /// its key in an object, separated by commas up to `close`.
    private mutating func elements(upTo close: UInt8, keyed: Bool, depth: Int) throws(Failure) {
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == close {
            i += 1
            return
        }
        while true {
            skipSpace()
            if keyed {
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    throw failure("此处应为用双引号括起的键名", "expected a key in double quotes, found \(found())")
                }
                try string()
                skipSpace()
                try expect(UInt8(ascii: ":"), "':'")
                skipSpace()
            }
            try value(depth: depth + 1)
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            try expect(close, keyed ? "',' or '}'" : "',' or ']'")
            return
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else {
            throw failure("无效的字面量，应为 \(word)", "invalid literal, expected \(word)")
        }
        i += w.count
    }

    private mutating func string() throws(Failure) {
        i += 1  // opening quote
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                return
            case UInt8(ascii: "\\"):
                i += 1
                guard i < bytes.count else { break }
                switch bytes[i] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 1
                case UInt8(ascii: "u"):
                    let hex = bytes[min(i + 1, bytes.count)..<min(i + 5, bytes.count)]
                    guard hex.count == 4, Hex.decode(String(decoding: hex, as: UTF8.self)) != nil else {
                        throw failure("\\u 之后应为4位十六进制数字", "\\u must be followed by 4 hex digits")
                    }
                    i += 5
                default:
                    throw failure("无效的转义字符", "invalid escape sequence \\\(found())")
                }
            case 0..<0x20:
                throw failure(
                    "字符串中含有未转义的控制字符（如换行），字符串可能缺少结尾的双引号", "unescaped control character in a string (a missing closing quote?)")
            default:
                i += 1
            }
        }
        throw failure("文件意外结束，字符串缺少结尾的双引号", "unexpected end of file inside a string")
    }

    private mutating func number() throws(Failure) {
        func digits() -> Int {
            let start = i
            while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
            return i - start
        }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        let start = i
        guard digits() > 0 else { throw failure("无效的数字", "invalid number") }
        if bytes[start] == UInt8(ascii: "0"), i - start > 1 {
            i = start
            throw failure("数字不能以0开头", "numbers cannot have leading zeros")
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw failure("小数点后应有数字", "expected digits after '.'") }
        }
        if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw failure("指数部分应有数字", "expected digits in the exponent") }
        }
    }
}
