import Foundation
import Shared

/// The printable checklist of a draw: one sheet per sampled platform (A4, a page each) with its
/// address and portal, the 13 indicators with their checkpoints, boxes to tick and room for
/// notes, and lines for the checker's signature and date.
struct ChecklistPage: WebPageModel {
    struct Indicator: Sendable {
        var number: Int
        var name: String
        var level1: String
        var checkpoint: String
        /// What was recorded already, if anything.
        var recorded: String?
    }

    struct Sheet: Sendable {
        var number: Int
        var platform: SampledPlatform
        var indicators: [Indicator]
    }

    var chrome: Chrome
    var round: String
    var checkId: Int64
    var seed: Int64
    var drawnAt: String
    var drawnBy: String
    var printedAt: String
    var batchHref: String
    var sheets: [Sheet]
    var count: Int

    init(chrome: Chrome, round: String, check: SpotCheck, names: [String: String], now: Date) {
        self.chrome = chrome
        self.round = round
        checkId = check.id
        seed = check.seed
        drawnAt = ReadableTime.of(check.drawnAt)
        drawnBy = check.drawnBy
        printedAt = ReadableTime.of(now)
        batchHref = WebPaths.draw(round, check.id)
        sheets = check.items.enumerated().map { index, item in
            let findings = Dictionary(item.findings.map { ($0.indicator, $0) }, uniquingKeysWith: { first, _ in first })
            return Sheet(
                number: index + 1, platform: SampledPlatform(item, check: check.id, round: round, names: names),
                indicators: IndicatorCatalogue.all.enumerated().map { n, indicator in
                    Indicator(
                        number: n + 1, name: indicator.level2.zh, level1: indicator.level1.zh,
                        checkpoint: indicator.checkpoint.zh, recorded: findings[indicator.id].map { $0.outcome.label.zh })
                })
        }
        count = sheets.count
    }
}
