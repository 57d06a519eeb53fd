import Shared

/// Reads and writes one value of the report, so questions can work on any field.
struct Accessor<Value> {
    let get: (SelfInspectionReport) -> Value
    let set: (inout SelfInspectionReport, Value) -> Void

    init(_ keyPath: WritableKeyPath<SelfInspectionReport, Value>) {
        get = { $0[keyPath: keyPath] }
        set = { $0[keyPath: keyPath] = $1 }
    }
}

/// One question of `zicha fill`: a stable id (for resuming), the section it belongs to, when it
/// applies, and how to ask it.
struct FillStep {
    typealias Ask = (inout SelfInspectionReport, Prompter) throws(Prompter.Interruption) -> Void

    /// The JSON path of the field asked, unique within the session.
    var id: String
    /// Heading lines printed once when the walk enters this section.
    var section: [String]
    var applies: (SelfInspectionReport) -> Bool
    var ask: Ask

    init(id: String, section: [String], applies: @escaping (SelfInspectionReport) -> Bool = { _ in true }, ask: @escaping Ask) {
        self.id = id
        self.section = section
        self.applies = applies
        self.ask = ask
    }
}

extension FillStep {
    /// This step, asked only when `condition` holds for the report as answered so far.
    func when(_ condition: @escaping (SelfInspectionReport) -> Bool) -> FillStep {
        var step = self
        step.applies = condition
        return step
    }
}

/// Where a question sits in the form, read from its JSON path: the platform and service item
/// (0-based) it belongs to, if any.
struct StepLocation: Equatable {
    var platform: Int?
    var item: Int?

    init(platform: Int? = nil, item: Int? = nil) {
        self.platform = platform
        self.item = item
    }

    init(path: String) {
        guard let p = path.prefixMatch(of: /platforms\[(\d+)\]/) else { return }
        platform = Int(p.1)
        item = path[p.range.upperBound...].prefixMatch(of: /\.serviceItems\[(\d+)\]/).flatMap { Int($0.1) }
    }

    /// The JSON path of the platform or item itself (`platforms[1].serviceItems[4]`).
    var path: String? {
        guard let platform else { return nil }
        guard let item else { return "platforms[\(platform)]" }
        return "platforms[\(platform)].serviceItems[\(item)]"
    }
}
