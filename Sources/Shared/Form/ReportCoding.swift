import Foundation

/// The one JSON encoding of reports and wire types: sorted keys, unescaped slashes, pretty
/// printed for the clerks who edit report files. Decode → encode of its output is byte-identical.
package enum ReportCoding {
    package static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    package static func decoder() -> JSONDecoder { JSONDecoder() }

    /// Encodes `value` byte-stably.
    package static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        var data = try encoder(pretty: pretty).encode(value)
        if pretty { data.append(UInt8(ascii: "\n")) }
        return data
    }
}
