import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A TCP connection to 127.0.0.1 that sends exactly the bytes it is given: requests no HTTP
/// client would make (invalid UTF-8, `..` in paths, bodies of 100 MB streamed while the answer is
/// watched for).
final class LoopbackSocket: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A parsed HTTP/1.1 response.
    struct Response: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
        /// Every `Set-Cookie` line (`headers` keeps only the last of repeated fields).
        var setCookies: [String] = []

        var text: String { String(decoding: body, as: UTF8.self) }
    }

    private let fd: Int32
    private var received: [UInt8] = []

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "connect to port \(port) failed")
        }
    }

    deinit { close(fd) }

    /// Sends all of `bytes`; `false` when the peer closed or reset the connection.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = Glibc.send(fd, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { return false }
                offset += sent
            }
            return true
        }
    }

    func send(_ text: String) { send(Array(text.utf8)) }

    /// Sends `bytes` `times` times over, without ever blocking, until the server answers (or
    /// closes); returns how many bytes went out. A server that stops reading after its answer
    /// would block a plain `send` for good.
    func sendUntilAnswered(_ bytes: [UInt8], times: Int) -> Int {
        let total = bytes.count * times
        var sent = 0
        while sent < total {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN | POLLOUT), revents: 0)
            guard poll(&descriptor, 1, 30_000) > 0, descriptor.revents & Int16(POLLIN | POLLERR | POLLHUP) == 0 else { break }
            let offset = sent % bytes.count
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.send(fd, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
            }
            if count > 0 {
                sent += count
            } else if errno != EAGAIN && errno != EWOULDBLOCK {
                break
            }
        }
        return sent
    }

    /// Whether anything has arrived that has not been read yet.
    var hasData: Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return !received.isEmpty || poll(&descriptor, 1, 0) > 0
    }

    /// Whether the server closes the connection within `seconds` (reading and dropping anything
    /// it sends first).
    func closes(within seconds: Double) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while Date() < end {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let wait = Int32(max(1, end.timeIntervalSinceNow * 1_000))
            guard poll(&descriptor, 1, wait) > 0 else { continue }
            let count = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK) { return true }
        }
        return false
    }

    /// Reads until one complete response (head and `Content-Length` body) has arrived.
    func readResponse() throws -> Response {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let response = try parse() { return response }
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else {
                throw Failure(description: "connection ended after \(received.count) bytes without a complete response")
            }
            received.append(contentsOf: buffer[0..<count])
        }
    }

    private func parse() throws -> Response? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let headEnd = received.firstRange(of: separator) else { return nil }
        let head = String(decoding: received[..<headEnd.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw Failure(description: "not an HTTP response: \(head.prefix(200))")
        }
        var headers: [String: String] = [:]
        var setCookies: [String] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[line[..<colon].lowercased()] = value
            if line[..<colon].lowercased() == "set-cookie" { setCookies.append(value) }
        }
        let length = headers["content-length"].flatMap(Int.init) ?? 0
        let bodyStart = headEnd.upperBound
        guard received.count - bodyStart >= length else { return nil }
        let body = Data(received[bodyStart..<(bodyStart + length)])
        received.removeFirst(bodyStart + length)
        return Response(status: status, headers: headers, body: body, setCookies: setCookies)
    }

    /// One request with `head` lines (without the final blank line) and `body`, answered.
    static func exchange(port: Int, head: String, body: [UInt8] = []) async throws -> Response {
        try await onOwnThread {
            let socket = try LoopbackSocket(port: port)
            var request = head
            if !head.lowercased().contains("content-length:") && !head.lowercased().contains("transfer-encoding:") {
                request += "\r\nContent-Length: \(body.count)"
            }
            socket.send(request + "\r\n\r\n")
            socket.send(body)
            return try socket.readResponse()
        }
    }
}
