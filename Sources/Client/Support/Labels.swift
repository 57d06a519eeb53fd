import Shared

/// Bilingual names of the wire enums, for printing: the shared labels, with a hint where the
/// command line says more than the pages.
enum Labels {
    static func deadline(_ status: DeadlineStatus) -> String {
        status == .pending ? "\(status.label.bilingual)（未到截止日期 / deadline ahead）" : status.label.bilingual
    }

    static func review(_ state: ReviewState) -> String { state.label.bilingual }

    static func decision(_ decision: ReviewDecision) -> String { decision.label.bilingual }
}
