/// Small text tests the validator and the evidence verdicts share.
enum FieldText {
    /// Absent, empty or only white space.
    static func isBlank(_ text: String?) -> Bool {
        guard let text else { return true }
        return text.unicodeScalars.allSatisfy(isSpace)
    }

    /// Unicode White_Space, by value: the property look-up dominated validation time.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// An absolute `http` or `https` URL with a host and no white space.
    static func isHTTPURL(_ text: String) -> Bool {
        // Over the bytes in place: a Substring's UTF-8 view cost a tenth of validation.
        var text = text
        return text.withUTF8 { bytes in
            /// The scheme's length when `bytes` start with it: letters case-insensitively, ':' and '/' exactly.
            func scheme(_ scheme: StaticString) -> Int? {
                let count = scheme.utf8CodeUnitCount
                guard bytes.count >= count else { return nil }
                for i in 0..<count {
                    let (want, got) = (scheme.utf8Start[i], bytes[i])
                    guard want >= UInt8(ascii: "a") ? want == got | 0x20 : want == got else { return nil }
                }
                return count
            }
            guard let start = scheme("https://") ?? scheme("http://") else { return false }
            let rest = UnsafeBufferPointer(rebasing: bytes[start...])
            // A control character or a space (ASCII or not) makes it unusable as written.
            if rest.contains(where: { $0 <= 0x20 || $0 == 0x7F }) { return false }
            if rest.contains(where: { $0 >= 0x80 }),
                String(decoding: rest, as: UTF8.self).unicodeScalars.contains(where: isSpace)
            {
                return false
            }
            let host = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
            return !host.isEmpty && host.first != UInt8(ascii: ":") && host.first != UInt8(ascii: ".")
        }
    }

    /// A usable URL: present and an absolute http(s) URL.
    static func isUsableURL(_ text: String?) -> Bool {
        guard let text else { return false }
        return isHTTPURL(text)
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        // Fast paths for the common cases: CJK ideographs and ASCII letters and digits.
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return false
        default: break
        }
        if isSpace(scalar) { return true }
        return switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .otherSymbol:
            true
        default:
            false
        }
    }

    /// Whether a step's description says nothing beyond its name: with white space and
    /// punctuation removed and the name's occurrences taken out, fewer than four characters
    /// remain ("受理：窗口受理" leaves "窗口"; "受理：窗口人员当场核对材料原件" says what happens).
    static func onlyRepeatsName(name: String, description: String) -> Bool {
        var nameScalars: [Unicode.Scalar] = []
        for scalar in name.unicodeScalars where !isPunctuation(scalar) { nameScalars.append(scalar) }
        // The description's scalars are read only as far as needed: most say something within
        // their first few characters.
        var scalars = description.unicodeScalars.makeIterator()
        var rest: [Unicode.Scalar] = []
        func read(upTo count: Int) {
            while rest.count < count, let scalar = scalars.next() {
                if !isPunctuation(scalar) { rest.append(scalar) }
            }
        }
        var kept = 0
        var i = 0
        while true {
            read(upTo: i + max(nameScalars.count, 1))
            guard i < rest.count else { return true }
            if !nameScalars.isEmpty, i + nameScalars.count <= rest.count,
                rest[i..<(i + nameScalars.count)].elementsEqual(nameScalars)
            {
                i += nameScalars.count
            } else {
                kept += 1
                if kept == 4 { return false }
                i += 1
            }
        }
    }

    /// `“text”` for messages, shortened when long, control characters shown as `<ESC>`…
    static func quoted(_ text: String) -> String {
        let short = text.count > 30 ? String(text.prefix(30)) + "…" : text
        return "“\(ControlCharacters.visible(short))”"
    }
}
