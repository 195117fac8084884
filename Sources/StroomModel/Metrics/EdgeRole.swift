import StroomSyntax

/// What an arrow means, decided by the kinds at its ends.
public enum EdgeRole: Sendable, Hashable {
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
    static let contributorKinds: Set<DeclarationKind> = [.opportunity, .activity, .initiative, .action, .theme, .benefit,
                                                          .situation]
    static let contributionTargets: Set<DeclarationKind> = [.purpose, .benefit, .theme, .activity, .initiative,
                                                             .goal, .situation]
    /// The ends of contribution: a purpose, and strategic HRM's goal, which counts as one.
    static let purposeKinds: Set<DeclarationKind> = [.purpose, .goal]

    /// The role of an edge whose ends are resolved.
    public func role(of edge: ResolvedEdge) -> EdgeRole {
        guard let from = edge.from, let to = edge.to else { return .invalid }
        return EdgeRole(from: self[from].kind, to: self[to].kind, inMapOfKind: self[edge.edge.map].kind)
    }

    /// The edges of one role written in a map (both ends resolved), in order.
    public func edges(in map: DeclarationID, role: EdgeRole) -> [ResolvedEdge] {
        index.edgesByRole[map]?[role] ?? []
    }
}

extension EdgeRole {
    /// The role of an arrow between declarations of these kinds, written in a map of `mapKind`.
    init(from fromKind: DeclarationKind?, to toKind: DeclarationKind?, inMapOfKind mapKind: DeclarationKind?) {
        guard let fromKind, let toKind else {
            self = .invalid
            return
        }
        if mapKind == .benefitLogic {
            if Analysis.benefitCausalKinds.contains(fromKind), Analysis.benefitCausalKinds.contains(toKind) {
                self = .causal
            } else if Analysis.purposeKinds.contains(fromKind) {
                // A purpose pointing back at a means is the arrow the wrong way round (B405);
                // towards anything else it means nothing (B418).
                self = Analysis.contributorKinds.contains(toKind) ? .againstContribution : .invalid
            } else if fromKind == .theme, toKind == .activity || toKind == .initiative {
                // A theme clusters its activities and initiatives; it does not contribute to them.
                self = .invalid
            } else if Analysis.contributorKinds.contains(fromKind), Analysis.contributionTargets.contains(toKind) {
                self = .contribution
            } else {
                self = .invalid
            }
        } else if Analysis.flowKinds.contains(fromKind), Analysis.flowKinds.contains(toKind) {
            self = .flow
        } else if Analysis.vsmCausalKinds.contains(fromKind), Analysis.vsmCausalKinds.contains(toKind) {
            self = .causal
        } else {
            self = .invalid
        }
    }
}
