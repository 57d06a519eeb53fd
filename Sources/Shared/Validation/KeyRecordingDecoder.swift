import Foundation

/// A `Decoder` over a tree that `JSONSerialization` parsed, recording which keys each object's
/// type asks for. A synthesized `init(from:)` asks for every key it knows, present or not
/// (`decodeIfPresent`), so the keys asked of an object are exactly the keys the form knows
/// there, flattened types (`Check`) included. Values are read as leniently as needed to reach
/// every nested object: the bytes already passed Foundation's decoder.
final class KeyRecordingDecoder: Decoder {
    /// Keys asked, by the JSON path of the object (`platforms[0].checks.search`).
    private(set) var asked: [String: Set<String>] = [:]
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any] = [:]
    private let value: Any
    private let recorder: KeyRecordingDecoder?

    init(_ value: Any) {
        self.value = value
        codingPath = []
        recorder = nil
    }

    private init(_ value: Any, path: [any CodingKey], recorder: KeyRecordingDecoder) {
        self.value = value
        codingPath = path
        self.recorder = recorder
    }

    private var root: KeyRecordingDecoder { recorder ?? self }

    fileprivate func record(_ key: String, at path: [any CodingKey]) {
        root.asked[ReportDecoder.jsonPath(path), default: []].insert(key)
    }

    fileprivate func child(_ value: Any, _ path: [any CodingKey]) -> KeyRecordingDecoder {
        KeyRecordingDecoder(value, path: path, recorder: root)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let object = value as? [String: Any] else {
            throw DecodingError.typeMismatch([String: Any].self, .init(codingPath: codingPath, debugDescription: "not an object"))
        }
        return KeyedDecodingContainer(Keyed<Key>(decoder: self, object: object))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard let array = value as? [Any] else {
            throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "not an array"))
        }
        return Unkeyed(decoder: self, array: array)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(decoder: self) }

    /// A primitive from the tree (`String`, `Bool`, integers, floating point), or a nested value.
    fileprivate func decodeValue<T: Decodable>(_ type: T.Type, from value: Any, path: [any CodingKey]) throws -> T {
        switch type {
        case is String.Type: if let text = value as? String { return text as! T }
        case is Bool.Type: if let flag = value as? Bool { return flag as! T }
        case is Int.Type: if let number = value as? NSNumber { return number.intValue as! T }
        case is Double.Type: if let number = value as? NSNumber { return number.doubleValue as! T }
        // Other primitives would come back here through their own `init(from:)`: the form has none.
        case is any FixedWidthInteger.Type, is any BinaryFloatingPoint.Type: break
        default: return try T(from: child(value, path))
        }
        throw DecodingError.typeMismatch(type, .init(codingPath: path, debugDescription: "unexpected value"))
    }

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: KeyRecordingDecoder
        let object: [String: Any]
        var codingPath: [any CodingKey] { decoder.codingPath }
        var allKeys: [Key] { object.keys.compactMap(Key.init(stringValue:)) }

        func contains(_ key: Key) -> Bool {
            decoder.record(key.stringValue, at: codingPath)
            return object[key.stringValue] != nil
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            decoder.record(key.stringValue, at: codingPath)
            return object[key.stringValue] == nil || object[key.stringValue] is NSNull
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            decoder.record(key.stringValue, at: codingPath)
            guard let value = object[key.stringValue] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing"))
            }
            return try decoder.decodeValue(type, from: value, path: codingPath + [key])
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            decoder.record(key.stringValue, at: codingPath)
            return try decoder.child(object[key.stringValue] as Any, codingPath + [key]).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            decoder.record(key.stringValue, at: codingPath)
            return try decoder.child(object[key.stringValue] as Any, codingPath + [key]).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { decoder }
        func superDecoder(forKey key: Key) throws -> any Decoder {
            decoder.record(key.stringValue, at: codingPath)
            return decoder.child(object[key.stringValue] as Any, codingPath + [key])
        }
    }

    private struct Index: CodingKey {
        var intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(_ index: Int) { intValue = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }

    private struct Unkeyed: UnkeyedDecodingContainer {
        let decoder: KeyRecordingDecoder
        let array: [Any]
        var currentIndex = 0
        var codingPath: [any CodingKey] { decoder.codingPath }
        var count: Int? { array.count }
        var isAtEnd: Bool { currentIndex >= array.count }

        mutating func next() throws -> (Any, [any CodingKey]) {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "at end"))
            }
            defer { currentIndex += 1 }
            return (array[currentIndex], codingPath + [Index(currentIndex)])
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, array[currentIndex] is NSNull else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let (value, path) = try next()
            return try decoder.decodeValue(type, from: value, path: path)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            let (value, path) = try next()
            return try decoder.child(value, path).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let (value, path) = try next()
            return try decoder.child(value, path).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder {
            let (value, path) = try next()
            return decoder.child(value, path)
        }
    }

    private struct Single: SingleValueDecodingContainer {
        let decoder: KeyRecordingDecoder
        var codingPath: [any CodingKey] { decoder.codingPath }
        func decodeNil() -> Bool { decoder.value is NSNull }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try decoder.decodeValue(type, from: decoder.value, path: codingPath)
        }
    }
}
