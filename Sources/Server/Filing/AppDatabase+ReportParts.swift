import Foundation
import GRDB
import GRDBSQLite

/// A stored version's bytes read in parts, with SQLite's incremental blob I/O: a page of a
/// 16 MiB report reads the hundred items it shows, not the whole report, and a whole read costs
/// one buffer instead of SQLite's copy and then ours.
extension AppDatabase {
    /// Where a stored version's bytes are: its row and their size.
    package struct ReportBlob: Sendable {
        package var row: Int64
        package var size: Int
    }

    /// The row and size of version `number` of `filer` in `round`, without reading its bytes.
    package func storedReport(round: String, filer: String, number: Int) async throws -> ReportBlob? {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT id, length(bytes) FROM versions WHERE round_id = ? AND filer_code = ? AND version = ?",
                arguments: [round, filer, number]
            ).map { ReportBlob(row: $0[0], size: $0[1]) }
        }
    }

    /// The bytes of `stored` in `ranges`, in their order; each range must lie within the bytes.
    package func reportBytes(_ stored: ReportBlob, ranges: [Range<Int>]) async throws -> [Data] {
        try await pool.read { db in
            var handle: OpaquePointer?
            let opened = sqlite3_blob_open(db.sqliteConnection, "main", "versions", "bytes", stored.row, 0, &handle)
            defer { sqlite3_blob_close(handle) }
            guard opened == SQLITE_OK, let blob = handle else {
                throw DatabaseError(resultCode: ResultCode(rawValue: opened), message: "stored report \(stored.row) not readable")
            }
            let size = Int(sqlite3_blob_bytes(blob))
            return try ranges.map { range in
                guard range.lowerBound >= 0, range.upperBound <= size else {
                    throw DatabaseError(message: "bytes \(range) outside stored report \(stored.row) of \(size) bytes")
                }
                var data = Data(count: range.count)
                let read = data.withUnsafeMutableBytes {
                    sqlite3_blob_read(blob, $0.baseAddress, Int32(range.count), Int32(range.lowerBound))
                }
                guard read == SQLITE_OK else {
                    throw DatabaseError(
                        resultCode: ResultCode(rawValue: read), message: "stored report \(stored.row) not readable")
                }
                return data
            }
        }
    }

    /// All the bytes of `stored`.
    package func reportBytes(_ stored: ReportBlob) async throws -> Data {
        try await reportBytes(stored, ranges: [0..<stored.size]).first ?? Data()
    }
}
