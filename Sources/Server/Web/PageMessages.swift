import Hummingbird
import Shared

/// What a page says above its content, drawn by the `messages` partial: the notice after an
/// action succeeded, or the refusal of one in Chinese and English.
struct PageMessages: Sendable {
    var notice: String?
    var error: String?
    var errorEn: String?

    /// Nothing to say.
    init() {}

    /// The notice a `notice` query value names (none for any other value).
    init(query notice: String?) {
        self.notice = WebNotice(query: notice)?.text
    }

    /// The notice of the page an action redirected to, named by the request's query.
    init(noticeOf request: Request) {
        self.init(query: request.uri.queryParameters.get(WebNotice.queryName))
    }

    /// The refusal of an action by the services the JSON API uses too.
    init(refusal: any APIError) {
        error = refusal.body.message
        errorEn = refusal.body.messageEn
    }
}

/// What a page says after an action succeeded. The redirect after the action carries the
/// notice's code (`?notice=drawn`); the page shows the text of a known code, never query text.
enum WebNotice: String, Sendable {
    case accepted, returned, drawn, sameDraw, recorded, resolved, published, reminded, attached

    /// The query field that carries the notice's code.
    static let queryName = "notice"

    /// The notice of a `notice` query value, if it names one.
    init?(query: String?) {
        guard let query else { return nil }
        self.init(rawValue: query)
    }

    var text: String {
        switch self {
        case .accepted: "已通过该版本。The version is accepted."
        case .returned: "已退回该版本，并通知整改期限。The version is returned with a follow-up date."
        case .drawn: "已抽取样本。The sample is drawn."
        case .sameDraw: "已有相同种子和数量的抽查批次，未重复抽取，以下为该批次。The same seed and counts were drawn before: this is that batch."
        case .recorded: "已记录核查结果。The finding is recorded."
        case .resolved: "已标记为整改完成。The follow-up is resolved."
        case .published: "已公布，公众现在可以查看本轮结果。Published."
        case .reminded: "已发出催报提醒（站内通知，并向登记的联系人发送邮件）。The reminder is sent."
        case .attached: "已保存核查截图。The inspector's file is stored."
        }
    }

    /// `path` with this notice in its query, where the action redirects to.
    func after(_ path: String) -> String {
        WebPaths.with(path, [(Self.queryName, rawValue)])
    }
}
