import StroomSyntax

extension Analysis {
    /// Whether a benefit logic's `fase` is `phase` or later in the trajectory of Vernieuwend
    /// werken (`stap1`, `sessie1`, `stap3`, `stap4`, `sessie2`, `stap6`). A map without `fase`
    /// has reached no phase. Compared by name, so that adding a step keeps every rule right.
    func benefitPhase(_ map: DeclarationID, isAtLeast phase: String) -> Bool {
        guard let current = benefitPhaseIndex(map),
              let wanted = EnumSets.benefitPhase.values.firstIndex(where: { $0.dutch == phase }) else { return false }
        return current >= wanted
    }
}
