import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Shared

/// One signed upload, kept whole so that it can be sent again unchanged (a retry after a
/// connection failure must be the same signed request, so that the server can recognise it).
struct SignedUpload: Sendable {
    var key: TestKey
    var baseVersion: Int
    var body: Data
    var headers: HTTPFields
    var path: String

    /// A valid report of `key`'s filer amending `baseVersion`, made unique by `tag`.
    init(key: TestKey, baseVersion: Int, tag: String, signedAt: String = "2017-12-20T02:00:00Z") {
        self.key = key
        self.baseVersion = baseVersion
        body = TestReports.bytes(TestReports.valid(filer: key.filer, summary: "自查整改情况 \(tag)"))
        path = APIPath.versions(round: "2017", filer: key.filer)
        headers = key.headers(method: "POST", path: path, round: "2017", baseVersion: baseVersion, body: body, signedAt: signedAt)
    }

    var signature: String { headers[HTTPField.Name(SigningScheme.Header.signature)!] ?? "" }
    var sha256: String { Hex.encode(Crypto.sha256(body)) }

    /// Sends it; the status and, for 200/201, the receipt.
    func send(_ client: TestClient) async throws -> (status: Int, receipt: Receipt?, body: Data) {
        let response = try await client.execute(
            TestClient.Request(path, method: .post, headers: headers, body: ByteBuffer(bytes: body)))
        let data = Data((response.body ?? ByteBuffer()).readableBytesView)
        let status = Int(response.head.status.code)
        return (status, (200...201).contains(status) ? try JSONDecoder().decode(Receipt.self, from: data) : nil, data)
    }
}

extension TestKey {
    /// A signed GET of `path` by this key (round 2017, base 0, empty body).
    func get(_ path: String, with client: TestClient) async throws -> (status: Int, body: Data) {
        let response = try await client.execute(
            TestClient.Request(
                path, method: .get, headers: headers(method: "GET", path: path, round: "2017", baseVersion: 0, body: Data())))
        return (Int(response.head.status.code), Data((response.body ?? ByteBuffer()).readableBytesView))
    }
}
