/// What a page template is rendered from: the page's own values and the frame's `chrome`.
protocol WebPageModel: Sendable {
    var chrome: Chrome { get set }
}

/// What every page's frame shows: title, stylesheet, the reviewer and the navigation of the round.
struct Chrome: Sendable {
    var title: String
    /// Set by `WebRenderer` when it renders the page.
    var stylesheet = ""
    /// Nil on the sign-in, error and public pages.
    var reviewer: String?
    var csrf: String?
    /// The round's navigation (empty without a round).
    var nav: [NavLink]
    /// Where the brand and "返回首页" lead: the reviewers' area for a signed-in reviewer, the
    /// home page `/` otherwise (public pages never link into the reviewers' area).
    var home: String

    init(title: String, reviewer: String? = nil, csrf: String? = nil, round: String? = nil, active: String = "") {
        self.title = title
        self.reviewer = reviewer
        self.csrf = csrf
        home = reviewer == nil ? WebPaths.home : WebPaths.root
        guard let round else {
            nav = []
            return
        }
        nav = [
            NavLink(label: "看板", href: WebPaths.dashboard(round), current: active == "dashboard"),
            NavLink(label: "抽查", href: WebPaths.spotChecks(round), current: active == "spotChecks"),
            NavLink(label: "全国汇总", href: WebPaths.summary(round), current: active == "summary"),
            NavLink(label: "公开结果", href: WebPaths.publicResults(round), current: active == "public"),
        ]
    }

    /// The frame of a reviewer page of `round`.
    init(title: String, signedIn: (reviewer: ReviewerRecord, session: WebSession), round: String, active: String) {
        self.init(title: title, reviewer: signedIn.reviewer.name, csrf: signedIn.session.csrfToken, round: round, active: active)
    }
}

/// A link of a list in which one may be the current page (the navigation, the other rounds).
struct NavLink: Sendable {
    var label: String
    var href: String
    var current: Bool
}

/// The error page.
struct ErrorPage: WebPageModel {
    var chrome: Chrome
    var code: Int
    var message: String
    var messageEn: String
}
