import StroomModel
import StroomSyntax

/// The strategic-HRM tables: goals × who × when, the guide's Tabel 3/4, and the AMO ×
/// building-block coverage of the selected initiatives.
extension SectionWriter {
    func shrmBlocks(_ report: SHRMReport) -> [Block] {
        var blocks: [Block] = []
        let dash: Line = [.text("—")]
        func word(_ value: String?, _ set: EnumSet) -> Line { value.map { [.text(ReportNumbers.word($0, set, l))] } ?? dash }
        func text(_ value: String?) -> Line { value.map { [.text($0)] } ?? dash }

        blocks.append(.heading(level: 3, [.text(ReportText.t("Doelen: wie en wanneer", "Goals: who and when", l))]))
        if report.goals.isEmpty {
            blocks.append(.paragraph([.text(ReportText.t("Nog geen doelen.", "No goals yet.", l))]))
        } else {
            let header = [ReportText.t("Doel", "Goal", l), ReportText.t("Wie", "Who", l), ReportText.t("Niveau", "Level", l),
                          ReportText.t("Meting", "Measure", l), ReportText.t("Termijn", "Term", l),
                          ReportText.t("Gerealiseerd", "Realised", l), ReportText.contributors(l)].map { [Inline.text($0)] }
            let rows: [[Line]] = report.goals.map { goal in
                let term = [goal.horizon.map { ReportNumbers.word($0, EnumSets.horizon, l) }, goal.due].compactMap { $0 }
                return [
                    [.text(goal.item.label)], goal.who.isEmpty ? dash : lines(goal.who), word(goal.level, EnumSets.goalLevel),
                    goal.measure.map { [.text($0)] } ?? [.warning(ReportText.t("geen meting", "no measure", l))],
                    term.isEmpty ? [.warning(ReportText.t("geen termijn", "no term", l))] : [.text(term.joined(separator: ", "))],
                    text(goal.realised),
                    goal.contributors.isEmpty ? [.warning(ReportText.nothingContributes(l))] : lines(goal.contributors, withKind: true),
                ]
            }
            blocks.append(.table(Table(header: header, rows: rows)))
        }

        if !report.situations.isEmpty {
            blocks.append(.heading(level: 3, [.text(ReportText.t("Huidige en gewenste situatie (Tabel 3/4)", "Current and desired situation (Table 3/4)", l))]))
            let header = [ReportText.t("Onderwerp", "Topic", l), ReportText.t("Huidig", "Current", l), ReportText.t("Gewenst", "Desired", l),
                          ReportText.t("Verschil", "Gap", l), ReportText.t("Actie nodig?", "Action needed?", l),
                          ReportText.t("Welke?", "Which?", l)].map { [Inline.text($0)] }
            let rows: [[Line]] = report.situations.map { situation in
                let which: Line = situation.addressedBy.isEmpty
                    ? (situation.actionNeeded == "ja" ? [.warning(ReportText.t("nog niets", "nothing yet", l))] : dash)
                    : lines(situation.addressedBy)
                let context = situation.context.map { " (\(ReportNumbers.word($0, EnumSets.shrmContext, l)))" } ?? ""
                return [[.text(situation.item.label + context)], text(situation.current), text(situation.desired),
                        word(situation.gap, EnumSets.size), word(situation.actionNeeded, EnumSets.yesNo), which]
            }
            blocks.append(.table(Table(header: header, rows: rows)))
        }

        blocks.append(.heading(level: 3, [.text(ReportText.t("Gekozen interventies: AMO × bouwsteen", "Selected interventions: AMO × building block", l))]))
        let header: [Line] = [[.text(ReportText.t("Bouwsteen", "Building block", l))]]
            + EnumSets.amo.values.map { [.text(l == .nl ? "\($0.dutch) (\($0.english))" : "\($0.english) (\($0.dutch))")] }
        let rows: [[Line]] = report.coverage.map { row in
            let block = row.buildingBlock.map { ReportNumbers.word($0, EnumSets.buildingBlock, l) }
                ?? ReportText.t("zonder bouwsteen", "no building block", l)
            return [[.text(block)]] + row.cells.map { $0.isEmpty ? [.text("·")] : lines($0) }
        }
        blocks.append(.table(Table(header: header, rows: rows, isBoard: true)))
        blocks.append(.paragraph([.text(ReportText.t(
            "In elke cel: de gekozen initiatieven met die bouwsteen (bouwsteen:) die op die factor aangrijpen (amo:). Een lege rij is een bouwsteen waar niets aan gebeurt; een lege kolom een factor die niemand versterkt.",
            "In each cell: the selected initiatives with that building block (building_block:) that act on that factor (amo:). An empty row is a building block nothing works on; an empty column a factor nobody strengthens.", l))]))
        return blocks
    }
}
