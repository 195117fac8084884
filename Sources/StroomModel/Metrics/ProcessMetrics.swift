import StroomSyntax

/// The figures of one process, computed once here for hover, report and export alike.
/// Times are in minutes of working time.
public struct ProcessMetrics: Sendable {
    /// Sum of the `tijd` of every step.
    public let processMinutes: Double
    /// Sum of the `duur` of every wait.
    public let waitMinutes: Double
    /// The longest path through the flow, steps and waits counted.
    public let leadMinutes: Double
    /// The steps and waits on that path.
    public let criticalPath: [DeclarationID]
    /// Process time ÷ lead time; nil when the lead time is zero.
    public let activityRatio: Double?
    /// Sum of the `tijd` of steps with `waarde: ja`.
    public let valueAddingMinutes: Double
    /// The product of the steps' `ca` (0…1); nil when no step has one.
    public let rolledCompleteAccurate: Double?
    /// How often consecutive steps in the flow use a different set of ICT systems (both using
    /// at least one).
    public let systemSwitches: Int
    /// How often consecutive steps in the flow are done by a different set of people.
    public let handOffs: Int
    /// Manual registrations: every step with `handmatig: ja`, plus the extra places data is
    /// kept (for each data item kept in n > 1 places, n − 1).
    public let manualRegistrations: Int
    /// Steps without `tijd`: figures are incomplete while this is not zero.
    public let stepsWithoutTime: Int
    /// Problems per Akkrum phase (`voorbereiding`, `uitvoering`, `evaluatie`; `""` when not placed).
    public let problemsPerPhase: [String: Int]
    /// Ideas per quadrant (`organisatie`, `ict`, `persoonlijk`, `samenwerking`; `""` when not placed).
    public let ideasPerQuadrant: [String: Int]
    /// Actions not `klaar`.
    public let openActions: [DeclarationID]
    /// Problems per aspect × frequency category (the werkdruk-frequentie matrix).
    public let workloadFrequency: [String: [String: Int]]

    public init(analysis: Analysis, map: DeclarationID) {
        self.init(analysis: analysis, map: map, graph: analysis.flowGraph(map))
    }

    init(analysis: Analysis, map: DeclarationID, graph: FlowGraph) {
        let steps = analysis.members(of: map, .step)
        let waits = analysis.members(of: map, .wait)
        let stepTime = { (id: DeclarationID) in analysis.minutes(id, .time) ?? 0 }
        processMinutes = steps.map(stepTime).reduce(0, +)
        waitMinutes = waits.map { analysis.minutes($0, .duration) ?? 0 }.reduce(0, +)
        let longest = graph.longestPath { id in
            analysis.kind(id) == .wait ? (analysis.minutes(id, .duration) ?? 0) : stepTime(id)
        }
        leadMinutes = longest.total
        criticalPath = longest.path
        activityRatio = leadMinutes > 0 ? processMinutes / leadMinutes : nil
        valueAddingMinutes = steps.filter { analysis.enumValue($0, .value) == "ja" }.map(stepTime).reduce(0, +)
        let fractions = steps.compactMap { analysis.values($0, .completeAccurate).first?.percent }.map { $0 / 100 }
        rolledCompleteAccurate = fractions.isEmpty ? nil : fractions.reduce(1, *)
        let pairs = ProcessMetrics.consecutiveSteps(graph: graph, analysis: analysis)
        systemSwitches = ProcessMetrics.changes(pairs) { analysis.references($0, .ict) }
        handOffs = ProcessMetrics.changes(pairs) { analysis.references($0, .by) }
        manualRegistrations = steps.filter { analysis.enumValue($0, .manual) == "ja" }.count
            + analysis.members(of: map, .data).map { max(0, analysis.values($0, .storedIn).count - 1) }.reduce(0, +)
        stepsWithoutTime = steps.filter { analysis.minutes($0, .time) == nil }.count
        var phases: [String: Int] = [:]
        var matrix: [String: [String: Int]] = [:]
        for problem in analysis.members(of: map, .problem) {
            phases[analysis.enumValue(problem, .phase) ?? "", default: 0] += 1
            let aspect = analysis.enumValue(problem, .aspect) ?? ""
            let frequency = analysis.values(problem, .frequency).first?.frequency?.category ?? ""
            matrix[aspect, default: [:]][frequency, default: 0] += 1
        }
        problemsPerPhase = phases
        workloadFrequency = matrix
        var quadrants: [String: Int] = [:]
        for idea in analysis.members(of: map, .idea) {
            quadrants[analysis.enumValue(idea, .category) ?? "", default: 0] += 1
        }
        ideasPerQuadrant = quadrants
        openActions = analysis.members(of: map, .action).filter { analysis.enumValue($0, .status) != "klaar" }
    }

    /// Pairs of steps that follow each other in the flow, waits in between skipped.
    static func consecutiveSteps(graph: FlowGraph, analysis: Analysis) -> [(DeclarationID, DeclarationID)] {
        var pairs: [(DeclarationID, DeclarationID)] = []
        for node in graph.nodes where analysis.kind(node) == .step {
            var seen: Set<DeclarationID> = [node]
            var frontier = graph.successors[node] ?? []
            while let next = frontier.first {
                frontier.removeFirst()
                guard seen.insert(next).inserted else { continue }
                if analysis.kind(next) == .step {
                    pairs.append((node, next))
                } else {
                    frontier.append(contentsOf: graph.successors[next] ?? [])
                }
            }
        }
        return pairs
    }

    /// How many pairs name a different set of declarations on each side (both naming some).
    /// The lists are a step's one or two names, so they are compared as sets by looking up
    /// each element in the other list rather than by building two `Set`s per pair.
    static func changes(_ pairs: [(DeclarationID, DeclarationID)], _ names: (DeclarationID) -> [DeclarationID]) -> Int {
        pairs.filter { pair in
            let (a, b) = (names(pair.0), names(pair.1))
            return !a.isEmpty && !b.isEmpty && !(a.allSatisfy(b.contains) && b.allSatisfy(a.contains))
        }.count
    }
}
