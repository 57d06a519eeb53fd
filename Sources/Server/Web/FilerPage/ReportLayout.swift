import Foundation
import Shared

/// Where a stored report's platforms and service items lie in its bytes, found by one pass
/// over them: so that a page decodes the items it shows, not the thousands it does not.
///
/// Stored bytes passed the upload's checks (one JSON object, no duplicate key, valid UTF-8), so
/// the pass only follows nesting and strings. Offsets count from the first byte of the data.
package struct ReportLayout: Sendable, Equatable {
    package struct PlatformSpan: Sendable, Equatable {
        /// The bytes between the brackets of the platform's `serviceItems` array (empty when it
        /// has none or no such key).
        package var itemList: Range<Int>
        /// Each service item object, brackets included, in order.
        package var items: [Range<Int>]
    }

    /// The elements of the top-level `platforms` array, in order.
    package var platforms: [PlatformSpan]

    /// What an open object or array is, as far as the layout cares.
    private enum Role {
        case report, platformList, platform, itemList, item, other
    }

    private struct Frame {
        var role: Role
        var start: Int
        var isObject: Bool
        /// Whether the next string is a key (objects only).
        var expectingKey: Bool
        /// The key whose value comes next, when it is one the layout looks for.
        var key: Role = .other
    }

    /// The layout of `data`, or nil when its top level is not an object.
    package static func scan(_ data: Data) -> ReportLayout? {
        data.withUnsafeBytes { scan($0) }
    }

    private static func scan(_ bytes: UnsafeRawBufferPointer) -> ReportLayout? {
        var stack: [Frame] = []
        var platforms: [PlatformSpan] = []
        var sawReport = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = byte == UInt8(ascii: "{")
                let role: Role
                if let parent = stack.last {
                    switch (parent.role, isObject) {
                    case (.report, false) where parent.key == .platformList: role = .platformList
                    case (.platformList, true): role = .platform
                    case (.platform, false) where parent.key == .itemList: role = .itemList
                    case (.itemList, true): role = .item
                    default: role = .other
                    }
                } else {
                    guard isObject, !sawReport else { return nil }
                    sawReport = true
                    role = .report
                }
                if role == .platform { platforms.append(PlatformSpan(itemList: i..<i, items: [])) }
                if role == .itemList, !platforms.isEmpty { platforms[platforms.count - 1].itemList = (i + 1)..<(i + 1) }
                stack.append(Frame(role: role, start: i, isObject: isObject, expectingKey: isObject))
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard let frame = stack.popLast() else { return nil }
                if frame.role == .item, !platforms.isEmpty { platforms[platforms.count - 1].items.append(frame.start..<(i + 1)) }
                if frame.role == .itemList, !platforms.isEmpty {
                    platforms[platforms.count - 1].itemList = (frame.start + 1)..<i
                }
                i += 1
            case UInt8(ascii: ","):
                if let last = stack.indices.last, stack[last].isObject {
                    stack[last].expectingKey = true
                    stack[last].key = .other
                }
                i += 1
            case UInt8(ascii: "\""):
                let start = i
                let (end, plain) = JSONStructureGuard.stringEnd(bytes, from: i)
                i = end
                guard let last = stack.indices.last, stack[last].expectingKey else { continue }
                stack[last].expectingKey = false
                // Only two keys matter, each at one depth: `platforms` of the report, `serviceItems` of a platform.
                let role = stack[last].role
                guard role == .report || role == .platform else { continue }
                let raw = UnsafeRawBufferPointer(rebasing: bytes[(start + 1)..<max(start + 1, end - 1)])
                let key = plain ? String(decoding: raw, as: UTF8.self) : JSONStructureGuard.unescape(raw)
                if role == .report, key == "platforms" { stack[last].key = .platformList }
                if role == .platform, key == "serviceItems" { stack[last].key = .itemList }
            default:
                i += 1
            }
        }
        return sawReport && stack.isEmpty ? ReportLayout(platforms: platforms) : nil
    }

    /// `data` with every platform's service items cut out (`"serviceItems":[]`): the report's
    /// header and platforms, a small fraction of a large report's bytes.
    package func withoutItems(_ data: Data) -> Data {
        var head = Data()
        var from = 0
        for span in platforms where !span.itemList.isEmpty {
            head.append(data[(data.startIndex + from)..<(data.startIndex + span.itemList.lowerBound)])
            from = span.itemList.upperBound
        }
        head.append(data[(data.startIndex + from)...])
        return head
    }
}
