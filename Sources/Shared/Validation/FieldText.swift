/// Small text tests the validator and the evidence verdicts share.
enum FieldText {
    /// Absent, empty or only white space.
    static func isBlank(_ text: String?) -> Bool {
        guard let text else { return true }
        return text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// An absolute `http` or `https` URL with a host and no white space.
    static func isHTTPURL(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let lower = bytes.prefix(8).map { $0 | 0x20 }
        let schemeLength: Int
        if lower.starts(with: Array("https://".utf8)) {
            schemeLength = 8
        } else if lower.starts(with: Array("http://".utf8)) {
            schemeLength = 7
        } else {
            return false
        }
        // A control character or space (or a non-ASCII space) makes it unusable as written.
        guard !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) else { return false }
        let host = bytes[schemeLength...].prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        return !host.isEmpty && host.first != UInt8(ascii: ":") && host.first != UInt8(ascii: ".")
    }

    /// A usable URL: present and an absolute http(s) URL.
    static func isUsableURL(_ text: String?) -> Bool {
        guard let text else { return false }
        return isHTTPURL(text)
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .otherSymbol:
            true
        default:
            scalar.properties.isWhitespace
        }
    }

    /// Whether a step's description says nothing beyond its name: with white space and
    /// punctuation removed and the name's occurrences taken out, fewer than four characters
    /// remain ("受理：窗口受理" leaves "窗口"; "受理：窗口人员当场核对材料原件" says what happens).
    static func onlyRepeatsName(name: String, description: String) -> Bool {
        let nameScalars = Array(name.unicodeScalars.filter { !isPunctuation($0) })
        var rest = Array(description.unicodeScalars.filter { !isPunctuation($0) })
        if !nameScalars.isEmpty {
            var kept: [Unicode.Scalar] = []
            kept.reserveCapacity(rest.count)
            var i = 0
            while i < rest.count {
                if i + nameScalars.count <= rest.count, rest[i..<(i + nameScalars.count)].elementsEqual(nameScalars) {
                    i += nameScalars.count
                } else {
                    kept.append(rest[i])
                    i += 1
                }
            }
            rest = kept
        }
        return rest.count < 4
    }

    /// `“text”` for messages, shortened when long.
    static func quoted(_ text: String) -> String {
        let short = text.count > 30 ? String(text.prefix(30)) + "…" : text
        return "“\(short)”"
    }
}
