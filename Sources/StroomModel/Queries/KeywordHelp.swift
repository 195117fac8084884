import StroomSyntax

/// Short help for every kind and attribute of the language, in Dutch and English: what hover
/// and completion show. One or two sentences each, in the words of the methods (the Akkrum
/// step plan "Verbetering in beeld", the work observations of 't Blokhuus, "Vernieuwend
/// werken" of SWS Balans). A test checks that every kind and attribute has an entry.
public enum KeywordHelp {
    /// What a kind is in the method.
    public static func help(for kind: DeclarationKind) -> LocalizedText {
        switch kind {
        case .goal, .situation: shrmHelp(for: kind)
        case .process: LocalizedText(
            nl: "Eén werkproces dat werkdruk geeft, zoals groepsplannen maken, in kaart gebracht als value stream map: wie levert, wie doet welke stap met welk systeem, waar wordt gewacht, en welke problemen, ideeën en actiepunten het team ziet.",
            en: "One work process that causes workload, such as writing group plans, mapped as a value stream map: who supplies, who does which step with which system, where people wait, and which problems, ideas and action points the team sees.")
        case .study: LocalizedText(
            nl: "Een onderzoek dat over processen heen gaat, zoals de werkobservaties van ’t Blokhuus: observaties van hele dagen, conclusies, problemen, ideeën en acties, zonder stappen en flow.",
            en: "A study that spans processes, such as the work observations of ’t Blokhuus: observations of whole days, findings, problems, ideas and actions, without steps and flow.")
        case .benefitLogic: LocalizedText(
            nl: "De batenlogica van een school (Vernieuwend werken): de bedoeling per stakeholder, de thema’s, activiteiten en initiatieven die eraan bijdragen, de organisatieprincipes en waar werkdruk vandaan komt.",
            en: "A school’s benefit logic (Vernieuwend werken): the purpose per stakeholder, the themes, activities and initiatives that contribute to it, the organising principles, and where workload comes from.")
        case .supplier: LocalizedText(
            nl: "De inputzijde: wie de input van het proces levert, bijvoorbeeld de leraar van vorig jaar met de overdracht. Vaak iemand binnen de school.",
            en: "The input side: who delivers the input of the process, for example last year’s teacher with the hand-over. Often someone inside the school.")
        case .customer: LocalizedText(
            nl: "De outputzijde: wie het resultaat van het proces ontvangt, zoals de leerlingen of de groep.",
            en: "The output side: who receives the result of the process, such as the pupils or the group.")
        case .person: LocalizedText(
            nl: "Een persoon (of rol) die stappen uitvoert, zoals de groepsleraar of de intern begeleider. Hoort bij de besturingszijde.",
            en: "A person (or role) who carries out steps, such as the class teacher or the special-needs coordinator. Part of the control side.")
        case .ict: LocalizedText(
            nl: "Een ICT-systeem of hulpmiddel dat bij stappen gebruikt wordt, zoals ParnasSys, Excel of het digibord. Wisselen tussen systemen is een bron van werkdruk.",
            en: "An ICT system or tool used in steps, such as ParnasSys, Excel or the smartboard. Switching between systems is a source of workload.")
        case .external: LocalizedText(
            nl: "Een partij buiten de school die invloed heeft op het proces, zoals ouders of de inspectie.",
            en: "A party outside the school that affects the process, such as parents or the inspectorate.")
        case .step: LocalizedText(
            nl: "Een processtap: iets wat iemand doet, met wie het doet (door), welk systeem (ict), hoe lang het duurt (tijd) en of het waarde toevoegt. Zonder pijlen volgen stappen elkaar op in de volgorde waarin ze staan.",
            en: "A process step: something someone does, with who does it (by), which system (ict), how long it takes (time) and whether it adds value. Without arrows, steps follow in the order written.")
        case .wait: LocalizedText(
            nl: "Wachten tussen stappen (de driehoek): tijd waarin het werk stilligt, bijvoorbeeld op uitslagen of op iemand anders. Telt mee in de doorlooptijd, niet in de procestijd.",
            en: "Waiting between steps (the triangle): time in which the work stands still, for example for results or for someone else. Counts in the lead time, not in the process time.")
        case .disruption: LocalizedText(
            nl: "Een verstoring van een stap: een kind dat onderbreekt, een printer die het niet doet. Schrijf bij welke stap en hoe vaak.",
            en: "A disruption of a step: a child who interrupts, a printer that fails. Write at which step and how often.")
        case .data: LocalizedText(
            nl: "Een gegeven dat het proces vastlegt of een gemeten feit over een stap (‘28 leerlingen, 4 niveaus’): waar het staat (in), waarom (doel) en of het verplicht is.",
            en: "A piece of information the process records, or a measured fact about a step (‘28 pupils, 4 levels’): where it is kept (in), why (purpose) and whether it is required.")
        case .problem: LocalizedText(
            nl: "Een probleem of knelpunt (de ster), bij een stap en in één fase: voorbereiding, uitvoering of evaluatie. Het stappenplan vraagt voor elk probleem ten minste één idee.",
            en: "A problem or bottleneck (the star), at a step and in one phase: preparation, execution or evaluation. The step plan asks for at least one idea for every problem.")
        case .cause: LocalizedText(
            nl: "Een oorzaak in een oorzaak-gevolgketen: oorzaak -> probleem betekent ‘leidt tot’. Een idee dat de oorzaak oplost, lost ook de problemen op waartoe die leidt.",
            en: "A cause in a cause-effect chain: cause -> problem means ‘leads to’. An idea that solves the cause also solves the problems it leads to.")
        case .idea: LocalizedText(
            nl: "Een idee ter verbetering (de wolk): welk probleem het oplost (lost_op) en in welk kwadrant het valt: organisatie, ict, persoonlijk of samenwerking. Haalbare ideeën worden actiepunten.",
            en: "An idea for improvement (the cloud): which problem it solves (solves) and its quadrant: organisation, ict, personal or collaboration. Feasible ideas become action points.")
        case .action: LocalizedText(
            nl: "Een concreet actiepunt dat uit een idee volgt, met een eigenaar (wie trekt het?) en liefst een termijn of datum. Actiepunten worden gedeeld met het hele team.",
            en: "A concrete action point that follows from an idea, with an owner (who leads it?) and preferably a horizon or due date. Action points are shared with the whole team.")
        case .finding: LocalizedText(
            nl: "Een hoofdconclusie die problemen (en ideeën) bundelt; zet ze binnen de { } ervan.",
            en: "A main finding that groups problems (and ideas); put them inside its { }.")
        case .observation: LocalizedText(
            nl: "Een geobserveerde (deel van een) dag in de klas: een tijdlijn van momenten. Stroom rekent uit hoeveel tijd met ICT ging, afgeleid uit de begintijden.",
            en: "An observed day (or part of one) in the classroom: a timeline of moments. Stroom works out how much time went to ICT, derived from the start times.")
        case .moment: LocalizedText(
            nl: "Eén moment van een observatie; het duurt tot het volgende moment begint. Schrijf de begintijd (om), de context en de systemen die gebruikt werden.",
            en: "One moment of an observation; it lasts until the next moment starts. Write the start time (at), the context and the systems used.")
        case .stakeholder: LocalizedText(
            nl: "Een groep voor wie de school er is of met wie ze werkt: leerlingen, ouders, leraren, directie & IB, bestuur. Elke stakeholder zegt wanneer ze blij zijn.",
            en: "A group the school is for or works with: pupils, parents, teachers, management & special-needs coordinator, the board. Each stakeholder says when they are happy.")
        case .purpose: LocalizedText(
            nl: "De bedoeling: één uitspraak ‘… zijn blij als …’ van een stakeholder (wie). Alles in de batenlogica draagt hieraan bij.",
            en: "The purpose: one statement ‘… are happy when …’ of a stakeholder (who). Everything in the benefit logic contributes to it.")
        case .benefit: LocalizedText(
            nl: "Een baat: de waarde die een activiteit toevoegt en waarmee ze bijdraagt aan de bedoeling (activiteit -> baat -> bedoeling).",
            en: "A benefit: the value an activity adds, by which it contributes to the purpose (activity -> benefit -> purpose).")
        case .theme: LocalizedText(
            nl: "Een beleidsthema: een cluster van activiteiten en initiatieven (wat is nodig voor de bedoeling?). Per thema kiest het team twee initiatieven.",
            en: "A policy theme: a cluster of activities and initiatives (what is needed for the purpose?). For each theme the team selects two initiatives.")
        case .activity: LocalizedText(
            nl: "Een activiteit die de school al doet (‘Wat doen we al?’). Ze hoort bij een thema en draagt bij aan de bedoeling.",
            en: "An activity the school already does (‘What do we already do?’). It belongs to a theme and contributes to the purpose.")
        case .initiative: LocalizedText(
            nl: "Een nieuw (vernieuwend) initiatief dat bijdraagt aan de bedoeling. Een gekozen initiatief krijgt een eigenaar, acties en de organisatieprincipes die het toepast.",
            en: "A new (innovative) initiative that contributes to the purpose. A selected initiative gets an owner, actions and the organising principles it applies.")
        case .principle: LocalizedText(
            nl: "Een organisatieprincipe: hoe de school aan de bedoeling wil werken, zoals ‘verantwoordelijkheid voelen, krijgen, nemen en delen’.",
            en: "An organising principle: how the school wants to work on its purpose, such as ‘feel, get, take and share responsibility’.")
        case .workload: LocalizedText(
            nl: "Een punt waar werkdruk ervaren wordt, met de bron: komt het uit de bedoeling zelf of uit hoe het werk georganiseerd is?",
            en: "A point where workload is felt, with its source: does it come from the purpose itself or from how the work is organised?")
        case .opportunity: LocalizedText(
            nl: "Een kans om werkdruk te verlagen, met ICT of anders, en welke werkdrukpunten die vermindert.",
            en: "An opportunity to reduce workload, with ICT or otherwise, and which workload items it reduces.")
        }
    }
}
