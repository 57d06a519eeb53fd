import Foundation
import Hummingbird
import Shared

extension ZichaRequestContext {
    /// The reviewer making the request; a filer's key gets 403 (reviewers' endpoints only).
    func requireReviewer() throws -> ReviewerRecord {
        switch principal {
        case .reviewer(let reviewer): return reviewer
        case .filer:
            throw AuthError.forbidden(
                message: "此功能仅限国务院办公厅审核人使用（需审核人令牌），填报单位密钥无权访问",
                messageEn: "Only the General Office's reviewers (bearer token) may do this; a filer's key may not.")
        case nil: throw AuthError.signatureMissing(["Authorization"])
        }
    }
}

/// Reviewers' JSON request bodies: small, decoded strictly, failures named by field.
enum RequestJSON {
    /// Review, finding and draw requests are a few hundred bytes.
    static let limit = 64 * 1024

    /// Decodes the body as `T`, or throws `ReviewError.invalidRequest` naming what is wrong.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        try decode(type, data: try await AuthMiddleware.collect(request.body, limit: limit))
    }

    /// Decodes `data` as `T`, or throws `ReviewError.invalidRequest` naming what is wrong.
    static func decode<T: Decodable>(_ type: T.Type, data: Data) throws -> T {
        if let violation = JSONStructureGuard.firstViolation(in: data) {
            throw ReviewError.invalidRequest(violation.message + " / " + violation.messageEn)
        }
        do {
            return try ReportCoding.decoder().decode(type, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw ReviewError.invalidRequest("缺少 / missing \(path(context.codingPath + [key]))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw ReviewError.invalidRequest("类型错误 / wrong type at \(path(context.codingPath))")
        } catch let DecodingError.dataCorrupted(context) {
            let detail =
                context.codingPath.isEmpty ? "不是有效 JSON / not valid JSON" : "取值无效 / invalid value at \(path(context.codingPath))"
            throw ReviewError.invalidRequest(detail)
        } catch {
            throw ReviewError.invalidRequest("不是有效 JSON / not valid JSON")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}

extension AppDatabase {
    /// The round `id`, or 404 `unknown_round`.
    func requireRound(_ id: String) async throws -> RoundRecord {
        guard let round = try await round(id: id) else { throw FilingError.unknownRound(id) }
        return round
    }

    /// The filer `code` on the round's roster, or 404 `unknown_filer` / 403 `not_on_roster`.
    func requireRosterFiler(_ code: String, round: String) async throws -> FilerRecord {
        guard let filer = try await filer(code: code) else { throw FilingError.unknownFiler(code) }
        guard try await isOnRoster(round: round, filer: code) else { throw FilingError.notOnRoster(filer: code, round: round) }
        return filer
    }
}

/// A day sent by a reviewer (`dueOn`): a real `YYYY-MM-DD` not before today (CST).
enum DueDate {
    static func parse(_ text: String, today: Day) throws -> Day {
        guard text.utf8.count == 10, let day = Day(text) else { throw ReviewError.dueOnInvalid(text) }
        guard day >= today else { throw ReviewError.dueOnPast(dueOn: text, today: today.description) }
        return day
    }
}
