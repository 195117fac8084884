import StroomSyntax

/// H707 — knelpunten in a building block that no selected initiative works on: "niet in
/// balans" (004:1067-1070, 1759, 2112-2116).
enum BuildingBlockOutOfBalance: CheckRule {
    static let info = RuleInfo(
        code: "H707", severity: .warning,
        title: LocalizedText(nl: "Bouwsteen niet in balans", en: "Building block out of balance"),
        explanation: LocalizedText(
            nl: "Vier in balans: visie, deskundigheid, inhoud en infrastructuur moeten samen op orde zijn; een bouwsteen die achterblijft is zelf een knelpunt. Liggen er knelpunten in een bouwsteen (bouwsteen: …) en werkt geen gekozen initiatief aan die bouwsteen, dan raakt het geheel uit balans. Kies een initiatief voor die bouwsteen, of schrijf bij een gekozen initiatief dat het eraan werkt. Vóór de fase doe is dit een hint, vanaf doe een waarschuwing.",
            en: "Four in balance: vision, expertise, content and infrastructure must be in order together; a building block that lags behind is itself a bottleneck. When bottlenecks lie in a building block (building_block: …) and no selected initiative works on it, the whole gets out of balance. Choose an initiative for that building block, or write on a selected initiative that it works on it. Before the phase do this is a hint, from do on a warning."),
        example: "probleem wifi \"Wifi valt weg\" { bouwsteen: infrastructuur }   # H707: geen gekozen initiatief met bouwsteen: infrastructuur",
        hintBeforePhase: "doe")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.shrmMaps {
            let worked = Set(analysis.members(of: map, .initiative).filter(analysis.isSelected)
                .compactMap { analysis.enumValue($0, .buildingBlock) })
            var reported: Set<String> = []
            for problem in analysis.members(of: map, .problem) where analysis[problem].name != nil {
                guard let block = analysis.enumValue(problem, .buildingBlock), !worked.contains(block),
                      reported.insert(block).inserted,
                      let value = EnumSets.buildingBlock.values.first(where: { $0.dutch == block }) else { continue }
                let knelpunten = analysis.members(of: map, .problem).filter { analysis.enumValue($0, .buildingBlock) == block }
                let names = knelpunten.map { MessageParts.named(analysis[$0]) }.joined(separator: ", ")
                // An initiative for the block that is not chosen yet: choosing it is what is missing.
                let unchosen = analysis.members(of: map, .initiative)
                    .filter { analysis.enumValue($0, .buildingBlock) == block && analysis[$0].name != nil }
                    .map { MessageParts.named(analysis[$0]) }
                let advice = unchosen.isEmpty
                    ? LocalizedText(nl: "Kies er een met bouwsteen: \(value.dutch).", en: "Choose one with building_block: \(value.english).")
                    : LocalizedText(nl: "\(unchosen.joined(separator: ", ")) werkt eraan maar is niet gekozen: zet er gekozen: ja bij als jullie het gaan doen.",
                                    en: "\(unchosen.joined(separator: ", ")) works on it but is not selected: add selected: yes if you are going to do it.")
                context.report(on: problem, message: LocalizedText(
                    nl: "De bouwsteen \(value.dutch) heeft knelpunten (\(names)), maar geen gekozen initiatief werkt eraan. \(advice.nl)",
                    en: "The building block \(value.english) has bottlenecks (\(names)), but no selected initiative works on it. \(advice.en)"))
            }
        }
    }
}
