import StroomModel
import StroomSyntax

/// The lower half of a study's flow view: each finding (`conclusie`) as a cluster of its
/// problems stacked top to bottom, then the study's other problems and data the same way. An
/// idea stands in the row of the first problem it solves, beside it, so inside that problem's
/// finding (the finding's story is its problems and what solves them); ideas that solve no
/// problem come last. Moments that record a problem point at it.
extension DotFlowView {
    static func drawStudyFindings(_ map: DeclarationID, below anchor: String?, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let findings = analysis.members(of: map, .finding)
        let problems = analysis.members(of: map, .problem)
        let drawnProblems = Set(problems)
        let ideas = analysis.members(of: map, .idea)
        var home: [DeclarationID: DeclarationID] = [:]
        for idea in ideas {
            if let problem = analysis.references(idea, .solves).first(where: drawnProblems.contains) { home[idea] = problem }
        }
        func findingOf(_ id: DeclarationID) -> DeclarationID? {
            var current = analysis[id].parent
            while let parent = current, parent != map {
                if analysis.kind(parent) == .finding { return parent }
                current = analysis[parent].parent
            }
            return nil
        }
        let stackedKinds: Set<DeclarationKind> = [.problem, .data]
        let stacked = (analysis.membersInOrder[map] ?? []).filter { analysis.kind($0).map(stackedKinds.contains) == true }
        for finding in findings {
            let own = stacked.filter { findingOf($0) == finding }
            let label = HTMLText.lines(TextLayout.lines(TextLayout.title(of: analysis[finding]), width: 50)).bold()
            canvas.cluster("finding_" + canvas.id(finding), label: label,
                           style: [.plain("style", "rounded,dashed"), .plain("color", Palette.muted), .tooltip(canvas.tooltip(finding))]) { canvas in
                for id in own { drawLooseItem(id, on: &canvas) }
                for idea in ideas where home[idea].map(own.contains) == true {
                    drawLooseItem(idea, home: home[idea], on: &canvas)
                }
            }
            stack(own, below: anchor, on: &canvas)
        }
        let loose = stacked.filter { findingOf($0) == nil }
        for id in loose { drawLooseItem(id, on: &canvas) }
        var drawnIdeas: Set<DeclarationID> = []
        for idea in ideas where home[idea] != nil {
            let problem = home[idea]!
            if findingOf(problem) == nil { drawLooseItem(idea, home: problem, on: &canvas) }
            drawnIdeas.insert(idea)
            // Beside its problem: the same rank, across the finding's frame (newrank allows it).
            canvas.sameRank { canvas in
                canvas.writer.node(canvas.id(problem), [])
                canvas.writer.node(canvas.id(idea), [])
            }
        }
        var rest = loose
        let homeless = ideas.filter { !drawnIdeas.contains($0) }
        for idea in homeless { drawLooseItem(idea, on: &canvas) }
        for index in stride(from: 0, to: homeless.count, by: 2) {
            let row = Array(homeless[index..<min(index + 2, homeless.count)])
            if row.count == 2 {
                canvas.sameRank { canvas in
                    for idea in row { canvas.writer.node(canvas.id(idea), []) }
                }
            }
            rest.append(row[0])
        }
        stack(rest, below: anchor, on: &canvas)
        for observation in analysis.members(of: map, .observation) {
            for moment in analysis[observation].children where analysis.kind(moment) == .moment {
                for problem in analysis.references(moment, .problemRef) where drawnProblems.contains(problem) {
                    canvas.edge(canvas.id(moment), canvas.id(problem), as: .belongsTo, extra: [.plain("constraint", "false")])
                }
            }
        }
        for idea in ideas {
            for problem in analysis.references(idea, .solves).uniqued() where drawnProblems.contains(problem) {
                let beside = home[idea] == problem
                canvas.edge(canvas.id(problem), canvas.id(idea), as: .solves,
                            extra: [.plain("dir", "back")] + (beside ? [] : [.plain("constraint", "false"), .plain("weight", "0")]))
            }
        }
    }

    /// Nodes under each other, the first under the anchor (written outside any cluster).
    static func stack(_ ids: [DeclarationID], below anchor: String?, on canvas: inout DotCanvas) {
        var above = anchor
        for id in ids {
            if let above { canvas.invisibleEdge(above, canvas.id(id), weight: 2) }
            above = canvas.id(id)
        }
    }

    static func drawLooseItem(_ id: DeclarationID, home: DeclarationID? = nil, on canvas: inout DotCanvas) {
        switch canvas.analysis.kind(id) {
        case .problem: canvas.node(id, as: .problem, label: canvas.label(id, as: .problem))
        case .idea: drawIdea(id, home: home, on: &canvas)
        default: canvas.node(id, as: .data, label: canvas.label(id, as: .data, details: storedIn(id, on: canvas)))
        }
    }
}
