import Foundation

/// The options that fall back to an environment variable: `--key` (`ZICHA_KEY`), `--server`
/// (`ZICHA_SERVER`).
enum EnvironmentFallback {
    /// The option's value if given, else the variable's; nil when that is unset or empty (an
    /// empty option does not fall back: it names nothing).
    static func value(_ given: String?, orVariable name: String) -> String? {
        guard let value = given ?? ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}
