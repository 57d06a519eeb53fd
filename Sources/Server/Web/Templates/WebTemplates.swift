/// Every template of the pages by name; `WebRenderer` loads them once into a `MustacheLibrary`.
/// Templates show values with `{{ }}` only, which HTML-escapes them.
enum WebTemplates {
    static let all: [String: String] = [
        "head": LayoutTemplates.head,
        "foot": LayoutTemplates.foot,
        "style": LayoutTemplates.style,
        "error": LayoutTemplates.error,
        "signIn": LayoutTemplates.signIn,
        "barChart": ChartTemplates.barChart,
        "dashboard": DashboardTemplate.text,
        "filer": FilerTemplates.page,
        "findings": FilerTemplates.findings,
        "report": FilerTemplates.report,
        "checks": FilerTemplates.checks,
        "spotChecks": SpotCheckTemplate.text,
        "shares": SummaryTemplates.shares,
        "summary": SummaryTemplates.page,
        "public": SummaryTemplates.publicPage,
    ]
}
