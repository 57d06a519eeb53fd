import Foundation
import Shared

/// Prints receipts, version lists and diffs as text or JSON.
enum ResultPrinter {
    static func json<T: Encodable>(_ value: T) {
        let data = (try? ReportCoding.encode(value)) ?? Data("null\n".utf8)
        Console.out(String(decoding: data, as: UTF8.self), terminator: "")
    }

    static func receipt(_ receipt: Receipt, replayed: Bool) {
        if replayed {
            Console.out("此签名的上传此前已被接收，未产生新版本。 / This signed upload had already been received; no new version was created.")
        }
        Console.out(
            "已接收：\(receipt.filer) \(receipt.round) 轮 第 \(receipt.version) 版 / Received: \(receipt.filer), round \(receipt.round), version \(receipt.version)"
        )
        Console.out("  SHA-256: \(receipt.sha256)")
        Console.out("  接收时间 / Received at: \(ReadableTime.of(receipt.receivedAt))（北京时间 / CST）")
        Console.out("  截止日期 / Deadline: \(receipt.deadline) — \(Labels.deadline(receipt.deadlineStatus))")
        Console.out("  校验 / Validation: \(receipt.errors) 个错误 error(s), \(receipt.warnings) 个警告 warning(s)")
    }

    static func versions(_ list: VersionList) {
        Console.out("\(list.filer) \(list.filerName) · 轮次 / round \(list.round) · \(Labels.deadline(list.deadlineStatus))")
        if list.versions.isEmpty { Console.out("尚无版本。 / No versions yet.") }
        for version in list.versions {
            let r = version.receipt
            Console.out(
                "v\(r.version)  \(ReadableTime.of(r.receivedAt))  base \(version.baseVersion)  sha256 \(r.sha256.prefix(16))…  \(r.warnings) warning(s)  \(Labels.review(version.reviewState))"
            )
        }
    }

    /// Each change as the place in words and its values (平台1「江苏政务服务网」 · 站内搜索 · 测试3 ·
    /// 是否搜到：否 → 是), the JSON path on the line below.
    static func changes(_ changes: [LabelledChange], from: String, to: String) {
        Console.out("\(from) → \(to)：\(changes.count) 处改动 / \(changes.count) change(s)")
        for change in changes {
            switch change.kind {
            case .added: Console.out("+ \(change.label)：\(change.to ?? "")（新增 / added）")
            case .removed: Console.out("- \(change.label)：\(change.from ?? "")（删除 / removed）")
            case .changed: Console.out("~ \(change.label)：\(change.from ?? "") → \(change.to ?? "")")
            }
            Console.out("    \(change.path)")
        }
    }
}
