import StroomSyntax

/// B418 — an arrow in a benefit logic between kinds it means nothing for.
///
/// In a benefit logic an arrow "draagt bij aan": from a means (kans, activiteit, initiatief,
/// actie, thema, baat) to what it serves (a bedoeling or a baat), or, between causes and
/// workload, "leidt tot". Principles, stakeholders, the links between workload and activities
/// or opportunities, and the ideas of a value stream map that realise an initiative are
/// attributes instead; the message says which one fits.
/// (An arrow that starts at a purpose is B405.)
enum ArrowWithoutMeaning: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "B418", severity: .error,
        title: LocalizedText(nl: "Pijl die in een batenlogica niets betekent", en: "Arrow that means nothing in a benefit logic"),
        explanation: LocalizedText(
            nl: "In een batenlogica betekent een pijl ‘draagt bij aan’: van een middel (kans, activiteit, initiatief, actie, thema, baat) naar wat het dient (een bedoeling of baat). Tussen oorzaken en werkdruk betekent hij ‘leidt tot’. Andere dingen koppel je met een kenmerk: een principe met principes: aan een initiatief, een stakeholder met wie: aan een bedoeling, werkdruk met bij: aan een activiteit, een kans met vermindert: aan werkdruk.",
            en: "In a benefit logic an arrow means ‘contributes to’: from a means (opportunity, activity, initiative, action, theme, benefit) to what it serves (a purpose or benefit). Between causes and workload it means ‘leads to’. Other things are linked with an attribute: a principle to an initiative with principles:, a stakeholder to a purpose with who:, workload to an activity with at:, an opportunity to workload with reduces:."),
        example: "vertrouwen -> rapportgesprek   # B418: schrijf principes: vertrouwen in initiatief rapportgesprek")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            for edge in analysis.edges(in: map, role: .invalid) {
                guard let from = edge.from, let to = edge.to, analysis.kind(from) != nil, analysis.kind(to) != nil else { continue }
                let meaning = LocalizedText(
                    nl: "Een pijl van \(BenefitText.named(analysis[from]).nl) naar \(BenefitText.named(analysis[to]).nl) betekent niets in een batenlogica: een pijl loopt van een middel (kans, activiteit, initiatief, actie, thema of baat) naar een bedoeling of baat, of van oorzaak naar gevolg (tussen oorzaken en werkdruk).",
                    en: "An arrow from \(BenefitText.named(analysis[from]).en) to \(BenefitText.named(analysis[to]).en) means nothing in a benefit logic: an arrow runs from a means (opportunity, activity, initiative, action, theme or benefit) to a purpose or benefit, or from cause to effect (between causes and workload).")
                let (todo, fix) = advice(edge, map: map, analysis)
                context.report(fileIndex: edge.edge.fileIndex, range: edge.edge.range, message: meaning + todo, map: map,
                               fixes: fix.map { [$0] } ?? [])
            }
        }
    }

    /// What to do instead, and a fix that writes the attribute and removes the arrow.
    static func advice(_ edge: ResolvedEdge, map: DeclarationID, _ analysis: Analysis) -> (LocalizedText, Fix?) {
        let from = edge.from!, to = edge.to!
        /// The two ends, whichever way the arrow points: (the one of `first`, the one of `second`).
        func ends(_ first: Set<DeclarationKind>, _ second: Set<DeclarationKind>) -> (DeclarationID, DeclarationID)? {
            if let a = analysis.kind(from), let b = analysis.kind(to) {
                if first.contains(a), second.contains(b) { return (from, to) }
                if first.contains(b), second.contains(a) { return (to, from) }
            }
            return nil
        }
        /// "Schrijf KEY: VALUE in OWNER en haal de pijl weg."
        func put(_ name: AttributeName, _ target: DeclarationID, on owner: DeclarationID) -> (LocalizedText, Fix?) {
            let value = BenefitText.written(target, from: analysis[owner].map ?? map, in: analysis)
            let ownerText = BenefitText.named(analysis[owner])
            return (LocalizedText(nl: " Schrijf \(name.dutch): \(value) in \(ownerText.nl) en haal de pijl weg.",
                                  en: " Write \(name.english): \(value) in \(ownerText.en) and remove the arrow."),
                    attributeFix(name, value: value, on: owner, replacing: edge.edge, analysis))
        }
        if let (principle, initiative) = ends([.principle], [.initiative]) {
            return put(.principles, principle, on: initiative)
        }
        if let (principle, _) = ends([.principle], Set(DeclarationKind.allCases)) {
            let name = BenefitText.written(principle, from: map, in: analysis)
            return (LocalizedText(nl: " Een principe koppel je aan het initiatief dat het toepast (principes: \(name)); haal de pijl weg.",
                                  en: " A principle is linked to the initiative that applies it (principles: \(name)); remove the arrow."), nil)
        }
        if let (stakeholder, purpose) = ends([.stakeholder], [.purpose]) {
            return put(.who, stakeholder, on: purpose)
        }
        if let (stakeholder, _) = ends([.stakeholder], Set(DeclarationKind.allCases)) {
            let name = BenefitText.written(stakeholder, from: map, in: analysis)
            return (LocalizedText(nl: " Een stakeholder koppel je aan de bedoeling waar deze groep blij van wordt (wie: \(name)); haal de pijl weg.",
                                  en: " A stakeholder is linked to the purpose that makes the group happy (who: \(name)); remove the arrow."), nil)
        }
        if let (workload, activity) = ends([.workload], [.activity, .initiative]) {
            return put(.at, activity, on: workload)
        }
        if let (opportunity, workload) = ends([.opportunity], [.workload]) {
            return put(.reduces, workload, on: opportunity)
        }
        if let (idea, initiative) = ends([.idea], [.initiative]) {
            // An idea of a value stream map that realises the initiative.
            return put(.from, idea, on: initiative)
        }
        return (LocalizedText(nl: " Haal de pijl weg, of laat hem van een middel naar een bedoeling lopen.",
                              en: " Remove the arrow, or let it run from a means to a purpose."), nil)
    }

    /// Writes the attribute on `owner` and removes the arrow's line, when both are plain edits in
    /// the arrow's file that do not touch each other.
    static func attributeFix(_ name: AttributeName, value: String, on owner: DeclarationID, replacing edge: Edge, _ analysis: Analysis) -> Fix? {
        guard analysis[owner].fileIndex == edge.fileIndex, let removal = Fixes.removeArrowLine(edge, in: analysis) else { return nil }
        let key = MessageParts.attribute(name, like: analysis[analysis[owner].map ?? owner])
        let title = LocalizedText(nl: "Schrijf \(key): \(value) in \(MessageParts.named(analysis[owner])) in plaats van de pijl",
                                  en: "Write \(key): \(value) in \(MessageParts.named(analysis[owner])) instead of the arrow")
        let insertion: TextEdit
        if let attribute = analysis[owner].attribute(name) {
            // Add to the list already written (`principes: a` becomes `principes: a, b`).
            guard let last = attribute.values.last else { return nil }
            insertion = TextEdit(range: .empty(at: last.range.utf8End), newText: ", \(value)")
        } else {
            guard let edit = Fixes.addAttribute(name, value: value, to: owner, in: analysis, title: title).edits.first else { return nil }
            insertion = edit
        }
        guard insertion.range.utf8End < removal.range.utf8Start || insertion.range.utf8Start > removal.range.utf8End else { return nil }
        return Fix(title: title, edits: [insertion, removal])
    }
}
