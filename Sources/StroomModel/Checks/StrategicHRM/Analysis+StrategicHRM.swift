import StroomSyntax

/// What strategic HRM's rules (H7xx) ask of a benefit logic that follows `methode: shrm`.
extension Analysis {
    /// The benefit logics that follow strategic HRM.
    var shrmMaps: [DeclarationID] {
        maps(.benefitLogic).filter { followedMethod(of: $0) == .shrm }
    }

    /// The position of a map's `fase` among ontdek, kies, doe, ga_door, if it names one.
    public func shrmPhaseIndex(_ map: DeclarationID) -> Int? {
        guard let phase = enumValue(map, .phase) else { return nil }
        return EnumSets.shrmPhase.values.firstIndex { $0.dutch == phase }
    }

    /// Whether the map names a phase before `phase`. A map without a phase gets the rule's
    /// default severity, as a process without a stage does.
    func isBeforeSHRMPhase(_ map: DeclarationID, _ phase: String) -> Bool {
        guard let current = shrmPhaseIndex(map),
              let needed = EnumSets.shrmPhase.values.firstIndex(where: { $0.dutch == phase }) else { return false }
        return current < needed
    }

    /// Whether something addresses `target`: an arrow into it from an initiative, action or
    /// activity, or an initiative that names it in `lost_op`.
    func isAddressed(_ target: DeclarationID, in map: DeclarationID) -> Bool {
        let means: Set<DeclarationKind> = [.initiative, .action, .activity, .opportunity]
        if edges(in: map, role: .contribution).contains(where: { $0.to == target && kind($0.from!).map(means.contains) == true }) {
            return true
        }
        return !referrers(of: target, kind: .initiative, via: .solves).isEmpty
    }

    /// The enumerated words of a list attribute (`amo: kunnen, willen`).
    func enumValues(_ id: DeclarationID, _ name: AttributeName) -> [String] {
        values(id, name).compactMap(\.enumValue)
    }
}
