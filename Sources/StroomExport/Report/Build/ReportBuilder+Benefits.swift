import StroomModel
import StroomSyntax

/// The sections of a benefit logic.
extension ReportBuilder {
    func benefits(_ map: DeclarationID) -> BenefitReport {
        let contribution = analysis.contribution(map)
        let notContributing = analysis.members(of: map, .activity, .initiative).filter { !contribution.contributing.contains($0) }
        let principles = analysis.members(of: map, .principle)
        return BenefitReport(
            stakeholders: stakeholderGroups(map, contribution: contribution),
            notContributing: items(notContributing, in: map),
            workload: workloadGroups(map),
            principles: items(principles, in: map),
            themeRows: themeRows(map, principles: principles),
            shrm: shrm(map))
    }

    /// Purposes grouped by their first stakeholder, stakeholders in declaration order, then
    /// the purposes that name none.
    func stakeholderGroups(_ map: DeclarationID, contribution: Contribution) -> [BenefitReport.StakeholderGroup] {
        let purposes = analysis.members(of: map, .purpose)
        func row(_ purpose: DeclarationID) -> BenefitReport.Purpose {
            BenefitReport.Purpose(item: item(purpose, in: map),
                                  contributors: items(contribution.contributorsByPurpose[purpose] ?? [], in: map))
        }
        var groups: [BenefitReport.StakeholderGroup] = []
        var placed: Set<DeclarationID> = []
        for stakeholder in analysis.members(of: map, .stakeholder) {
            let own = purposes.filter { analysis.references($0, .who).first == stakeholder }
            placed.formUnion(own)
            if !own.isEmpty {
                groups.append(.init(stakeholder: item(stakeholder, in: map), purposes: own.map(row)))
            }
        }
        let rest = purposes.filter { !placed.contains($0) }
        if !rest.isEmpty {
            groups.append(.init(stakeholder: nil, purposes: rest.map(row)))
        }
        return groups
    }

    func workloadGroups(_ map: DeclarationID) -> [BenefitReport.WorkloadGroup] {
        let items = analysis.members(of: map, .workload)
        return ["bedoeling", "organisatie", ""].compactMap { source in
            let own = items.filter { (analysis.enumValue($0, .source) ?? "") == source }
            guard !own.isEmpty else { return nil }
            return BenefitReport.WorkloadGroup(source: source, items: own.map { workload in
                BenefitReport.Workload(
                    item: item(workload, in: map),
                    at: self.items(analysis.references(workload, .at), in: map),
                    reportedBy: self.items(analysis.references(workload, .reportedBy), in: map),
                    reducedBy: self.items(analysis.referrers(of: workload, kind: .opportunity, via: .reduces), in: map))
            })
        }
    }

    /// One row per theme (in declaration order), then one for initiatives without a theme if
    /// any of them applies a principle.
    func themeRows(_ map: DeclarationID, principles: [DeclarationID]) -> [BenefitReport.ThemeRow] {
        let initiatives = analysis.members(of: map, .initiative)
        func cells(_ members: [DeclarationID]) -> [[ReportItem]] {
            principles.map { principle in
                items(members.filter { analysis.references($0, .principles).contains(principle) }, in: map)
            }
        }
        var rows = analysis.members(of: map, .theme).map { theme in
            let letter = analysis.values(theme, .letter).first.flatMap { $0.text ?? $0.enumValue }
            return BenefitReport.ThemeRow(theme: item(theme, in: map), letter: letter,
                                          cells: cells(initiatives.filter { analysis.references($0, .theme).first == theme }))
        }
        let unthemed = cells(initiatives.filter { analysis.references($0, .theme).isEmpty })
        if unthemed.contains(where: { !$0.isEmpty }) {
            rows.append(BenefitReport.ThemeRow(theme: nil, letter: nil, cells: unthemed))
        }
        return rows
    }
}
