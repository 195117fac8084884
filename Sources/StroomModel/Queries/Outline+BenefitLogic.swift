import StroomSyntax

/// The outline of a benefit logic: the purpose per stakeholder, the themes with what belongs
/// to them, then activities, initiatives, principles, benefits, workload, opportunities,
/// causes and actions that stand on their own, and strategic HRM's goals, situations and
/// knelpunten.
extension OutlineSource {
    func benefitLogicOutline(_ map: DeclarationID, language: Language) -> [OutlineItem] {
        let members = self[map].children
        var groups: [OutlineItem] = []
        func add(_ title: LocalizedText, _ items: [OutlineItem]) {
            if let group = outlineGroup(title[language], items) { groups.append(group) }
        }
        // The purpose, per stakeholder: a purpose is listed under every stakeholder its `wie:`
        // names, nested or not; purposes of nobody stand on their own.
        let allMembers = membersInOrder[map] ?? []
        let purposes = allMembers.filter { self[$0].kind == .purpose }
        let stakeholders = members.filter { self[$0].kind == .stakeholder }.map { stakeholder in
            outlineItem(stakeholder, children: purposes.filter { references($0, .who).contains(stakeholder) }.map { outlineItem($0) })
        }
        let ownerless = purposes.filter { references($0, .who).isEmpty }.map { outlineItem($0) }
        add(LocalizedText(nl: "Bedoeling", en: "Purpose"), stakeholders + ownerless)
        // Themes with their activities and initiatives, nested or named by `thema:`.
        let themed = allMembers.filter { self[$0].kind == .activity || self[$0].kind == .initiative }
        let themes = members.filter { self[$0].kind == .theme }.map { theme in
            let nested = self[theme].children
            let named = themed.filter { !nested.contains($0) && self[$0].parent == map && references($0, .theme).contains(theme) }
            let children = (nested + named).sorted { self[$0].range < self[$1].range }.map { outlineItem($0) }
            return outlineItem(theme, children: children)
        }
        add(LocalizedText(nl: "Thema's", en: "Themes"), themes)
        let unthemed = { (kind: DeclarationKind) in
            members.filter { self[$0].kind == kind && self.references($0, .theme).isEmpty }.map { self.outlineItem($0) }
        }
        add(LocalizedText(nl: "Activiteiten", en: "Activities"), unthemed(.activity))
        add(LocalizedText(nl: "Initiatieven", en: "Initiatives"), unthemed(.initiative))
        let plain: [(LocalizedText, DeclarationKind)] = [
            (LocalizedText(nl: "Principes", en: "Principles"), .principle),
            (LocalizedText(nl: "Baten", en: "Benefits"), .benefit),
            (LocalizedText(nl: "Werkdruk", en: "Workload"), .workload),
            (LocalizedText(nl: "Kansen", en: "Opportunities"), .opportunity),
            (LocalizedText(nl: "Oorzaken", en: "Causes"), .cause),
            (LocalizedText(nl: "Acties", en: "Actions"), .action),
            // Strategic HRM.
            (LocalizedText(nl: "Doelen", en: "Goals"), .goal),
            (LocalizedText(nl: "Situaties", en: "Situations"), .situation),
            (LocalizedText(nl: "Knelpunten", en: "Bottlenecks"), .problem),
        ]
        for (title, kind) in plain {
            add(title, members.filter { self[$0].kind == kind }.map { outlineItem($0) })
        }
        // Whatever a benefit logic should not hold (A207) or whose kind is unknown (S006).
        let listed = Set<DeclarationKind>([.stakeholder, .purpose, .theme, .activity, .initiative]).union(plain.map(\.1))
        return groups + members.filter { self[$0].kind.map { !listed.contains($0) } ?? true }.map { outlineItem($0) }
    }
}
