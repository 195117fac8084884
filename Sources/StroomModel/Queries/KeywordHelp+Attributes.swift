import StroomSyntax

/// Help for every attribute. Where one word means different things on different kinds (`bron`
/// on a problem and on a workload item), the kind decides.
extension KeywordHelp {
    /// What an attribute means on a kind (nil: on an arrow, or the general meaning).
    public static func help(for attribute: AttributeName, on kind: DeclarationKind?) -> LocalizedText {
        if let kind, let special = shrmSpecific(attribute, kind) ?? specific(attribute, kind) { return special }
        return general(attribute)
    }

    static func specific(_ attribute: AttributeName, _ kind: DeclarationKind) -> LocalizedText? {
        switch (attribute, kind) {
        case (.phase, .benefitLogic): LocalizedText(
            nl: "Hoe ver het traject Vernieuwend werken is: sessie1, stap3, sessie2 of stap6 (bij methode: shrm de fasen ontdek, kies, doe of ga_door). Sommige controles worden strenger naarmate het traject vordert.",
            en: "How far the Vernieuwend werken trajectory is: session1, step3, session2 or step6 (with method: shrm the phases discover, choose, do or continue). Some checks get stricter as the trajectory advances.")
        case (.source, .workload): LocalizedText(
            nl: "Waar de werkdruk vandaan komt: uit de bedoeling zelf (het werk dat ertoe doet) of uit de organisatie (hoe het werk is ingericht).",
            en: "Where the workload comes from: the purpose itself (the work that matters) or the organisation (how the work is arranged).")
        case (.at, .workload): LocalizedText(
            nl: "Bij welke activiteiten of initiatieven de werkdruk ontstaat.",
            en: "At which activities or initiatives the workload arises.")
        case (.at, .data): LocalizedText(
            nl: "De stappen die dit gegeven vastleggen.", en: "The steps that record this data.")
        case (.at, .disruption): LocalizedText(
            nl: "De stap die verstoord wordt.", en: "The step that is disrupted.")
        case (.type, .opportunity): LocalizedText(
            nl: "Wat voor kans: ict_bedoeling (ICT voor de bedoeling), ict_werkdruk (ICT tegen werkdruk) of overig.",
            en: "What kind of opportunity: ict_purpose (ICT for the purpose), ict_workload (ICT against workload) or other.")
        case (.ict, .moment): LocalizedText(
            nl: "De systemen die op dit moment gebruikt werden, of ja als alleen bekend is dat er ICT gebruikt werd.",
            en: "The systems used at this moment, or yes when all that is known is that ICT was used.")
        case (.ict, .opportunity): LocalizedText(
            nl: "Of de kans met ICT te maken heeft (ja/nee).", en: "Whether the opportunity is about ICT (yes/no).")
        case (.by, .observation): LocalizedText(
            nl: "Wie observeerde.", en: "Who observed.")
        case (.who, .observation): LocalizedText(
            nl: "Wie er geobserveerd werd.", en: "Who was observed.")
        case (.value, .data): LocalizedText(
            nl: "De gemeten waarde, als tekst of getal (‘28 leerlingen, 4 niveaus’).",
            en: "The measured value, as text or a number (‘28 pupils, 4 levels’).")
        case (.from, .initiative): LocalizedText(
            nl: "De ideeën of actiepunten uit value stream maps die dit initiatief waarmaken, als kaart.naam.",
            en: "The ideas or action points of value stream maps that realise this initiative, as map.name.")
        case (.frequency, .process): LocalizedText(
            nl: "Hoe vaak het proces loopt: dagelijks, wekelijks, maandelijks, jaarlijks of 3x per week.",
            en: "How often the process runs: daily, weekly, monthly, yearly or 3x per week.")
        case (.duration, .disruption): LocalizedText(
            nl: "Hoe lang de verstoring duurt, zoals 5min.", en: "How long the disruption lasts, such as 5min.")
        default: nil
        }
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    static func general(_ attribute: AttributeName) -> LocalizedText {
        switch attribute {
        case .urgency, .amo, .buildingBlock, .chanceOfSuccess, .interest, .influence, .level, .realised, .current,
             .desired, .gap, .actionNeeded:
            shrmGeneral(attribute)
        case .description: LocalizedText(nl: "Een omschrijving in eigen woorden.", en: "A description in your own words.")
        case .note: LocalizedText(
            nl: "Een opmerking, zoals waar iets vandaan komt of wat nog onzeker is.",
            en: "A remark, such as where something comes from or what is still uncertain.")
        case .school: LocalizedText(nl: "De naam van de school.", en: "The name of the school.")
        case .owner: LocalizedText(
            nl: "Wie het trekt: een persoon, een stakeholder of een naam als tekst; open als dat nog niet vaststaat.",
            en: "Who leads it: a person, a stakeholder or a name as text; open while that is not settled.")
        case .date: LocalizedText(nl: "De datum, zoals 2026-03-01.", en: "The date, such as 2026-03-01.")
        case .state: LocalizedText(
            nl: "Of de kaart de huidige werkwijze toont (huidig), de gewenste (gewenst) of een nieuwe die al in gebruik is (nieuw).",
            en: "Whether the map shows the current way of working (current), the desired one (future) or a new one already in use (new).")
        case .replaces: LocalizedText(
            nl: "De kaart van de oude werkwijze die deze kaart vervangt; het rapport vergelijkt hun cijfers.",
            en: "The map of the old way of working that this map replaces; the report compares their figures.")
        case .method: LocalizedText(
            nl: "De methode van het team: vsm, werkobservatie, design_thinking, vernieuwend_werken of shrm. Die bepaalt welke regels gelden en welke stadia er zijn. Zonder methode volgt een proces vsm, een onderzoek werkobservatie en een batenlogica vernieuwend_werken.",
            en: "The team’s method: vsm, work_observation, design_thinking, vernieuwend_werken or shrm. It decides which rules apply and which stages exist. Without it a process follows vsm, a study work_observation and a benefit logic vernieuwend_werken.")
        case .stage: LocalizedText(
            nl: "Hoe ver het team is in het stappenplan van de methode (bij vsm: brainstorm, observatie, interpretatie, vsm, verandering). Vanaf verandering worden regels over ideeën en actiepunten waarschuwingen.",
            en: "How far the team is in the method’s step plan (for vsm: brainstorm, observation, interpretation, vsm, change). From change on, rules about ideas and action points become warnings.")
        case .workday: LocalizedText(
            nl: "Hoe lang een werkdag is (standaard 8u): zo rekent Stroom dagen om naar uren.",
            en: "How long a working day is (8h by default): this is how Stroom turns days into hours.")
        case .workweek: LocalizedText(
            nl: "Hoeveel dagen een werkweek heeft (standaard 5d).", en: "How many days a working week has (5d by default).")
        case .frequency: LocalizedText(
            nl: "Hoe vaak het voorkomt: dagelijks, wekelijks, maandelijks, jaarlijks of 3x per week.",
            en: "How often it happens: daily, weekly, monthly, yearly or 3x per week.")
        case .useful: LocalizedText(
            nl: "De procesmatrix: vindt het team dit proces nuttig (ja/nee)?",
            en: "The process matrix: does the team find this process useful (yes/no)?")
        case .timeSpent: LocalizedText(
            nl: "De procesmatrix: kost dit proces veel of weinig tijd?",
            en: "The process matrix: does this process take much or little time?")
        case .delivers: LocalizedText(nl: "Wat de leverancier levert.", en: "What the supplier delivers.")
        case .receives: LocalizedText(nl: "Wat de klant ontvangt.", en: "What the customer receives.")
        case .role: LocalizedText(nl: "De rol of functie van de persoon.", en: "The person’s role or job.")
        case .type: LocalizedText(nl: "Wat voor systeem het is.", en: "What kind of system it is.")
        case .by: LocalizedText(nl: "Wie de stap uitvoert: een of meer personen.", en: "Who carries out the step: one or more persons.")
        case .ict: LocalizedText(
            nl: "De ICT-systemen die bij de stap gebruikt worden. Stroom telt hoe vaak opeenvolgende stappen van systeem wisselen.",
            en: "The ICT systems used in the step. Stroom counts how often consecutive steps switch systems.")
        case .time: LocalizedText(
            nl: "Hoe lang de stap zelf duurt (procestijd), zoals 45min of 2u. Dagen zijn werkdagen.",
            en: "How long the step itself takes (process time), such as 45min or 2h. Days are working days.")
        case .plannedTime: LocalizedText(
            nl: "Hoe lang de stap volgens de planning zou duren, niet gemeten, zoals 15min. Stroom telt het niet mee in de procestijd; meet je de tijd, schrijf dan tijd:.",
            en: "How long the step was planned to take, not measured, such as 15min. Stroom does not count it in the process time; once you measure the time, write time:.")
        case .value: LocalizedText(
            nl: "Of de stap waarde toevoegt: ja (waarde voor de leerling), nodig (nodig maar geen waarde) of nee (verspilling).",
            en: "Whether the step adds value: yes (value for the pupil), needed (necessary but no value) or no (waste).")
        case .phase: LocalizedText(
            nl: "De fase waarin het speelt: voorbereiding, uitvoering of evaluatie (de kolommen van ‘Problemen lokaliseren’).",
            en: "The phase it belongs to: preparation, execution or evaluation (the columns of ‘locating problems’).")
        case .completeAccurate: LocalizedText(
            nl: "%C&A: welk deel van het werk dat bij deze stap binnenkomt compleet en juist is, zoals 80%. Stroom vermenigvuldigt ze tot de gerolde %C&A.",
            en: "%C&A: the share of the work arriving at this step that is complete and accurate, such as 80%. Stroom multiplies them into the rolled %C&A.")
        case .manual: LocalizedText(
            nl: "Of de stap met de hand gebeurt waar een systeem het zou kunnen doen (ja/nee).",
            en: "Whether the step is done by hand where a system could do it (yes/no).")
        case .automatic: LocalizedText(
            nl: "Of een systeem de stap helemaal zelf doet, zonder persoon (ja).",
            en: "Whether a system does the step entirely by itself, without a person (yes).")
        case .share: LocalizedText(
            nl: "In welk deel van de gevallen de stap voorkomt, zoals 10%.", en: "In what share of the cases the step happens, such as 10%.")
        case .energy: LocalizedText(
            nl: "Of de stap energie geeft of kost.", en: "Whether the step gives or costs energy.")
        case .duration: LocalizedText(
            nl: "Hoe lang er gewacht wordt, zoals 3d. Telt mee in de doorlooptijd.",
            en: "How long the wait lasts, such as 3d. Counts in the lead time.")
        case .reason: LocalizedText(nl: "Waarop of op wie er gewacht wordt.", en: "What or whom people wait for.")
        case .at: LocalizedText(
            nl: "De stappen waar dit probleem speelt. Een probleem in het blok van een stap hoort daar vanzelf bij.",
            en: "The steps where this problem arises. A problem inside a step’s block belongs to it by itself.")
        case .storedIn: LocalizedText(
            nl: "Waar het gegeven staat: ICT-systemen of papier. Meer dan één plek is dubbel werk.",
            en: "Where the data is kept: ICT systems or paper. More than one place is double work.")
        case .purpose: LocalizedText(nl: "Waarom het gegeven wordt vastgelegd.", en: "Why the data is recorded.")
        case .required: LocalizedText(
            nl: "Wie het vastleggen verplicht: de wet, de inspectie, de school, of niemand (nee). Zie ‘Ruimte in regels’.",
            en: "Who requires it to be recorded: the law, the inspectorate, the school, or nobody (no). See ‘Ruimte in regels’.")
        case .aspect: LocalizedText(
            nl: "Het aspect van werkdruk: afhankelijkheid (van anderen), inhoud (van het werk) of autonomie.",
            en: "The aspect of workload: dependency (on others), content (of the work) or autonomy.")
        case .impact: LocalizedText(nl: "Hoe groot het effect is: laag, middel of hoog.", en: "How large the effect is: low, medium or high.")
        case .effect: LocalizedText(
            nl: "Het soort ICT-obstakel: wachten (leerlingen wachten), omweg (om onhandige ICT heen werken) of administratie.",
            en: "The kind of ICT obstacle: waiting (pupils wait), workaround (working around awkward ICT) or administration.")
        case .risk: LocalizedText(nl: "Wat een omweg in gevaar brengt.", en: "What a workaround puts at risk.")
        case .source: LocalizedText(
            nl: "Hoe het bekend is: waargenomen (waarneming) of verteld (interview).",
            en: "How it is known: observed, or told (interview).")
        case .solves: LocalizedText(
            nl: "De problemen (of oorzaken) die dit idee oplost.", en: "The problems (or causes) this idea solves.")
        case .category: LocalizedText(
            nl: "Het kwadrant van het idee: organisatie, ict, persoonlijk of samenwerking.",
            en: "The idea’s quadrant: organisation, ict, personal or collaboration.")
        case .feasible: LocalizedText(
            nl: "Of het team het idee haalbaar vindt (ja/nee); haalbare ideeën worden actiepunten.",
            en: "Whether the team finds the idea feasible (yes/no); feasible ideas become action points.")
        case .horizon: LocalizedText(nl: "Op welke termijn: kort, middellang of lang.", en: "On what horizon: short, medium or long.")
        case .effort: LocalizedText(nl: "Hoeveel moeite het kost: laag, middel of hoog.", en: "How much effort it takes: low, medium or high.")
        case .from: LocalizedText(nl: "De ideeën waar dit actiepunt uit volgt.", en: "The ideas this action point follows from.")
        case .due: LocalizedText(nl: "Wanneer het klaar moet zijn, zoals 2026-03-01.", en: "When it must be done, such as 2026-03-01.")
        case .status: LocalizedText(nl: "Hoe ver het is: open, bezig of klaar.", en: "How far it is: open, doing or done.")
        case .todo: LocalizedText(nl: "Wat er nog moet gebeuren, als teksten.", en: "What still has to be done, as texts.")
        case .timeline: LocalizedText(nl: "Het tijdpad in eigen woorden, zoals ‘december’.", en: "The time path in your own words, such as ‘December’.")
        case .workloadEffect: LocalizedText(
            nl: "Wat het actiepunt met de werkdruk doet: lichter, gelijk, zwaarder, of eerst zwaarder en dan lichter.",
            en: "What the action point does to workload: lighter, the same, heavier, or heavier first and then lighter.")
        case .who: LocalizedText(nl: "Van welke stakeholder deze bedoeling is.", en: "Which stakeholder this purpose belongs to.")
        case .clock: LocalizedText(nl: "Hoe laat het moment begint, zoals 08:45.", en: "When the moment starts, such as 08:45.")
        case .stepRef: LocalizedText(nl: "De processtap waar dit moment bij hoort.", en: "The process step this moment belongs to.")
        case .context: LocalizedText(
            nl: "Waar het moment valt: lesvoorbereiding, les, buiten de les of ondersteunend werk.",
            en: "Where the moment falls: lesson preparation, lesson, outside the lesson or supporting work.")
        case .problemRef: LocalizedText(nl: "De problemen die dit moment opleverde.", en: "The problems this moment caused.")
        case .facilitator: LocalizedText(nl: "Wie het traject begeleidt.", en: "Who facilitates the trajectory.")
        case .supportGroup: LocalizedText(
            nl: "Wie in de supportgroep zitten: de stakeholders die er een vertegenwoordiger hebben, of tekst.",
            en: "Who is in the support group: the stakeholders with a representative in it, or text.")
        case .validated: LocalizedText(
            nl: "Of de supportgroep de bedoeling in stap 4 heeft gevalideerd (ja/nee); op een stakeholder geldt het voor al zijn bedoelingen.",
            en: "Whether the support group validated the purpose in step 4 (yes/no); on a stakeholder it counts for all its purposes.")
        case .workLevel: LocalizedText(
            nl: "Waar het op aangrijpt: richten (koers en doelen), inrichten (hoe het werk georganiseerd is) of verrichten (het werk zelf).",
            en: "What it works on: directing (course and goals), organising (how the work is set up) or performing (the work itself).")
        case .improvementArea: LocalizedText(
            nl: "Soort verbeteractiviteit: werkproces, informatievoorziening of ict.",
            en: "Kind of improvement activity: work process, information or ICT.")
        case .maintenance: LocalizedText(
            nl: "Hoe het gebruik en het onderhoud van de ict geregeld zijn na de invoering: wie begeleidt, wie beheert.",
            en: "How use and maintenance of the ICT are arranged after it is introduced: who supports, who maintains.")
        case .agreement: LocalizedText(
            nl: "Of het team het eens is over de knelpunten voordat het oplossingen kiest (ja/nee).",
            en: "Whether the team agreed on the problems before choosing solutions (yes/no).")
        case .measure: LocalizedText(nl: "Hoe je merkt of meet dat de baat er is.", en: "How you notice or measure that the benefit is there.")
        case .letter: LocalizedText(nl: "De letter van het thema, zoals A.", en: "The theme’s letter, such as A.")
        case .theme: LocalizedText(
            nl: "Het thema waar dit bij hoort (als het niet in het blok van het thema staat).",
            en: "The theme this belongs to (when it is not inside the theme’s block).")
        case .selected: LocalizedText(
            nl: "Of het initiatief gekozen is (ja/nee); per thema kiest het team er twee.",
            en: "Whether the initiative is selected (yes/no); for each theme the team selects two.")
        case .principles: LocalizedText(
            nl: "De organisatieprincipes die dit initiatief toepast.", en: "The organising principles this initiative applies.")
        case .reportedBy: LocalizedText(nl: "Welke stakeholders deze werkdruk noemden.", en: "Which stakeholders named this workload.")
        case .reduces: LocalizedText(nl: "De werkdrukpunten die deze kans vermindert.", en: "The workload items this opportunity reduces.")
        case .polarity: LocalizedText(
            nl: "+ (meer A geeft meer B) of - (meer A geeft minder B). Zo herkent Stroom versterkende en balancerende lussen.",
            en: "+ (more A gives more B) or - (more A gives less B). This is how Stroom tells reinforcing from balancing loops.")
        }
    }
}
