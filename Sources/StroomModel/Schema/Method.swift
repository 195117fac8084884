import StroomSyntax

/// The methods a map can follow (`methode:`). Each rule belongs to some of them, or to all
/// (see `Checks/RuleMethods.swift`); a map gets the general rules plus its method's.
public enum Method: String, CaseIterable, Sendable, Hashable {
    case vsm
    case werkobservatie
    case designThinking = "design_thinking"
    case vernieuwendWerken = "vernieuwend_werken"
    /// Strategic HRM (VO-raad). In the enum so later work can add its rules; no rule has it yet.
    case shrm

    /// The word written after `methode:`.
    public var word: String { rawValue }

    /// The method's name for people.
    public var name: LocalizedText {
        switch self {
        case .vsm: LocalizedText(nl: "Value Stream Mapping", en: "Value Stream Mapping")
        case .werkobservatie: LocalizedText(nl: "Werkobservatie", en: "Work observation")
        case .designThinking: LocalizedText(nl: "Design Thinking", en: "Design Thinking")
        case .vernieuwendWerken: LocalizedText(nl: "Vernieuwend werken", en: "Vernieuwend werken (innovative working)")
        case .shrm: LocalizedText(nl: "Strategisch HRM", en: "Strategic HRM")
        }
    }

    /// The source document the method's rules come from.
    public var source: LocalizedText {
        switch self {
        case .vsm:
            LocalizedText(nl: "Meer ict, minder werkdruk?, OBS Akkrum (stappenplan ‘Verbetering in beeld’)",
                          en: "Meer ict, minder werkdruk?, OBS Akkrum (step plan ‘Verbetering in beeld’)")
        case .werkobservatie:
            LocalizedText(nl: "Meer ict, minder werkdruk?, ’t Blokhuus (werkobservaties)",
                          en: "Meer ict, minder werkdruk?, ’t Blokhuus (work observations)")
        case .designThinking:
            LocalizedText(nl: "Meer ict, minder werkdruk?, De Borgstee (Design Thinking en Lean)",
                          en: "Meer ict, minder werkdruk?, De Borgstee (Design Thinking and Lean)")
        case .vernieuwendWerken:
            LocalizedText(nl: "Vernieuwend werken, SWS Balans (en het stappenplan Vernieuwend werken)",
                          en: "Vernieuwend werken, SWS Balans (and the Vernieuwend werken step plan)")
        case .shrm:
            LocalizedText(nl: "VO-raad, handreiking strategisch HRM (ict-vaardigheden en e-didactiek)",
                          en: "VO-raad, guide on strategic HRM (ICT skills and e-didactics)")
        }
    }

    /// The method a map of this kind follows when it names none.
    public static func assumed(for kind: DeclarationKind?) -> Method? {
        switch kind {
        case .process: .vsm
        case .study: .werkobservatie
        case .benefitLogic: .vernieuwendWerken
        default: nil
        }
    }

    /// The method a written word names (Dutch or English spelling), if any.
    public init?(word: String) {
        guard let canonical = EnumSets.method.canonical(word) else { return nil }
        self.init(rawValue: canonical)
    }
}
