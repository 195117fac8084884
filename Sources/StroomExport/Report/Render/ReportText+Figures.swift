import StroomModel
import StroomSyntax

/// The names of the figures, what they mean, and what the report says when one is missing.
extension ReportText {
    static func name(_ figure: ProcessFigures.Figure, _ l: Language) -> String { FigureText.name(figure, l) }
    static func meaning(_ figure: ProcessFigures.Figure, _ l: Language) -> String { FigureText.meaning(figure, l) }
    static func openActions(_ l: Language) -> String { FigureText.openActions(l) }
    static func openActionsMeaning(_ l: Language) -> String { FigureText.openActionsMeaning(l) }

    /// Why a figure has no value, in a few words for the table (``FigureText/missing(_:_:_:)``).
    static func missing(_ figure: ProcessFigures.Figure, flow: FlowReport, _ l: Language) -> String {
        FigureText.missing(figure, ProcessFigures.Gaps(
            steps: flow.stepCount, waits: flow.waitCount, stepsWithoutTime: flow.stepsWithoutTime.count,
            waitsWithoutDuration: flow.waitsWithoutDuration.count,
            stepsWithoutCompleteAccurate: flow.stepsWithoutCompleteAccurate.count,
            stepsWithoutValue: flow.stepsWithoutValue.count), l)
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
