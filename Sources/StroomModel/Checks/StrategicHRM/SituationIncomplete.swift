import StroomSyntax

/// H702 — a situation with a current state but no desired one, or without saying whether
/// action is needed ("Verschil, actie nodig? Zo ja, welke?", 004:1551-1558).
enum SituationIncomplete: CheckRule {
    static let info = RuleInfo(
        code: "H702", severity: .warning,
        title: LocalizedText(nl: "Situatie zonder gewenste situatie of besluit", en: "Situation without a desired state or decision"),
        explanation: LocalizedText(
            nl: "Tabel 3 en 4 van de handreiking zetten per onderwerp de huidige situatie naast de gewenste, met het verschil en de vraag ‘actie nodig? Zo ja, welke?’. Een situatie met alleen een huidige toestand zegt nog niet waar je heen wilt. Schrijf gewenst: \"…\" en actie_nodig: ja of nee. In de fase ontdek is dit een hint, vanaf kies een waarschuwing.",
            en: "Tables 3 and 4 of the guide put the current situation next to the desired one per topic, with the gap and the question ‘action needed? If so, which?’. A situation with only a current state does not say where you want to go. Write desired: \"…\" and action_needed: yes or no. In the phase discover this is a hint, from choose on a warning."),
        example: "situatie coaching \"Coaching\" { huidig: \"Weinig ervaring\" }   # H702",
        hintBeforePhase: "kies")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.shrmMaps {
            for situation in analysis.members(of: map, .situation) where analysis[situation].name != nil {
                guard analysis.has(situation, .current) else { continue }
                let desired = analysis.has(situation, .desired)
                let decided = analysis.has(situation, .actionNeeded)
                guard !desired || !decided else { continue }
                let missingNL = [desired ? nil : "de gewenste situatie (gewenst:)", decided ? nil : "of er actie nodig is (actie_nodig: ja of nee)"]
                    .compactMap { $0 }.joined(separator: " en ")
                let missingEN = [desired ? nil : "the desired situation (desired:)", decided ? nil : "whether action is needed (action_needed: yes or no)"]
                    .compactMap { $0 }.joined(separator: " and ")
                let subject = MessageParts.subject(analysis[situation])
                context.report(on: situation, message: LocalizedText(
                    nl: "\(subject.nl) beschrijft de huidige situatie; schrijf ook \(missingNL).",
                    en: "\(subject.en) describes the current situation; also write \(missingEN)."))
            }
        }
    }
}
