import Foundation
import Shared

extension ReportBuilder {
    /// The 服务事项 rows: each platform's items in row order.
    mutating func readItems() {
        let table = tables[.items]!
        for row in table.rows {
            guard let p = platform(table, row) else { continue }
            let j = platforms[p].serviceItems.count
            let name = context.requiredText(table, row, "name")
            itemIndex[p][name.trimmed, default: []].append(j)
            context.cells.record("platforms[\(p)].serviceItems[\(j)]", row: row.number, of: table)
            let guide = Guide(
                basis: context.text(table, row, "guide.basis"), conditions: context.text(table, row, "guide.conditions"),
                timeLimit: context.text(table, row, "guide.timeLimit"), fee: context.text(table, row, "guide.fee"),
                agency: context.text(table, row, "guide.agency"), contact: context.text(table, row, "guide.contact"))
            platforms[p].serviceItems.append(
                ServiceItem(
                    name: name, code: context.text(table, row, "code"),
                    department: context.requiredText(table, row, "department"),
                    guide: guide, checks: ServiceItemChecks()))
            itemAssessments[p].append([:])
            itemRows[p].append(row)
        }
    }

    mutating func readItemChecks() {
        let table = tables[.itemChecks]!
        var seen = itemAssessments.map { $0.map { _ in [IndicatorID: Int]() } }
        let allowed = IndicatorCatalogue.serviceItemIndicators.map(\.id)
        for row in table.rows {
            guard let (p, j) = item(table, row),
                let id = indicator(table, row, allowed: allowed, seen: &seen[p][j], owner: itemName(p, j))
            else { continue }
            context.cells.record("platforms[\(p)].serviceItems[\(j)].checks.\(id.rawValue)", row: row.number, of: table)
            if let assessment = assessment(table, row) { itemAssessments[p][j][id] = assessment }
        }
    }

    /// The guides' steps, materials and forms.
    mutating func readGuides() {
        let steps = lists(.steps, "steps") { t, row in
            Step(name: context.requiredText(t, row, "name"), description: context.text(t, row, "description"))
        }
        let materials = lists(.materials, "materials") { t, row in
            Material(
                name: context.requiredText(t, row, "name"), copyType: context.choice(t, row, "copyType", CopyType.self),
                medium: context.choice(t, row, "medium", Medium.self), copies: context.integer(t, row, "copies"),
                notes: context.text(t, row, "notes"))
        }
        let forms = lists(.forms, "forms") { t, row in
            FormAttachment(
                name: context.requiredText(t, row, "name"), downloadUrl: context.text(t, row, "downloadUrl"),
                instructionsUrl: context.text(t, row, "instructionsUrl"), sampleUrl: context.text(t, row, "sampleUrl"))
        }
        for p in platforms.indices {
            for j in platforms[p].serviceItems.indices {
                platforms[p].serviceItems[j].guide.steps = steps[p][j]
                platforms[p].serviceItems[j].guide.materials = materials[p][j]
                platforms[p].serviceItems[j].guide.forms = forms[p][j]
            }
        }
    }

    /// Each item's checks, `accuracy` with its evidence from the 服务事项 row.
    mutating func assembleItemChecks() {
        let table = tables[.items]!
        for p in platforms.indices {
            for j in platforms[p].serviceItems.indices {
                let row = itemRows[p][j]
                let assessments = itemAssessments[p][j]
                let verified = context.yesNo(table, row, "checks.accuracy.offlineVerified")
                let discrepancies = context.lines(table, row, "checks.accuracy.discrepancies")
                let evidence = AccuracyEvidence(offlineVerified: verified, discrepancies: discrepancies)
                if assessments[.accuracy] == nil, verified != nil || discrepancies != nil {
                    let field = verified != nil ? "checks.accuracy.offlineVerified" : "checks.accuracy.discrepancies"
                    evidenceWithoutResult(table.cell(row, field), owner: itemName(p, j), .accuracy, sheet: .itemChecks)
                }
                platforms[p].serviceItems[j].checks = ServiceItemChecks(
                    completeness: assessments[.completeness].map { Check($0) },
                    accuracy: assessments[.accuracy].map { Check($0, evidence) },
                    processClarity: assessments[.processClarity].map { Check($0) },
                    materialFormat: assessments[.materialFormat].map { Check($0) },
                    materialWording: assessments[.materialWording].map { Check($0) },
                    formDownload: assessments[.formDownload].map { Check($0) },
                    formSample: assessments[.formSample].map { Check($0) })
            }
        }
    }

    /// The item a row's 平台标识, 事项名称 and (when given) 事项编码 name; nil with the problem recorded.
    func item(_ table: Table, _ row: TableRow) -> (Int, Int)? {
        guard let p = platform(table, row) else { return nil }
        let name = context.text(table, row, "serviceItems[].name")?.trimmed ?? ""
        let code = context.text(table, row, "serviceItems[].code")?.trimmed ?? ""
        if name.isEmpty {
            context.missing(table, row, "serviceItems[].name")
            return nil
        }
        let named = itemIndex[p][name] ?? []
        func codeOf(_ j: Int) -> String {
            platforms[p].serviceItems[j].code?.trimmed ?? ""
        }
        // Without a code, the row means the item of that name that has no code, if there is one.
        let uncoded = named.filter { codeOf($0).isEmpty }
        let candidates = code.isEmpty ? (uncoded.isEmpty ? named : uncoded) : named.filter { codeOf($0) == code }
        let place = table.cell(row, "serviceItems[].name")
        let platformID = platforms[p].id
        switch candidates.count {
        case 1: return (p, candidates[0])
        case 0:
            let coded = code.isEmpty ? "" : "、编码为“\(code)”"
            context.problem(
                place, "平台“\(platformID)”没有名称为“\(name)”\(coded)的服务事项（见“\(Sheet.items.name)”表）",
                "platform “\(platformID)” has no service item named “\(name)”\(code.isEmpty ? "" : " with code “\(code)”") on the sheet \(Sheet.items.name)"
            )
        default:
            context.problem(
                place, "平台“\(platformID)”有 \(candidates.count) 个名称为“\(name)”的服务事项，请在“事项编码”列填写编码以区分",
                "platform “\(platformID)” has \(candidates.count) service items named “\(name)”; give the item code to tell them apart"
            )
        }
        return nil
    }

    private func itemName(_ p: Int, _ j: Int) -> String {
        "平台“\(platforms[p].id)”的事项“\(platforms[p].serviceItems[j].name)”"
    }

    /// Per platform and item, the list a guide sheet gives it (nil without rows, empty for a
    /// row of only its keys), each row's path recorded.
    private func lists<T>(_ sheet: Sheet, _ key: String, _ parse: (Table, TableRow) -> T?) -> [[[T]?]] {
        let table = tables[sheet]!
        var out = platforms.map { [[T]?](repeating: nil, count: $0.serviceItems.count) }
        var markers: [(p: Int, j: Int, row: TableRow)] = []
        for row in table.rows {
            guard let (p, j) = item(table, row) else { continue }
            if out[p][j] == nil { out[p][j] = [] }
            if (3..<table.sheet.columns.count).allSatisfy(row.isBlank) {
                markers.append((p, j, row))
                continue
            }
            context.cells.record(
                "platforms[\(p)].serviceItems[\(j)].guide.\(key)[\(out[p][j]!.count)]", row: row.number, of: table)
            if let element = parse(table, row) { out[p][j]!.append(element) }
        }
        for marker in markers where out[marker.p][marker.j]?.isEmpty == false {
            emptyMarkerAmongRows(table, marker.row, owner: itemName(marker.p, marker.j))
        }
        return out
    }
}
