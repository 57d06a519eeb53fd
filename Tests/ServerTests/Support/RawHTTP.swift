import Foundation
import Shared

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A bare TCP exchange, for requests a normal HTTP client will not make (an unfinished chunked body).
enum RawHTTP {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends `text` to 127.0.0.1:`port` and returns what the server answers until it has sent a
    /// complete response head and its `Content-Length` bytes of body.
    static func exchange(port: Int, send text: String) async throws -> String {
        try await onOwnThread { try blockingExchange(port: port, send: text) }
    }

    private static func blockingExchange(port: Int, send text: String) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect failed") }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            guard sent > 0 else { throw Failure(description: "send failed") }
            offset += sent
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !isComplete(received) {
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            received.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: received, as: UTF8.self)
    }

    private static func isComplete(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let headEnd = text.range(of: "\r\n\r\n") else { return false }
        let head = text[..<headEnd.lowerBound].lowercased()
        guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
            let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
        else { return true }
        return text[headEnd.upperBound...].utf8.count >= length
    }
}

extension RawHTTP {
    /// A signed upload of `body` by `key` for its own filer (round 2017, base version 0), sent
    /// byte for byte with `Connection: close`: the answer as received, and the request's signature.
    static func upload(_ body: Data, key: TestKey, port: Int) async throws -> (answer: String, signature: String) {
        let path = APIPath.versions(round: "2017", filer: key.filer)
        let fields = key.signedFields(
            method: "POST", path: path, round: "2017", baseVersion: 0, body: Array(body), signedAt: "2017-12-20T02:00:00Z")
        var request = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in fields { request += "\(name): \(value)\r\n" }
        let answer = try await exchange(port: port, send: request + "\r\n" + String(decoding: body, as: UTF8.self))
        return (answer, fields.first { $0.0 == SigningScheme.Header.signature }?.1 ?? "")
    }
}
