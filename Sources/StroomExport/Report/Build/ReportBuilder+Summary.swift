import StroomModel
import StroomSyntax

/// The parts of the summary that the other sections do not hold: the heaviest problems and
/// the method's next step.
extension ReportBuilder {
    func summary(_ map: DeclarationID) -> MapSummary {
        let problems = analysis.members(of: map, .problem)
        let weighed = problems.enumerated().map { index, id in (index, problem(id, in: map)) }
        let top = weighed.sorted { left, right in
            let (a, b) = (ReportBuilder.weight(left.1), ReportBuilder.weight(right.1))
            return a != b ? a.lexicographicallyPrecedes(b, by: >) : left.0 < right.0
        }
        return MapSummary(topProblems: top.prefix(MapSummary.problemLimit).map { $0.1 }, problemCount: problems.count,
                          method: methodStep(map))
    }

    func problem(_ id: DeclarationID, in map: DeclarationID) -> MapSummary.Problem {
        let moments = analysis.referrers(of: id, kind: .moment, via: .problemRef).count
        return MapSummary.Problem(
            item: item(id, in: map), impact: analysis.enumValue(id, .impact),
            frequency: analysis.values(id, .frequency).first?.frequency?.category,
            occurrences: analysis.references(id, .at).count + moments)
    }

    /// How heavy a problem weighs, compared in order: its impact, how often it happens, and
    /// where it shows. A problem that says none of these weighs least; ties keep the order of
    /// the file.
    static func weight(_ problem: MapSummary.Problem) -> [Int] {
        let impact = problem.impact.flatMap { EnumSets.level.values.map(\.dutch).firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let frequency = problem.frequency.flatMap { ReportBuilder.frequencies.firstIndex(of: $0) }
            .map { ReportBuilder.frequencies.count - $0 } ?? 0
        return [impact, frequency, problem.occurrences]
    }

    /// The stages of a method for a map of this kind, in order: `stadium:` of a process or
    /// study (VSM, Design Thinking), `fase:` of a benefit logic (Vernieuwend werken, strategic
    /// HRM); empty
    /// where the map has no such attribute for its method.
    static func stages(of method: Method, benefitLogic: Bool) -> [String] {
        let set: EnumSet? = switch (method, benefitLogic) {
        case (.vsm, false): EnumSets.vsmStage
        case (.designThinking, false): EnumSets.designThinkingStage
        case (.vernieuwendWerken, true): EnumSets.benefitPhase
        case (.shrm, true): EnumSets.shrmPhase
        default: nil
        }
        return set?.values.map(\.dutch) ?? []
    }

    /// The map's place in its method and what the method's rules still find on the map.
    func methodStep(_ map: DeclarationID) -> MapSummary.MethodStep? {
        guard let method = analysis.followedMethod(of: map) else { return nil }
        let benefitLogic = analysis.kind(map) == .benefitLogic
        let stages = ReportBuilder.stages(of: method, benefitLogic: benefitLogic)
        let stage = stages.isEmpty ? nil : analysis.enumValue(map, benefitLogic ? .phase : .stage)
        let position = stage.flatMap { stages.firstIndex(of: $0) }
        let next: String? = switch position {
        case nil: stage == nil ? stages.first : nil
        case let index?: stages.indices.contains(index + 1) ? stages[index + 1] : nil
        }
        let declaration = analysis[map]
        var counts: [DiagnosticCode: Int] = [:]
        for diagnostic in analysis.diagnosticsByFile[declaration.fileIndex]
        where declaration.range.utf8Start <= diagnostic.range.utf8Start && diagnostic.range.utf8End <= declaration.range.utf8End
            && RuleMethods.methods(of: diagnostic.code).contains(method) {
            counts[diagnostic.code, default: 0] += 1
        }
        let asks = counts.map { code, count in
            MapSummary.Ask(code: code, count: count, stageDependent: CodeCatalog.info(for: code).map { $0.stageDependent || $0.hintBeforePhase != nil } ?? false)
        }.sorted { left, right in
            if left.stageDependent != right.stageDependent { return left.stageDependent }
            return left.count != right.count ? left.count > right.count : left.code < right.code
        }
        return MapSummary.MethodStep(method: method.word, stage: stage, nextStage: next, hasStages: !stages.isEmpty,
                                     asks: Array(asks.prefix(MapSummary.askLimit)), askTotal: counts.values.reduce(0, +))
    }
}
