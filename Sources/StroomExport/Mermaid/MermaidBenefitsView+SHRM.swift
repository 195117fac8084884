import StroomModel
import StroomSyntax

/// Strategic HRM in the Mermaid benefits view: situations, goals and knelpunten as in the DOT.
extension MermaidBenefitsView {
    static func drawSHRM(_ map: DeclarationID, contribution: Contribution, on canvas: inout MermaidCanvas) {
        let analysis = canvas.analysis
        let language = canvas.language
        for situation in analysis.members(of: map, .situation) {
            var details: [String] = []
            if let current = analysis.values(situation, .current).first?.text { details.append("\(Words.current[language]): \(current)") }
            if let desired = analysis.values(situation, .desired).first?.text { details.append("\(Words.desired[language]): \(desired)") }
            canvas.node(situation, as: .situation, details: details)
        }
        for goal in analysis.members(of: map, .goal) {
            let reached = !(contribution.contributorsByPurpose[goal] ?? []).isEmpty
            canvas.node(goal, as: .goal, details: reached ? [] : [Words.nothingReachesThis[language]])
        }
        let problems = analysis.members(of: map, .problem)
        for problem in problems { canvas.node(problem, as: .problem) }
        let drawn = Set(problems)
        for initiative in analysis.members(of: map, .initiative) {
            for target in analysis.references(initiative, .solves) where drawn.contains(target) {
                canvas.link(initiative, target, as: .solves)
            }
        }
    }
}
