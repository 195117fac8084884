import StroomSyntax

/// Which means contribute to the purpose in a benefit logic ("draagt bij aan").
///
/// Something contributes when an arrow path leads from it to a purpose (`bedoeling`, or a
/// strategic-HRM `doel`, possibly through a `situatie`). Nesting
/// counts in three ways, and only these: an action contributes through the initiative (or
/// activity) it belongs to, a theme when one of its activities or initiatives does, and an
/// initiative when its theme has an arrow of its own that leads to a purpose (the facilitator
/// formulates the themes "die bijdragen aan de bedoeling", 001:168, and the new initiatives are
/// clustered under them). An activity — existing work — contributes only through its own
/// arrows: the method puts every school process against the purpose ("Welke processen dragen
/// wel en niet bij aan de bedoeling?", 001:49; "ingesleten werkwijzen waarvan niet duidelijk is
/// welk doel ze dienen", 001:162), so a theme's arrow does not vouch for each of its activities.
public struct Contribution: Sendable {
    /// Every declaration that leads to a purpose.
    public let contributing: Set<DeclarationID>
    /// Per purpose, the means whose arrow paths reach it (in declaration order).
    public let contributorsByPurpose: [DeclarationID: [DeclarationID]]

    public init(analysis: Analysis, map: DeclarationID) {
        let arrows = analysis.edges(in: map, role: .contribution)
        var outgoing: [DeclarationID: [DeclarationID]] = [:]
        for arrow in arrows { outgoing[arrow.from!, default: []].append(arrow.to!) }
        let members = analysis.membersInOrder[map] ?? []
        // A goal (strategic HRM) is an end like a purpose; arrows through a situation
        // (initiative -> situatie -> doel) lead on to it like any contribution.
        let purposes = Set(members.filter { analysis.kind($0).map(Analysis.purposeKinds.contains) ?? false })
        // Each member's theme, and each theme's members, looked up once: asked inside the loop
        // below they made it quadratic in the size of the map.
        var themes: [DeclarationID: DeclarationID] = [:]
        var clustered: [DeclarationID: [DeclarationID]] = [:]
        for id in members {
            guard let theme = analysis.references(id, .theme).first else { continue }
            themes[id] = theme
            clustered[theme, default: []].append(id)
        }
        var contributing: Set<DeclarationID> = []
        var changed = true
        while changed {
            changed = false
            for id in members where !contributing.contains(id) {
                guard let kind = analysis.kind(id), !Analysis.purposeKinds.contains(kind) else { continue }
                let leads = (outgoing[id] ?? []).contains { purposes.contains($0) || contributing.contains($0) }
                var through = false
                switch kind {
                case .action:
                    if let parent = analysis[id].parent { through = contributing.contains(parent) }
                case .initiative:
                    if let theme = themes[id] {
                        through = (outgoing[theme] ?? []).contains { purposes.contains($0) || contributing.contains($0) }
                    }
                case .theme:
                    through = (clustered[id] ?? []).contains { contributing.contains($0) }
                default:
                    break
                }
                if leads || through {
                    contributing.insert(id)
                    changed = true
                }
            }
        }
        self.contributing = contributing
        var incoming: [DeclarationID: [DeclarationID]] = [:]
        for arrow in arrows { incoming[arrow.to!, default: []].append(arrow.from!) }
        var byPurpose: [DeclarationID: [DeclarationID]] = [:]
        for purpose in members where purposes.contains(purpose) {
            // Walk arrows backwards from the purpose.
            var seen: Set<DeclarationID> = [purpose]
            var stack = [purpose]
            while let node = stack.popLast() {
                for from in incoming[node] ?? [] where seen.insert(from).inserted {
                    stack.append(from)
                }
            }
            seen.remove(purpose)
            byPurpose[purpose] = members.filter(seen.contains)
        }
        contributorsByPurpose = byPurpose
    }
}
