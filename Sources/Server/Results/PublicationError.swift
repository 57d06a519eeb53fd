import Hummingbird
import Shared

/// Why the public endpoints have nothing to show.
package enum PublicationError: APIError, Equatable {
    case notPublished(String)
    case unknownPublication(round: String, id: String)

    package var status: HTTPResponse.Status { .notFound }

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
        }
    }
}
