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
    typealias Ask = (inout SelfInspectionReport, Prompter) throws(Prompter.EndOfInput) -> Void

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
