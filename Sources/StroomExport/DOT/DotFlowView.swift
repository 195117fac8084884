import StroomModel
import StroomSyntax

/// The `flow` view of a process: the value stream map schema, top to bottom as on the Akkrum
/// poster. Control side on top (persons, ICT systems, external parties), the process in one row
/// (supplier, steps and waits in flow order, customer), the data side below (problems as stars
/// under their step, ideas as clouds under the problems they solve, data), and the time ladder
/// at the bottom. A study (`onderzoek`) is drawn as timelines instead (`DotFlowView+Timeline`).
enum DotFlowView: DotView {
    static let rankdir = "TB"

    static func draw(_ map: DeclarationID, on canvas: inout DotCanvas) {
        if canvas.analysis.kind(map) == .study {
            drawStudy(map, on: &canvas)
            return
        }
        let analysis = canvas.analysis
        let graph = FlowGraph(analysis: analysis, map: map)
        let roles = Set(analysis.members(of: map, .supplier, .customer))
        drawControlSide(map, flow: graph, roles: roles, on: &canvas)
        let rows = rows(of: rowOrder(graph), stepsPerRow: canvas.stepsPerRow)
        drawProcessRows(map, flow: graph, rows: rows, on: &canvas)
        drawBands(map, flow: graph, rows: rows, on: &canvas)
    }

    // MARK: - Control side

    static func drawControlSide(_ map: DeclarationID, flow: FlowGraph, roles: Set<DeclarationID>, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let people = analysis.members(of: map, .person, .ict, .external)
        guard !people.isEmpty else { return }
        var rank: [(DeclarationID, Element)] = []
        for id in people {
            switch analysis.kind(id) {
            case .person: rank.append((id, .person))
            case .ict: rank.append((id, .ict))
            default: rank.append((id, .external))
            }
        }
        // In rows (a flow laid out for paper) the control side takes rows of the same length.
        let lines = drawLines(rank, perLine: canvas.stepsPerRow.map { max(2, $0) }, on: &canvas)
        // In rows, arrows from the top to the rows below would cross every band: who does a step
        // and the system it uses stand in the step's label, as they always do, and the control
        // side stands above the start of the first row.
        let order = rowOrder(flow)
        guard rows(of: order, stepsPerRow: canvas.stepsPerRow).count == 1 else {
            if let last = lines.last?.first?.0, let start = order.first {
                canvas.invisibleEdge(canvas.id(last), canvas.id(start), weight: 8)
            }
            return
        }
        for step in flow.nodes where analysis.kind(step) == .step {
            for person in analysis.references(step, .by) where !roles.contains(person) && people.contains(person) {
                canvas.edge(canvas.id(person), canvas.id(step), as: .performs)
            }
            for system in analysis.references(step, .ict) where people.contains(system) {
                canvas.edge(canvas.id(system), canvas.id(step), as: .usesICT)
            }
        }
    }

    // MARK: - Process row

    /// The process in one row, or in ``DotCanvas/stepsPerRow`` rows: the supplier at the start
    /// of the first, the customer at the end of the last.
    static func drawProcessRows(_ map: DeclarationID, flow: FlowGraph, rows: [[DeclarationID]], on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let suppliers = analysis.members(of: map, .supplier)
        let customers = analysis.members(of: map, .customer)
        for (index, row) in rows.enumerated() {
            canvas.sameRank { canvas in
                for supplier in suppliers where index == 0 {
                    canvas.node(supplier, as: .supplier, label: roleLabel(supplier, .delivers, on: canvas))
                }
                for node in row {
                    if analysis.kind(node) == .wait {
                        canvas.node(node, as: .wait, label: waitLabel(node, map: map, on: canvas))
                    } else {
                        let label = stepLabel(node, map: map, on: &canvas)
                        canvas.node(node, as: .step, label: label)
                    }
                }
                for customer in customers where index == rows.count - 1 {
                    canvas.node(customer, as: .customer, label: roleLabel(customer, .receives, on: canvas))
                }
            }
        }
        let entries = flow.entries, exits = flow.exits.isEmpty ? Array(flow.nodes.suffix(1)) : flow.exits
        for supplier in suppliers {
            for entry in entries { canvas.edge(canvas.id(supplier), canvas.id(entry), as: .flow) }
            if flow.nodes.isEmpty { for customer in customers { canvas.invisibleEdge(canvas.id(supplier), canvas.id(customer)) } }
        }
        for node in flow.nodes {
            for next in flow.successors[node] ?? [] { canvas.edge(canvas.id(node), canvas.id(next), as: .flow) }
        }
        for exit in exits {
            for customer in customers { canvas.edge(canvas.id(exit), canvas.id(customer), as: .flow) }
        }
        holdSiblingOrder(flow, on: &canvas)
    }

    /// Steps and waits in the order the work goes (a depth-first order from the entries, rework
    /// arrows left out, ties in the written order): the row's and the ladder's left to right.
    static func rowOrder(_ flow: FlowGraph) -> [DeclarationID] {
        var state: [DeclarationID: Bool] = [:] // false = on the path, true = done
        var postOrder: [DeclarationID] = []
        // An explicit stack, not recursion: a flow of thousands of steps in a row must not
        // overflow a worker thread's stack.
        var path: [(node: DeclarationID, next: [DeclarationID], index: Int)] = []
        for start in (flow.entries + flow.nodes).reversed() where state[start] == nil {
            state[start] = false
            path.append((start, (flow.successors[start] ?? []).reversed(), 0))
            while let top = path.last {
                if top.index < top.next.count {
                    path[path.count - 1].index += 1
                    let next = top.next[top.index]
                    guard state[next] == nil else { continue }
                    state[next] = false
                    path.append((next, (flow.successors[next] ?? []).reversed(), 0))
                } else {
                    state[top.node] = true
                    postOrder.append(top.node)
                    path.removeLast()
                }
            }
        }
        return postOrder.reversed()
    }

    /// Steps that follow the same step stay in the order they were written.
    static func holdSiblingOrder(_ flow: FlowGraph, on canvas: inout DotCanvas) {
        for node in flow.nodes {
            let next = flow.successors[node] ?? []
            for (first, second) in zip(next, next.dropFirst()) where !reaches(second, first, flow) {
                canvas.invisibleEdge(canvas.id(first), canvas.id(second))
            }
        }
    }

    static func reaches(_ start: DeclarationID, _ target: DeclarationID, _ flow: FlowGraph) -> Bool {
        var seen: Set<DeclarationID> = [start]
        var stack = [start]
        while let node = stack.popLast() {
            if node == target { return true }
            for next in flow.successors[node] ?? [] where seen.insert(next).inserted { stack.append(next) }
        }
        return false
    }

    static func roleLabel(_ id: DeclarationID, _ attribute: AttributeName, on canvas: DotCanvas) -> HTMLText {
        let what = canvas.analysis.values(id, attribute).first?.text.map { HTMLText.lines(TextLayout.lines($0, width: 24)) }
        return canvas.label(id, as: .supplier, details: what.map { [$0] } ?? [], bold: true)
    }

    /// Name, then "45 min · leraar · LVS", then the disruptions on the step in orange.
    static func stepLabel(_ step: DeclarationID, map: DeclarationID, on canvas: inout DotCanvas) -> HTMLText {
        let analysis = canvas.analysis
        var facts: [String] = []
        if let minutes = analysis.minutes(step, .time) {
            facts.append(FigureText.duration(minutes, minutesPerDay: analysis.minutesPerDay(of: map), canvas.language))
        }
        facts += analysis.references(step, .by).map { TextLayout.title(of: analysis[$0]) }
        facts += analysis.references(step, .ict).map { TextLayout.title(of: analysis[$0]) }
        var details: [HTMLText] = []
        if !facts.isEmpty { details.append(HTMLText.lines(TextLayout.lines(facts.joined(separator: " · "), width: 32))) }
        for disruption in analysis.members(of: map, .disruption) where analysis.references(disruption, .at).contains(step) {
            canvas.uses(.disruption)
            let text = "⚡ " + TextLayout.title(of: analysis[disruption])
            details.append(HTMLText.lines(TextLayout.lines(text, width: 28)).font(color: Palette.disruption))
        }
        return canvas.label(step, as: .step, details: details, bold: true)
    }

    static func waitLabel(_ wait: DeclarationID, map: DeclarationID, on canvas: DotCanvas) -> HTMLText {
        let analysis = canvas.analysis
        let duration = analysis.minutes(wait, .duration).map {
            FigureText.duration($0, minutesPerDay: analysis.minutesPerDay(of: map), canvas.language)
        } ?? Words.unknownTime
        return canvas.label(wait, as: .wait, details: [HTMLText.text(duration).bold()])
    }
}
