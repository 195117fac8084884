import StroomModel
import StroomSyntax

/// The data side of the flow view: problems (stars) under the steps they belong to, data under
/// their steps, disruptions that belong to no step, and one row lower the ideas (clouds) under
/// the problems they solve.
extension DotFlowView {
    /// Draws the data side (of one row of several: only the items in `row`, and only the
    /// arrows from the steps in `rowNodes` hold them in place); returns how many ranks it takes
    /// below the process row.
    static func drawDataSide(_ map: DeclarationID, row: [DeclarationID]?, rowNodes: Set<DeclarationID>? = nil,
                             on canvas: inout DotCanvas) -> Int {
        let analysis = canvas.analysis
        let inRow = row.map(Set.init)
        func members(_ kind: DeclarationKind) -> [DeclarationID] {
            analysis.members(of: map, kind).filter { inRow?.contains($0) ?? true }
        }
        let problems = members(.problem)
        let data = members(.data)
        let looseDisruptions = members(.disruption).filter { analysis.references($0, .at).isEmpty }
        let ideas = members(.idea)
        let steps = Set(analysis.members(of: map, .step))
        let anchor = FlowGraph(analysis: analysis, map: map).nodes.first
            ?? analysis.members(of: map, .supplier, .customer).first
        var ranks = 0
        let firstRow = problems + data + looseDisruptions
        if !firstRow.isEmpty {
            ranks += 1
            canvas.sameRank { canvas in
                for problem in problems {
                    canvas.node(problem, as: .problem, label: canvas.label(problem, as: .problem))
                }
                for item in data {
                    canvas.node(item, as: .data, label: canvas.label(item, as: .data, details: storedIn(item, on: canvas)))
                }
                for disruption in looseDisruptions {
                    let label = HTMLText.text("⚡ ") + canvas.label(disruption, as: .disruption)
                    canvas.node(disruption, as: .disruption, label: label)
                }
            }
            for item in firstRow {
                let places = analysis.references(item, .at).filter(steps.contains)
                for step in places {
                    let elsewhere = rowNodes.map { !$0.contains(step) } ?? false
                    canvas.edge(canvas.id(step), canvas.id(item), as: .belongsTo, extra: elsewhere ? [.plain("constraint", "false")] : [])
                }
                if places.isEmpty, let anchor {
                    canvas.invisibleEdge(canvas.id(anchor), canvas.id(item), weight: 0)
                }
            }
        }
        ranks += drawIdeaColumns(ideas, problems: problems, below: anchor, firstRowIsEmpty: firstRow.isEmpty, on: &canvas)
        return ranks
    }

    /// Ideas in columns: each in a column under the first problem it solves, with one arrow
    /// from the column to the star, so the picture grows down rather than sideways. An idea
    /// that solves more problems names the others in its label. Ideas that solve no problem
    /// drawn here stand in a column of their own. Returns the height of the tallest column.
    static func drawIdeaColumns(_ ideas: [DeclarationID], problems: [DeclarationID], below anchor: DeclarationID?,
                                firstRowIsEmpty: Bool, on canvas: inout DotCanvas) -> Int {
        guard !ideas.isEmpty else { return 0 }
        let analysis = canvas.analysis
        let drawnProblems = Set(problems)
        var columns: [DeclarationID: [DeclarationID]] = [:]
        var homeless: [DeclarationID] = []
        for idea in ideas {
            if let home = analysis.references(idea, .solves).first(where: drawnProblems.contains) {
                columns[home, default: []].append(idea)
            } else {
                homeless.append(idea)
            }
        }
        var height = homeless.count
        for problem in problems {
            guard let column = columns[problem] else { continue }
            height = max(height, column.count)
            let cluster = "solves_" + canvas.id(problem)
            canvas.cluster(cluster, label: HTMLText(), style: [
                .plain("style", "rounded,dashed"), .plain("color", Palette.ideaInk), .plain("margin", "6"),
            ]) { canvas in
                for idea in column { drawIdea(idea, home: problem, on: &canvas) }
            }
            canvas.edge(canvas.id(problem), canvas.id(column[0]), as: .solves,
                        extra: [.plain("dir", "back"), .text("lhead", "cluster_" + cluster)])
            for (above, idea) in zip(column, column.dropFirst()) {
                canvas.invisibleEdge(canvas.id(above), canvas.id(idea), weight: 4)
            }
        }
        for idea in homeless { drawIdea(idea, home: nil, on: &canvas) }
        for (index, idea) in homeless.enumerated() {
            if index > 0 {
                canvas.invisibleEdge(canvas.id(homeless[index - 1]), canvas.id(idea), weight: 4)
            } else if let top = problems.last ?? anchor {
                canvas.invisibleEdge(canvas.id(top), canvas.id(idea), weight: 0, minlen: problems.isEmpty && !firstRowIsEmpty ? 2 : 1)
            }
        }
        return height
    }

    /// An idea; when it solves more than its column's problem, "★ ook: …" names the others.
    static func drawIdea(_ idea: DeclarationID, home: DeclarationID?, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let others = analysis.references(idea, .solves).filter { $0 != home }.uniqued()
        var details: [HTMLText] = []
        if !others.isEmpty {
            let names = others.map { TextLayout.title(of: analysis[$0]) }.joined(separator: "; ")
            details.append(HTMLText.lines(TextLayout.lines("★ \(Words.also[canvas.language]): " + names, width: 26))
                .font(color: Palette.problemInk))
        }
        canvas.node(idea, as: .idea, label: canvas.label(idea, as: .idea, details: details))
    }

    /// "in: papier, Excel" for a data item.
    static func storedIn(_ item: DeclarationID, on canvas: DotCanvas) -> [HTMLText] {
        let analysis = canvas.analysis
        let places = analysis.values(item, .storedIn).compactMap { value -> String? in
            if let system = value.reference { return TextLayout.title(of: analysis[system]) }
            return value.enumValue.map { Words.value($0, in: EnumSets.paper, canvas.language) }
        }
        guard !places.isEmpty else { return [] }
        return [HTMLText.lines(TextLayout.lines("in: " + places.joined(separator: ", "), width: 28))]
    }
}
