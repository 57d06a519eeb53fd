import Foundation

/// A person at a filer's office whom notices are mailed to, kept by the administrator.
package struct FilerContact: Sendable, Equatable, Codable {
    package var id: Int64
    package var filer: String
    package var name: String
    /// 职务, e.g. 办公厅信息处处长; optional.
    package var role: String?
    package var email: String
    package var phone: String?
    package var addedAt: String
}

/// A contact as the administrator gives it, checked before anything is stored.
package struct ContactInput: Sendable, Equatable {
    package var name: String
    package var role: String?
    package var email: String
    package var phone: String?

    /// Trims the fields and checks them; the first problem is thrown as `ContactError`.
    package init(name: String, role: String?, email: String, phone: String?) throws(ContactError) {
        self.name = name.trimmingCharacters(in: .whitespaces)
        self.role = role?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        self.email = email.trimmingCharacters(in: .whitespaces)
        self.phone = phone?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        guard (1...100).contains(self.name.count), !Self.hasControl(self.name) else { throw .badName }
        if let role = self.role, role.count > 100 || Self.hasControl(role) { throw .badRole }
        guard Self.isMailbox(self.email) else { throw .badEmail(String(self.email.prefix(80))) }
        if let phone = self.phone, !Self.isPhone(phone) { throw .badPhone(String(phone.prefix(40))) }
    }

    /// An address a relay takes in `RCPT TO` and a `To:` header can carry: ASCII, one `@`, a
    /// local part of the characters below, a domain of letters, digits and hyphens with a dot. No
    /// spaces, quotes, angle brackets or line breaks (which would let a contact inject headers).
    package static func isMailbox(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard text.utf8.count <= 254, parts.count == 2, text.allSatisfy(\.isASCII) else { return false }
        let local = parts[0]
        let domain = parts[1]
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
        guard (1...64).contains(local.count), local.allSatisfy(localAllowed.contains), local.first != ".",
            local.last != ".", !local.contains("..")
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }

    /// Digits with `+ - ( )` and spaces, 3 to 40 characters (010-6309 9114, +86 10 6309 9114).
    package static func isPhone(_ text: String) -> Bool {
        (3...40).contains(text.count) && text.contains(where: \.isNumber)
            && text.allSatisfy { ($0.isASCII && $0.isNumber) || "+-() ".contains($0) }
    }

    private static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }
    }
}

/// A contact the data does not allow. Messages in Chinese with English alongside.
package enum ContactError: Error, Equatable, CustomStringConvertible {
    case badName
    case badRole
    case badEmail(String)
    case badPhone(String)
    case unknownFiler(String)
    case emailTaken(filer: String, email: String)
    case unknownContact(filer: String, email: String)

    package var description: String {
        switch self {
        case .badName: "姓名应为1–100个字符，不含控制字符 / the name must be 1–100 characters, no control characters"
        case .badRole: "职务最多100个字符，不含控制字符 / the role must be at most 100 characters, no control characters"
        case .badEmail(let text): "电子邮箱地址无效：“\(text)” / not a valid e-mail address: “\(text)”"
        case .badPhone(let text):
            "电话号码无效：“\(text)”（数字、空格和 + - ( )） / not a valid phone number: “\(text)” (digits, spaces and + - ( ))"
        case .unknownFiler(let code): "没有填报单位 \(code) / no filer \(code)"
        case .emailTaken(let filer, let email):
            "\(filer) 已有联系人使用 \(email) / \(filer) already has a contact with \(email)"
        case .unknownContact(let filer, let email): "\(filer) 没有联系人 \(email) / \(filer) has no contact \(email)"
        }
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
