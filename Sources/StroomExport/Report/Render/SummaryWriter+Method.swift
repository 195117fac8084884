import StroomModel
import StroomSyntax

/// Where workload comes from and the method's next step, in the summary of a map.
extension SummaryWriter {
    /// A process or study: its problems per workload aspect; a benefit logic: its workload by
    /// source (`bron: bedoeling|organisatie`). Nil for a map that has neither.
    func workload(_ map: MapReport) -> [Line]? {
        if let benefits = map.benefits {
            guard !benefits.workload.isEmpty else { return [[.text(ReportText.noWorkload(l))]] }
            return benefits.workload.map { group in
                [.strong("\(ReportText.source(group.source, l)) (\(group.items.count))"),
                 .text(": " + group.items.map(\.item.label).joined(separator: "; "))]
            }
        }
        guard let board = map.board, board.problemCount > 0 else { return nil }
        let matrix = board.matrix
        var parts: [String] = []
        for (index, aspect) in matrix.aspects.enumerated() where !aspect.isEmpty {
            let count = matrix.counts[index].reduce(0, +)
            if count > 0 { parts.append("\(ReportNumbers.word(aspect, EnumSets.aspect, l)) \(count)") }
        }
        guard !parts.isEmpty else { return [[.text(ReportText.noAspects(l))]] }
        return [[.text(ReportText.problemsPerAspect(l) + ": " + parts.joined(separator: ", "))]]
    }

    /// Where the map is in its method, and (a second fact) what the method's rules still ask.
    func next(_ step: MapSummary.MethodStep) -> [Fact] {
        let place: String
        if let next = step.nextStage {
            place = ReportText.fromStageTo(step.stage.map { stageWord($0, step.method) }, stageWord(next, step.method), l)
        } else if let stage = step.stage, step.hasStages {
            place = ReportText.lastStage(stageWord(stage, step.method), l)
        } else {
            place = ReportText.noStages(l)
        }
        let name = Method(rawValue: step.method)?.name[l] ?? step.method
        let where_ = Fact(label: ReportText.nextStep(l), lines: [[.strong(name), .text(": " + place + ".")]])
        guard !step.asks.isEmpty else {
            return [where_, Fact(label: ReportText.stillAsked(l), lines: [[.text(ReportText.nothingAsked(l))]])]
        }
        var lines: [Line] = step.asks.map { ask in
            let title = CodeCatalog.info(for: ask.code)?.title[l] ?? ask.code.rawValue
            return [.text("\(title) (\(ask.count)×) "), .code(ask.code.rawValue)]
        }
        let shown = step.asks.reduce(0) { $0 + $1.count }
        if step.askTotal > shown { lines.append([.text(ReportText.moreAsks(step.askTotal - shown, l))]) }
        return [where_, Fact(label: ReportText.stillAsked(l), lines: lines)]
    }
}
