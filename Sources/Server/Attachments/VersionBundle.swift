import Foundation
import Hummingbird
import Shared
import Workbook

/// A version's archive (`bundle.zip`), for the records: `report.json` (the exact stored bytes),
/// `report.json.sig` (its detached signature, as `zicha sign` writes it), every attachment the
/// report names under `attachments/<sha256>.<ext>`, and `manifest.json` with the SHA-256 and size
/// of every file in the archive and each attachment's name, type and caption as the report gives them.
package enum VersionBundle {
    /// `manifest.json`.
    package struct Manifest: Codable, Sendable, Equatable {
        package struct File: Codable, Sendable, Equatable {
            package var path: String
            package var sha256: String
            package var bytes: Int
        }
        package struct Item: Codable, Sendable, Equatable {
            package var path: String
            package var sha256: String
            package var name: String
            package var mediaType: String
            package var bytes: Int
            package var caption: String?
        }
        package var round: String
        package var filer: String
        package var version: Int
        package var receivedAt: String
        package var files: [File]
        package var attachments: [Item]
    }

    /// Writes the archive of `record` (with `bytes`, its report) to a new file at `path`.
    package static func write(
        record: VersionRecord, bytes: Data, store: AttachmentStore, to path: String
    ) throws {
        let report = try ReportDecoder.decode(bytes)
        let signature = try ReportCoding.encode(DetachedSignature(fields: record.signedFields, signature: record.signature))
        let archive = try ZipWriter(creatingAt: path)
        var files: [Manifest.File] = []
        func add(_ name: String, _ data: Data) throws {
            try archive.add(name, data: data)
            files.append(Manifest.File(path: name, sha256: Hex.encode(Crypto.sha256(data)), bytes: data.count))
        }
        try add("report.json", bytes)
        try add("report.json.sig", signature)
        var items: [Manifest.Item] = []
        for attachment in report.distinctAttachments {
            let type = AttachmentType(mediaType: attachment.mediaType)
            let name = "attachments/\(attachment.sha256).\(type?.fileExtension ?? "bin")"
            // Read from its file in pieces; images and PDFs are compressed already.
            try archive.add(name, file: store.path(of: attachment.sha256))
            files.append(Manifest.File(path: name, sha256: attachment.sha256, bytes: attachment.bytes))
            items.append(
                Manifest.Item(
                    path: name, sha256: attachment.sha256, name: attachment.name, mediaType: attachment.mediaType,
                    bytes: attachment.bytes, caption: attachment.caption))
        }
        let manifest = Manifest(
            round: record.round, filer: record.filer, version: record.version, receivedAt: record.receivedAt, files: files,
            attachments: items)
        let manifestData = try ReportCoding.encode(manifest)
        try archive.add("manifest.json", data: manifestData)
    }

    /// The archive of `record` as a response: built in a temporary file off the cooperative pool,
    /// then streamed from it (the file is unlinked once open, so nothing is left behind).
    package static func response(record: VersionRecord, bytes: Data, store: AttachmentStore) async throws -> Response {
        let temporary = "\(store.directory)/tmp"
        _ = mkdir(store.directory, 0o700)
        _ = mkdir(temporary, 0o700)
        let path = "\(temporary)/bundle-\(UUID().uuidString).zip"
        let handle: FileHandle = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Result {
                        defer { unlink(path) }
                        try write(record: record, bytes: bytes, store: store, to: path)
                        return try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
                    })
            }
        }
        let size = Int(try handle.seekToEnd())
        try handle.seek(toOffset: 0)
        let body = ResponseBody(contentLength: size) { writer in
            defer { try? handle.close() }
            while let chunk = try handle.read(upToCount: 256 * 1024), !chunk.isEmpty {
                try await writer.write(ByteBuffer(bytes: chunk))
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/zip", .xContentTypeOptions: "nosniff", .cacheControl: "private, no-store",
                .contentDisposition: "attachment; filename=\"\(record.filer)-\(record.round)-v\(record.version).zip\"",
            ], body: body)
    }
}

/// `GET /v1/rounds/{round}/filers/{filer}/versions/{n}/bundle.zip`, for reviewers and the filer itself.
package struct BundleController: Sendable {
    let store: AppDatabase

    /// Adds the route to the group at `v1/rounds/:round/filers/:filer/versions`.
    package func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        group.get("\(PathParameter.version.pattern)/bundle.zip", use: bundle)
    }

    @Sendable func bundle(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let roundID = context.parameters.text(.round)
        let filerCode = try context.readableFiler(
            forbidden: "只能查看本单位的报告", "You may read only your own office's reports."
        ).filer
        guard try await store.round(id: roundID) != nil else { throw FilingError.unknownRound(roundID) }
        let number = try context.parameters.version()
        guard let record = try await store.version(round: roundID, filer: filerCode, number: number),
            let bytes = try await store.reportBytes(round: roundID, filer: filerCode, number: number)
        else { throw FilingError.unknownVersion(String(number)) }
        return try await VersionBundle.response(record: record, bytes: bytes, store: store.attachmentFiles)
    }
}
