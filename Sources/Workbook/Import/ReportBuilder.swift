import Foundation
import Shared

/// Assembles the report from the sheets' rows: the platforms and items in row order, each
/// sheet's rows attached to their platform or item by its keys, every value's cell recorded.
struct ReportBuilder {
    let context: ImportContext
    let tables: [Sheet: Table]
    var platforms: [Platform] = []
    /// Trimmed platform id → index in `platforms`.
    var platformIndex: [String: Int] = [:]
    /// Per platform, trimmed item name → the indices of its items with that name.
    var itemIndex: [[String: [Int]]] = []
    /// Per platform, its assessments by indicator (platform and item indicators alike).
    var platformAssessments: [[IndicatorID: Assessment]] = []
    /// Per platform and item, its assessments by indicator.
    var itemAssessments: [[[IndicatorID: Assessment]]] = []
    /// Per platform and item, the 服务事项 row it came from.
    var itemRows: [[TableRow]] = []

    init(context: ImportContext, tables: [Sheet: Table]) {
        self.context = context
        self.tables = tables
    }

    mutating func build(info: InfoSheet) -> SelfInspectionReport? {
        func field(_ name: String) -> (Table, TableRow) {
            let (table, row) = info.field(Sheet.info.column(name))
            context.cells.record(name, cell: table.cell(row, name))
            return (table, row)
        }
        func text(_ name: String) -> String {
            let (table, row) = field(name)
            return context.requiredText(table, row, name)
        }
        let (dateTable, dateRow) = field("preparedOn")
        let preparedOn = context.date(dateTable, dateRow, "preparedOn") ?? FormDate("")
        let (unifiedTable, unifiedRow) = field("unifiedPlatform")
        let unified = context.yesNo(unifiedTable, unifiedRow, "unifiedPlatform")
        if unified == nil, unifiedRow.isBlank(Sheet.info.column("unifiedPlatform")) {
            context.missing(unifiedTable, unifiedRow, "unifiedPlatform")
        }
        readPlatforms()
        readPlatformChecks()
        assemblePlatformChecks()
        readItems()
        readItemChecks()
        readGuides()
        assembleItemChecks()
        guard let unified else { return nil }
        return SelfInspectionReport(
            formVersion: text("formVersion"), round: text("round"),
            filer: FilerReference(code: text("filer.code"), name: text("filer.name")), preparedOn: preparedOn,
            preparedBy: PreparedBy(
                unit: text("preparedBy.unit"), contact: text("preparedBy.contact"), phone: text("preparedBy.phone"),
                email: text("preparedBy.email")),
            unifiedPlatform: unified, platforms: platforms, summary: text("summary"))
    }

    private mutating func readPlatforms() {
        let table = tables[.platforms]!
        for row in table.rows {
            let index = platforms.count
            let id = context.requiredText(table, row, "id")
            let key = id.trimmed
            if key.isEmpty {
                context.missing(table, row, "id")
            } else if let earlier = platformIndex[key] {
                context.problem(
                    table.cell(row, "id"), "平台标识“\(key)”重复（与第 \(earlier + 1) 个平台相同），各表无法确定关联哪个平台",
                    "the platform id “\(key)” repeats (platform \(earlier + 1) has it too); rows cannot tell which one they belong to"
                )
            } else {
                platformIndex[key] = index
            }
            let level = context.choice(table, row, "level", PlatformLevel.self)
            if level == nil, row.isBlank(table.sheet.column("level")) { context.missing(table, row, "level") }
            context.cells.record("platforms[\(index)]", row: row.number, of: table)
            platforms.append(
                Platform(
                    id: id, name: context.requiredText(table, row, "name"), url: context.requiredText(table, row, "url"),
                    portalUrl: context.text(table, row, "portalUrl"), level: level ?? .province,
                    regionCode: context.text(table, row, "regionCode"), siteCode: context.text(table, row, "siteCode"),
                    checks: PlatformChecks(), serviceItems: []))
            platformAssessments.append([:])
            itemAssessments.append([])
            itemRows.append([])
            itemIndex.append([:])
        }
    }

    private mutating func readPlatformChecks() {
        let table = tables[.platformChecks]!
        var seen: [[IndicatorID: Int]] = Array(repeating: [:], count: platforms.count)
        let allowed = IndicatorCatalogue.platformIndicators.map(\.id)
        for row in table.rows {
            guard let p = platform(table, row),
                let id = indicator(table, row, allowed: allowed, seen: &seen[p], owner: "平台“\(platforms[p].id)”")
            else { continue }
            context.cells.record("platforms[\(p)].checks.\(id.rawValue)", row: row.number, of: table)
            if let assessment = assessment(table, row) { platformAssessments[p][id] = assessment }
        }
    }

    /// The platform a row's 平台标识 names, or nil with the problem recorded.
    func platform(_ table: Table, _ row: TableRow) -> Int? {
        let field = table.sheet.columns[0].field
        let key = context.text(table, row, field)?.trimmed ?? ""
        if key.isEmpty {
            context.missing(table, row, field)
            return nil
        }
        guard let index = platformIndex[key] else {
            context.problem(
                table.cell(row, field), "“\(Sheet.platforms.name)”表中没有平台标识为“\(key)”的平台",
                "no platform has the id “\(key)” on the sheet \(Sheet.platforms.name)")
            return nil
        }
        return index
    }

    /// The indicator of a check row, among `allowed`, once per owner; nil with the problem recorded.
    func indicator(_ table: Table, _ row: TableRow, allowed: [IndicatorID], seen: inout [IndicatorID: Int], owner: String)
        -> IndicatorID?
    {
        guard let id = context.choice(table, row, "<指标>", IndicatorID.self, among: allowed) else {
            if row.isBlank(table.sheet.column("<指标>")) { context.missing(table, row, "<指标>") }
            return nil
        }
        if let earlier = seen[id] {
            context.problem(
                table.cell(row, "<指标>"), "\(owner)的“\(id.label.zh)”已在第 \(earlier) 行填写，同一指标只能填一行",
                "\(owner) already has “\(id.label.en)” in row \(earlier); one row per indicator")
            return nil
        }
        seen[id] = row.number
        return id
    }

    /// The assessment of a check row; nil for a row whose result and later cells are all blank
    /// (not assessed yet), or, recorded, when the result is missing or wrong.
    func assessment(_ table: Table, _ row: TableRow) -> Assessment? {
        let first = table.sheet.column("result")
        guard (first..<table.sheet.columns.count).contains(where: { !row.isBlank($0) }) else { return nil }
        let result = context.choice(table, row, "result", AssessmentResult.self)
        if result == nil, row.isBlank(first) { context.missing(table, row, "result") }
        let measures = context.text(table, row, "rectification.measures")
        let status = context.choice(table, row, "rectification.status", RectificationStatus.self)
        let completedOn = context.date(table, row, "rectification.completedOn")
        let dueOn = context.date(table, row, "rectification.dueOn")
        let responsible = context.text(table, row, "rectification.responsible")
        let rectificationFiles = context.attachments(table, row, "rectification.attachments")
        let given =
            measures != nil || status != nil || completedOn != nil || dueOn != nil || responsible != nil
            || rectificationFiles != nil
        let problems = context.lines(table, row, "problems")
        let notes = context.text(table, row, "notes")
        let files = context.attachments(table, row, "attachments")
        guard let result else { return nil }
        return Assessment(
            result: result, problems: problems,
            rectification: given
                ? Rectification(
                    measures: measures, status: status, completedOn: completedOn, dueOn: dueOn, responsible: responsible,
                    attachments: rectificationFiles)
                : nil,
            notes: notes, attachments: files)
    }

    /// Records that evidence was given at `cell` for an indicator `owner` has no result for.
    func evidenceWithoutResult(_ cell: CellReference, owner: String, _ id: IndicatorID, sheet: Sheet) {
        context.problem(
            cell, "\(owner)的“\(id.label.zh)”没有自查结果，不能只填证据（请在“\(sheet.name)”表填写该指标的自查结果）",
            "\(owner) has evidence for “\(id.label.en)” but no result for it (fill its result on the sheet \(sheet.name))")
    }
}
