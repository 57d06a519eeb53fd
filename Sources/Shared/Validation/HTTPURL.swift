/// Whether a text of a report is a URL a page may link to: an absolute `http` or `https` URL
/// with a host and no white space — the validator's own test (`shape.url`), so that the pages
/// link exactly what the form accepts as a URL and show anything else (`javascript:`, `data:`)
/// as text.
package enum HTTPURL {
    package static func isLinkable(_ text: String) -> Bool { FieldText.isHTTPURL(text) }
}
