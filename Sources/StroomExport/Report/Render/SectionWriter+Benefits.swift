import StroomModel
import StroomSyntax

/// A benefit logic: purposes and what reaches them, what reaches none, workload by source, and
/// the theme × principle table.
extension SectionWriter {
    func benefitBlocks(_ benefits: BenefitReport) -> [Block] {
        var blocks: [Block] = benefits.shrm.map(shrmBlocks) ?? []
        // A strategic-HRM map states goals rather than "blij als" purposes: no empty heading.
        if benefits.shrm == nil || !benefits.stakeholders.isEmpty {
            blocks.append(.heading(level: 3, [.text(ReportText.purposes(l))]))
        }
        for group in benefits.stakeholders {
            let name = group.stakeholder?.label ?? ReportText.noStakeholder(l)
            blocks.append(.heading(level: 4, [.text(name + ReportText.happyWhen(l))]))
            let rows: [[Line]] = group.purposes.map { purpose in
                let contributors: Line = purpose.contributors.isEmpty
                    ? [.warning(ReportText.nothingContributes(l))]
                    : lines(purpose.contributors, withKind: true)
                return [[.text(purpose.item.label)], contributors]
            }
            blocks.append(.table(Table(header: [[.text(ReportText.purpose(l))], [.text(ReportText.contributors(l))]], rows: rows)))
        }
        blocks.append(.heading(level: 3, [.text(ReportText.notContributing(l))]))
        if benefits.notContributing.isEmpty {
            blocks.append(.paragraph([.text(ReportText.allContribute(l))]))
        } else {
            blocks.append(.paragraph([.text(ReportText.notContributingNote(l))]))
            blocks.append(.bullets(benefits.notContributing.map { [.text("\($0.label) (\(kindNoun($0.kind)))")] }))
        }
        if !benefits.workload.isEmpty { blocks += workloadBlocks(benefits) }
        if benefits.shrm == nil || !benefits.principles.isEmpty { blocks += principleBlocks(benefits) }
        return blocks
    }

    func workloadBlocks(_ benefits: BenefitReport) -> [Block] {
        var blocks: [Block] = [.heading(level: 3, [.text(ReportText.workloadBySource(l))])]
        for group in benefits.workload {
            blocks.append(.heading(level: 4, [.text(ReportText.source(group.source, l) + " (\(group.items.count))")]))
            let rows: [[Line]] = group.items.map { workload in
                [[.text(workload.item.label)], lines(workload.at, withKind: true), lines(workload.reducedBy)]
            }
            blocks.append(.table(Table(
                header: [ReportText.workload(l), ReportText.at(l), ReportText.reducedBy(l)].map { [.text($0)] }, rows: rows)))
        }
        return blocks
    }

    func principleBlocks(_ benefits: BenefitReport) -> [Block] {
        var blocks: [Block] = [.heading(level: 3, [.text(ReportText.themePrinciples(l))])]
        guard !benefits.principles.isEmpty else { return blocks + [.paragraph([.text(ReportText.noPrinciples(l))])] }
        let header: [Line] = [[.text(ReportText.theme(l))]] + benefits.principles.map { [.text($0.label)] }
        let rows: [[Line]] = benefits.themeRows.map { row in
            let theme: Line = row.theme.map { theme in [.text((row.letter.map { "\($0) " } ?? "") + theme.label)] }
                ?? [.text(ReportText.noTheme(l))]
            return [theme] + row.cells.map { cell in cell.isEmpty ? [.text("·")] : lines(cell) }
        }
        blocks.append(.table(Table(header: header, rows: rows)))
        blocks.append(.paragraph([.text(l == .nl
            ? "In elke cel: de initiatieven van het thema die het principe toepassen (principes: …)."
            : "In each cell: the theme’s initiatives that apply the principle (principles: …).")]))
        return blocks
    }
}
