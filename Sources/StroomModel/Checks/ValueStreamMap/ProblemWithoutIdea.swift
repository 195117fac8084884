import StroomSyntax

/// V301 — a problem that no idea solves.
///
/// The Akkrum step plan: "Laat de deelnemers voor elk probleem ten minste één oplossing
/// bedenken." A problem counts as
/// solved when an idea's `lost_op` names it, or names a cause from which a cause-effect path
/// (`oorzaak -> … -> probleem`) leads to it: solving the cause solves what it leads to.
enum ProblemWithoutIdea: CheckRule {
    static let info = RuleInfo(
        code: "V301", severity: .warning,
        title: LocalizedText(nl: "Probleem zonder idee", en: "Problem without an idea"),
        explanation: LocalizedText(
            nl: "Het stappenplan zegt: ‘voor elk probleem ten minste één oplossing’. Een probleem zonder idee blijft liggen als het team verder gaat. Schrijf een idee met lost_op: dat het probleem noemt, of dat een oorzaak noemt die (via pijlen) tot het probleem leidt. Vóór het stadium verandering is dit alleen een hint.",
            en: "The step plan says: ‘at least one solution for every problem’. A problem without an idea is left behind when the team moves on. Write an idea with solves: that names the problem, or a cause that leads to the problem (through arrows). Before the change stage this is only a hint."),
        example: "probleem dubbel \"Dubbel werk\" { bij: schrijven }   # V301\nidee koppeling \"Systemen koppelen\" { lost_op: dubbel }   # zo is het opgelost",
        stageDependent: true)

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        let solved = solvedProblems(analysis)
        for map in analysis.maps(.process, .study) {
            for problem in analysis.members(of: map, .problem) {
                guard let name = analysis[problem].name, !solved.contains(problem) else { continue }
                let subject = MessageParts.subject(analysis[problem])
                let fix = Fixes.insertDeclaration(
                    .idea, attribute: .solves, target: name,
                    after: problem, in: analysis,
                    title: LocalizedText(nl: "Voeg een idee toe dat \(MessageParts.q(name)) oplost",
                                         en: "Add an idea that solves \(MessageParts.q(name))"))
                context.report(on: problem, message: LocalizedText(
                    nl: "\(subject.nl) heeft nog geen oplossing: geen idee noemt het in lost_op:. Bedenk ten minste één idee (idee … { lost_op: \(name) }).",
                    en: "\(subject.en) has no solution yet: no idea names it in solves:. Think of at least one idea (idea … { solves: \(name) })."),
                    fixes: fix.map { [$0] } ?? [])
            }
        }
    }

    /// Every problem that an idea solves, directly or through a cause that leads to it.
    static func solvedProblems(_ analysis: Analysis) -> Set<DeclarationID> {
        var leadsTo: [DeclarationID: [DeclarationID]] = [:]
        for map in analysis.maps(.process, .study) {
            for edge in analysis.edges(in: map, role: .causal) {
                guard let from = edge.from, let to = edge.to else { continue }
                leadsTo[from, default: []].append(to)
            }
        }
        var solved: Set<DeclarationID> = []
        var seen: Set<DeclarationID> = [] // nodes already walked from some cause
        for idea in analysis.declarations(of: .idea) {
            for target in analysis.references(idea, .solves) {
                switch analysis.kind(target) {
                case .problem:
                    solved.insert(target)
                case .cause:
                    // Everything downstream of the cause is solved too (a walk already done need not repeat).
                    var stack = [target]
                    while let node = stack.popLast() {
                        guard seen.insert(node).inserted else { continue }
                        if analysis.kind(node) == .problem { solved.insert(node) }
                        stack.append(contentsOf: leadsTo[node] ?? [])
                    }
                default:
                    continue
                }
            }
        }
        return solved
    }
}
