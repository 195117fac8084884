import StroomModel
import StroomSyntax

/// The first section of the report: for every map, in a few lines, what it is, how long the
/// process takes (or what is missing to tell), its biggest problems, the open action points,
/// where workload comes from, and what the team should do next in its method. Everything
/// comes from the map's ``MapReport``; the details follow in the map's own section.
struct SummaryWriter {
    let maps: [MapReport]
    let language: Language
    let asOf: DayDate?

    /// The summary names this many open action points and purposes; the map's section has all.
    static let actionLimit = 6
    static let purposeLimit = 3

    var l: Language { language }
    var title: Line { [.text(ReportText.summary(l))] }

    func blocks() -> [Block] {
        var blocks: [Block] = [.heading(level: 2, title)]
        for map in maps {
            let section = SectionWriter(map: map, language: l, asOf: asOf)
            blocks.append(.heading(level: 3, section.title))
            blocks.append(.facts(facts(map, section)))
        }
        return blocks
    }

    func facts(_ map: MapReport, _ section: SectionWriter) -> [Fact] {
        var facts = [Fact(label: ReportText.what(l), lines: [what(map)])]
        if let flow = map.flow {
            for figure in [ProcessFigures.Figure.leadTime, .activityRatio] {
                facts.append(Fact(label: ReportText.name(figure, l), lines: [value(figure, flow, map)]))
            }
        }
        if !map.observations.isEmpty { facts.append(Fact(label: ReportText.observedSummary(l), lines: observed(map))) }
        if let benefits = map.benefits {
            let label = benefits.shrm == nil ? ReportText.purposesSummary(l) : ReportText.goalsSummary(l)
            facts.append(Fact(label: label, lines: [purposes(benefits)]))
        }
        if map.board != nil { facts.append(Fact(label: ReportText.biggestProblems(l), lines: problems(map.summary))) }
        let open = map.actions.filter(\.isOpen)
        var actions = open.prefix(SummaryWriter.actionLimit).map { action(section, $0) }
        if open.isEmpty { actions = [[.text(ReportText.noOpenActions(l))]] }
        if open.count > SummaryWriter.actionLimit { actions.append([.text(ReportText.moreActions(open.count - SummaryWriter.actionLimit, l))]) }
        facts.append(Fact(label: ReportText.openActions(l), lines: actions))
        if let workload = workload(map) { facts.append(Fact(label: ReportText.workloadFrom(l), lines: workload)) }
        if let method = map.summary.method { facts += next(method) }
        return facts
    }

    /// "Proces volgens Value Stream Mapping, stadium verandering" and the description.
    func what(_ map: MapReport) -> Line {
        let method = map.summary.method.flatMap { Method(rawValue: $0.method) }
        var text = method.map { ReportText.followsMethod(map.kind, $0.name[l], l) } ?? ReportText.mapHeading(map.kind, l)
        if let stage = map.summary.method?.stage, let method {
            let name = map.kind == .benefitLogic ? ReportText.phase(l) : ReportText.stage(l)
            text += ", \(name) \(stageWord(stage, method.word))"
        }
        if let state = map.details.state { text += ", \(ReportText.state(l)) \(ReportNumbers.word(state, EnumSets.state, l))" }
        var line: Line = [.text(text + ".")]
        if let description = map.details.description { line += [.text(" " + ReportNumbers.capitalized(description))] }
        return line
    }

    func stageWord(_ stage: String, _ method: String) -> String {
        let set = switch method {
        case Method.designThinking.word: EnumSets.designThinkingStage
        case Method.vernieuwendWerken.word: EnumSets.benefitPhase
        default: EnumSets.vsmStage
        }
        return ReportNumbers.word(stage, set, l)
    }

    /// A figure, or what is missing to compute it ("onbekend: 3 van 4 stappen zonder tijd").
    func value(_ figure: ProcessFigures.Figure, _ flow: FlowReport, _ map: MapReport) -> Line {
        guard let value = flow.value(figure) else { return [.warning(ReportText.missing(figure, flow: flow, l))] }
        return [.strong(ReportNumbers.figure(figure, value, minutesPerDay: map.details.minutesPerDay, l))]
    }

    func observed(_ map: MapReport) -> [Line] {
        map.observations.map { observation in
            var text = "\(observation.item.label): \(ReportNumbers.clockDuration(observation.observedMinutes, l))"
            if let share = observation.ictShare { text += ReportText.withICT(ReportNumbers.percent(share, l), l) }
            return [.text(text)]
        }
    }

    func purposes(_ benefits: BenefitReport) -> Line {
        // Strategic HRM's goals count as purposes, and are what such a map works towards.
        let purposes = (benefits.shrm?.goals.map(\.item) ?? []) + benefits.stakeholders.flatMap(\.purposes).map(\.item)
        var line: Line = purposes.prefix(SummaryWriter.purposeLimit).enumerated().flatMap { index, purpose -> Line in
            (index > 0 ? [.lineBreak] : []) + [.text("‘\(purpose.label)’")]
        }
        if purposes.count > SummaryWriter.purposeLimit {
            line += [.lineBreak, .text(ReportText.morePurposes(purposes.count - SummaryWriter.purposeLimit, l))]
        }
        if purposes.isEmpty { line = [.text(ReportText.none(l))] }
        if !benefits.notContributing.isEmpty {
            line += [.lineBreak, .warning("\(benefits.notContributing.count) " + ReportText.notContributing(l).lowercased())]
        }
        return line
    }

    func problems(_ summary: MapSummary) -> [Line] {
        guard !summary.topProblems.isEmpty else { return [[.text(ReportText.noProblems(l))]] }
        var lines: [Line] = summary.topProblems.map { problem in
            var weights: [String] = []
            if let impact = problem.impact { weights.append(ReportText.impactWord(impact, l)) }
            if let frequency = problem.frequency { weights.append(ReportNumbers.word(frequency, EnumSets.frequencyWord, l)) }
            if problem.occurrences > 1 { weights.append(ReportText.occurrences(problem.occurrences, l)) }
            return [.strong(problem.item.label)] + (weights.isEmpty ? [] : [.text(" (" + weights.joined(separator: ", ") + ")")])
        }
        if summary.problemCount > summary.topProblems.count {
            lines.append([.text(ReportText.problemsShown(summary.topProblems.count, of: summary.problemCount, l))])
        }
        return lines
    }

    /// "Label — eigenaar Juf An, gereed 2026-06-01".
    func action(_ section: SectionWriter, _ action: ActionRow) -> Line {
        let words = ReportText.ownerDue(l)
        var line: Line = [.text(action.item.label + " — ")]
        if case .none = action.owner {
            line += section.owner(action.owner)
        } else {
            line += [.text(words.owner + " ")] + section.owner(action.owner)
        }
        line.append(.text(", "))
        line += action.due == nil ? [.warning(words.noDue)] : [.text(words.due + " ")] + section.due(action)
        return line
    }
}
