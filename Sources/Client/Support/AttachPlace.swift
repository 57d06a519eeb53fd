import Shared

/// The assessment `zicha attach` adds to: a platform indicator, or a service item's.
struct AttachPlace {
    var platform: Int
    var item: Int?
    var indicator: IndicatorID
    var platformName: String
    var itemName: String?

    /// Finds the place, or says which of platform, item or indicator does not fit.
    static func find(
        in report: SelfInspectionReport, platform: String, item: String?, indicator: String
    ) throws(CLIFailure) -> AttachPlace {
        guard let id = IndicatorID(rawValue: indicator) else {
            throw CLIFailure(.usage, "未知指标 \(indicator)。", "Unknown indicator \(indicator).")
        }
        let index =
            report.platforms.firstIndex { $0.id == platform }
            ?? Int(platform).flatMap { (1...report.platforms.count).contains($0) ? $0 - 1 : nil }
        guard let index else {
            throw CLIFailure(
                .usage, "报告中没有平台 \(platform)（现有：\(report.platforms.map(\.id).joined(separator: "、"))）。",
                "The report has no platform \(platform) (it has: \(report.platforms.map(\.id).joined(separator: ", "))).")
        }
        let name = id.indicator.level2
        switch (id.indicator.appliesTo, item) {
        case (.platform, nil):
            return AttachPlace(platform: index, indicator: id, platformName: report.platforms[index].name)
        case (.platform, _?):
            throw CLIFailure(
                .usage, "“\(name.zh)”是平台指标，不要给 --item。", "\(id.rawValue) (\(name.en)) is a platform indicator: drop --item.")
        case (.serviceItem, nil):
            throw CLIFailure(
                .usage, "“\(name.zh)”是服务事项指标，请用 --item 指明事项名称或编码。",
                "\(id.rawValue) (\(name.en)) is a service-item indicator: name the item with --item.")
        case (.serviceItem, let wanted?):
            let items = report.platforms[index].serviceItems
            guard let j = items.firstIndex(where: { $0.name == wanted || ($0.code != nil && $0.code == wanted) }) else {
                throw CLIFailure(
                    .usage, "平台 \(platform) 没有名称或编码为“\(wanted)”的服务事项。",
                    "Platform \(platform) has no service item named or coded “\(wanted)”.")
            }
            return AttachPlace(
                platform: index, item: j, indicator: id, platformName: report.platforms[index].name, itemName: items[j].name)
        }
    }

    /// Adds `attachments` to the assessment (or its rectification), skipping digests already in
    /// that list; returns those added and those skipped.
    func add(
        _ attachments: [Attachment], to report: inout SelfInspectionReport, rectification: Bool
    ) throws(CLIFailure) -> (added: [Attachment], skipped: [Attachment]) {
        var assessment: Assessment? =
            if let item { report.platforms[platform].serviceItems[item].checks[assessment: indicator] } else {
                report.platforms[platform].checks[assessment: indicator]
            }
        guard var current = assessment else {
            throw CLIFailure(
                .refused, "该指标尚未填写自查结果，请先填写（zicha fill）。",
                "This indicator is not assessed yet; fill it in first (zicha fill).")
        }
        if rectification && current.rectification == nil {
            throw CLIFailure(
                .refused, "该指标没有整改记录，不能添加整改佐证；去掉 --rectification 作为自查佐证添加。",
                "This indicator has no rectification; drop --rectification to attach to the finding.")
        }
        var list = (rectification ? current.rectification?.attachments : current.attachments) ?? []
        var added: [Attachment] = []
        var skipped: [Attachment] = []
        for attachment in attachments {
            if list.contains(where: { $0.sha256 == attachment.sha256 }) {
                skipped.append(attachment)
            } else {
                list.append(attachment)
                added.append(attachment)
            }
        }
        if rectification { current.rectification?.attachments = list } else { current.attachments = list }
        assessment = current
        if let item {
            report.platforms[platform].serviceItems[item].checks[assessment: indicator] = assessment
        } else {
            report.platforms[platform].checks[assessment: indicator] = assessment
        }
        return (added, skipped)
    }

    /// `平台「江苏政务服务网」· 事项「教师资格认定」· 站内搜索`.
    func label(rectification: Bool) -> String {
        var parts = ["平台「\(platformName)」"]
        if let itemName { parts.append("事项「\(itemName)」") }
        parts.append(indicator.indicator.level2.zh + (rectification ? " · 整改" : ""))
        return parts.joined(separator: " · ")
    }
}
