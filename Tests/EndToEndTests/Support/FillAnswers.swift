/// What a clerk in Jiangsu types into `zicha fill` for a one-platform, one-item template, one
/// entry per prompt. An empty string is Enter alone: it keeps what is on the line (the office
/// name and region code `init` filled in), takes a choice's default, or ends a list or text.
enum FillAnswers {
    /// The report header; the first date is impossible, so fill must ask again.
    static let header = [
        "", "2017-02-30", "2017-12-20", "省政务服务管理办公室", "张三", "025-83300000", "zhangsan@js.gov.cn", "n",
    ]

    /// Everything after the header: the platform, its six indicators, the service item, its seven
    /// indicators and the summary (several lines, ended by an empty one).
    static let rest = [
        "江苏政务服务网", "http://www.jszwfw.gov.cn", "http://www.jiangsu.gov.cn", "1", "", "3200000001",
        "y", "1",
        "个人服务 | theme | 120", "法人服务 | 主题 | 80", "", "1",
        "教师资格认定 | 教师资格认定 | y", "企业设立登记 | 企业设立登记 | y", "排污许可证 | 排污许可证核发 | y", "", "1",
        "", "1",
        "2017-12-01 | 个人 | y", "", "1",
        "y", "如何办理居住证？ | 2017-11-01 | 2017-11-03", "", "1",
        "教师资格认定", "-", "省教育厅",
        "《教师资格条例》", "具有中国国籍，符合学历条件", "20个工作日", "不收费", "省教育厅教师资格认定中心", "025-83335555",
        "申请 | 在网上提交申请材料", "受理 | 对材料齐全的申请予以受理", "审查 | 审查申请人条件并组织面试", "决定 | 作出认定决定并颁发证书", "",
        "身份证 | 原件 | 纸质 | 1 | -", "",
        "教师资格认定申请表 | http://www.jszwfw.gov.cn/f1.doc | http://www.jszwfw.gov.cn/f1-guide.html | http://www.jszwfw.gov.cn/f1-sample.pdf",
        "",
        "1",
        "y", "", "1",
        "1", "1", "1", "1", "1",
        "全省完成平台自查和整改。", "",
    ]
}
