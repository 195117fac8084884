import StroomModel
import StroomSyntax

/// The strategic-HRM tables, for a benefit logic that follows `methode: shrm`.
extension ReportBuilder {
    func shrm(_ map: DeclarationID) -> SHRMReport? {
        guard analysis.followedMethod(of: map) == .shrm else { return nil }
        let contribution = analysis.contribution(map)
        let arrows = analysis.edges(in: map, role: .contribution)
        let means: Set<DeclarationKind> = [.initiative, .action, .activity, .opportunity]
        func text(_ id: DeclarationID, _ name: AttributeName) -> String? { analysis.values(id, name).first?.text }
        let situations = analysis.members(of: map, .situation).map { situation in
            let addressed = arrows.filter { $0.to == situation && analysis.kind($0.from!).map(means.contains) == true }.map { $0.from! }
            return SHRMReport.Situation(
                item: item(situation, in: map), context: analysis.enumValue(situation, .context),
                current: text(situation, .current), desired: text(situation, .desired),
                gap: analysis.enumValue(situation, .gap), actionNeeded: analysis.enumValue(situation, .actionNeeded),
                addressedBy: items(addressed.uniquedInOrder(), in: map))
        }
        let selected = analysis.members(of: map, .initiative).filter { analysis.enumValue($0, .selected) == "ja" }
        var coverage: [SHRMReport.CoverageRow] = []
        for block in EnumSets.buildingBlock.values.map({ Optional($0.dutch) }) + [nil] {
            let own = selected.filter { analysis.enumValue($0, .buildingBlock) == block }
            let cells = EnumSets.amo.values.map { factor in
                items(own.filter { analysis.values($0, .amo).contains { $0.enumValue == factor.dutch } }, in: map)
            }
            // The row of initiatives without a building block only when it has something.
            if block == nil, cells.allSatisfy(\.isEmpty) { continue }
            coverage.append(SHRMReport.CoverageRow(buildingBlock: block, cells: cells))
        }
        let goals = analysis.members(of: map, .goal).map { goal in
            SHRMReport.Goal(
                item: item(goal, in: map), who: items(analysis.references(goal, .who), in: map),
                level: analysis.enumValue(goal, .level), measure: text(goal, .measure),
                horizon: analysis.enumValue(goal, .horizon), due: analysis.values(goal, .due).first?.date.map(\.description),
                realised: text(goal, .realised),
                contributors: items(contribution.contributorsByPurpose[goal] ?? [], in: map))
        }
        return SHRMReport(phase: analysis.enumValue(map, .phase), situations: situations, coverage: coverage, goals: goals)
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniquedInOrder() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
