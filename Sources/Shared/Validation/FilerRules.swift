/// docs/FORM.md "Validation" 5 and 6: the filer's name against the roster, and the platform
/// levels the filer's kind allows. The roster deciding both is the context's entry for this code
/// (the server's own `filers` row) or else the built-in roster; a code on neither (a filer an
/// administrator added, checked offline) leaves the name to the server and the kind to the code.
extension Validator {
    /// The roster entry of the report's filer, if any roster this run knows holds its code.
    var rosterFiler: FilerSeed? {
        if let entry = context.rosterEntry, entry.code == report.filer.code { return entry }
        return BuiltInFilers.filer(code: report.filer.code)
    }

    /// `filer.nameMismatch` when `filer.name` is not the roster's name for `filer.code` (white
    /// space around it aside). Blank names and placeholders have their own rules.
    mutating func checkFilerName() {
        let name = report.filer.name
        let scalars = name.unicodeScalars
        guard let filer = rosterFiler, !Placeholder.contains(name),
            let first = scalars.firstIndex(where: { !FieldText.isSpace($0) }),
            let last = scalars.lastIndex(where: { !FieldText.isSpace($0) }),
            String(scalars[first...last]) != filer.name
        else { return }
        add(
            .error, "filer.nameMismatch", nil, "filer.name",
            "填报单位名称\(FieldText.quoted(name))与填报名单中代码 \(filer.code) 的名称“\(filer.name)”不一致，请填写“\(filer.name)”",
            "the filer's name \(FieldText.quoted(name)) is not “\(filer.name)”, the roster's name for \(filer.code); write “\(filer.name)”"
        )
    }

    /// `platform.levelForKind`: a department files `department`-level platforms, a region (and
    /// the Corps) `province`, `city` or `county` ones; `platform.regionCodeForDepartment`: a
    /// department's platform has no region code.
    mutating func checkPlatformKind(_ platform: Platform, path: String, kind: FilerKind) {
        let level = platform.level.label
        switch kind {
        case .department:
            if platform.level != .department {
                add(
                    .error, "platform.levelForKind", nil, "\(path).level",
                    "国务院部门填报的平台层级应为“部门”（department），不能为“\(level.zh)”（\(platform.level.rawValue)）",
                    "a State Council department files department-level platforms, not \(level.en) (\(platform.level.rawValue))"
                )
            }
            if platform.regionCode != nil {
                add(
                    .error, "platform.regionCodeForDepartment", nil, "\(path).regionCode",
                    "国务院部门的平台不填写行政区划代码，请删除 regionCode",
                    "a State Council department's platform has no region code; delete regionCode")
            }
        case .region, .corps:
            if platform.level == .department {
                add(
                    .error, "platform.levelForKind", nil, "\(path).level",
                    "\(kind.label.zh)填报的平台层级应为省级、市级或县级（province、city、county），不能为“部门”（department）",
                    "a \(kind.label.en) files province-, city- or county-level platforms, not department-level ones")
            }
        }
    }

    /// The kind that decides the platform levels: the roster's, else the one the code implies.
    var filerKind: FilerKind { rosterFiler?.kind ?? FilerKind.implied(byCode: report.filer.code) }
}
