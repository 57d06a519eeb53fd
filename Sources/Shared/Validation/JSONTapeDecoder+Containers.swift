/// The containers of `JSONTapeDecoder`, over the nodes of a `JSONTape`.

struct TapeValueDecoder: Decoder {
    let tape: JSONTape
    let node: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard tape.nodes[node].kind == .object else { throw JSONTapeDecoder.Mismatch() }
        tape.markRead(node)
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(tape: tape, object: node))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard tape.nodes[node].kind == .array else { throw JSONTapeDecoder.Mismatch() }
        return TapeUnkeyedContainer(tape: tape, array: node)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { TapeSingleValue(tape: tape, node: node) }
}

/// Reads one value after another: the single-value container, and the unkeyed container (a
/// class, so that these non-mutating reads can move it on).
protocol TapeScalarReading {
    func scalar<T: TapeScalar>(_ type: T.Type) throws -> T
}

extension TapeScalarReading {
    func decode(_ type: Bool.Type) throws -> Bool { try scalar(type) }
    func decode(_ type: String.Type) throws -> String { try scalar(type) }
    func decode(_ type: Double.Type) throws -> Double { try scalar(type) }
    func decode(_ type: Float.Type) throws -> Float { try scalar(type) }
    func decode(_ type: Int.Type) throws -> Int { try scalar(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try scalar(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try scalar(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try scalar(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try scalar(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try scalar(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try scalar(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try scalar(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try scalar(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try scalar(type) }
}

struct TapeSingleValue: SingleValueDecodingContainer, TapeScalarReading {
    let tape: JSONTape
    let node: Int
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { tape.nodes[node].kind == .null }
    func scalar<T: TapeScalar>(_ type: T.Type) throws -> T { try T.read(tape, at: node) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try tape.decode(T.self, at: node) }
}

final class TapeUnkeyedContainer: UnkeyedDecodingContainer, TapeScalarReading {
    let tape: JSONTape
    let end: Int
    var current: Int
    private(set) var currentIndex = 0
    let count: Int?
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { current >= end }

    init(tape: JSONTape, array: Int) {
        self.tape = tape
        end = tape.nodes[array].after
        current = array + 1
        var elements = 0
        var node = current
        while node < end {
            elements += 1
            node = tape.nodes[node].after
        }
        count = elements
    }

    /// The node to read next, moving past it.
    private func next() throws -> Int {
        guard current < end else { throw JSONTapeDecoder.Mismatch() }
        defer {
            current = tape.nodes[current].after
            currentIndex += 1
        }
        return current
    }

    func decodeNil() throws -> Bool {
        guard current < end else { throw JSONTapeDecoder.Mismatch() }
        guard tape.nodes[current].kind == .null else { return false }
        _ = try next()
        return true
    }

    func scalar<T: TapeScalar>(_ type: T.Type) throws -> T { try T.read(tape, at: next()) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try tape.decode(T.self, at: next()) }

    func nestedContainer<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try TapeValueDecoder(tape: tape, node: next()).container(keyedBy: type)
    }

    func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try TapeValueDecoder(tape: tape, node: next()).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { TapeValueDecoder(tape: tape, node: try next()) }
}

struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let tape: JSONTape
    let object: Int
    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] {
        var keys: [Key] = []
        var child = object + 1
        while child < tape.nodes[object].after {
            if let name = try? tape.text(at: child), let key = Key(stringValue: name) { keys.append(key) }
            child = tape.nodes[child + 1].after
        }
        return keys
    }

    func contains(_ key: Key) -> Bool { tape.find(key.stringValue, in: object) != nil }

    private func node(_ key: Key) throws -> Int {
        guard let node = tape.find(key.stringValue, in: object) else { throw JSONTapeDecoder.Mismatch() }
        return node
    }

    /// The value of `key`, unless it is missing or null.
    private func present(_ key: Key) -> Int? {
        guard let node = tape.find(key.stringValue, in: object), tape.nodes[node].kind != .null else { return nil }
        return node
    }

    func decodeNil(forKey key: Key) throws -> Bool { tape.nodes[try node(key)].kind == .null }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try tape.decode(T.self, at: node(key)) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try present(key).map { try tape.decode(T.self, at: $0) }
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key).map(tape.text(at:)) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try present(key).map { try Bool.read(tape, at: $0) }
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key).map { try Int.read(tape, at: $0) } }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try .read(tape, at: node(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try .read(tape, at: node(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try .read(tape, at: node(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try .read(tape, at: node(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try .read(tape, at: node(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try .read(tape, at: node(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try .read(tape, at: node(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try .read(tape, at: node(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try .read(tape, at: node(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try .read(tape, at: node(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try .read(tape, at: node(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try .read(tape, at: node(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try .read(tape, at: node(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try .read(tape, at: node(key)) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try TapeValueDecoder(tape: tape, node: node(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TapeValueDecoder(tape: tape, node: node(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { throw JSONTapeDecoder.Mismatch() }
    func superDecoder(forKey key: Key) throws -> any Decoder { TapeValueDecoder(tape: tape, node: try node(key)) }
}
