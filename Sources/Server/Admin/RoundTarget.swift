import ArgumentParser

/// What a `round` subcommand acts on: the database, and the round named by its first argument.
struct RoundTarget: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    @Argument(help: "轮次编号 / round id.")
    var id: String
}
