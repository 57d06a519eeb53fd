import Foundation
import Shared

extension APIClient {
    /// The key's filer's notices, newest first: only unread ones when `unreadOnly`; with
    /// `markRead`, the server marks the ones it answers read.
    func notices(key: FilerKey, unreadOnly: Bool = false, markRead: Bool = false) async throws(CLIFailure) -> [NoticeInfo] {
        var query: [String] = []
        if unreadOnly { query.append("unread=true") }
        if markRead { query.append("markRead=true") }
        let path = APIPath.notices(filer: key.filer) + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        return try await getJSON([NoticeInfo].self, path, round: "*", key: key)
    }
}
