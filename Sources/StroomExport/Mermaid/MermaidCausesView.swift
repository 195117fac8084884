import StroomModel
import StroomSyntax

/// The causes view in Mermaid: causes --> problems, ideas -.-> the problems they solve,
/// ideas --> action points (in a benefit logic: causes --> workload, opportunities -.-> the
/// workload they reduce). A negative arrow is dotted and says `−`; the arrows of a feedback
/// loop are thick and orange and say `R1` or `B1`.
enum MermaidCausesView: MermaidView {
    static func draw(_ map: DeclarationID, on canvas: inout MermaidCanvas) {
        let analysis = canvas.analysis
        let language = canvas.language
        let isBenefitLogic = analysis.kind(map) == .benefitLogic
        let causes = analysis.members(of: map, .cause)
        let effects = analysis.members(of: map, isBenefitLogic ? .workload : .problem)
        let remedies = analysis.members(of: map, isBenefitLogic ? .opportunity : .idea)
        let actions = isBenefitLogic ? [] : analysis.members(of: map, .action)
        for cause in causes { canvas.node(cause, as: .cause) }
        for effect in effects { canvas.node(effect, as: isBenefitLogic ? .workload : .problem) }
        for remedy in remedies { canvas.node(remedy, as: isBenefitLogic ? .opportunity : .idea) }
        for action in actions {
            let owner = analysis.values(action, .owner).first.flatMap { value -> String? in
                value.reference.map { TextLayout.title(of: analysis[$0]) } ?? value.text ?? value.enumValue
            }
            var facts: [String] = [owner.map { "\(Words.owner[language]): \($0)" } ?? Words.noOwner[language]]
            if let due = analysis.firstValue(action, .due)?.date { facts.append("\(Words.due[language]): \(due)") }
            canvas.node(action, as: owner == nil ? .actionWithoutOwner : .action, details: [facts.joined(separator: " · ")])
        }
        var loopOfArrow: [String: String] = [:]
        var counts = (reinforcing: 0, balancing: 0)
        for loop in analysis.feedbackLoops(in: map) {
            let name: String
            if loop.isReinforcing { counts.reinforcing += 1; name = "R\(counts.reinforcing)" } else { counts.balancing += 1; name = "B\(counts.balancing)" }
            for arrow in loop.edges { loopOfArrow[DotCausesView.key(arrow)] = name }
        }
        var loopLinks: [Int] = []
        for arrow in analysis.edges(in: map, role: .causal) {
            guard let from = arrow.from, let to = arrow.to else { continue }
            let sign = arrow.polarity < 0 ? "−" : (arrow.hasPolarity ? "+" : nil)
            if let loop = loopOfArrow[DotCausesView.key(arrow)] {
                loopLinks.append(canvas.link(from, to, as: .feedbackLoop, label: loop + (sign.map { " " + $0 } ?? "")))
            } else {
                canvas.link(from, to, as: arrow.polarity < 0 ? .leadsToLess : .leadsTo, label: sign)
            }
        }
        let drawn = Set(causes + effects)
        for remedy in remedies {
            for target in analysis.references(remedy, isBenefitLogic ? .reduces : .solves).uniqued() where drawn.contains(target) {
                canvas.link(remedy, target, as: isBenefitLogic ? .reduces : .solves)
            }
        }
        let ideas = Set(remedies)
        for action in actions {
            for idea in analysis.references(action, .from).uniqued() where ideas.contains(idea) {
                canvas.link(idea, action, as: .becomesAction)
            }
        }
        if !loopLinks.isEmpty {
            canvas.writer.line("linkStyle \(loopLinks.map(String.init).joined(separator: ",")) stroke:\(Palette.loop),stroke-width:3px")
        }
    }
}
