import StroomModel
import StroomSyntax

/// The words of the report in Dutch and English: headings, column names and the sentences
/// that explain a missing figure. Short and concrete, for teachers and analysts.
enum ReportText {
    static func t(_ nl: String, _ en: String, _ language: Language) -> String {
        language == .nl ? nl : en
    }

    static func title(_ l: Language) -> String { t("Stroom-rapport", "Stroom report", l) }

    static func asOf(_ date: DayDate, _ l: Language) -> String { t("Stand op \(date).", "As of \(date).", l) }
    static func files(_ l: Language) -> String { t("Bestanden", "Files", l) }
    static func noMaps(_ l: Language) -> String {
        t("Deze bestanden bevatten geen proces, onderzoek of batenlogica.",
          "These files hold no process, study or benefit logic.", l)
    }
    static func contents(_ l: Language) -> String { t("Inhoud", "Contents", l) }

    static func mapHeading(_ kind: MapReport.Kind, _ l: Language) -> String {
        switch kind {
        case .process: t("Proces", "Process", l)
        case .study: t("Onderzoek", "Study", l)
        case .benefitLogic: t("Batenlogica", "Benefit logic", l)
        }
    }

    static func fileHasErrors(_ l: Language) -> String {
        t("Dit bestand heeft fouten en het rapport is toch gemaakt (--force): de cijfers hieronder kunnen niet kloppen. Zie stroom check.",
          "This file has errors and the report was made anyway (--force): the figures below may be wrong. See stroom check.", l)
    }

    // MARK: Details of a map

    static func file(_ l: Language) -> String { t("bestand", "file", l) }
    static func school(_ l: Language) -> String { "school" }
    static func state(_ l: Language) -> String { t("toestand", "state", l) }
    static func method(_ l: Language) -> String { t("methode", "method", l) }
    static func stage(_ l: Language) -> String { t("stadium", "stage", l) }
    static func phase(_ l: Language) -> String { t("fase", "phase", l) }
    static func replaces(_ l: Language) -> String { t("vervangt", "replaces", l) }
    static func workday(_ l: Language) -> String { t("werkdag", "working day", l) }

    // MARK: Sections

    static func figures(_ l: Language) -> String { t("Kengetallen", "Figures", l) }
    static func figure(_ l: Language) -> String { t("Kengetal", "Figure", l) }
    static func value(_ l: Language) -> String { t("Waarde", "Value", l) }
    static func meaning(_ l: Language) -> String { t("Wat het zegt", "What it means", l) }
    static func ladder(_ l: Language) -> String { t("Stappen en wachttijden", "Steps and waits", l) }
    static func comparison(_ oldLabel: String, _ l: Language) -> String {
        t("Vergelijking met ‘\(oldLabel)’", "Compared with ‘\(oldLabel)’", l)
    }
    static func problemsPerPhase(_ l: Language) -> String { t("Problemen per fase", "Problems per phase", l) }
    static func ideasPerQuadrant(_ l: Language) -> String { t("Ideeën per kwadrant", "Ideas per quadrant", l) }
    static func matrix(_ l: Language) -> String { t("Werkdruk-frequentiematrix", "Workload-frequency matrix", l) }
    static func actions(_ l: Language) -> String { t("Actiepunten", "Action points", l) }
    static func observation(_ l: Language) -> String { t("Observatie", "Observation", l) }
    static func purposes(_ l: Language) -> String { t("Bedoeling en wat eraan bijdraagt", "Purpose and what contributes to it", l) }
    static func notContributing(_ l: Language) -> String {
        t("Activiteiten en initiatieven die niet bijdragen", "Activities and initiatives that do not contribute", l)
    }
    static func workloadBySource(_ l: Language) -> String { t("Werkdruk naar bron", "Workload by source", l) }
    static func themePrinciples(_ l: Language) -> String {
        t("Thema’s × organisatieprincipes", "Themes × organising principles", l)
    }
    static func feedbackLoops(_ l: Language) -> String { t("Terugkoppelingen", "Feedback loops", l) }

    // MARK: Column names

    static func kind(_ l: Language) -> String { t("Soort", "Kind", l) }
    static func time(_ l: Language) -> String { t("Tijd", "Time", l) }
    static func by(_ l: Language) -> String { t("Door", "By", l) }
    static func ict(_ l: Language) -> String { "ICT" }
    static func valueAdding(_ l: Language) -> String { t("Waarde", "Value", l) }
    static func was(_ l: Language) -> String { t("Was", "Before", l) }
    static func now(_ l: Language) -> String { t("Nu", "Now", l) }
    static func change(_ l: Language) -> String { t("Verschil", "Change", l) }
    static func verdict(_ l: Language) -> String { t("Oordeel", "Verdict", l) }
    static func better(_ l: Language) -> String { t("beter", "better", l) }
    static func worse(_ l: Language) -> String { t("slechter", "worse", l) }
    static func same(_ l: Language) -> String { t("gelijk", "same", l) }
    static func aspect(_ l: Language) -> String { t("Aspect", "Aspect", l) }
    static func actionPoint(_ l: Language) -> String { t("Actiepunt", "Action point", l) }
    static func owner(_ l: Language) -> String { t("Eigenaar", "Owner", l) }
    static func due(_ l: Language) -> String { t("Gereed", "Due", l) }
    static func status(_ l: Language) -> String { "Status" }
    static func from(_ l: Language) -> String { t("Uit idee", "From idea", l) }
    static func partOf(_ l: Language) -> String { t("Hoort bij", "Part of", l) }
    static func timeline(_ l: Language) -> String { t("Tijdpad", "Timeline", l) }
    static func workloadEffect(_ l: Language) -> String { t("Werkbelasting", "Workload", l) }
    static func moment(_ l: Language) -> String { "Moment" }
    static func start(_ l: Language) -> String { t("Begin", "Start", l) }
    static func duration(_ l: Language) -> String { t("Duur", "Length", l) }
    static func context(_ l: Language) -> String { "Context" }
    static func problem(_ l: Language) -> String { t("Probleem", "Problem", l) }
    static func purpose(_ l: Language) -> String { t("Bedoeling", "Purpose", l) }
    static func contributors(_ l: Language) -> String { t("Wat eraan bijdraagt", "What contributes", l) }
    static func workload(_ l: Language) -> String { t("Werkdruk", "Workload", l) }
    static func at(_ l: Language) -> String { t("Bij", "At", l) }
    static func reducedBy(_ l: Language) -> String { t("Verminderd door", "Reduced by", l) }
    static func theme(_ l: Language) -> String { t("Thema", "Theme", l) }

    // MARK: Small words

    static func none(_ l: Language) -> String { "—" }
    static func yes(_ l: Language) -> String { t("ja", "yes", l) }
    static func unknown(_ l: Language) -> String { t("onbekend", "unknown", l) }
    static func noOwner(_ l: Language) -> String { t("geen eigenaar", "no owner", l) }
    static func openOwner(_ l: Language) -> String { t("open (nog niet bepaald)", "open (not settled yet)", l) }
    static func overdue(_ l: Language) -> String { t("te laat", "overdue", l) }
    static func noTheme(_ l: Language) -> String { t("Zonder thema", "No theme", l) }
    static func noStakeholder(_ l: Language) -> String { t("Zonder stakeholder", "No stakeholder", l) }
    static func nothingContributes(_ l: Language) -> String { t("nog niets draagt hieraan bij", "nothing contributes to this yet", l) }
    static func happyWhen(_ l: Language) -> String { t(": blij als …", ": happy when …", l) }
    static func longestPath(_ l: Language) -> String { t("Langste pad", "Longest path", l) }
    static func reinforcing(_ l: Language) -> String { t("Versterkend", "Reinforcing", l) }
    static func balancing(_ l: Language) -> String { t("Balancerend", "Balancing", l) }
    static func noPolarity(_ l: Language) -> String {
        t("geen pijl heeft een polariteit; versterkend aangenomen", "no arrow states a polarity; assumed reinforcing", l)
    }
}
