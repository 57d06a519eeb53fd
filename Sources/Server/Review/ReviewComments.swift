import Foundation
import Shared

/// The comments a decision pins to places of the decided version: each place must be in that
/// version's report (a JSON path the report holds, a place the page shows, or a stored finding's
/// path), each text non-blank and bounded; they are stored with their place in words.
enum ReviewComments {
    /// Characters of one comment.
    static let textLimit = 2_000
    /// Comments of one decision.
    static let countLimit = 200

    /// `requests` checked against `report` (version `version`'s bytes and stored findings) and
    /// labelled; throws the refusal of the first bad one, so that nothing is stored.
    static func check(_ requests: [ReviewCommentRequest], report: Data, issues: [ValidationIssue], version: Int) throws
        -> [PinnedComment]
    {
        guard !requests.isEmpty else { return [] }
        guard requests.count <= countLimit else { throw ReviewError.tooManyComments }
        let isPlace = try places(of: report, issues: issues)
        var texts: [String] = []
        for request in requests {
            let text = request.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard isPlace(request.path) else {
                throw ReviewError.commentPathUnknown(path: request.path, version: version)
            }
            guard !text.isEmpty else { throw ReviewError.commentTextRequired(path: request.path) }
            guard text.count <= textLimit else { throw ReviewError.commentTooLong(path: request.path) }
            texts.append(text)
        }
        let labels = DiffLabels.labels(of: requests.map(\.path), in: report)
        return zip(requests, zip(labels, texts)).map { PinnedComment(path: $0.path, label: $1.0, text: $1.1) }
    }

    /// Whether a path is a place of `report` a comment may be pinned to. The whole report ("") is
    /// the overall comment's, so it is not one of them.
    static func places(of report: Data, issues: [ValidationIssue]) throws -> (String) -> Bool {
        var places = try ReportDiff.paths(of: report)
        places.formUnion(issues.map(\.path))
        // Stored versions passed the decoder at upload.
        let anchors = ReportAnchors(try ReportDecoder.decode(report))
        return { path in !path.isEmpty && (places.contains(path) || anchors.contains(path)) }
    }
}
