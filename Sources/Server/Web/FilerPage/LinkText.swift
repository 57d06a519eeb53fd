import Shared

/// A URL of a report as the page shows it: a link (`rel="noopener noreferrer"`, by the `link`
/// partial) only for an absolute http(s) URL, any other text (`javascript:`, `data:`) as text.
struct LinkText: Sendable, Equatable {
    var text: String
    /// The link target; nil when `text` is not a linkable URL.
    var href: String?

    init(_ text: String) {
        self.text = text
        href = HTTPURL.isLinkable(text) ? text : nil
    }
}
