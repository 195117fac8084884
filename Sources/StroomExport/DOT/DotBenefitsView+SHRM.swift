import StroomModel
import StroomSyntax

/// Strategic HRM in the benefits view: situations (current → desired, the gap) between the
/// interventions and the goals, goals in the column of the purposes, knelpunten with the
/// initiatives that solve them, and an A/M/O badge on every intervention that names one.
extension DotBenefitsView {
    static func drawSituations(_ map: DeclarationID, on canvas: inout DotCanvas) {
        for situation in canvas.analysis.members(of: map, .situation) {
            canvas.node(situation, as: .situation, label: canvas.label(situation, as: .situation, details: situationLines(situation, on: canvas)))
        }
    }

    /// "nu: …", "gewenst: …", "verschil: groot · actie nodig".
    static func situationLines(_ situation: DeclarationID, on canvas: DotCanvas) -> [HTMLText] {
        let analysis = canvas.analysis
        let language = canvas.language
        var lines: [HTMLText] = []
        for (name, word) in [(AttributeName.current, Words.current), (.desired, Words.desired)] {
            guard let text = analysis.values(situation, name).first?.text else { continue }
            lines.append(HTMLText.lines(TextLayout.lines("\(word[language]): \(text)", width: 40)))
        }
        var facts: [String] = []
        if let gap = analysis.enumValue(situation, .gap) {
            facts.append("\(Words.gap[language]): \(Words.value(gap, in: EnumSets.size, language))")
        }
        if analysis.enumValue(situation, .actionNeeded) == "ja" { facts.append(Words.actionNeeded[language]) }
        if !facts.isEmpty { lines.append(HTMLText.text(facts.joined(separator: " · ")).italic()) }
        return lines
    }

    /// The goals in one column with the purposes; one that nothing reaches says so.
    static func drawGoals(_ map: DeclarationID, contribution: Contribution, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let language = canvas.language
        let goals = analysis.members(of: map, .goal)
        guard !goals.isEmpty else { return }
        for goal in goals {
            var details: [HTMLText] = []
            let facts = [
                analysis.enumValue(goal, .level).map { Words.value($0, in: EnumSets.goalLevel, language) },
                analysis.enumValue(goal, .horizon).map { "\(Words.term[language]): \(Words.value($0, in: EnumSets.horizon, language))" },
            ].compactMap { $0 }
            if !facts.isEmpty { details.append(HTMLText.text(facts.joined(separator: " · "))) }
            let reached = !(contribution.contributorsByPurpose[goal] ?? []).isEmpty
            if !reached { details.append(HTMLText.text(Words.nothingReachesThis[language]).italic().font(color: Palette.missing)) }
            canvas.node(goal, as: .goal, label: canvas.label(goal, as: .goal, details: details),
                        extra: reached ? [] : [.plain("style", "dashed,filled")])
        }
        canvas.sameRank { canvas in
            for goal in goals { canvas.writer.node(canvas.id(goal), []) }
        }
    }

    /// Knelpunten (problems in the benefit logic), and a dashed "lost op" from each initiative
    /// that names one.
    static func drawKnelpunten(_ map: DeclarationID, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let problems = analysis.members(of: map, .problem)
        for problem in problems {
            canvas.node(problem, as: .problem, label: canvas.label(problem, as: .problem, details: amoBadge(problem, on: canvas)))
        }
        let drawn = Set(problems)
        for initiative in analysis.members(of: map, .initiative) {
            for target in analysis.references(initiative, .solves) where drawn.contains(target) {
                canvas.edge(canvas.id(initiative), canvas.id(target), as: .solves)
            }
        }
    }

    /// "A · M · O" with the factors the declaration names (`amo:`), and its building block.
    static func amoBadge(_ id: DeclarationID, on canvas: DotCanvas) -> [HTMLText] {
        let analysis = canvas.analysis
        let named = Set(analysis.values(id, .amo).compactMap(\.enumValue))
        var parts: [String] = []
        if !named.isEmpty {
            parts.append(EnumSets.amo.values.filter { named.contains($0.dutch) }
                .map { String($0.english.prefix(1)).uppercased() }.joined(separator: " · "))
        }
        if let block = analysis.enumValue(id, .buildingBlock) {
            parts.append(Words.value(block, in: EnumSets.buildingBlock, canvas.language))
        }
        return parts.isEmpty ? [] : [HTMLText.text(parts.joined(separator: " — ")).bold()]
    }
}
