import Mustache

// Mustache finds a name in a value by reflection: a `Mirror` of the value, every stored property
// boxed to compare its label, on every lookup, and again in each enclosing context when the name
// is not there. The page of a long report looks names up tens of thousands of times, so the
// values it repeats most answer directly. A name missing here is looked up further out, as
// with reflection; the page tests render every field below.

extension Tag: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        default: nil
        }
    }
}

extension ReportContents.Entry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        case "badge": badge
        case "item": item
        case "changed": changed
        default: nil
        }
    }
}

extension ReportView.CheckView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "indicator": indicator
        case "level1": level1
        case "name": self.name
        case "checkpoint": checkpoint
        case "resultTag": resultTag
        case "failed": failed
        case "problems": problems
        case "rectification": rectification
        case "remark": remark
        case "evidence": evidence
        case "beside": beside
        default: nil
        }
    }
}

extension ReportView.Rectification: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "measures": measures
        case "statusTag": statusTag
        case "completedOn": completedOn
        case "dueOn": dueOn
        case "responsible": responsible
        default: nil
        }
    }
}

extension ReportView.GuideRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "lines": lines
        case "forms": forms
        case "missing": missing
        case "beside": beside
        default: nil
        }
    }
}

extension ReportView.ItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "anchor": anchor
        case "open": open
        case "name": self.name
        case "code": code
        case "department": department
        case "guide": guide
        case "checks": checks
        case "beside": beside
        case "badge": badge
        case "changed": changed
        default: nil
        }
    }
}

extension PlaceNotes: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "changedSince": changedSince
        case "findings": findings
        case "comments": comments
        case "pins": pins
        case "isEmpty": isEmpty
        default: nil
        }
    }
}
