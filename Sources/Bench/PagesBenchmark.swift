import Foundation
import Shared
import Synchronization

/// The reviewer's filer page of large reports against the real `zicha-server`: a report of 2,000
/// service items (goal: under 500 ms) and one just under the 16 MiB upload limit (goal: under
/// 1 s and under 50 MB of server memory growth, the server back under 200 MB afterwards).
/// Medians of several loads over one signed-in session; memory from /proc (VmRSS, VmHWM).
enum PagesBenchmark {
    static func run(_ arguments: [String]) {
        let runs = BenchArguments.integer("--runs", in: arguments, default: 5)
        BenchArguments.measuring("pages") {
            try measure(runs: max(1, runs))
        }
    }

    static func measure(runs: Int) throws {
        let directory = try ServerUnderTest.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try ServerUnderTest(db: directory.appendingPathComponent("pages.sqlite").path)
        let filers = [("320000", "江苏省"), ("440000", "广东省")]
        var keys: [String: KeyFile] = [:]
        for (code, _) in filers {
            keys[code] = try server.issueKey(code, in: directory)
        }
        let token = try server.admin(["reviewer", "add", "基准测试"]).trimmingCharacters(in: .whitespacesAndNewlines)

        // 2,000 items; then as many as fit under the upload limit, from the size of one item.
        let usual = ReportDecoder.encode(TypicalReport.make(filer: "320000", name: "江苏省", platforms: 10, items: 2_000))
        let perItem = Double(usual.count) / 2_000
        let limit = 16 * 1024 * 1024 - 256 * 1024
        let largest = ReportDecoder.encode(
            TypicalReport.make(filer: "440000", name: "广东省", platforms: 10, items: Int(Double(limit) / perItem)))

        try server.start()
        defer { server.stop() }
        let connection = try HTTPConnection(port: server.port)
        for (code, body) in [("320000", usual), ("440000", largest)] {
            let request = IngestBenchmark.upload(key: keys[code]!, body: [UInt8](body), base: 0)
            let answer = try connection.request(request.method, request.path, headers: request.headers, body: request.body)
            guard answer.status == 201 else {
                throw HTTPConnection.Failure(
                    description:
                        "upload of \(body.count) bytes answered \(answer.status): \(String(decoding: answer.body.prefix(300), as: UTF8.self))"
                )
            }
        }
        let cookie = try signIn(connection, token: token)
        // The uploads' peak is their own (below); the pages' is measured from here.
        Thread.sleep(forTimeInterval: 2)
        let before = server.memoryMB(field: "VmRSS") ?? 0
        for (code, body, goal) in [("320000", usual, "goal < 500 ms"), ("440000", largest, "goal < 1 s, < 50 MB growth")] {
            // Each report's peak is its own: the growth is measured from the level just before its loads.
            server.resetPeakMemory()
            let level = server.memoryMB(field: "VmRSS") ?? 0
            var samples: [Duration] = []
            var size = 0
            for _ in 0..<runs {
                let start = ContinuousClock.now
                let page = try connection.request("GET", "/web/rounds/2017/filers/\(code)", headers: [("Cookie", cookie)])
                samples.append(ContinuousClock.now - start)
                guard page.status == 200 else {
                    throw HTTPConnection.Failure(description: "page of \(code) answered \(page.status)")
                }
                size = page.body.count
            }
            let peak = server.memoryMB(field: "VmHWM") ?? 0
            // The first load reads the report's outline; later ones find it kept (DecodedReports).
            let later = samples.count > 1 ? Array(samples.dropFirst()) : samples
            print(
                String(
                    format:
                        "pages: filer page of a %.1f MiB report (%@ items): first load %.0f ms, then median %.0f ms over %d loads; %.1f MB of HTML; server %.1f MB before, peak %.1f MB (growth %.1f MB) (%@)",
                    Double(body.count) / 1_048_576, code == "320000" ? "2,000" : "\(Int(Double(limit) / perItem))",
                    Machine.medianMilliseconds([samples[0]]), Machine.medianMilliseconds(later), later.count,
                    Double(size) / 1_000_000, level, peak, peak - level, goal))
        }
        Thread.sleep(forTimeInterval: 2)
        let after = server.memoryMB(field: "VmRSS") ?? 0
        print(
            String(
                format: "  server memory: %.1f MB before the pages, %.1f MB two seconds after them (goal: back under 200 MB)",
                before, after))
        try parallelUploads(server: server, key: keys["440000"]!, body: largest)
    }

    /// Eight uploads of the largest report at once, each failing its checks (a wrong round, found
    /// once decoded): large work is admitted within a byte budget, so the peak stays bounded.
    private static func parallelUploads(server: ServerUnderTest, key: KeyFile, body: Data) throws {
        let text = String(decoding: body, as: UTF8.self)
        let wrong = Data(text.replacingOccurrences(of: "\"round\" : \"2017\"", with: "\"round\" : \"2099\"").utf8)
        server.resetPeakMemory()
        let before = server.memoryMB(field: "VmRSS") ?? 0
        let start = ContinuousClock.now
        let statuses = Mutex<[Int]>([])
        let port = server.port
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let request = IngestBenchmark.upload(key: key, body: [UInt8](wrong), base: 1)
            let status = (try? HTTPConnection(port: port))
                .flatMap { try? $0.request(request.method, request.path, headers: request.headers, body: request.body).status }
            statuses.withLock { $0.append(status ?? 0) }
        }
        let elapsed = ContinuousClock.now - start
        let peak = server.memoryMB(field: "VmHWM") ?? 0
        Thread.sleep(forTimeInterval: 2)
        print(
            String(
                format:
                    "pages: 8 uploads of %.1f MiB at once, refused after decoding (%@): %.1f s; server %.1f MB before, peak %.1f MB (growth %.1f MB), %.1f MB after",
                Double(wrong.count) / 1_048_576, statuses.withLock { Set($0).sorted().map(String.init).joined(separator: ",") },
                Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, before, peak, peak - before,
                server.memoryMB(field: "VmRSS") ?? 0))
    }

    /// Signs in as a reviewer would (the sign-in form's CSRF token and cookie, then the token):
    /// the session cookie.
    private static func signIn(_ connection: HTTPConnection, token: String) throws -> String {
        let form = try connection.request("GET", "/web/sign-in")
        let html = String(decoding: form.body, as: UTF8.self)
        guard let signInCookie = connection.setCookies.first,
            let start = html.range(of: #"name="csrf" value=""#)?.upperBound,
            let end = html[start...].firstIndex(of: "\"")
        else { throw HTTPConnection.Failure(description: "the sign-in form has no CSRF token") }
        let csrf = String(html[start..<end])
        let body = "csrf=\(csrf)&token=\(token.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? token)"
        let answer = try connection.request(
            "POST", "/web/sign-in",
            headers: [("Cookie", signInCookie), ("Content-Type", "application/x-www-form-urlencoded")], body: Array(body.utf8))
        guard answer.status == 303 || answer.status == 302,
            let session = connection.setCookies.first(where: { !$0.hasSuffix("=") })
        else { throw HTTPConnection.Failure(description: "sign-in answered \(answer.status)") }
        return session
    }
}
