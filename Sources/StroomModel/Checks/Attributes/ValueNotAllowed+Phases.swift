import StroomSyntax

extension ValueNotAllowed {
    /// A benefit logic's `fase` must be a phase of its method: Vernieuwend werken's trajectory
    /// (sessie1 … stap6) or strategic HRM's (ontdek, kies, doe, ga_door).
    static func checkPhasesFitTheMethod(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            guard let phase = analysis.enumValue(map, .phase), let written = analysis[map].attribute(.phase)?.values.first,
                  let method = analysis.followedMethod(of: map) else { continue }
            let phases: EnumSet? = switch method {
            case .vernieuwendWerken: EnumSets.benefitPhase
            case .shrm: EnumSets.shrmPhase
            default: nil
            }
            if let phases, phases.canonical(phase) != nil { continue }
            let owner: Method? = EnumSets.benefitPhase.canonical(phase) != nil ? .vernieuwendWerken
                : EnumSets.shrmPhase.canonical(phase) != nil ? .shrm : nil
            let ownerNL = owner.map { " Het is een fase van \($0.name.nl) (methode: \($0.word))." } ?? ""
            let ownerEN = owner.map { " It is a phase of \($0.name.en) (method: \($0.word))." } ?? ""
            let listNL = phases.map { "Kies uit: \($0.listing(.nl))." } ?? "Deze methode kent geen fasen; laat fase weg."
            let listEN = phases.map { "Choose from: \($0.listing(.en))." } ?? "This method has no phases; leave phase out."
            context.report(fileIndex: analysis[map].fileIndex, range: written.range, message: LocalizedText(
                nl: "\(MessageParts.q(phase)) is geen fase van de methode \(MessageParts.q(method.word)).\(ownerNL) \(listNL)",
                en: "\(MessageParts.q(phase)) is not a phase of the method \(MessageParts.q(method.word)).\(ownerEN) \(listEN)"),
                map: map)
        }
    }
}
