/// Times as people read them on the pages and in exports: `2017-12-28 09:00` (China Standard
/// Time, the server's only zone), from the stored RFC 3339 stamps (`2017-12-28T09:00:00+08:00`).
enum ReadableTime {
    /// The stamp's day and minute; text that is not a stored stamp is returned unchanged.
    static func of(_ stamp: String) -> String {
        let characters = Array(stamp)
        guard characters.count >= 16, characters[10] == "T", characters[13] == ":" else { return stamp }
        return String(characters[0..<10]) + " " + String(characters[11..<16])
    }

    /// Nil stays nil (nothing filed yet).
    static func of(_ stamp: String?) -> String? {
        stamp.map { of($0) }
    }
}
