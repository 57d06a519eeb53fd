import Foundation
import Shared

extension ReportBuilder {
    /// The platforms' checks: each assessment with its evidence from the 平台 row and the evidence sheets.
    mutating func assemblePlatformChecks() {
        let table = tables[.platforms]!
        let columns = lists(.columns, "columns.columns") { t, row -> Column? in
            let dimension = required(t, row, "dimension") { context.choice(t, row, "dimension", ColumnDimension.self) }
            let count = required(t, row, "itemCount") { context.integer(t, row, "itemCount") }
            guard let dimension, let count else { return nil }
            return Column(name: context.requiredText(t, row, "name"), dimension: dimension, itemCount: count)
        }
        let searches = lists(.searchTests, "search.tests") { t, row -> SearchTest? in
            let found = required(t, row, "found") { context.yesNo(t, row, "found") }
            return found.map {
                SearchTest(
                    query: context.requiredText(t, row, "query"), expectedItem: context.requiredText(t, row, "expectedItem"),
                    found: $0)
            }
        }
        let registrations = lists(.registrationTests, "registration.tests") {
            t, row -> RegistrationTest? in
            let on = context.date(t, row, "on") ?? FormDate("")
            let account = required(t, row, "account") { context.choice(t, row, "account", AccountKind.self) }
            let succeeded = required(t, row, "succeeded") { context.yesNo(t, row, "succeeded") }
            guard let account, let succeeded else { return nil }
            return RegistrationTest(on: on, account: account, succeeded: succeeded)
        }
        let consultations = lists(.consultationTests, "consultation.tests") { t, row in
            ConsultationTest(
                question: context.requiredText(t, row, "question"),
                submittedOn: context.date(t, row, "submittedOn") ?? FormDate(""),
                answeredOn: context.date(t, row, "answeredOn"))
        }
        for (p, row) in table.rows.enumerated() {
            let owner = "平台“\(platforms[p].id)”"
            func check<E>(_ id: IndicatorID, _ evidence: E, given cell: CellReference?) -> Check<E>? {
                if let assessment = platformAssessments[p][id] { return Check(assessment, evidence) }
                if let cell { evidenceWithoutResult(cell, owner: owner, id, sheet: .platformChecks) }
                return nil
            }
            func cell(_ field: String, if value: Any?) -> CellReference? { value == nil ? nil : table.cell(row, field) }
            let integrated = context.yesNo(table, row, "checks.unifiedEntry.integratedWithPortal")
            let channel = context.yesNo(table, row, "checks.consultation.channelWorks")
            let mismatches = context.lines(table, row, "checks.classification.mismatches")
            platforms[p].checks = PlatformChecks(
                unifiedEntry: check(
                    .unifiedEntry, UnifiedEntryEvidence(integratedWithPortal: integrated),
                    given: cell("checks.unifiedEntry.integratedWithPortal", if: integrated)),
                columns: check(.columns, ColumnsEvidence(columns: columns[p].list), given: columns[p].cell),
                search: check(.search, SearchEvidence(tests: searches[p].list), given: searches[p].cell),
                classification: check(
                    .classification, ClassificationEvidence(mismatches: mismatches),
                    given: cell("checks.classification.mismatches", if: mismatches)),
                registration: check(
                    .registration, RegistrationEvidence(tests: registrations[p].list), given: registrations[p].cell),
                consultation: check(
                    .consultation, ConsultationEvidence(channelWorks: channel, tests: consultations[p].list),
                    given: cell("checks.consultation.channelWorks", if: channel) ?? consultations[p].cell))
        }
    }

    /// Per platform, the list an evidence sheet gives it (at `checks.<key>`): nil without rows,
    /// empty for a row of only its key, else one element per row (`parse`), each row's path
    /// recorded; and the cell of its first row.
    private func lists<T>(_ sheet: Sheet, _ key: String, _ parse: (Table, TableRow) -> T?)
        -> [(list: [T]?, cell: CellReference?)]
    {
        let table = tables[sheet]!
        var out = [(list: [T]?, cell: CellReference?)](repeating: (nil, nil), count: platforms.count)
        var markers: [Int: TableRow] = [:]
        for row in table.rows {
            guard let p = platform(table, row) else { continue }
            if out[p].cell == nil { out[p].cell = table.cell(row, table.sheet.columns[0].field) }
            if (1..<table.sheet.columns.count).allSatisfy(row.isBlank) {
                markers[p] = row
                if out[p].list == nil { out[p].list = [] }
                continue
            }
            let index = out[p].list?.count ?? 0
            context.cells.record("platforms[\(p)].checks.\(key)[\(index)]", row: row.number, of: table)
            if out[p].list == nil { out[p].list = [] }
            if let element = parse(table, row) { out[p].list!.append(element) }
        }
        for (p, marker) in markers where out[p].list?.isEmpty == false {
            emptyMarkerAmongRows(table, marker, owner: "平台“\(platforms[p].id)”")
        }
        return out
    }

    /// Records that a row of only keys (meaning “none”) stands among rows of the same owner.
    func emptyMarkerAmongRows(_ table: Table, _ row: TableRow, owner: String) {
        context.problem(
            table.cell(row, table.sheet.columns[0].field),
            "这一行只填了关联列（表示\(owner)在本表“无”记录），但本表还有\(owner)的其他行；请删除这一行或把它填完整",
            "this row holds only its keys (meaning \(owner) has none here), but the sheet has other rows of \(owner); delete it or fill it in"
        )
    }

    /// `read()`, and when the cell is blank, the problem that a required value is missing.
    func required<T>(_ table: Table, _ row: TableRow, _ field: String, _ read: () -> T?) -> T? {
        let value = read()
        if value == nil, row.isBlank(table.sheet.column(field)) { context.missing(table, row, field) }
        return value
    }
}
