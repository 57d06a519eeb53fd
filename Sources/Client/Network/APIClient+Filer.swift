import Foundation
import Shared

extension APIClient {
    /// The filer's versions in `round`, with the round's deadline and the filer's status.
    func versionList(round: String, key: FilerKey) async throws(CLIFailure) -> VersionList {
        try Self.requireRoundID(round)
        return try await getJSON(VersionList.self, APIPath.versions(round: round, filer: key.filer), round: round, key: key)
    }

    /// The rounds whose roster holds the key's filer, newest first.
    func rounds(key: FilerKey) async throws(CLIFailure) -> [RoundInfo] {
        try await getJSON([RoundInfo].self, "/v1/filers/\(key.filer)/rounds", round: "*", key: key)
    }

    /// The round a read is about (see `RoundChoice`). The filer's rounds are read when they
    /// decide it, or when `listing` asks for them anyway (status names the others and the days left).
    func chooseRound(
        _ explicit: String?, file: (path: String, round: String)?, key: FilerKey, listing: Bool = false
    ) async throws(CLIFailure) -> RoundChoice {
        if let explicit { try Self.requireRoundID(explicit) }
        let rounds = (explicit == nil && file == nil) || listing ? try await self.rounds(key: key) : nil
        return try RoundChoice.choose(explicit: explicit, file: file, rounds: rounds, filer: key.filer)
    }

    /// The exact stored bytes of a version.
    func reportBytes(round: String, version: Int, key: FilerKey) async throws(CLIFailure) -> Data {
        try Self.requireRoundID(round)
        let response = try await get(APIPath.report(round: round, filer: key.filer, version: version), round: round, key: key)
        guard response.status == 200 else {
            throw Refusal.failure(for: response, context: Refusal.Context(key: key, filer: key.filer, round: round))
        }
        return response.body
    }

    /// Round ids are letters, digits and `. _ -` (as `zicha-server round create` makes them);
    /// anything else is a typing slip, named here rather than as a malformed signature.
    static func requireRoundID(_ round: String) throws(CLIFailure) {
        guard !isRoundID(round) else { return }
        throw CLIFailure(
            .usage, "轮次编号“\(round)”无效：只能含字母、数字和 . _ -，例如 2017。",
            "The round id “\(round)” is not valid: letters, digits and . _ - only, e.g. 2017.")
    }

    /// Whether `text` can be a round id: 1–64 of `A–Z a–z 0–9 . _ -`.
    static func isRoundID(_ text: String) -> Bool {
        (1...64).contains(text.utf8.count)
            && text.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0))
            }
    }
}
