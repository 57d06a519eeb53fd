import Hummingbird
import Shared

/// Why the public endpoints have nothing to show, or a confirmed publication was refused.
package enum PublicationError: APIError, Equatable {
    case notPublished(String)
    case unknownPublication(round: String, id: String)
    /// The results changed between the reviewers' preview and their confirmation.
    case previewOutdated(String)

    package var status: HTTPResponse.Status {
        switch self {
        case .notPublished, .unknownPublication: .notFound
        case .previewOutdated: .conflict
        }
    }

    package var body: APIErrorBody {
        switch self {
        case .notPublished(let round):
            APIErrorBody(
                error: "not_published", message: "轮次 \(round) 的核查结果尚未公布",
                messageEn: "The results of round \(round) have not been published.")
        case .unknownPublication(let round, let id):
            APIErrorBody(
                error: "unknown_publication", message: "轮次 \(round) 没有第 \(id) 号公布",
                messageEn: "Round \(round) has no publication \(id).")
        case .previewOutdated(let round):
            APIErrorBody(
                error: "preview_outdated", message: "轮次 \(round) 的结果在预览后发生了变化，未公布；请核对新的预览后再确认",
                messageEn:
                    "The results of round \(round) changed after the preview; nothing was published. Check the new preview and confirm again."
            )
        }
    }
}
