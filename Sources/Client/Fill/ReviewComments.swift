import Foundation
import Shared

/// The reviewer's comments that `zicha fill --errors` walks with the validation findings: those
/// pinned to the report's round's latest version when the reviewer returned it.
enum ReviewComments {
    /// Asks the server when a key and a server are configured (options or `ZICHA_KEY` and
    /// `ZICHA_SERVER`); otherwise, or when the server cannot answer, says so and gives none, so
    /// that filling never depends on the network.
    static func fetch(round: String, keyOptions: KeyOptions, serverOptions: ServerOptions) async -> [PinnedComment] {
        guard keyOptions.path != nil, serverOptions.address != nil else {
            Console.out(
                "未指定服务器和密钥，只询问校验发现的问题（审核意见需 --server 和 --key）。/ No server and key given: asking about validation findings only (the reviewer's comments need --server and --key)."
            )
            return []
        }
        do {
            let key = try keyOptions.load()
            let client = try serverOptions.client()
            let list = try await client.versionList(round: round, key: key)
            return comments(in: list)
        } catch {
            Console.out(
                "未能取得审核意见，只询问校验发现的问题：\(error.message) / Could not read the reviewer's comments; asking about validation findings only: \(error.messageEn)"
            )
            return []
        }
    }

    /// The comments of the latest return of the latest version, if that version stands returned.
    static func comments(in list: VersionList) -> [PinnedComment] {
        list.standingReturn?.comments ?? []
    }
}
