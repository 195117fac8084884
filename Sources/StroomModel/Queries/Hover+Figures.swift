import StroomSyntax

/// The figures of value stream map declarations, read from `Metrics/` (never computed here).
extension Analysis {
    /// Every figure of the process, named and written by ``FigureText`` as the report, DOT and
    /// Mermaid write them; a figure that is not known says why (`onbekend: …`).
    func processFigures(_ map: DeclarationID, _ language: Language) -> [String] {
        let figures = processFigures(map)
        let nl = language == .nl
        let perDay = minutesPerDay(of: map)
        var lines: [String] = []
        if !members(of: map, .step, .wait).isEmpty {
            for figure in ProcessFigures.Figure.allCases {
                var text = "\(FigureText.name(figure, language)): \(figures.text(figure, minutesPerDay: perDay, language))"
                if figure == .leadTime, figures.leadTimeKnown, figures.metrics.criticalPath.count > 1 {
                    text += nl ? " (langste pad: " : " (longest path: "
                    text += figures.metrics.criticalPath.map { HoverMarkdown.code(self[$0].quotedName) }.joined(separator: " → ") + ")"
                }
                lines.append(text)
            }
        }
        lines.append(contentsOf: findingFigures(map, problemsPerPhase: figures.metrics.problemsPerPhase,
                                                ideasPerQuadrant: figures.metrics.ideasPerQuadrant,
                                                openActions: figures.metrics.openActions, language))
        return lines
    }

    func studyFigures(_ map: DeclarationID, _ language: Language) -> [String] {
        let metrics = processMetrics(map)
        return findingFigures(map, problemsPerPhase: metrics.problemsPerPhase, ideasPerQuadrant: metrics.ideasPerQuadrant,
                              openActions: metrics.openActions, language)
    }

    /// Problems per phase, ideas per quadrant, open action points.
    func findingFigures(_ map: DeclarationID, problemsPerPhase: [String: Int], ideasPerQuadrant: [String: Int],
                        openActions: [DeclarationID], _ language: Language) -> [String] {
        var lines: [String] = []
        if let phases = counts(problemsPerPhase, EnumSets.phase, none: language == .nl ? "zonder fase" : "no phase", language) {
            lines.append(line("Problemen per fase", "Problems per phase", phases, language))
        }
        if let quadrants = counts(ideasPerQuadrant, EnumSets.quadrant, none: language == .nl ? "zonder kwadrant" : "no quadrant", language) {
            lines.append(line("Ideeën per kwadrant", "Ideas per quadrant", quadrants, language))
        }
        let actions = members(of: map, .action)
        if !actions.isEmpty {
            lines.append("\(FigureText.openActions(language)): \(openActions.count)")
        }
        return lines
    }

    /// `voorbereiding 2, uitvoering 1, zonder fase 3` in the set's order; nil when empty.
    func counts(_ counts: [String: Int], _ set: EnumSet, none: String, _ language: Language) -> String? {
        var parts = set.values.compactMap { value in counts[value.dutch].map { "\(value.spelling(language)) \($0)" } }
        if let unplaced = counts[""] { parts.append("\(none) \(unplaced)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    func stepFigures(_ step: DeclarationID, _ language: Language) -> [String] {
        let nl = language == .nl
        var lines: [String] = []
        lines.append(line("Tijd", "Time", minutes(step, .time).map { duration($0, in: step, language) } ?? (nl ? "niet opgegeven" : "not given"), language))
        if let value = enumValue(step, .value), let entry = EnumSets.valueAdding.values.first(where: { $0.dutch == value }) {
            lines.append(line("Waarde", "Value", entry.spelling(language), language))
        }
        lines.append(line("Door", "By", names(references(step, .by)), language))
        lines.append(line("ICT", "ICT", names(references(step, .ict)), language))
        let problems = referrers(of: step, kind: .problem, via: .at)
        if !problems.isEmpty { lines.append(line("Problemen", "Problems", names(problems), language)) }
        if processMetrics(map(of: step)).criticalPath.contains(step) {
            lines.append(nl ? "Ligt op het langste pad (telt in de doorlooptijd)" : "On the longest path (counts in the lead time)")
        }
        return lines
    }

    func waitFigures(_ wait: DeclarationID, _ language: Language) -> [String] {
        let nl = language == .nl
        var lines = [line("Duur", "Duration", minutes(wait, .duration).map { duration($0, in: wait, language) } ?? (nl ? "niet opgegeven" : "not given"), language)]
        if processMetrics(map(of: wait)).criticalPath.contains(wait) {
            lines.append(nl ? "Ligt op het langste pad (telt in de doorlooptijd)" : "On the longest path (counts in the lead time)")
        }
        return lines
    }

    func observationFigures(_ observation: DeclarationID, _ language: Language) -> [String] {
        let metrics = observationMetrics(observation)
        let nl = language == .nl
        var lines = [line("Momenten", "Moments", "\(metrics.moments.count)", language)]
        guard metrics.observedMinutes > 0 else { return lines }
        lines.append(line("Geobserveerd", "Observed", FigureText.clockDuration(metrics.observedMinutes, language), language))
        var ict = FigureText.clockDuration(metrics.ictMinutes, language)
        if let share = metrics.ictShare { ict += " (\(FigureText.percent(share, language)))" }
        lines.append(line("Met ICT", "With ICT", ict, language))
        lines.append(line("ICT-momenten met een probleem", "ICT moments with a problem", "\(metrics.ictMomentsWithProblem)", language))
        lines.append(nl ? "*Afgeleid uit de begintijden: een moment duurt tot het volgende begint.*"
                        : "*Derived from start times: a moment lasts until the next one starts.*")
        return lines
    }

    func momentFigures(_ moment: DeclarationID, _ language: Language) -> [String] {
        guard let observation = self[moment].parent, kind(observation) == .observation,
              let entry = observationMetrics(observation).moments.first(where: { $0.id == moment }),
              let minutes = entry.minutes else { return [] }
        return [line("Duurt", "Lasts", FigureText.clockDuration(minutes, language), language)
                + (language == .nl ? " *(afgeleid: tot het volgende moment)*" : " *(derived: until the next moment)*")]
    }

    func problemFigures(_ problem: DeclarationID, _ language: Language) -> [String] {
        if self[map(of: problem)].kind == .benefitLogic { return knelpuntFigures(problem, language) }
        var lines: [String] = []
        if let phase = enumValue(problem, .phase), let entry = EnumSets.phase.values.first(where: { $0.dutch == phase }) {
            lines.append(line("Fase", "Phase", entry.spelling(language), language))
        }
        lines.append(line("Bij", "At", names(references(problem, .at)), language))
        let causes = edges(in: map(of: problem), role: .causal).filter { $0.to == problem }.compactMap(\.from)
        if !causes.isEmpty { lines.append(line("Oorzaken", "Causes", names(causes), language)) }
        lines.append(line("Ideeën", "Ideas", names(referrers(of: problem, kind: .idea, via: .solves)), language))
        return lines
    }

    /// A knelpunt (a problem in a strategic-HRM benefit logic): its urgency and the initiatives
    /// that tackle it (`lost_op:`).
    func knelpuntFigures(_ problem: DeclarationID, _ language: Language) -> [String] {
        var lines: [String] = []
        if let urgency = enumValue(problem, .urgency), let entry = EnumSets.level.values.first(where: { $0.dutch == urgency }) {
            lines.append(line("Urgentie", "Urgency", entry.spelling(language), language))
        }
        lines.append(line("Aangepakt door", "Addressed by", names(referrers(of: problem, kind: .initiative, via: .solves)), language))
        return lines
    }

    func ideaFigures(_ idea: DeclarationID, _ language: Language) -> [String] {
        var lines = [line("Lost op", "Solves", names(references(idea, .solves)), language)]
        if let quadrant = enumValue(idea, .category), let entry = EnumSets.quadrant.values.first(where: { $0.dutch == quadrant }) {
            lines.append(line("Kwadrant", "Quadrant", entry.spelling(language), language))
        }
        lines.append(line("Actiepunten", "Action points", names(referrers(of: idea, kind: .action, via: .from)), language))
        return lines
    }

    /// Which steps a person or system takes part in.
    func actorFigures(_ actor: DeclarationID, _ language: Language) -> [String] {
        let via: AttributeName = kind(actor) == .ict ? .ict : .by
        let steps = referrers(of: actor, kind: .step, via: via)
        guard !steps.isEmpty else { return [] }
        return [line("Stappen", "Steps", names(steps), language)]
    }
}
