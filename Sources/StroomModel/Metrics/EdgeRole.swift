import StroomSyntax

/// What an arrow means, decided by the kinds at its ends.
public enum EdgeRole: Sendable, Equatable {
    /// Between steps and waits of a process: the order of the work.
    case flow
    /// Between causes and problems (or workload items): "leads to".
    case causal
    /// In a benefit logic, from means towards purpose: "draagt bij aan".
    case contribution
    /// From a purpose back to a means (B405).
    case againstContribution
    /// Any other pairing (V312 in a value stream map, B418 in a benefit logic).
    case invalid
}

extension Analysis {
    static let flowKinds: Set<DeclarationKind> = [.step, .wait]
    static let vsmCausalKinds: Set<DeclarationKind> = [.cause, .problem]
    static let benefitCausalKinds: Set<DeclarationKind> = [.cause, .workload]
    static let contributorKinds: Set<DeclarationKind> = [.opportunity, .activity, .initiative, .action, .theme, .benefit]
    static let contributionTargets: Set<DeclarationKind> = [.purpose, .benefit, .theme, .activity, .initiative]

    /// The role of an edge whose ends are resolved.
    public func role(of edge: ResolvedEdge) -> EdgeRole {
        guard let from = edge.from, let to = edge.to, let fromKind = self[from].kind, let toKind = self[to].kind else {
            return .invalid
        }
        if self[edge.edge.map].kind == .benefitLogic {
            if Analysis.benefitCausalKinds.contains(fromKind), Analysis.benefitCausalKinds.contains(toKind) { return .causal }
            // A purpose pointing back at a means is the arrow the wrong way round (B405);
            // towards anything else it means nothing (B418).
            if fromKind == .purpose { return Analysis.contributorKinds.contains(toKind) ? .againstContribution : .invalid }
            // A theme clusters its activities and initiatives; it does not contribute to them.
            if fromKind == .theme, toKind == .activity || toKind == .initiative { return .invalid }
            if Analysis.contributorKinds.contains(fromKind), Analysis.contributionTargets.contains(toKind) { return .contribution }
            return .invalid
        }
        if Analysis.flowKinds.contains(fromKind), Analysis.flowKinds.contains(toKind) { return .flow }
        if Analysis.vsmCausalKinds.contains(fromKind), Analysis.vsmCausalKinds.contains(toKind) { return .causal }
        return .invalid
    }

    /// The edges of one role written in a map.
    public func edges(in map: DeclarationID, role: EdgeRole) -> [ResolvedEdge] {
        edges(in: map).filter { self.role(of: $0) == role }
    }
}
