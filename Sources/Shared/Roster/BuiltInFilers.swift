/// The expected filers of the 2017 round (`docs/reference/filers.csv`), built into the binary:
/// 31 provinces, the Xinjiang Production and Construction Corps and the State Council departments.
/// A new database starts with exactly these filers on the roster of round `2017`.
package enum BuiltInFilers {
    package static let all: [FilerSeed] = [
        FilerSeed(code: "110000", name: "北京市", nameEn: "Beijing", kind: .region),
        FilerSeed(code: "120000", name: "天津市", nameEn: "Tianjin", kind: .region),
        FilerSeed(code: "130000", name: "河北省", nameEn: "Hebei", kind: .region),
        FilerSeed(code: "140000", name: "山西省", nameEn: "Shanxi", kind: .region),
        FilerSeed(code: "150000", name: "内蒙古自治区", nameEn: "Inner Mongolia", kind: .region),
        FilerSeed(code: "210000", name: "辽宁省", nameEn: "Liaoning", kind: .region),
        FilerSeed(code: "220000", name: "吉林省", nameEn: "Jilin", kind: .region),
        FilerSeed(code: "230000", name: "黑龙江省", nameEn: "Heilongjiang", kind: .region),
        FilerSeed(code: "310000", name: "上海市", nameEn: "Shanghai", kind: .region),
        FilerSeed(code: "320000", name: "江苏省", nameEn: "Jiangsu", kind: .region),
        FilerSeed(code: "330000", name: "浙江省", nameEn: "Zhejiang", kind: .region),
        FilerSeed(code: "340000", name: "安徽省", nameEn: "Anhui", kind: .region),
        FilerSeed(code: "350000", name: "福建省", nameEn: "Fujian", kind: .region),
        FilerSeed(code: "360000", name: "江西省", nameEn: "Jiangxi", kind: .region),
        FilerSeed(code: "370000", name: "山东省", nameEn: "Shandong", kind: .region),
        FilerSeed(code: "410000", name: "河南省", nameEn: "Henan", kind: .region),
        FilerSeed(code: "420000", name: "湖北省", nameEn: "Hubei", kind: .region),
        FilerSeed(code: "430000", name: "湖南省", nameEn: "Hunan", kind: .region),
        FilerSeed(code: "440000", name: "广东省", nameEn: "Guangdong", kind: .region),
        FilerSeed(code: "450000", name: "广西壮族自治区", nameEn: "Guangxi", kind: .region),
        FilerSeed(code: "460000", name: "海南省", nameEn: "Hainan", kind: .region),
        FilerSeed(code: "500000", name: "重庆市", nameEn: "Chongqing", kind: .region),
        FilerSeed(code: "510000", name: "四川省", nameEn: "Sichuan", kind: .region),
        FilerSeed(code: "520000", name: "贵州省", nameEn: "Guizhou", kind: .region),
        FilerSeed(code: "530000", name: "云南省", nameEn: "Yunnan", kind: .region),
        FilerSeed(code: "540000", name: "西藏自治区", nameEn: "Tibet", kind: .region),
        FilerSeed(code: "610000", name: "陕西省", nameEn: "Shaanxi", kind: .region),
        FilerSeed(code: "620000", name: "甘肃省", nameEn: "Gansu", kind: .region),
        FilerSeed(code: "630000", name: "青海省", nameEn: "Qinghai", kind: .region),
        FilerSeed(code: "640000", name: "宁夏回族自治区", nameEn: "Ningxia", kind: .region),
        FilerSeed(code: "650000", name: "新疆维吾尔自治区", nameEn: "Xinjiang", kind: .region),
        FilerSeed(code: "660000", name: "新疆生产建设兵团", nameEn: "Xinjiang Production and Construction Corps", kind: .corps),
        FilerSeed(code: "bm02", name: "外交部", nameEn: "Ministry of Foreign Affairs", kind: .department),
        FilerSeed(code: "bm03", name: "国防部", nameEn: "Ministry of National Defense", kind: .department),
        FilerSeed(code: "bm04", name: "国家发展和改革委员会", nameEn: "National Development and Reform Commission", kind: .department),
        FilerSeed(code: "bm05", name: "教育部", nameEn: "Ministry of Education", kind: .department),
        FilerSeed(code: "bm06", name: "科学技术部", nameEn: "Ministry of Science and Technology", kind: .department),
        FilerSeed(code: "bm07", name: "工业和信息化部", nameEn: "Ministry of Industry and Information Technology", kind: .department),
        FilerSeed(code: "bm08", name: "国家民族事务委员会", nameEn: "State Ethnic Affairs Commission", kind: .department),
        FilerSeed(code: "bm09", name: "公安部", nameEn: "Ministry of Public Security", kind: .department),
        FilerSeed(code: "bm10", name: "国家安全部", nameEn: "Ministry of State Security", kind: .department),
        FilerSeed(code: "bm11", name: "监察部", nameEn: "Ministry of Supervision", kind: .department),
        FilerSeed(code: "bm12", name: "民政部", nameEn: "Ministry of Civil Affairs", kind: .department),
        FilerSeed(code: "bm13", name: "司法部", nameEn: "Ministry of Justice", kind: .department),
        FilerSeed(code: "bm14", name: "财政部", nameEn: "Ministry of Finance", kind: .department),
        FilerSeed(code: "bm15", name: "人力资源和社会保障部", nameEn: "Ministry of Human Resources and Social Security", kind: .department),
        FilerSeed(code: "bm16", name: "国土资源部", nameEn: "Ministry of Land and Resources", kind: .department),
        FilerSeed(code: "bm17", name: "环境保护部", nameEn: "Ministry of Environmental Protection", kind: .department),
        FilerSeed(code: "bm18", name: "住房和城乡建设部", nameEn: "Ministry of Housing and Urban-Rural Development", kind: .department),
        FilerSeed(code: "bm19", name: "交通运输部", nameEn: "Ministry of Transport", kind: .department),
        FilerSeed(code: "bm20", name: "水利部", nameEn: "Ministry of Water Resources", kind: .department),
        FilerSeed(code: "bm21", name: "农业部", nameEn: "Ministry of Agriculture", kind: .department),
        FilerSeed(code: "bm22", name: "商务部", nameEn: "Ministry of Commerce", kind: .department),
        FilerSeed(code: "bm23", name: "文化部", nameEn: "Ministry of Culture", kind: .department),
        FilerSeed(
            code: "bm24", name: "国家卫生和计划生育委员会", nameEn: "National Health and Family Planning Commission", kind: .department),
        FilerSeed(code: "bm25", name: "中国人民银行", nameEn: "People's Bank of China", kind: .department),
        FilerSeed(code: "bm26", name: "审计署", nameEn: "National Audit Office", kind: .department),
        FilerSeed(
            code: "bm27", name: "国务院国有资产监督管理委员会", nameEn: "State-owned Assets Supervision and Administration Commission",
            kind: .department),
        FilerSeed(code: "bm28", name: "海关总署", nameEn: "General Administration of Customs", kind: .department),
        FilerSeed(code: "bm29", name: "国家税务总局", nameEn: "State Administration of Taxation", kind: .department),
        FilerSeed(code: "bm30", name: "国家工商行政管理总局", nameEn: "State Administration for Industry and Commerce", kind: .department),
        FilerSeed(
            code: "bm31", name: "国家质量监督检验检疫总局", nameEn: "General Administration of Quality Supervision Inspection and Quarantine",
            kind: .department),
        FilerSeed(
            code: "bm32", name: "国家新闻出版广电总局", nameEn: "State Administration of Press Publication Radio Film and Television",
            kind: .department),
        FilerSeed(code: "bm33", name: "国家体育总局", nameEn: "General Administration of Sport", kind: .department),
        FilerSeed(code: "bm34", name: "国家安全生产监督管理总局", nameEn: "State Administration of Work Safety", kind: .department),
        FilerSeed(code: "bm35", name: "国家食品药品监督管理总局", nameEn: "China Food and Drug Administration", kind: .department),
        FilerSeed(code: "bm36", name: "国家统计局", nameEn: "National Bureau of Statistics", kind: .department),
        FilerSeed(code: "bm37", name: "国家林业局", nameEn: "State Forestry Administration", kind: .department),
        FilerSeed(code: "bm38", name: "国家知识产权局", nameEn: "State Intellectual Property Office", kind: .department),
        FilerSeed(code: "bm39", name: "国家旅游局", nameEn: "China National Tourism Administration", kind: .department),
        FilerSeed(code: "bm40", name: "国家宗教事务局", nameEn: "State Administration for Religious Affairs", kind: .department),
        FilerSeed(code: "bm41", name: "国务院参事室", nameEn: "Counsellors' Office of the State Council", kind: .department),
        FilerSeed(
            code: "bm42", name: "国家机关事务管理局", nameEn: "Government Offices Administration of the State Council", kind: .department),
    ]
}

/// One filer of the built-in roster (or of a server's own, for the validator's roster rules).
package struct FilerSeed: Sendable, Equatable {
    package var code: String
    package var name: String
    package var nameEn: String?
    package var kind: FilerKind

    package init(code: String, name: String, nameEn: String? = nil, kind: FilerKind) {
        self.code = code
        self.name = name
        self.nameEn = nameEn
        self.kind = kind
    }
}

/// What a filer is: a province-level region, the Corps, or a State Council department.
package enum FilerKind: String, Sendable, Codable, CaseIterable {
    case region, corps, department

    /// The kind a roster code implies: `bmNN` departments, `660000` the Corps, else a region.
    package static func implied(byCode code: String) -> FilerKind {
        if code.hasPrefix("bm") { return .department }
        return code == "660000" ? .corps : .region
    }
}
