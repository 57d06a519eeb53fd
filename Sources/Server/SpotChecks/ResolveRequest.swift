import Foundation

/// `POST /v1/rounds/{round}/spot-checks/{id}/items/{item}/findings/{indicator}/resolve`: why the
/// discrepancy's follow-up is resolved. The note is required (422 `note_required` without it,
/// also for an empty body).
package struct ResolveRequest: Codable, Sendable, Equatable {
    package var note: String?

    package init(note: String?) {
        self.note = note
    }

    /// The note of a request body; nil for an empty body.
    static func note(in data: Data) throws -> String? {
        guard data.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return nil }
        return try RequestJSON.decode(ResolveRequest.self, data: data).note
    }
}
