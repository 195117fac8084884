import StroomModel
import StroomSyntax

/// The sections of a process and a study: flow figures, comparison, boards, action points.
extension ReportBuilder {
    func flow(_ map: DeclarationID) -> FlowReport {
        let figures = analysis.processFigures(map)
        let ladder = analysis.members(of: map, .step, .wait).map { id -> FlowReport.LadderRow in
            let isStep = analysis.kind(id) == .step
            return FlowReport.LadderRow(
                item: item(id, in: map),
                minutes: analysis.minutes(id, isStep ? .time : .duration),
                people: isStep ? items(analysis.references(id, .by), in: map) : [],
                systems: isStep ? items(analysis.references(id, .ict), in: map) : [],
                valueAdding: isStep ? analysis.enumValue(id, .value) : nil)
        }
        return FlowReport(
            figures: ProcessFigures.Figure.allCases.map { FlowReport.Figure(figure: $0, value: figures.value($0)) },
            ladder: ladder,
            stepCount: figures.steps.count,
            waitCount: figures.waits.count,
            stepsWithoutTime: items(figures.stepsWithoutTime, in: map),
            waitsWithoutDuration: items(figures.waitsWithoutDuration, in: map),
            stepsWithoutCompleteAccurate: items(figures.stepsWithoutCompleteAccurate, in: map),
            stepsWithoutValue: items(figures.stepsWithoutValue, in: map),
            criticalPath: figures.leadTimeKnown ? items(figures.metrics.criticalPath, in: map) : [],
            flowIsExplicit: FlowGraph(analysis: analysis, map: map).isExplicit,
            openActionCount: figures.metrics.openActions.count)
    }

    func comparison(_ map: DeclarationID) -> ComparisonReport? {
        guard let comparison = analysis.comparison(replacedBy: map) else { return nil }
        return ComparisonReport(
            old: item(comparison.old, in: map), oldPath: analysis.path(of: comparison.old), rows: comparison.rows,
            oldMinutesPerDay: analysis.minutesPerDay(of: comparison.old), newMinutesPerDay: analysis.minutesPerDay(of: map))
    }

    static let phases = ["voorbereiding", "uitvoering", "evaluatie"]
    static let quadrants = ["organisatie", "ict", "persoonlijk", "samenwerking"]
    static let aspects = ["afhankelijkheid", "inhoud", "autonomie"]
    static let frequencies = ["dagelijks", "wekelijks", "maandelijks", "jaarlijks"]

    func board(_ map: DeclarationID) -> BoardReport {
        let metrics = analysis.processMetrics(map)
        let problems = analysis.members(of: map, .problem)
        let ideas = analysis.members(of: map, .idea)
        let phaseColumns = columns(ReportBuilder.phases, counts: metrics.problemsPerPhase, members: problems, map: map) {
            analysis.enumValue($0, .phase)
        }
        let quadrantColumns = columns(ReportBuilder.quadrants, counts: metrics.ideasPerQuadrant, members: ideas, map: map) {
            analysis.enumValue($0, .category)
        }
        return BoardReport(problemsByPhase: phaseColumns, ideasByQuadrant: quadrantColumns,
                           matrix: matrix(metrics.workloadFrequency), problemCount: problems.count, ideaCount: ideas.count)
    }

    /// Columns for the given keys, plus `""` when something is not placed; counts from the metrics.
    func columns(_ keys: [String], counts: [String: Int], members: [DeclarationID], map: DeclarationID,
                 key: (DeclarationID) -> String?) -> [BoardReport.Column] {
        let unplaced = (counts[""] ?? 0) > 0 ? [""] : []
        return (keys + unplaced).map { column in
            BoardReport.Column(key: column, count: counts[column] ?? 0,
                               items: items(members.filter { (key($0) ?? "") == column }, in: map))
        }
    }

    func matrix(_ counts: [String: [String: Int]]) -> WorkloadMatrix {
        let unplacedAspect = (counts[""]?.values.reduce(0, +) ?? 0) > 0
        let unplacedFrequency = counts.values.contains { ($0[""] ?? 0) > 0 }
        let aspects = ReportBuilder.aspects + (unplacedAspect ? [""] : [])
        let frequencies = ReportBuilder.frequencies + (unplacedFrequency ? [""] : [])
        let cells = aspects.map { aspect in frequencies.map { counts[aspect]?[$0] ?? 0 } }
        let placed = ReportBuilder.aspects.map { aspect in ReportBuilder.frequencies.map { counts[aspect]?[$0] ?? 0 }.reduce(0, +) }
        return WorkloadMatrix(aspects: aspects, frequencies: frequencies, counts: cells, placedCount: placed.reduce(0, +))
    }

    func actions(_ map: DeclarationID) -> [ActionRow] {
        let open = Set(analysis.processMetrics(map).openActions)
        let today = analysis.options.today
        return analysis.members(of: map, .action).map { id in
            let due = analysis.values(id, .due).first?.date
            let isOpen = open.contains(id)
            let parent = analysis[id].parent.flatMap { $0 == map ? nil : $0 }
            return ActionRow(
                item: item(id, in: map), owner: owner(of: id, in: map), due: due,
                status: analysis.enumValue(id, .status), isOpen: isOpen,
                isOverdue: isOpen && due.map { date in today.map { date < $0 } ?? false } ?? false,
                from: items(analysis.references(id, .from), in: map),
                timeline: analysis.values(id, .timeline).first?.text,
                horizon: analysis.enumValue(id, .horizon),
                workloadEffect: analysis.enumValue(id, .workloadEffect),
                parent: parent.map { item($0, in: map) })
        }
    }

    func owner(of id: DeclarationID, in map: DeclarationID) -> ActionRow.Owner {
        guard let value = analysis.values(id, .owner).first else { return .none }
        switch value {
        case .reference(let person): return .named(item(person, in: map))
        case .text(let text): return .text(text)
        case .enumValue: return .open
        default: return .none
        }
    }
}
