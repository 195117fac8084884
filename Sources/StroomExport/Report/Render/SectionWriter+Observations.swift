import StroomModel
import StroomSyntax

/// An observation: its figures (marked as derived from start times) and its moments.
extension SectionWriter {
    func observationBlocks(_ observation: ObservationReport) -> [Block] {
        var details: Line = [.code(observation.item.id)]
        if let who = observation.who { details += [.text(" · \(ReportText.observed(l)): \(who.label)")] }
        if let observer = observation.observer { details += [.text(" · \(ReportText.observedBy(l)): \(observer)")] }
        if let date = observation.date { details += [.text(" · \(ReportText.date(l)): \(date)")] }
        let share = observation.ictShare.map { ReportNumbers.percent($0, l) } ?? ReportText.unknown(l)
        let figures: [(String, String)] = [
            (ReportText.moments(l), "\(observation.moments.count)"),
            (ReportText.observedTime(l), ReportNumbers.clockDuration(observation.observedMinutes, l)),
            (ReportText.ictTime(l) + " *", ReportNumbers.clockDuration(observation.ictMinutes, l)),
            (ReportText.ictShare(l) + " *", share),
            (ReportText.ictMomentsWithProblem(l), "\(observation.ictMomentsWithProblem)"),
        ]
        var blocks: [Block] = [
            .heading(level: 3, [.text(ReportText.observation(l) + ": " + observation.item.label)]),
            .paragraph(details),
            .table(Table(header: [[.text(ReportText.figure(l))], [.text(ReportText.value(l))]],
                         rows: figures.map { [[.text($0.0)], [.strong($0.1)]] })),
        ]
        let footnote = Block.note([.text("* " + ReportText.derivedFromStartTimes(l))])
        guard !observation.moments.isEmpty else { return blocks + [footnote] }
        let rows: [[Line]] = observation.moments.map { moment in
            let start = moment.start.map(WorkingTimeText.clock) ?? ReportText.none(l)
            let length = moment.minutes.map { ReportNumbers.clockDuration($0, l) } ?? ReportText.none(l)
            let context = moment.context.map { ReportNumbers.word($0, EnumSets.momentContext, l) } ?? ReportText.none(l)
            let ict: Line = !moment.systems.isEmpty ? list(moment.systems)
                : [.text(moment.usesICT ? ReportText.yes(l) : ReportText.none(l))]
            return [[.text(start)], [.text(moment.item.label)], [.text(length)], [.text(context)], ict, list(moment.problems)]
        }
        blocks.append(.table(Table(
            header: [ReportText.start(l), ReportText.moment(l), ReportText.duration(l) + " *", ReportText.context(l),
                     ReportText.ict(l), ReportText.problem(l)].map { [.text($0)] },
            rows: rows)))
        blocks.append(footnote)
        return blocks
    }
}
