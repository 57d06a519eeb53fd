import Foundation

/// Reading and writing the clerk's files, with the reason for a failure in both languages
/// (not found, a directory, no permission, too large) instead of a bare "cannot read".
enum FileAccess {
    /// What a file is, for messages: e.g. `("报告文件", "report file")`.
    typealias Kind = (zh: String, en: String)

    static let report: Kind = ("报告文件", "report file")
    static let signature: Kind = ("签名文件", "signature file")
    static let key: Kind = ("密钥文件", "key file")

    /// A report of a whole province is a few megabytes and the server takes 16 MiB by default;
    /// anything far larger is a wrong file, refused before it is read into memory.
    static let maximumSize = 64 << 20

    /// What `status` found: the file's type, size and permission bits.
    struct Status {
        var isDirectory: Bool
        var isRegular: Bool
        var size: Int
        /// The permission bits (`0o600`).
        var permissions: Int
    }

    /// The file's status, following links, or a usage failure naming `kind`, `path` and why it
    /// cannot be used. Read through FileManager: C's `struct stat` comes through several C
    /// modules, and which one the compiler credits it to differs between builds.
    static func status(_ path: String, kind: Kind, limit: Int = maximumSize) throws(CLIFailure) -> Status {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: resolved) else {
            // The reason is errno's from the same lookup; a file that exists but cannot be
            // looked at is a permission problem.
            let reason = reason(access(path, F_OK) == 0 ? EACCES : errno)
            throw CLIFailure(.usage, "无法读取\(kind.zh) \(path)：\(reason.zh)。", "Cannot read the \(kind.en) \(path): \(reason.en).")
        }
        let type = attributes[.type] as? FileAttributeType
        let info = Status(
            isDirectory: type == .typeDirectory, isRegular: type == .typeRegular,
            size: (attributes[.size] as? NSNumber)?.intValue ?? 0,
            permissions: (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0)
        if info.isDirectory {
            throw CLIFailure(
                .usage, "\(path) 是一个目录，不是\(kind.zh)。请给出文件的路径。",
                "\(path) is a directory, not a \(kind.en). Give the path of the file.")
        }
        if info.isRegular && info.size > limit {
            throw CLIFailure(
                .usage, "\(path) 有 \(megabytes(info.size)) MB，不像是\(kind.zh)（上限 \(megabytes(limit)) MB）。请检查文件是否选错。",
                "\(path) is \(megabytes(info.size)) MB, too large for a \(kind.en) (limit \(megabytes(limit)) MB). Check that this is the right file."
            )
        }
        return info
    }

    /// The exact bytes of the file at `path`.
    static func read(_ path: String, kind: Kind, limit: Int = maximumSize) throws(CLIFailure) -> Data {
        _ = try status(path, kind: kind, limit: limit)
        guard access(path, R_OK) == 0 else {
            let reason = reason(errno)
            throw CLIFailure(.usage, "无法读取\(kind.zh) \(path)：\(reason.zh)。", "Cannot read the \(kind.en) \(path): \(reason.en).")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure(.usage, "无法读取\(kind.zh) \(path)。", "Cannot read the \(kind.en) \(path).")
        }
        return data
    }

    /// Why writing `path` failed, found after the fact: a directory in the way, a missing folder
    /// or a folder the clerk may not write to.
    static func writeFailure(_ path: String) -> CLIFailure {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        let reason: (zh: String, en: String)
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            reason = ("这是一个目录", "it is a directory")
        } else if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            reason = ("目录 \(folder) 不存在", "the folder \(folder) does not exist")
        } else if access(folder, W_OK) != 0 {
            reason = ("没有在目录 \(folder) 中写入的权限", "no permission to write in the folder \(folder)")
        } else {
            reason = ("磁盘已满或文件被占用", "the disk may be full or the file in use")
        }
        return CLIFailure(.usage, "无法写入文件 \(path)：\(reason.zh)。", "Cannot write the file \(path): \(reason.en).")
    }

    private static func reason(_ code: Int32) -> (zh: String, en: String) {
        switch code {
        case ENOENT: ("文件不存在", "no such file")
        case EACCES, EPERM: ("没有读取权限", "permission denied")
        case ENOTDIR: ("路径中有一级不是目录", "a part of the path is not a directory")
        default: ("系统错误：\(String(cString: strerror(code)))", String(cString: strerror(code)))
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.0f", Double(bytes) / 1_048_576)
    }
}
