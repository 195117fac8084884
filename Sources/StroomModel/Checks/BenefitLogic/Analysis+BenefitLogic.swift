import StroomSyntax

/// A loop in the contributes-to arrows of a benefit logic: A contributes to B … contributes to A.
struct ContributionCycle {
    /// The declarations around the loop, starting at the first declared one.
    let members: [DeclarationID]
    /// The arrows of the loop, in order.
    let edges: [ResolvedEdge]
}

/// Questions the benefit logic rules ask of the model.
extension Analysis {
    /// One cycle per group of means that contribute to each other (per strongly connected group
    /// of the contributes-to arrows), found in declaration order so the result is stable. The
    /// same search as ``feedbackLoops(in:)``, over the other arrows.
    func contributionCycles(in map: DeclarationID) -> [ContributionCycle] {
        let arrows = edges(in: map, role: .contribution)
        var outgoing: [DeclarationID: [ResolvedEdge]] = [:]
        for arrow in arrows { outgoing[arrow.from!, default: []].append(arrow) }
        let nodes = (membersInOrder[map] ?? []).filter { outgoing[$0] != nil }
        var covered: Set<DeclarationID> = []
        var cycles: [ContributionCycle] = []
        for start in nodes where !covered.contains(start) {
            guard let cycle = shortestCycle(from: start, outgoing: outgoing) else { continue }
            covered.formUnion(stronglyConnected(from: start, outgoing: outgoing))
            cycles.append(ContributionCycle(members: cycle.map { $0.from! }, edges: cycle))
        }
        return cycles
    }

    /// Whether an initiative is selected (`gekozen: ja`).
    func isSelected(_ initiative: DeclarationID) -> Bool {
        enumValue(initiative, .selected) == "ja"
    }

    /// The activities and initiatives a theme clusters: nested in it, or naming it in `thema:`.
    func clustered(by theme: DeclarationID) -> [DeclarationID] {
        inWorkspaceOrder(referrers(of: theme, kind: .activity, via: .theme) + referrers(of: theme, kind: .initiative, via: .theme))
    }

    /// The purposes of a benefit logic that have a name (arrows can point at them).
    func namedPurposes(of map: DeclarationID) -> [DeclarationID] {
        members(of: map, .purpose).filter { self[$0].name != nil }
    }
}
