/// A text in the two languages Zicha speaks to people: zh-Hans first, English alongside (the
/// names of states, the indicator catalogue's texts).
package struct Label: Sendable, Hashable {
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
        case .onTimeExtended: Label("延期后按时", "on time after an extension")
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

extension ColumnDimension: Labelled {
    package var label: Label {
        switch self {
        case .theme: Label("主题", "theme")
        case .department: Label("部门", "department")
        case .user: Label("用户", "user")
        case .other: Label("其他", "other")
        }
    }
}

extension AccountKind: Labelled {
    package var label: Label {
        switch self {
        case .person: Label("个人", "person")
        case .enterprise: Label("法人", "enterprise")
        }
    }
}

extension CopyType: Labelled {
    package var label: Label {
        switch self {
        case .original: Label("原件", "original")
        case .copy: Label("复印件", "copy")
        case .originalAndCopy: Label("原件和复印件", "original and copy")
        }
    }
}

extension Medium: Labelled {
    package var label: Label {
        switch self {
        case .paper: Label("纸质", "paper")
        case .electronic: Label("电子", "electronic")
        case .paperOrElectronic: Label("纸质或电子", "paper or electronic")
        }
    }
}

extension NoticeKind: Labelled {
    package var label: Label {
        switch self {
        case .returned: Label("报告被退回", "filing returned")
        case .accepted: Label("报告已通过", "filing accepted")
        case .discrepancy: Label("抽查发现不一致", "spot-check discrepancy")
        case .deadlineReminder: Label("截止提醒", "deadline reminder")
        case .deadlinePassed: Label("已逾期未报", "deadline passed")
        case .followUpReminder: Label("整改期限提醒", "follow-up reminder")
        case .followUpOverdue: Label("整改已逾期", "follow-up overdue")
        case .reminder: Label("催报提醒", "reminder")
        }
    }
}

/// The indicators by their catalogue names (level 2, with level 3 after " / ").
extension IndicatorID: Labelled {
    package var label: Label { indicator.level2 }
}

/// Yes and no, as forms and workbooks ask them (是 / 否).
extension Bool: Labelled {
    package var label: Label { self ? Label("是", "yes") : Label("否", "no") }
}
