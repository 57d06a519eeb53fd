import Foundation

extension ShareCounts {
    /// Decodes stored counts: `{"key":int or [int,…],…}` read by a small scanner, since the
    /// summary reads one per filer and JSONDecoder spent more time on them than everything
    /// else; anything the scanner does not expect goes through JSONDecoder, shape checks and all.
    package static func decodeStored(_ text: String) throws -> ShareCounts {
        var text = text
        if let counts = text.withUTF8({ bytes in
            var scanner = Scanner(bytes: bytes)
            return scanner.counts()
        }) {
            return counts
        }
        return try JSONDecoder().decode(ShareCounts.self, from: Data(text.utf8))
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func counts() -> ShareCounts? {
            var values: [String: [Int]] = [:]
            var scalars: [String: Int] = [:]
            guard take(UInt8(ascii: "{")) else { return nil }
            repeat {
                guard let key = key(), take(UInt8(ascii: ":")) else { return nil }
                if take(UInt8(ascii: "[")) {
                    var list: [Int] = []
                    list.reserveCapacity(ShareTally.definitions.count)
                    if !take(UInt8(ascii: "]")) {
                        repeat {
                            guard let n = integer() else { return nil }
                            list.append(n)
                        } while take(UInt8(ascii: ","))
                        guard take(UInt8(ascii: "]")) else { return nil }
                    }
                    values[key] = list
                } else {
                    guard let n = integer() else { return nil }
                    scalars[key] = n
                }
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")), skipSpace() == bytes.count, values.count == 3, scalars.count == 2,
                let platforms = scalars["platforms"], let serviceItems = scalars["serviceItems"],
                let firstFound = values["firstFound"], let after = values["after"], let denominators = values["denominators"]
            else { return nil }
            let count = ShareTally.definitions.count
            guard firstFound.count == count, after.count == count, denominators.count == count else { return nil }
            var counts = ShareCounts()
            counts.platforms = platforms
            counts.serviceItems = serviceItems
            counts.firstFound = firstFound
            counts.after = after
            counts.denominators = denominators
            return counts
        }

        @discardableResult
        mutating func skipSpace() -> Int {
            while at < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[at]) { at += 1 }
            return at
        }

        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard at < bytes.count, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        /// A key of plain ASCII letters (no escapes).
        mutating func key() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = at
            while at < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[at] | 0x20) { at += 1 }
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\""), at > start else { return nil }
            defer { at += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
        }

        /// A non-negative integer of at most 15 digits.
        mutating func integer() -> Int? {
            skipSpace()
            let start = at
            var value = 0
            while at < bytes.count, at - start < 15, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) {
                value = value * 10 + Int(bytes[at] - UInt8(ascii: "0"))
                at += 1
            }
            guard at > start, at == bytes.count || !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) else { return nil }
            return value
        }
    }
}
