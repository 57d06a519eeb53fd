import Foundation
import TestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension Reviewer {
    /// A reviewer's JSON request (`POST` with `json`, `GET` without); the status and the body.
    func send(_ method: String, _ path: String, json: Any? = nil) throws -> (status: Int, body: Data) {
        guard let url = URL(string: baseURL + path) else { throw HarnessError("no URL for \(path)") }
        var request = URLRequest(url: url)
        request.httpMethod = method
        if let json {
            request.httpBody = try JSONSerialization.data(withJSONObject: json)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        let box = ResponseBox()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, _ in
            box.status = (response as? HTTPURLResponse)?.statusCode ?? 0
            box.body = data ?? Data()
            done.signal()
        }.resume()
        done.wait()
        return (box.status, box.body)
    }

    /// A request's JSON answer as an object, or a harness error naming the status.
    func object(_ method: String, _ path: String, json: Any? = nil, expect: Int) throws -> [String: Any] {
        let (status, body) = try send(method, path, json: json)
        guard status == expect, let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw HarnessError("\(method) \(path) answered \(status): \(String(decoding: body, as: UTF8.self))")
        }
        return object
    }
}

/// What the completion handler saw; written once before the semaphore is signalled.
private final class ResponseBox: @unchecked Sendable {
    var status = 0
    var body = Data()
}
