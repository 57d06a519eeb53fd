import Hummingbird
import Shared

/// The parameters of the routes' paths, named once: routes are registered with `pattern`, handlers
/// read values with `context.parameters.text(.round)` (never `get("round") ?? ""` by hand).
package enum PathParameter: String, Sendable, CaseIterable {
    case round, filer, version, spotCheck, item, indicator, publication, file, sha256

    /// The segment that stands for it in a route (`:round`).
    package var pattern: String { ":" + rawValue }
}

extension Parameters {
    /// The text of `parameter` in the matched path; empty when the route has none (the router
    /// matches only routes that have it, so empty means a programming error, answered as unknown).
    package func text(_ parameter: PathParameter) -> String {
        get(parameter.rawValue) ?? ""
    }

    /// A positive whole number in canonical form (`Identifier.positiveNumber`), or nil.
    package func number(_ parameter: PathParameter) -> Int64? {
        Identifier.positiveNumber(text(parameter))
    }

    /// The version number in the path, or `FilingError.unknownVersion`.
    package func version() throws -> Int {
        let text = text(.version)
        guard let number = Identifier.versionNumber(text) else { throw FilingError.unknownVersion(text) }
        return number
    }
}

/// The API's route patterns, built from the shared `APIPath` functions with parameters in place of
/// values, relative to the `/v1` group.
package enum APIRoute {
    static let round = PathParameter.round.pattern
    static let filer = PathParameter.filer.pattern

    package static let versions = relative(APIPath.versions(round: round, filer: filer))
    package static let version = relative(APIPath.version(round: round, filer: filer, version: PathParameter.version.pattern))
    package static let attachments = relative(APIPath.attachments(round: round, filer: filer))
    package static let filerRounds = relative(APIPath.filerRounds(filer: filer))
    package static let notices = relative(APIPath.notices(filer: filer))
    package static let roster = relative(APIPath.roster(round: round))
    package static let spotChecks = relative(APIPath.spotChecks(round: round))
    package static let roundResults = relative(APIPath.round(round))

    /// `path` without the `/v1/` prefix of the group it is added to.
    static func relative(_ path: String) -> RouterPath {
        RouterPath(String(path.dropFirst(APIPath.prefix.count + 1)))
    }
}

extension Parameters {
    /// The query value `name` as a whole number within `range` (digits only, no sign, no leading
    /// zero), `defaultValue` when absent or empty; anything else — `-1`, `1e3`, a number past the range,
    /// twenty digits — throws `invalid(text)`, so that no value can overflow arithmetic later.
    package func wholeNumber(
        _ name: String, in range: ClosedRange<Int>, default defaultValue: Int, invalid: (String) -> some Error
    ) throws -> Int {
        guard let text = get(name), !text.isEmpty else { return defaultValue }
        guard let value = Identifier.positiveNumber(String(text), limit: Int64(range.upperBound)).map(Int.init),
            range.contains(value)
        else { throw invalid(String(text.prefix(40))) }
        return value
    }
}
