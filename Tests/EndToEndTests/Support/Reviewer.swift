import Foundation

/// A reviewer of the General Office deciding over the real HTTP API, with a bearer token from
/// `zicha-server reviewer add`.
struct Reviewer {
    let baseURL: String
    let token: String

    init(server: TestServer, name: String = "审核员甲") throws {
        baseURL = server.url
        token = try server.admin(["reviewer", "add", name]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Returns `version` of `filer`'s filing with a comment, a follow-up due day and comments
    /// pinned to places of the report (JSON path → text).
    func returnFiling(
        filer: String, round: String = "2017", version: Int, comment: String, dueOn: String,
        pinned: [(path: String, text: String)] = []
    ) throws {
        var object: [String: Any] = ["decision": "return", "comment": comment, "dueOn": dueOn]
        if !pinned.isEmpty { object["comments"] = pinned.map { ["path": $0.path, "text": $0.text] } }
        let path = "/v1/rounds/\(round)/filers/\(filer)/versions/\(version)/review"
        let (status, body) = try send("POST", path, json: object)
        guard status == 201 else {
            throw HarnessError("review of \(filer) v\(version) answered \(status): \(String(decoding: body, as: UTF8.self))")
        }
    }
}
