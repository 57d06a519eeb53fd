import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What the streaming parsers of a workbook's parts share: running Foundation's XMLParser over a
/// part, and gathering the character data of the element being read while `collecting` is set.
///
/// The element callbacks are declared here, empty, and overridden: on Linux XMLParserDelegate's
/// optional methods are protocol extension defaults, so a subclass's own methods would never be
/// called unless the class that conforms declares them.
class XMLTextParser: NSObject, XMLParserDelegate {
    /// The character data gathered since `collecting` was last set.
    var text = ""
    /// Whether character data is being gathered into `text`.
    var collecting = false

    /// Parses `data` with this delegate; false when it is not well-formed XML.
    func run(_ data: Data) -> Bool {
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = self
        return parser.parse()
    }

    /// An element's name without its namespace prefix, as a slice: a large sheet has millions.
    func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes: [String: String] = [:]
    ) {}

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {}

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        if collecting { text += whitespaceString }
    }
}
