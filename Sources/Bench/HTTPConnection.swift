import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One keep-alive HTTP/1.1 connection to 127.0.0.1 over a blocking socket: the cheapest client
/// there is, so that on a machine shared with the server the client's cost stays small.
final class HTTPConnection {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let fd: Int32
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var pending: [UInt8] = []
    /// The head (status line and header fields) of the last answer, for its cookies.
    private(set) var lastHead = ""

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "cannot connect to 127.0.0.1:\(port)")
        }
    }

    deinit { close(fd) }

    /// Sends a request and returns the status and body of the answer.
    func request(_ method: String, _ path: String, headers: [(String, String)] = [], body: [UInt8] = []) throws -> (
        status: Int, body: [UInt8]
    ) {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        try send(Array((head + "\r\n").utf8))
        if !body.isEmpty { try send(body) }
        return try readResponse()
    }

    /// The `name=value` of each cookie the last answer set.
    var setCookies: [String] {
        lastHead.split(separator: "\r\n").filter { $0.lowercased().hasPrefix("set-cookie:") }.compactMap {
            $0.dropFirst("set-cookie:".count).split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    private func send(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = Glibc.send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { throw Failure(description: "send failed (\(errno))") }
                offset += sent
            }
        }
    }

    private func readResponse() throws -> (status: Int, body: [UInt8]) {
        while true {
            if let headEnd = headEnd() {
                let head = String(decoding: pending[..<headEnd], as: UTF8.self)
                lastHead = head
                let status = Int(head.split(separator: " ", maxSplits: 2).dropFirst().first ?? "") ?? 0
                var length = 0
                for line in head.split(separator: "\r\n") where line.lowercased().hasPrefix("content-length:") {
                    length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
                }
                let start = headEnd + 4
                while pending.count < start + length { try receive() }
                let body = Array(pending[start..<(start + length)])
                pending.removeFirst(start + length)
                return (status, body)
            }
            try receive()
        }
    }

    private func headEnd() -> Int? {
        guard pending.count >= 4 else { return nil }
        for i in 0...(pending.count - 4)
        where pending[i] == 13 && pending[i + 1] == 10 && pending[i + 2] == 13 && pending[i + 3] == 10 {
            return i
        }
        return nil
    }

    private func receive() throws {
        let count = recv(fd, &buffer, buffer.count, 0)
        guard count > 0 else { throw Failure(description: "connection closed") }
        pending.append(contentsOf: buffer[0..<count])
    }
}
