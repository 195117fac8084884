import StroomSyntax

/// The one vocabulary of the figures, for every place that shows them: the hover, the report
/// (Markdown, HTML, preview), the DOT flow view and the Mermaid flow view. A figure has one
/// name, one way its value is written, and one text when it is not known — so a lead time reads
/// the same everywhere, and a figure that lacks times reads "onbekend: 3 van 4 stappen zonder
/// tijd" everywhere instead of a partial number.
///
/// Durations are working time (``WorkingTimeText``: `45 min`, `2 u 30 min`, `3 dagen 2 u`),
/// fractions are percentages with at most one decimal (`38,5%` / `38.5%`), counts whole numbers.
public enum FigureText {
    /// The figure's name, with a capital: `Doorlooptijd` / `Lead time`.
    public static func name(_ figure: ProcessFigures.Figure, _ l: Language) -> String {
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

    /// What the figure means, in a few words.
    public static func meaning(_ figure: ProcessFigures.Figure, _ l: Language) -> String {
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
            t("hoe vaak de volgende stap een ander ICT-systeem gebruikt", "how often the next step uses a different ICT system", l)
        case .handOffs: t("hoe vaak de volgende stap door iemand anders gedaan wordt", "how often the next step is done by someone else", l)
        case .manualRegistrations:
            t("stappen met handmatig: ja, plus de extra plekken waar dezelfde gegevens worden bijgehouden",
              "steps with manual: yes, plus the extra places where the same data is kept", l)
        }
    }

    /// The count of action points not `klaar` yet, next to the figures.
    public static func openActions(_ l: Language) -> String { t("Open actiepunten", "Open action points", l) }
    public static func openActionsMeaning(_ l: Language) -> String { t("actiepunten die nog niet klaar zijn", "action points not done yet", l) }

    /// Working time with the map's working day: `2 u 30 min`, `3 dagen 2 u`.
    public static func duration(_ minutes: Double, minutesPerDay: Double, _ l: Language) -> String {
        WorkingTimeText.text(minutes, minutesPerDay: minutesPerDay, l)
    }

    /// Clock time spent (an observed day): hours and minutes, never working days.
    public static func clockDuration(_ minutes: Int, _ l: Language) -> String {
        WorkingTimeText.text(Double(minutes), minutesPerDay: 24 * 60, l)
    }

    /// `38,5%` / `38.5%`: one decimal at most, none when it is zero.
    public static func percent(_ fraction: Double, _ l: Language) -> String {
        decimal(fraction * 100, l) + "%"
    }

    /// A number with at most one decimal, with a comma in Dutch.
    public static func decimal(_ value: Double, _ l: Language) -> String {
        guard let tenths = (abs(value) * 10).roundedInt else { return "?" }
        let sign = value < 0 && tenths != 0 ? "−" : ""
        let whole = tenths / 10
        let rest = tenths % 10
        guard rest != 0 else { return "\(sign)\(whole)" }
        return "\(sign)\(whole)\(l == .nl ? "," : ".")\(rest)"
    }

    /// A known value of a figure as a reader sees it.
    public static func value(_ figure: ProcessFigures.Figure, _ value: Double, minutesPerDay: Double, _ l: Language) -> String {
        if figure.isDuration { return duration(value, minutesPerDay: minutesPerDay, l) }
        if figure.isRatio { return percent(value, l) }
        return value.roundedInt.map { "\($0)" } ?? "?"
    }

    /// Why a figure has no value, in a few words: `onbekend: 3 van 4 stappen zonder tijd`.
    public static func missing(_ figure: ProcessFigures.Figure, _ gaps: ProcessFigures.Gaps, _ l: Language) -> String {
        let steps = gaps.steps
        if steps == 0, figure != .waitTime { return t("onbekend: geen stappen", "unknown: no steps", l) }
        let untimed = gaps.stepsWithoutTime
        let undated = gaps.waitsWithoutDuration
        switch figure {
        case .rolledCompleteAccurate:
            let without = gaps.stepsWithoutCompleteAccurate
            return without == steps
                ? t("onbekend: geen stap heeft een ca", "unknown: no step has a ca", l)
                : t("onbekend: \(without) van \(stepWord(steps, .nl)) zonder ca", "unknown: \(without) of \(stepWord(steps, .en)) without a ca", l)
        case .waitTime:
            return t("onbekend: \(undated) van \(waitWord(gaps.waits, .nl)) zonder duur",
                     "unknown: \(undated) of \(waitWord(gaps.waits, .en)) without a duration", l)
        case .valueAddingTime where untimed == 0:
            let without = gaps.stepsWithoutValue
            return t("onbekend: \(without) van \(stepWord(steps, .nl)) zonder waarde", "unknown: \(without) of \(stepWord(steps, .en)) without a value", l)
        case .activityRatio where untimed == 0 && undated == 0:
            return t("onbekend: de doorlooptijd is 0", "unknown: the lead time is 0", l)
        default:
            if untimed > 0 {
                return t("onbekend: \(untimed) van \(stepWord(steps, .nl)) zonder tijd", "unknown: \(untimed) of \(stepWord(steps, .en)) without a time", l)
            }
            return t("onbekend: \(undated) van \(waitWord(gaps.waits, .nl)) zonder duur",
                     "unknown: \(undated) of \(waitWord(gaps.waits, .en)) without a duration", l)
        }
    }

    /// "4 stappen" / "1 step": a count with the right plural.
    public static func stepWord(_ count: Int, _ l: Language) -> String {
        MessageParts.count(count, l == .nl ? "stap" : "step", l == .nl ? "stappen" : "steps")
    }

    /// "2 wachttijden" / "1 wait".
    public static func waitWord(_ count: Int, _ l: Language) -> String {
        MessageParts.count(count, l == .nl ? "wachttijd" : "wait", l == .nl ? "wachttijden" : "waits")
    }

    private static func t(_ nl: String, _ en: String, _ l: Language) -> String { l == .nl ? nl : en }
}

extension ProcessFigures {
    /// How many steps and waits there are, and how many lack what a figure needs.
    public struct Gaps: Sendable, Equatable {
        public var steps: Int
        public var waits: Int
        public var stepsWithoutTime: Int
        public var waitsWithoutDuration: Int
        public var stepsWithoutCompleteAccurate: Int
        public var stepsWithoutValue: Int

        public init(steps: Int, waits: Int, stepsWithoutTime: Int, waitsWithoutDuration: Int,
                    stepsWithoutCompleteAccurate: Int, stepsWithoutValue: Int) {
            self.steps = steps
            self.waits = waits
            self.stepsWithoutTime = stepsWithoutTime
            self.waitsWithoutDuration = waitsWithoutDuration
            self.stepsWithoutCompleteAccurate = stepsWithoutCompleteAccurate
            self.stepsWithoutValue = stepsWithoutValue
        }
    }

    public var gaps: Gaps {
        Gaps(steps: steps.count, waits: waits.count, stepsWithoutTime: stepsWithoutTime.count,
             waitsWithoutDuration: waitsWithoutDuration.count,
             stepsWithoutCompleteAccurate: stepsWithoutCompleteAccurate.count, stepsWithoutValue: stepsWithoutValue.count)
    }

    /// The figure as text: its value when known, else why it is not (`onbekend: …`).
    public func text(_ figure: Figure, minutesPerDay: Double, _ l: Language) -> String {
        value(figure).map { FigureText.value(figure, $0, minutesPerDay: minutesPerDay, l) } ?? FigureText.missing(figure, gaps, l)
    }
}
