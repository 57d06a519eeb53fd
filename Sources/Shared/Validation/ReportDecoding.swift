import Foundation

/// Reads and writes report files, turning every decoding failure into a `ReportDecodingError`
/// that a clerk can act on: the JSON path and the expected type or allowed values, or for a
/// file that is not JSON at all, the line and column.
package enum ReportDecoder {
    /// A report and what its decoding learned of its keys.
    package struct Decoded: Sendable {
        package var report: SelfInspectionReport
        /// The form's types read every key of the file (known on the fast path only): then
        /// `UnknownKeys` has nothing to find, and its scan can be skipped.
        package var everyKeyRead: Bool
    }

    /// Decodes a report file.
    package static func decode(_ data: Data) throws(ReportDecodingError) -> SelfInspectionReport {
        try decodeNotingKeys(data).report
    }

    /// Decodes a report file, noting whether every key was read.
    package static func decodeNotingKeys(_ data: Data) throws(ReportDecodingError) -> Decoded {
        // Checked first: JSONDecoder may not object to bad bytes inside strings.
        if let position = invalidUTF8Position(data) {
            throw .at(position, "文件不是有效的 UTF-8 编码文本", "the file is not valid UTF-8 text")
        }
        // The fast path: a tape accepts only what the guard and the decoder below accept, and
        // decodes as the decoder does; anything else, faulty or only unusual, goes the slow way.
        if let tape = JSONTape([UInt8](data)), let report = try? JSONTapeDecoder.decode(SelfInspectionReport.self, from: tape) {
            return Decoded(report: report, everyKeyRead: tape.everyKeyRead)
        }
        return Decoded(report: try decodeSlowly(data), everyKeyRead: false)
    }

    private static func decodeSlowly(_ data: Data) throws(ReportDecodingError) -> SelfInspectionReport {
        // Before the decoder, which recurses and keeps one of two equal keys silently.
        if let violation = JSONStructureGuard.firstViolation(in: data) {
            throw .at(TextPosition(offset: violation.offset, in: [UInt8](data)), violation.message, violation.messageEn)
        }
        do {
            return try ReportCoding.decoder().decode(SelfInspectionReport.self, from: data)
        } catch let error as DecodingError {
            throw explain(error, data: data)
        } catch {
            throw .at(path: "", "无法读取报告：\(error.localizedDescription)", "cannot decode the report: \(error.localizedDescription)")
        }
    }

    /// Encodes a report byte-stably (`ReportCoding`): decoding and re-encoding the result gives
    /// the same bytes.
    package static func encode(_ report: SelfInspectionReport) -> Data {
        do {
            return try ReportCoding.encode(report)
        } catch {
            // The form holds only strings, integers, booleans, arrays and objects.
            preconditionFailure("encoding a report cannot fail: \(error)")
        }
    }

    private static func explain(_ error: DecodingError, data: Data) -> ReportDecodingError {
        let bytes = [UInt8](data)
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
                return .at(path: "", "文件为空", "the file is empty")
            }
            if let failure = JSONSyntaxCheck.firstError(in: bytes) {
                return .at(
                    TextPosition(offset: failure.offset, in: bytes), "JSON 语法错误：\(failure.message)",
                    "JSON syntax error: \(failure.messageEn)")
            }
            if let path = JSONValueLookup.firstNonInteger(in: data, keys: integerKeys) {
                return .at(path: path, "应为整数", "expected an integer")
            }
            return .at(path: "", "不是有效的 JSON：\(context.debugDescription)", "not valid JSON: \(context.debugDescription)")
        case .dataCorrupted(let context):
            let path = jsonPath(context.codingPath)
            let key = context.codingPath.last?.stringValue ?? ""
            if let allowed = allowedValues[key] {
                let value = JSONValueLookup.describe(in: data, at: context.codingPath)
                return .at(
                    path: path, "\(value)不是允许的取值（\(allowed.joined(separator: "、"))）",
                    "\(value) is not one of \(allowed.joined(separator: ", "))")
            }
            if integerKeys.contains(key) {
                return .at(path: path, "应为整数", "expected an integer")
            }
            return .at(path: path, "取值无效：\(context.debugDescription)", "invalid value: \(context.debugDescription)")
        case .typeMismatch(let type, let context):
            let path = jsonPath(context.codingPath)
            let found = JSONValueLookup.kind(in: data, at: context.codingPath)
            let (zh, en) = typeName(type)
            return .at(path: path, "类型错误：应为\(zh)，实际为\(found.zh)", "expected \(en), found \(found.en)")
        case .valueNotFound(let type, let context):
            let path = jsonPath(context.codingPath)
            let (zh, en) = typeName(type)
            return .at(path: path, "不能为 null，应为\(zh)", "null where \(en) is required")
        case .keyNotFound(let key, let context):
            let path = jsonPath(context.codingPath + [key])
            // A required key written in another case or one or two letters off is named.
            if let variant = UnknownKeys.variant(of: key.stringValue, in: data, at: context.codingPath) {
                return .at(
                    path: path, "缺少必填字段“\(key.stringValue)”：文件中的“\(variant)”写法有误，应为“\(key.stringValue)”",
                    "missing required key '\(key.stringValue)': the file's \"\(variant)\" should be \"\(key.stringValue)\"")
            }
            return .at(path: path, "缺少必填字段“\(key.stringValue)”", "missing required key '\(key.stringValue)'")
        @unknown default:
            return .at(path: "", "无法读取报告：\(error)", "cannot decode the report: \(error)")
        }
    }

    /// Keys whose values must be one of a fixed list, and that list.
    private static let allowedValues: [String: [String]] = [
        "level": PlatformLevel.allCases.map(\.rawValue),
        "dimension": ColumnDimension.allCases.map(\.rawValue),
        "account": AccountKind.allCases.map(\.rawValue),
        "result": AssessmentResult.allCases.map(\.rawValue),
        "status": RectificationStatus.allCases.map(\.rawValue),
        "copyType": CopyType.allCases.map(\.rawValue),
        "medium": Medium.allCases.map(\.rawValue),
    ]

    private static let integerKeys: Set<String> = ["copies", "itemCount"]

    private static func typeName(_ type: Any.Type) -> (zh: String, en: String) {
        switch type {
        case is String.Type: ("字符串", "a string")
        case is Int.Type: ("整数", "an integer")
        case is Bool.Type: ("布尔值 true 或 false", "true or false")
        case is [Any].Type: ("数组", "an array")
        case is [String: Any].Type: ("对象", "an object")
        default:
            // Keyed containers report the dictionary type; arrays of form types report themselves.
            String(describing: type).hasPrefix("Array") ? ("数组", "an array") : ("对象", "an object")
        }
    }

    /// Writes a coding path as `platforms[0].serviceItems[2].guide.materials[1].copies`.
    package static func jsonPath(_ codingPath: [any CodingKey]) -> String {
        var path = ""
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return path
    }

    /// The position of the first byte that is not valid UTF-8, or `nil`.
    private static func invalidUTF8Position(_ data: Data) -> TextPosition? {
        // In place: `String(validating:)` would copy the whole text into a String first.
        if (try? UTF8Span(validating: data.span)) != nil { return nil }
        let bytes = [UInt8](data)
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return TextPosition(offset: offset, in: bytes)
            }
        }
    }
}
