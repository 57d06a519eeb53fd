import Shared

/// Bilingual names of the wire enums, for printing.
enum Labels {
    static func deadline(_ status: DeadlineStatus) -> String {
        switch status {
        case .pending: "未到截止日期，尚未报送 / pending"
        case .onTime: "按时报送 / on time"
        case .late: "逾期报送 / late"
        case .missing: "逾期未报 / missing"
        }
    }

    static func review(_ state: ReviewState) -> String {
        switch state {
        case .received: "待审核 / received"
        case .accepted: "已通过 / accepted"
        case .returned: "已退回 / returned"
        }
    }

    static func decision(_ decision: ReviewDecision) -> String {
        switch decision {
        case .accept: "通过 / accept"
        case .return: "退回 / return"
        }
    }
}
