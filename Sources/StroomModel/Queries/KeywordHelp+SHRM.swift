import StroomSyntax

/// Help for the kinds and attributes of strategic HRM (VO-raad, `methode: shrm`), in the words
/// of the guide (seed 004), and for the general building block.
extension KeywordHelp {
    static func shrmHelp(for kind: DeclarationKind) -> LocalizedText {
        switch kind {
        case .goal: LocalizedText(
            nl: "Een doel van strategisch HRM (methode: shrm), op het niveau van de organisatie, de leerlingen of de medewerkers. Maak het concreet: hoe meet je het en op welke termijn? Het telt als een bedoeling: initiatieven dragen eraan bij.",
            en: "A goal of strategic HRM (method: shrm), at the level of the organisation, the pupils or the staff. Make it concrete: how do you measure it, and by when? It counts as a purpose: initiatives contribute to it.")
        default: LocalizedText(
            nl: "Een rij uit Tabel 3/4 van de VO-raad (methode: shrm): de huidige en de gewenste situatie, het verschil en of er actie nodig is. Een pijl initiatief -> situatie -> doel telt als bijdrage.",
            en: "A row of the VO-raad's Table 3/4 (method: shrm): the current and the desired situation, the gap, and whether action is needed. An arrow initiative -> situation -> goal counts as contribution.")
        }
    }

    static func shrmSpecific(_ attribute: AttributeName, _ kind: DeclarationKind) -> LocalizedText? {
        switch (attribute, kind) {
        case (.impact, .initiative): LocalizedText(
            nl: "De verwachte impact: hoeveel het bijdraagt aan de beoogde opbrengsten (klein, middel of groot).",
            en: "The expected impact: how much it adds to the intended results (small, medium or large).")
        case (.context, .problem), (.context, .situation): LocalizedText(
            nl: "Of het binnen de school ligt (intern) of erbuiten (extern).",
            en: "Whether it lies inside the school (internal) or outside it (external).")
        case (.solves, .initiative): LocalizedText(
            nl: "De knelpunten (problemen in deze batenlogica) die dit initiatief aanpakt.",
            en: "The bottlenecks (problems in this benefit logic) this initiative addresses.")
        case (.measure, .goal): LocalizedText(
            nl: "Hoe je meet of het doel bereikt is.", en: "How you measure whether the goal is reached.")
        case (.horizon, .goal): LocalizedText(
            nl: "Op welke termijn het doel bereikt moet zijn: kort, middellang of lang.",
            en: "By when the goal must be reached: short, medium or long term.")
        case (.who, .goal): LocalizedText(
            nl: "De stakeholders voor wie het doel geldt of die het dragen.",
            en: "The stakeholders the goal is for, or who carry it.")
        default: nil
        }
    }

    // swiftlint:disable:next cyclomatic_complexity
    static func shrmGeneral(_ attribute: AttributeName) -> LocalizedText {
        switch attribute {
        case .urgency: LocalizedText(
            nl: "Hoe urgent het knelpunt is: laag, middel of hoog.", en: "How urgent the bottleneck is: low, medium or high.")
        case .amo: LocalizedText(
            nl: "Waar het op aangrijpt in het AMO-model: kunnen (ability), willen (motivation), mogen (opportunity). Een lijst mag.",
            en: "What it acts on in the AMO model: ability (kunnen), motivation (willen), opportunity (mogen). A list is allowed.")
        case .buildingBlock: LocalizedText(
            nl: "De bouwsteen van Vier in balans: visie, deskundigheid, inhoud (en toepassingen) of infrastructuur.",
            en: "The building block of Four in balance: vision, expertise, content (and applications) or infrastructure.")
        case .chanceOfSuccess: LocalizedText(
            nl: "De slagingskans of haalbaarheid: klein, middel of groot.", en: "The chance of success or feasibility: small, medium or large.")
        case .interest: LocalizedText(
            nl: "Hoe groot het belang van deze stakeholder is: klein, middel of groot.",
            en: "How large this stakeholder's interest is: small, medium or large.")
        case .influence: LocalizedText(
            nl: "Hoe groot de invloed van deze stakeholder is: klein, middel of groot.",
            en: "How large this stakeholder's influence is: small, medium or large.")
        case .level: LocalizedText(
            nl: "Het niveau van het doel: organisatie, leerlingen (en samenleving) of medewerkers.",
            en: "The level of the goal: organisation, pupils (and society) or staff.")
        case .realised: LocalizedText(
            nl: "Wat er van het doel gerealiseerd is (fase ga_door).", en: "What of the goal has been realised (phase continue).")
        case .current: LocalizedText(nl: "De huidige situatie.", en: "The current situation.")
        case .desired: LocalizedText(nl: "De gewenste situatie.", en: "The desired situation.")
        case .gap: LocalizedText(
            nl: "Hoe groot het verschil tussen huidig en gewenst is: klein, middel of groot.",
            en: "How large the gap between current and desired is: small, medium or large.")
        default: LocalizedText(
            nl: "Of er actie nodig is om van de huidige naar de gewenste situatie te komen (ja/nee).",
            en: "Whether action is needed to get from the current to the desired situation (yes/no).")
        }
    }
}
