/// A name people read: Chinese first, with English.
package struct Label: Sendable, Equatable {
    package let zh: String
    package let en: String

    package init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    /// `中文 / English`, as the command line prints it.
    package var bilingual: String { "\(zh) / \(en)" }
}

/// A state with a name for people. The names of every state both sides show live here, once:
/// the pages, the CSV export and the command line all read them from `label`.
package protocol Labelled {
    var label: Label { get }
}

extension DeadlineStatus: Labelled {
    package var label: Label {
        switch self {
        case .pending: Label("待报送", "not yet filed")
        case .onTime: Label("按时报送", "on time")
        case .late: Label("逾期报送", "late")
        case .missing: Label("逾期未报", "missing")
        }
    }
}

extension ReviewState: Labelled {
    package var label: Label {
        switch self {
        case .received: Label("待审核", "received")
        case .accepted: Label("已通过", "accepted")
        case .returned: Label("已退回", "returned")
        }
    }
}

extension ReviewDecision: Labelled {
    package var label: Label {
        switch self {
        case .accept: Label("通过", "accept")
        case .return: Label("退回", "return")
        }
    }
}

extension AssessmentResult: Labelled {
    package var label: Label {
        switch self {
        case .pass: Label("通过", "pass")
        case .fail: Label("不通过", "fail")
        case .notApplicable: Label("不适用", "not applicable")
        }
    }
}

extension RectificationStatus: Labelled {
    package var label: Label {
        switch self {
        case .completed: Label("已完成", "completed")
        case .inProgress: Label("整改中", "in progress")
        case .planned: Label("计划整改", "planned")
        }
    }
}

extension PlatformLevel: Labelled {
    package var label: Label {
        switch self {
        case .province: Label("省级", "province")
        case .city: Label("市级", "city")
        case .county: Label("县级", "county")
        case .department: Label("部门", "department")
        }
    }
}

extension FilerKind: Labelled {
    package var label: Label {
        switch self {
        case .region: Label("省（区、市）", "province-level region")
        case .corps: Label("新疆生产建设兵团", "Xinjiang Production and Construction Corps")
        case .department: Label("国务院部门", "State Council department")
        }
    }
}
