import StroomModel
import StroomSyntax

/// The names of the figures, what they mean, and what the report says when one is missing.
extension ReportText {
    static func name(_ figure: ProcessFigures.Figure, _ l: Language) -> String {
        switch figure {
        case .leadTime: t("Doorlooptijd", "Lead time", l)
        case .processTime: t("Procestijd", "Process time", l)
        case .waitTime: t("Wachttijd", "Wait time", l)
        case .activityRatio: t("Activiteitsratio", "Activity ratio", l)
        case .valueAddingTime: t("Waardetoevoegende tijd", "Value-adding time", l)
        case .rolledCompleteAccurate: t("Gerolde %C&A", "Rolled %C&A", l)
        case .systemSwitches: t("Systeemwissels", "System switches", l)
        case .handOffs: t("Overdrachten", "Hand-offs", l)
        case .manualRegistrations: t("Handmatige registraties", "Manual registrations", l)
        }
    }

    static func meaning(_ figure: ProcessFigures.Figure, _ l: Language) -> String {
        switch figure {
        case .leadTime:
            t("van begin tot eind: het langste pad door stappen en wachttijden",
              "from start to finish: the longest path through steps and waits", l)
        case .processTime: t("de tijd van alle stappen samen", "the time of all steps together", l)
        case .waitTime: t("alle wachttijden samen", "all waits together", l)
        case .activityRatio: t("procestijd ÷ doorlooptijd", "process time ÷ lead time", l)
        case .valueAddingTime: t("de tijd van stappen met waarde: ja", "the time of steps with value: yes", l)
        case .rolledCompleteAccurate:
            t("kans dat het werk in één keer compleet en correct door alle stappen gaat (de ca’s vermenigvuldigd)",
              "chance that the work passes every step complete and accurate the first time (the ca’s multiplied)", l)
        case .systemSwitches:
            t("hoe vaak de volgende stap een ander ict-systeem gebruikt", "how often the next step uses a different ICT system", l)
        case .handOffs: t("hoe vaak de volgende stap door iemand anders gedaan wordt", "how often the next step is done by someone else", l)
        case .manualRegistrations:
            t("extra plekken waar dezelfde gegevens worden bijgehouden", "extra places where the same data is kept", l)
        }
    }

    static func openActions(_ l: Language) -> String { t("Open actiepunten", "Open action points", l) }
    static func openActionsMeaning(_ l: Language) -> String { t("actiepunten die nog niet klaar zijn", "action points not done yet", l) }

    /// Why a figure has no value, in a few words for the table.
    static func missing(_ figure: ProcessFigures.Figure, flow: FlowReport, _ l: Language) -> String {
        let steps = flow.stepCount
        if steps == 0, figure != .waitTime { return t("onbekend: geen stappen", "unknown: no steps", l) }
        let untimed = flow.stepsWithoutTime.count
        let undated = flow.waitsWithoutDuration.count
        switch figure {
        case .rolledCompleteAccurate:
            let without = flow.stepsWithoutCompleteAccurate.count
            return without == steps
                ? t("onbekend: geen stap heeft een ca", "unknown: no step has a ca", l)
                : t("onbekend: \(without) van \(stepWord(steps, .nl)) zonder ca", "unknown: \(without) of \(stepWord(steps, .en)) without a ca", l)
        case .waitTime:
            return t("onbekend: \(undated) van \(waitWord(flow.waitCount, .nl)) zonder duur",
                     "unknown: \(undated) of \(waitWord(flow.waitCount, .en)) without a duration", l)
        case .valueAddingTime where untimed == 0:
            let without = flow.stepsWithoutValue.count
            return t("onbekend: \(without) van \(stepWord(steps, .nl)) zonder waarde", "unknown: \(without) of \(stepWord(steps, .en)) without a value", l)
        case .activityRatio where untimed == 0 && undated == 0:
            return t("onbekend: de doorlooptijd is 0", "unknown: the lead time is 0", l)
        default:
            if untimed > 0 {
                return t("onbekend: \(untimed) van \(stepWord(steps, .nl)) zonder tijd", "unknown: \(untimed) of \(stepWord(steps, .en)) without a time", l)
            }
            return t("onbekend: \(undated) van \(waitWord(flow.waitCount, .nl)) zonder duur",
                     "unknown: \(undated) of \(waitWord(flow.waitCount, .en)) without a duration", l)
        }
    }

    /// "4 stappen" / "1 step": a count with the right plural.
    static func stepWord(_ count: Int, _ l: Language) -> String {
        MessageParts.count(count, l == .nl ? "stap" : "step", l == .nl ? "stappen" : "steps")
    }

    /// "2 wachttijden" / "1 wait".
    static func waitWord(_ count: Int, _ l: Language) -> String {
        MessageParts.count(count, l == .nl ? "wachttijd" : "wait", l == .nl ? "wachttijden" : "waits")
    }

    /// The note under the figures when times are missing.
    static func incompleteTimes(untimed: Int, steps: Int, _ l: Language) -> String {
        if untimed == steps {
            return t("Let op: geen enkele stap heeft een tijd. Daarom staan doorlooptijd, procestijd, activiteitsratio en waardetoevoegende tijd er niet. Schat hoe lang elke stap duurt (tijd: 30min).",
                     "Note: no step has a time. So lead time, process time, activity ratio and value-adding time are left out. Estimate how long each step takes (time: 30min).", l)
        }
        return t("Let op: \(untimed) van de \(steps) stappen \(untimed == 1 ? "heeft" : "hebben") geen tijd. Daarom staan doorlooptijd, procestijd, activiteitsratio en waardetoevoegende tijd er niet: een getal zou te laag zijn. Schat hoe lang elke stap duurt (tijd: 30min). Zonder tijd:",
                 "Note: \(untimed) of the \(steps) steps \(untimed == 1 ? "has" : "have") no time. So lead time, process time, activity ratio and value-adding time are left out: a number would be too low. Estimate how long each step takes (time: 30min). Without a time:", l)
    }

    static func incompleteWaits(undated: Int, _ l: Language) -> String {
        t("Let op: \(undated) \(undated == 1 ? "wachttijd heeft" : "wachttijden hebben") geen duur, dus de doorlooptijd is niet bekend (duur: 2d). Zonder duur:",
          "Note: \(undated) \(undated == 1 ? "wait has" : "waits have") no duration, so the lead time is not known (duration: 2d). Without a duration:", l)
    }

    static func implicitFlow(_ l: Language) -> String {
        t("Er staan geen pijlen tussen de stappen: de volgorde is die van het bestand.",
          "There are no arrows between the steps: the order is that of the file.", l)
    }

    static func comparisonUnknown(_ l: Language) -> String {
        t("Een verschil staat er alleen waar beide kaarten het cijfer kennen.",
          "A change is shown only where both maps know the figure.", l)
    }

    static func noProblems(_ l: Language) -> String { t("Geen problemen.", "No problems.", l) }
    static func noIdeas(_ l: Language) -> String { t("Geen ideeën.", "No ideas.", l) }
    static func noActions(_ l: Language) -> String { t("Geen actiepunten.", "No action points.", l) }

    static func matrixEmpty(_ l: Language) -> String {
        t("Nog geen probleem heeft een aspect én een frequentie. Voeg ze toe (aspect: inhoud  frequentie: wekelijks), dan vult de matrix zich.",
          "No problem has both an aspect and a frequency yet. Add them (aspect: content  frequency: weekly) and the matrix fills up.", l)
    }

    static func actionsOpen(_ open: Int, of total: Int, _ l: Language) -> String {
        t("\(open) van de \(total) actiepunten \(open == 1 ? "is" : "zijn") nog niet klaar.",
          "\(open) of the \(total) action points \(open == 1 ? "is" : "are") not done yet.", l)
    }

    static func derivedFromStartTimes(_ l: Language) -> String {
        t("Afgeleid uit begintijden: een moment duurt tot het volgende begint; het laatste moment heeft geen bekende duur.",
          "Derived from start times: a moment lasts until the next one starts; the last one has no known length.", l)
    }

    static func observedTime(_ l: Language) -> String { t("Geobserveerde tijd", "Observed time", l) }
    static func ictTime(_ l: Language) -> String { t("Tijd met ICT", "Time with ICT", l) }
    static func ictShare(_ l: Language) -> String { t("Aandeel ict", "Share of ICT", l) }
    static func ictMomentsWithProblem(_ l: Language) -> String { t("Ict-momenten met een probleem", "ICT moments with a problem", l) }
    static func moments(_ l: Language) -> String { t("Momenten", "Moments", l) }
    static func observedBy(_ l: Language) -> String { t("geobserveerd door", "observed by", l) }
    static func observed(_ l: Language) -> String { t("wie", "who", l) }
    static func date(_ l: Language) -> String { t("datum", "date", l) }

    static func allContribute(_ l: Language) -> String {
        t("Alle activiteiten en initiatieven dragen bij aan de bedoeling.",
          "Every activity and initiative contributes to the purpose.", l)
    }

    static func notContributingNote(_ l: Language) -> String {
        t("Van deze activiteiten en initiatieven leidt geen pijl naar een bedoeling. Laat zien waaraan ze bijdragen (… -> bedoeling), of overweeg ermee te stoppen.",
          "No arrow leads from these activities and initiatives to a purpose. Show what they contribute to (… -> purpose), or consider stopping them.", l)
    }

    static func source(_ key: String, _ l: Language) -> String {
        switch key {
        case "bedoeling": t("Uit de bedoeling", "From the purpose", l)
        case "organisatie": t("Uit de organisatie", "From the organisation", l)
        default: t("Bron niet bekend", "Source not stated", l)
        }
    }

    static func noPrinciples(_ l: Language) -> String { t("Geen organisatieprincipes.", "No organising principles.", l) }
}
