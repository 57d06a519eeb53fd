import Shared
import Testing

@Suite struct CatalogueTests {
    @Test func thirteenUniqueIndicatorsInTableOrder() {
        let ids = IndicatorCatalogue.all.map(\.id)
        #expect(ids.count == 13)
        #expect(Set(ids).count == 13)
        #expect(ids == IndicatorID.allCases)
    }

    @Test func everyIdFindsItsOwnEntry() {
        for id in IndicatorID.allCases {
            #expect(id.indicator.id == id)
        }
    }

    @Test func scopesMatchTheTable() {
        #expect(
            IndicatorCatalogue.platformIndicators.map(\.id) == [
                .unifiedEntry, .columns, .search, .classification, .registration, .consultation,
            ])
        #expect(IndicatorCatalogue.serviceItemIndicators.count == 7)
        #expect(IndicatorCatalogue.all.filter { $0.level1.zh == "平台功能" }.allSatisfy { $0.appliesTo == .platform })
        #expect(IndicatorCatalogue.all.filter { $0.level1.zh == "服务事项" }.allSatisfy { $0.appliesTo == .serviceItem })
    }

    @Test func textsArePresentInBothLanguages() {
        for indicator in IndicatorCatalogue.all {
            for text in [indicator.level1, indicator.level2, indicator.checkpoint] {
                #expect(!text.zh.isEmpty && !text.en.isEmpty, "\(indicator.id)")
            }
        }
        #expect(IndicatorID.materialFormat.indicator.level2.zh == "材料明确性 / 格式要求是否明确")
        #expect(IndicatorID.consultation.indicator.checkpoint.zh.contains("5个工作日"))
    }
}
