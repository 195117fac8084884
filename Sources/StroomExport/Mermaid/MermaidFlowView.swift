import StroomModel
import StroomSyntax

/// The flow view in Mermaid: supplier ==> steps and waits ==> customer, persons and ICT
/// systems tied to their steps, problems to their step and ideas to the problems they solve,
/// and the totals of the time ladder (from ``ProcessMetrics``) in a node of their own. A study
/// is its observations' moments in time order.
enum MermaidFlowView: MermaidView {
    static func draw(_ map: DeclarationID, on canvas: inout MermaidCanvas) {
        let analysis = canvas.analysis
        if analysis.kind(map) == .study {
            drawStudy(map, on: &canvas)
            return
        }
        let language = canvas.language
        let perDay = analysis.minutesPerDay(of: map)
        let graph = FlowGraph(analysis: analysis, map: map)
        let suppliers = analysis.members(of: map, .supplier), customers = analysis.members(of: map, .customer)
        for supplier in suppliers { canvas.node(supplier, as: .supplier) }
        for node in graph.nodes {
            if analysis.kind(node) == .wait {
                let duration = analysis.minutes(node, .duration).map { FigureText.duration($0, minutesPerDay: perDay, language) }
                canvas.node(node, as: .wait, details: [duration ?? Words.unknownTime])
            } else {
                var facts: [String] = []
                if let minutes = analysis.minutes(node, .time) { facts.append(FigureText.duration(minutes, minutesPerDay: perDay, language)) }
                facts += (analysis.references(node, .by) + analysis.references(node, .ict)).map { TextLayout.title(of: analysis[$0]) }
                var details = facts.isEmpty ? [] : [facts.joined(separator: " · ")]
                for disruption in analysis.members(of: map, .disruption) where analysis.references(disruption, .at).contains(node) {
                    details.append("⚡ " + TextLayout.title(of: analysis[disruption]))
                }
                canvas.node(node, as: .step, details: details)
            }
        }
        for customer in customers { canvas.node(customer, as: .customer) }
        for supplier in suppliers { for entry in graph.entries { canvas.link(supplier, entry, as: .flow) } }
        for node in graph.nodes { for next in graph.successors[node] ?? [] { canvas.link(node, next, as: .flow) } }
        let exits = graph.exits.isEmpty ? Array(graph.nodes.suffix(1)) : graph.exits
        for exit in exits { for customer in customers { canvas.link(exit, customer, as: .flow) } }

        let roles = Set(suppliers + customers)
        let people = analysis.members(of: map, .person, .ict, .external)
        for id in people { canvas.node(id, as: analysis.kind(id) == .person ? .person : analysis.kind(id) == .ict ? .ict : .external) }
        for step in graph.nodes {
            for person in analysis.references(step, .by) where people.contains(person) && !roles.contains(person) {
                canvas.link(person, step, as: .performs)
            }
            for system in analysis.references(step, .ict) where people.contains(system) { canvas.link(system, step, as: .usesICT) }
        }
        drawProblemsAndIdeas(map, on: &canvas)
        guard !graph.nodes.isEmpty else { return }
        // The totals from ``ProcessFigures``, written by ``FigureText`` as everywhere: a figure
        // whose times are not all known says why, never a partial sum.
        let figures = analysis.processFigures(map)
        let lines = Words.ladderFigures.map { "\(FigureText.name($0, language)): \(figures.text($0, minutesPerDay: perDay, language))" }
        let totals = canvas.names.internalID(map, "ladder.totals")
        canvas.extraNode(totals, as: .data, label: lines.joined(separator: "\n"))
        if let last = exits.first { canvas.writer.link(canvas.rawID(last), totals, arrow: "~~~") }
    }

    /// Problems tied to their steps, ideas to the problems they solve, data to its steps.
    static func drawProblemsAndIdeas(_ map: DeclarationID, on canvas: inout MermaidCanvas) {
        let analysis = canvas.analysis
        let problems = analysis.members(of: map, .problem)
        for problem in problems {
            canvas.node(problem, as: .problem)
            for step in analysis.references(problem, .at) where analysis[step].map == map { canvas.link(step, problem, as: .belongsTo) }
        }
        for item in analysis.members(of: map, .data) {
            canvas.node(item, as: .data)
            for step in analysis.references(item, .at) where analysis[step].map == map { canvas.link(step, item, as: .belongsTo) }
        }
        let drawn = Set(problems)
        for idea in analysis.members(of: map, .idea) {
            canvas.node(idea, as: .idea)
            for problem in analysis.references(idea, .solves).uniqued() where drawn.contains(problem) {
                canvas.link(idea, problem, as: .solves, label: Link.solves.word[canvas.language])
            }
        }
    }

    static func drawStudy(_ map: DeclarationID, on canvas: inout MermaidCanvas) {
        let analysis = canvas.analysis
        for system in analysis.members(of: map, .ict) { canvas.node(system, as: .ict) }
        for observation in analysis.members(of: map, .observation) {
            let moments = analysis.observationMetrics(observation).moments
            canvas.writer.openSubgraph(canvas.rawID(observation), title: TextLayout.title(of: analysis[observation]))
            for moment in moments {
                let title = TextLayout.wrap(TextLayout.shortened(TextLayout.title(of: analysis[moment.id])), width: 24)
                let time = moment.start.map(WorkingTimeText.clock) ?? Words.unknownTime
                canvas.extraNode(canvas.rawID(moment.id), as: moment.usesICT ? .ictMoment : .moment,
                                 label: ([time] + title).joined(separator: "\n"))
            }
            canvas.writer.closeSubgraph()
            for (moment, next) in zip(moments, moments.dropFirst()) { canvas.link(moment.id, next.id, as: .flow) }
            for moment in moments {
                for system in analysis.references(moment.id, .ict) where analysis.kind(system) == .ict {
                    canvas.link(system, moment.id, as: .usesICT)
                }
                for problem in analysis.references(moment.id, .problemRef) where analysis[problem].map == map {
                    canvas.link(moment.id, problem, as: .belongsTo)
                }
            }
        }
        drawProblemsAndIdeas(map, on: &canvas)
    }
}
