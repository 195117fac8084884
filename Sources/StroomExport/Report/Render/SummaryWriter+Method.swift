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

    /// Where the map is in its method, and what the method's rules still ask of it.
    func next(_ step: MapSummary.MethodStep) -> [Line] {
        var where_: String
        if let next = step.nextStage {
            where_ = ReportText.fromStageTo(step.stage.map { stageWord($0, step.method) }, stageWord(next, step.method), l)
        } else if let stage = step.stage, step.hasStages {
            where_ = ReportText.lastStage(stageWord(stage, step.method), l)
        } else {
            where_ = ReportText.noStages(l)
        }
        let name = Method(rawValue: step.method)?.name[l] ?? step.method
        var lines: [Line] = [[.strong(name), .text(": " + where_ + ".")]]
        guard !step.asks.isEmpty else {
            lines.append([.text(ReportText.nothingAsked(l))])
            return lines
        }
        lines.append([.text(ReportText.asksIntro(l))])
        for ask in step.asks {
            let title = CodeCatalog.info(for: ask.code)?.title[l] ?? ask.code.rawValue
            lines.append([.text("\(title) (\(ask.count)×) "), .code(ask.code.rawValue)])
        }
        let shown = step.asks.reduce(0) { $0 + $1.count }
        if step.askTotal > shown { lines.append([.text(ReportText.moreAsks(step.askTotal - shown, l))]) }
        return lines
    }
}
