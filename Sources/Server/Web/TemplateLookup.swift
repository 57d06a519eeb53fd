import Mustache

// Mustache finds a name in a value by reflection: a `Mirror` of the value, every stored property
// boxed to compare its label, on every lookup, and again in each enclosing context when the name
// is not there. The page of a long report looks names up tens of thousands of times, so the
// values it repeats most answer their own fields directly; any other name is looked up by
// reflection as before, so a field added later and not listed here still renders.

/// A stored property of `value` by reflection, an Optional's wrapped value (nil when none), as
/// Mustache's own lookup gives it.
private func reflectedChild(of value: Any, named name: String) -> Any? {
    guard let child = Mirror(reflecting: value).children.first(where: { $0.label == name }) else { return nil }
    let mirror = Mirror(reflecting: child.value)
    guard mirror.displayStyle == .optional else { return child.value }
    return mirror.children.first?.value
}

extension Tag: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        default: reflectedChild(of: self, named: name)
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
        default: reflectedChild(of: self, named: name)
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
        case "attachments": attachments
        case "hasAttachments": hasAttachments
        default: reflectedChild(of: self, named: name)
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
        default: reflectedChild(of: self, named: name)
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
        default: reflectedChild(of: self, named: name)
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
        default: reflectedChild(of: self, named: name)
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
        default: reflectedChild(of: self, named: name)
        }
    }
}
