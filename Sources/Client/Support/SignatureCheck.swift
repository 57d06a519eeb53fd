import Foundation
import Shared

/// Making and checking detached signatures of report files.
enum SignatureCheck {
    /// Signs `bytes` as an upload of `report` amending `baseVersion`.
    static func sign(_ bytes: Data, report: SelfInspectionReport, baseVersion: Int, key: FilerKey, at date: Date = Date())
        -> DetachedSignature
    {
        let sha = Hex.encode(Crypto.sha256(bytes))
        var fields = SigningScheme.Fields(
            method: "POST", path: "", filer: report.filer.code, round: report.round, keyID: key.keyID,
            signedAt: SigningScheme.timestamp(date), baseVersion: baseVersion, contentSHA256: sha)
        fields.path = APIPath.versions(round: fields.round, filer: fields.filer)
        return DetachedSignature(fields: fields, signature: key.sign(fields))
    }

    /// Everything that does not match, in words (empty when the signature holds).
    static func mismatches(bytes: Data, report: SelfInspectionReport?, signature: DetachedSignature, key: FilerKey) -> [(
        zh: String, en: String
    )] {
        var out: [(zh: String, en: String)] = []
        let sha = Hex.encode(Crypto.sha256(bytes))
        if sha != signature.sha256.lowercased() {
            out.append(
                (
                    "文件内容在签名后被改动：现在的 SHA-256 为 \(sha)，签名时为 \(signature.sha256)。请重新签名（zicha sign）。",
                    "The file's bytes changed after signing: SHA-256 is now \(sha), it was \(signature.sha256) when signed. Sign again (zicha sign)."
                ))
        }
        if signature.keyId != key.keyID {
            out.append(
                (
                    "签名所用密钥为 \(signature.keyId)，而当前密钥为 \(key.keyID)（\(key.path)）。",
                    "Signed with key \(signature.keyId), but the key in use is \(key.keyID) (\(key.path))."
                ))
        }
        if signature.filer != key.filer {
            out.append(
                (
                    "签名属于填报单位 \(signature.filer)，而密钥属于 \(key.filer)。",
                    "The signature is for filer \(signature.filer), but the key belongs to \(key.filer)."
                ))
        }
        if out.isEmpty, !SigningScheme.isValid(signatureHex: signature.signature, for: signature.uploadFields, secret: key.secret)
        {
            out.append(
                (
                    "签名值与签名文件中的内容不符：签名文件被改动，或不是用此密钥签的。",
                    "The signature value does not match the signed fields: the signature file was altered or made with another key."
                ))
        }
        if let report {
            if report.filer.code != signature.filer {
                out.append(
                    (
                        "报告的填报单位是 \(report.filer.code)，签名却是为 \(signature.filer) 做的。",
                        "The report's filer is \(report.filer.code), but the signature is for \(signature.filer)."
                    ))
            }
            if report.round != signature.round {
                out.append(
                    (
                        "报告的轮次是 \(report.round)，签名却是为 \(signature.round) 做的。",
                        "The report's round is \(report.round), but the signature is for round \(signature.round)."
                    ))
            }
        }
        return out
    }

    /// Reads the detached signature at `path`; `reportPath` names the report for the hint
    /// given when no signature exists yet.
    static func load(_ path: String, reportPath: String) throws(CLIFailure) -> DetachedSignature {
        if access(path, F_OK) != 0 && errno == ENOENT {
            throw CLIFailure(
                .usage, "找不到签名文件 \(path)。请先运行 `zicha sign \(reportPath)`，或用 `zicha submit \(reportPath)` 一步完成签名和上传。",
                "No signature file \(path). Run `zicha sign \(reportPath)` first, or `zicha submit \(reportPath)` to sign and upload in one step."
            )
        }
        let data = try FileAccess.read(path, kind: FileAccess.signature, limit: 64 << 10)
        guard let signature = try? ReportCoding.decoder().decode(DetachedSignature.self, from: data),
            signature.scheme == SigningScheme.tag
        else {
            throw CLIFailure(
                .usage, "\(path) 不是有效的签名文件（应由 zicha sign 生成）。",
                "\(path) is not a valid signature file (it should come from `zicha sign`).")
        }
        return signature
    }

    /// Refuses when the report's filer is not the key's.
    static func requireKeyMatches(_ report: SelfInspectionReport, key: FilerKey, path: String) throws(CLIFailure) {
        guard report.filer.code != key.filer else { return }
        throw CLIFailure(
            .refused,
            "报告 \(path) 的填报单位是 \(report.filer.code)，而密钥 \(key.keyID)（\(key.path)）属于 \(key.filer)。请使用本单位的密钥。",
            "The report \(path) is for filer \(report.filer.code), but key \(key.keyID) (\(key.path)) belongs to \(key.filer). Use your own office's key."
        )
    }
}
