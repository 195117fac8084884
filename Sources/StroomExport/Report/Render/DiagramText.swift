import StroomModel
import StroomSyntax

/// The caption of a map's diagram and the picture told in words (its text alternative): the
/// steps and waits in order with their times, the observations with their moments, or the
/// purposes and what leads to them. Made from the report's data, which is what the picture
/// draws, so a reader who cannot see it misses no fact.
struct DiagramText {
    let map: MapReport
    let language: Language

    var l: Language { language }

    /// The view `stroom report` draws: the default view of the map's kind.
    var view: ExportView { map.kind == .benefitLogic ? .benefits : .flow }

    var diagram: Diagram {
        Diagram(mapID: map.item.id, caption: ReportText.caption(view, map.item.label, l), description: description)
    }

    var description: String {
        var sentences: [String] = []
        if let flow = map.flow, !flow.ladder.isEmpty {
            let steps = flow.ladder.map { row -> String in
                let time = row.minutes.map { ReportNumbers.duration($0, minutesPerDay: map.details.minutesPerDay, l) } ?? ReportText.noTime(l)
                return "\(row.item.label) (\(time))"
            }
            sentences.append(ReportText.t(
                "Stroomschema met \(FigureText.stepWord(flow.stepCount, .nl)) en \(FigureText.waitWord(flow.waitCount, .nl)), in volgorde: ",
                "Flow of \(FigureText.stepWord(flow.stepCount, .en)) and \(FigureText.waitWord(flow.waitCount, .en)), in order: ", l)
                + steps.joined(separator: ", ") + ".")
        }
        for observation in map.observations {
            let times = observation.moments.compactMap(\.start)
            var text = ReportText.t("Tijdlijn ‘\(observation.item.label)’ met \(observation.moments.count) momenten",
                                    "Timeline ‘\(observation.item.label)’ with \(observation.moments.count) moments", l)
            if let first = times.min(), let last = times.max() {
                text += ReportText.t(" van \(clock(first)) tot \(clock(last))", " from \(clock(first)) to \(clock(last))", l)
            }
            sentences.append(text + ".")
        }
        if let board = map.board, board.problemCount > 0 {
            sentences.append(ReportText.t("Met \(board.problemCount) problemen bij de stappen.",
                                          "With \(board.problemCount) problems at the steps.", l))
        }
        if let benefits = map.benefits {
            for purpose in benefits.stakeholders.flatMap(\.purposes) {
                let means = purpose.contributors.map(\.label)
                sentences.append(ReportText.t("Bedoeling ‘\(purpose.item.label)’", "Purpose ‘\(purpose.item.label)’", l)
                    + (means.isEmpty ? ReportText.t(": nog niets leidt ernaartoe.", ": nothing leads to it yet.", l)
                        : ReportText.t(", bereikt via: ", ", reached through: ", l) + means.joined(separator: ", ") + "."))
            }
        }
        if sentences.isEmpty { return ReportText.caption(view, map.item.label, l) + "." }
        return sentences.joined(separator: " ")
    }

    /// `08:30`.
    func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
