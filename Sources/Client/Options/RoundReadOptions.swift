import ArgumentParser
import Shared

/// How `status` and `versions` speak of their options: the report file's words and `--round`'s help.
protocol RoundReadWording: OptionalReportFileWording {
    static var roundHelp: String { get }
}

/// What `status` and `versions` read with: an optional report file, `--round`, the key and the
/// server; and the read they both start with.
struct RoundReadOptions<Wording: RoundReadWording>: ParsableArguments {
    @OptionGroup var reportFile: OptionalReportFile<Wording>

    @Option(help: ArgumentHelp(Wording.roundHelp))
    var round: String?

    @OptionGroup var keyOptions: KeyOptions
    @OptionGroup var serverOptions: ServerOptions

    // Runs after the key's and the server's own checks, as the commands' `validate()` did.
    func validate() throws {
        try reportFile.requireOnce()
    }

    /// The key, a client, the round chosen as `zicha status` chooses it (`--round`, else the report
    /// file's, else the filer's rounds decide; `listing` reads those anyway) and the filer's
    /// versions in it.
    func read(
        listing: Bool = false
    ) async throws(CLIFailure) -> (key: FilerKey, client: APIClient, choice: RoundChoice, list: VersionList) {
        let key = try keyOptions.load()
        let report = try reportFile.round()
        let client = try serverOptions.client()
        let choice = try await client.chooseRound(round, file: report, key: key, listing: listing)
        return (key, client, choice, try await client.versionList(round: choice.round, key: key))
    }
}
