import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A reviewer of the General Office deciding over the real HTTP API, with a bearer token from
/// `zicha-server reviewer add`.
struct Reviewer {
    let baseURL: String
    let token: String

    init(server: TestServer, name: String = "审核员甲") throws {
        baseURL = server.url
        token = try server.admin(["reviewer", "add", name]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Returns `version` of `filer`'s filing with a comment and a follow-up due day.
    func returnFiling(filer: String, round: String = "2017", version: Int, comment: String, dueOn: String) throws {
        let body = try JSONSerialization.data(withJSONObject: ["decision": "return", "comment": comment, "dueOn": dueOn])
        try decide(filer: filer, round: round, version: version, body: body)
    }

    private func decide(filer: String, round: String, version: Int, body: Data) throws {
        guard let url = URL(string: "\(baseURL)/v1/rounds/\(round)/filers/\(filer)/versions/\(version)/review") else {
            throw HarnessError("no URL for the review of \(filer) v\(version)")
        }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        let answer = Answer()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, _ in
            answer.status = (response as? HTTPURLResponse)?.statusCode ?? 0
            answer.body = data ?? Data()
            done.signal()
        }.resume()
        done.wait()
        guard answer.status == 201 else {
            throw HarnessError(
                "review of \(filer) v\(version) answered \(answer.status): \(String(decoding: answer.body, as: UTF8.self))")
        }
    }

    /// What the completion handler saw; written once before the semaphore is signalled.
    private final class Answer: @unchecked Sendable {
        var status = 0
        var body = Data()
    }
}
