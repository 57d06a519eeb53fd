/// A reviewer's comment pinned to one place of the version decided: a platform, a service item,
/// an indicator or any field, named by its JSON path as the validator writes it
/// (`platforms[0].checks.search`). Part of the decision: stored with it, never edited.
package struct PinnedComment: Codable, Sendable, Equatable {
    /// The JSON path of the place, present in that version's report.
    package var path: String
    /// The place in words (平台1「江苏政务服务网」 · 站内搜索), from that version's report.
    package var label: String
    package var text: String

    package init(path: String, label: String, text: String) {
        self.path = path
        self.label = label
        self.text = text
    }
}
