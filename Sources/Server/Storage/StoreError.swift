import Shared

/// An administrative write the data does not allow. Messages in zh-Hans with English alongside.
package enum StoreError: Error, Equatable, CustomStringConvertible {
    case roundExists(String)
    case unknownRound(String)
    case roundAlreadyClosed(String)
    case roundNotClosed(String)
    case roundArchived(String)
    case deadlineNotLater(String, current: Day)
    case deadlineInThePast(Day, today: Day)
    case extensionNotLater(String, String, current: Day)
    case alreadyOnRoster(String, [String])
    case notOnRoster(String, String)
    case filerHasFiled(String, String, versions: Int)
    case filerExists(String)
    case unknownFilers([String])
    case emptyRoster
    case unknownKey(String)
    case keyAlreadyRevoked(String)
    case keyExists(String)
    case reviewerNameTaken(String)
    case unknownReviewer(String)
    case masterKeyUnreadable(String)
    case masterKeyUnwritable(String)
    case masterKeyMissing(String)
    case masterKeyRequired
    case masterKeyWrong(keyID: String)

    package var description: String {
        switch self {
        case .roundExists(let id): "轮次 \(id) 已存在 / round \(id) already exists"
        case .unknownRound(let id): "没有轮次 \(id) / no round \(id)"
        case .roundAlreadyClosed(let id): "轮次 \(id) 已关闭 / round \(id) is already closed"
        case .roundNotClosed(let id): "轮次 \(id) 未关闭，无需重新开放 / round \(id) is not closed"
        case .roundArchived(let id): "轮次 \(id) 已归档 / round \(id) is archived"
        case .deadlineNotLater(let id, let current):
            "新截止日须晚于轮次 \(id) 现在的截止日 \(current) / the new deadline must be later than round \(id)'s current deadline, \(current)"
        case .extensionNotLater(let id, let code, let current):
            "新截止日须晚于 \(code) 在轮次 \(id) 现在的截止日 \(current) / the new deadline must be later than \(code)'s current deadline in round \(id), \(current)"
        case .deadlineInThePast(let day, let today):
            "截止日 \(day) 早于今天 \(today)（确需如此请加 --allow-past）/ the deadline \(day) is before today, \(today) (add --allow-past if that is intended)"
        case .alreadyOnRoster(let id, let codes):
            "已在轮次 \(id) 的名单上 / already on round \(id)'s roster: \(codes.joined(separator: ", "))"
        case .notOnRoster(let id, let code): "\(code) 不在轮次 \(id) 的名单上 / \(code) is not on round \(id)'s roster"
        case .filerHasFiled(let id, let code, let versions):
            "\(code) 已在轮次 \(id) 报送 \(versions) 个版本，不能移出名单（版本须保留）/ \(code) has filed \(versions) version(s) in round \(id) and stays on its roster (versions are kept)"
        case .filerExists(let code): "填报单位 \(code) 已存在 / filer \(code) already exists"
        case .unknownFilers(let codes):
            "未知填报单位 / unknown filers: \(codes.joined(separator: ", "))（请先 filer add / add them first with filer add）"
        case .emptyRoster: "名单为空 / the roster is empty"
        case .unknownKey(let id): "没有密钥 \(id) / no key \(id)"
        case .keyAlreadyRevoked(let id): "密钥 \(id) 已吊销 / key \(id) is already revoked"
        case .keyExists(let id): "密钥编号 \(id) 已存在 / key id \(id) already exists"
        case .reviewerNameTaken(let name):
            "审核人 \(name) 已有有效令牌，请先吊销 / reviewer \(name) already has an active token; revoke it first"
        case .unknownReviewer(let name): "没有有效的审核人 \(name) / no active reviewer \(name)"
        case .masterKeyUnreadable(let path):
            "无法读取主密钥文件 \(path) / cannot read the master key file \(path)"
        case .masterKeyUnwritable(let path):
            "无法创建主密钥文件 \(path)（已存在或无权限） / cannot create the master key file \(path) (it exists, or no permission)"
        case .masterKeyMissing(let path):
            "数据库中的签名密钥已用主密钥加密，但找不到主密钥文件 \(path)；请用 --master-key 指明 / "
                + "the database's signing secrets are sealed, but the master key file \(path) is missing; name it with --master-key"
        case .masterKeyRequired:
            "此操作需要主密钥 / this needs the master key"
        case .masterKeyWrong(let id):
            "主密钥无法解开密钥 \(id)：主密钥文件与数据库不匹配 / the master key cannot open key \(id): the key file does not belong to this database"
        }
    }
}
