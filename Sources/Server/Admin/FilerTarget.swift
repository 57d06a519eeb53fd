import ArgumentParser

/// What a filer's key or contact subcommand acts on: the database, and the filer named by its
/// first argument.
struct FilerTarget: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    @Argument(help: "填报单位代码 / filer code.")
    var code: String
}
