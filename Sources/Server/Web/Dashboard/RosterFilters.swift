import Foundation
import Hummingbird
import Shared

/// The dashboard's filters, search and sort order, from its query string (a bad value is a 400
/// page). They travel in the address: every link of the dashboard (pages, sort headers, exports)
/// carries them, and `RosterMemory` brings them back when the reviewer returns to the bare address.
struct RosterFilters: Sendable, Equatable {
    var deadline: DeadlineStatus?
    var review: ReviewState?
    var overdue = false
    var kind: FilerKind?
    /// Part of a filer's code or name.
    var search: String?
    var sort: RosterColumn = .code
    var descending = false

    /// A search longer than any code or name finds nothing; the bound keeps addresses short.
    static let maxSearch = 64

    init() {}

    init(_ request: Request) throws {
        let parameters = request.uri.queryParameters
        try self.init { parameters.get($0) }
    }

    /// From any source of query values (the request, or the remembered filters).
    init(value lookup: (String) -> String?) throws {
        func value(_ name: String) -> String? { lookup(name).flatMap { $0.isEmpty ? nil : $0 } }
        deadline = try Self.parse(value("deadline"), name: "deadline")
        review = try Self.parse(value("review"), name: "review")
        kind = try Self.parse(value("kind"), name: "kind")
        overdue = value("overdue") == "1"
        let search = value("q")?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let search, search.count > Self.maxSearch {
            throw ReviewError.invalidQuery(
                parameter: "q", value: String(search.prefix(16)) + "…", expected: "≤ 64 个字符 / characters")
        }
        self.search = search?.isEmpty == false ? search : nil
        sort = try Self.parse(value("sort"), name: "sort") ?? .code
        switch value("dir") {
        case nil, "asc": descending = false
        case "desc": descending = true
        case let other?: throw ReviewError.invalidQuery(parameter: "dir", value: other, expected: "asc|desc")
        }
    }

    /// Whether anything differs from the plain roster (all filers by code).
    var isDefault: Bool { self == RosterFilters() }

    /// The filters as query items, for links, the exports and the remembered address.
    var query: [(String, String?)] {
        [
            ("deadline", deadline?.rawValue), ("review", review?.rawValue), ("overdue", overdue ? "1" : nil),
            ("kind", kind?.rawValue), ("q", search), ("sort", sort == .code ? nil : sort.rawValue),
            ("dir", descending ? "desc" : nil),
        ]
    }

    /// The same filters sorted by `column`: ascending, or reversed when already sorted by it.
    func sorted(by column: RosterColumn) -> RosterFilters {
        var copy = self
        copy.descending = sort == column ? !descending : false
        copy.sort = column
        return copy
    }

    /// Whether `entry` (of filer kind `kind`) matches the search.
    func matchesSearch(_ entry: RosterEntry) -> Bool {
        guard let search else { return true }
        return entry.filer.localizedCaseInsensitiveContains(search) || entry.name.localizedCaseInsensitiveContains(search)
    }

    private static func parse<T: RawRepresentable & CaseIterable>(_ text: String?, name: String) throws -> T?
    where T.RawValue == String {
        guard let text else { return nil }
        guard let value = T(rawValue: text) else {
            throw ReviewError.invalidQuery(
                parameter: name, value: String(text.prefix(32)), expected: T.allCases.map(\.rawValue).joined(separator: "|"))
        }
        return value
    }
}
