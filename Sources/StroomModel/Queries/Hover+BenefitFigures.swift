import StroomSyntax

/// Whether a benefit logic item contributes to the purpose, and what reaches a purpose, read
/// from `Contribution`.
extension Analysis {
    func benefitFigures(_ id: DeclarationID, _ language: Language) -> [String] {
        let contribution = contribution(map(of: id))
        let nl = language == .nl
        if let kind = kind(id), Analysis.purposeKinds.contains(kind) {
            let contributors = contribution.contributorsByPurpose[id] ?? []
            return [line("Draagt bij", "Contributed to by", names(contributors), language)]
        }
        let reached = inWorkspaceOrder(contribution.contributorsByPurpose.keys).filter { contribution.contributorsByPurpose[$0]?.contains(id) ?? false }
        var lines: [String] = []
        if contribution.contributing.contains(id) {
            lines.append(nl ? "Draagt bij aan de bedoeling: ja" : "Contributes to the purpose: yes")
            if !reached.isEmpty { lines.append(line("Via pijlen naar", "By arrows to", names(reached), language)) }
        } else {
            lines.append(nl ? "Draagt bij aan de bedoeling: nee (geen pijlenpad naar een bedoeling)"
                            : "Contributes to the purpose: no (no arrow path to a purpose)")
        }
        if kind(id) == .opportunity {
            lines.append(line("Vermindert", "Reduces", names(references(id, .reduces)), language))
        }
        if kind(id) == .initiative, let selected = enumValue(id, .selected) {
            lines.append(line("Gekozen", "Selected", selected == "ja" ? (nl ? "ja" : "yes") : (nl ? "nee" : "no"), language))
        }
        return lines
    }

    /// Where workload comes from, and what reduces it.
    func workloadFigures(_ id: DeclarationID, _ language: Language) -> [String] {
        var lines: [String] = []
        if let source = enumValue(id, .source), let entry = EnumSets.workloadSource.values.first(where: { $0.dutch == source }) {
            lines.append(line("Bron", "Source", entry.spelling(language), language))
        }
        lines.append(line("Bij", "At", names(references(id, .at)), language))
        lines.append(line("Verminderd door", "Reduced by", names(referrers(of: id, kind: .opportunity, via: .reduces)), language))
        return lines
    }
}
