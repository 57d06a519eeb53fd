/// One share's counts of one version as stored: addressed by the share's id, never by its
/// position in a list.
package struct StoredShareTally: Sendable, Equatable {
    package var shareID: String
    package var firstFound: Int
    package var afterRectification: Int
    package var denominator: Int

    package init(shareID: String, firstFound: Int, afterRectification: Int, denominator: Int) {
        self.shareID = shareID
        self.firstFound = firstFound
        self.afterRectification = afterRectification
        self.denominator = denominator
    }
}

extension ShareCounts {
    /// The counts as rows to store, one per share, each named by its share id.
    package var storedTallies: [StoredShareTally] {
        ShareID.allCases.map { share in
            let i = share.index
            return StoredShareTally(
                shareID: share.rawValue, firstFound: firstFound[i], afterRectification: after[i], denominator: denominators[i])
        }
    }

    /// Counts read back from stored rows, matched by share id: rows of shares this build does not
    /// know are ignored, and `nil` when a share it knows has no row (the version was stored before
    /// that share existed) or a row is impossible, so that the caller counts the version from its
    /// bytes instead of guessing.
    package init?(platforms: Int, serviceItems: Int, stored: some Sequence<StoredShareTally>) {
        guard platforms >= 0, serviceItems >= 0 else { return nil }
        self.init()
        self.platforms = platforms
        self.serviceItems = serviceItems
        var seen = [Bool](repeating: false, count: ShareID.allCases.count)
        for row in stored {
            guard let share = ShareID(rawValue: row.shareID) else { continue }
            guard row.firstFound >= 0, row.afterRectification >= 0, row.denominator >= 0 else { return nil }
            let i = share.index
            firstFound[i] = row.firstFound
            after[i] = row.afterRectification
            denominators[i] = row.denominator
            seen[i] = true
        }
        guard seen.allSatisfy({ $0 }) else { return nil }
    }
}
