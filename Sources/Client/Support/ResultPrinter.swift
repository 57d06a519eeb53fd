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
        Console.out("  接收时间 / Received at: \(receipt.receivedAt)")
        Console.out("  截止日期 / Deadline: \(receipt.deadline) — \(Labels.deadline(receipt.deadlineStatus))")
        Console.out("  校验 / Validation: \(receipt.errors) 个错误 error(s), \(receipt.warnings) 个警告 warning(s)")
    }

    static func versions(_ list: VersionList) {
        Console.out("\(list.filer) \(list.filerName) · 轮次 / round \(list.round) · \(Labels.deadline(list.deadlineStatus))")
        if list.versions.isEmpty { Console.out("尚无版本。 / No versions yet.") }
        for version in list.versions {
            let r = version.receipt
            Console.out(
                "v\(r.version)  \(r.receivedAt)  base \(version.baseVersion)  sha256 \(r.sha256.prefix(16))…  \(r.warnings) warning(s)  \(Labels.review(version.reviewState))"
            )
        }
    }

    static func changes(_ changes: [FieldChange], from: String, to: String) {
        Console.out("\(from) → \(to)：\(changes.count) 处改动 / \(changes.count) change(s)")
        for change in changes {
            switch (change.from, change.to) {
            case (nil, let new?): Console.out("+ \(change.path): \(new)（新增 / added）")
            case (let old?, nil): Console.out("- \(change.path): \(old)（删除 / removed）")
            default: Console.out("~ \(change.path): \(change.from ?? "null") → \(change.to ?? "null")")
            }
        }
    }
}
