@testable import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// The longest path walks numbered nodes and arrays; the straightforward walk over
/// dictionaries keyed by declaration (below, as the model had it) must give the same order,
/// total and path on any flow: parallel branches, rework loops, steps no arrow touches, and an
/// arrow to a step of another map.
@Suite struct FlowGraphTests {
    /// SplitMix64, so that every run draws the same flows.
    typealias Draw = SplitMix64

    static func randomWorkspace(_ draw: inout Draw) -> String {
        let count = Int.random(in: 1...12, using: &draw)
        var lines = ["proces m \"M\" {"]
        for index in 0..<count {
            if Bool.random(using: &draw), index > 0 {
                lines.append("  wacht n\(index) \"N\" { duur: \(Int.random(in: 0...3, using: &draw))u }")
            } else {
                lines.append("  stap n\(index) \"N\" { tijd: \(Int.random(in: 0...90, using: &draw))min }")
            }
        }
        for _ in 0..<Int.random(in: 0...(count * 2), using: &draw) {
            let from = Int.random(in: 0..<count, using: &draw), to = Int.random(in: 0..<count, using: &draw)
            lines.append(Int.random(in: 0..<10, using: &draw) == 0 ? "  n\(from) -> ander.x" : "  n\(from) -> n\(to)")
        }
        lines.append("}")
        lines.append("proces ander \"Ander\" {\n  stap x \"X\" { tijd: 5min }\n}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The walk as it was, over the graph's dictionaries.
    static func referenceOrder(_ graph: FlowGraph) -> [DeclarationID] {
        var state: [DeclarationID: Int] = [:]
        var postOrder: [DeclarationID] = []
        func visit(_ node: DeclarationID) {
            var stack: [(DeclarationID, Int)] = [(node, 0)]
            state[node] = 1
            while let (current, index) = stack.last {
                let next = graph.successors[current] ?? []
                if index < next.count {
                    stack[stack.count - 1].1 += 1
                    let successor = next[index]
                    if state[successor] == nil {
                        state[successor] = 1
                        stack.append((successor, 0))
                    }
                } else {
                    state[current] = 2
                    postOrder.append(current)
                    stack.removeLast()
                }
            }
        }
        for node in graph.entries + graph.nodes where state[node] == nil { visit(node) }
        return postOrder.reversed()
    }

    static func referenceLongestPath(_ graph: FlowGraph, weight: (DeclarationID) -> Double) -> (Double, [DeclarationID]) {
        let order = referenceOrder(graph)
        var best: [DeclarationID: (Double, DeclarationID?)] = [:]
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        for node in order {
            let incoming = (graph.predecessors[node] ?? []).filter { (position[$0] ?? 0) < (position[node] ?? 0) }
            var bestIncoming: (Double, DeclarationID?) = (0, nil)
            for predecessor in incoming {
                let value = best[predecessor]?.0 ?? 0
                if bestIncoming.1 == nil || value > bestIncoming.0 { bestIncoming = (value, predecessor) }
            }
            best[node] = (bestIncoming.0 + weight(node), bestIncoming.1)
        }
        guard var end = order.max(by: { (best[$0]?.0 ?? 0, -(position[$0] ?? 0)) < (best[$1]?.0 ?? 0, -(position[$1] ?? 0)) }) else {
            return (0, [])
        }
        let total = best[end]?.0 ?? 0
        var path = [end]
        while let previous = best[end]?.1 {
            path.append(previous)
            end = previous
        }
        return (total, path.reversed())
    }

    @Test func theLongestPathIsTheOneTheDictionaryWalkFinds() throws {
        var draw = Draw(state: 20261124)
        for round in 0..<400 {
            let text = Self.randomWorkspace(&draw)
            let analysis = Analysis(sources: [SourceFile(path: "m.vsm", text: text)])
            let map = try #require(analysis.maps.first)
            let graph = analysis.flowGraph(map)
            let weight = { (id: DeclarationID) in analysis.kind(id) == .wait ? (analysis.minutes(id, .duration) ?? 0) : (analysis.minutes(id, .time) ?? 0) }
            #expect(graph.topologicalOrderIgnoringBackEdges() == Self.referenceOrder(graph), "round \(round):\n\(text)")
            let (total, path) = graph.longestPath(weight: weight)
            let (expectedTotal, expectedPath) = Self.referenceLongestPath(graph, weight: weight)
            #expect(total == expectedTotal && path == expectedPath, "round \(round):\n\(text)")
            let metrics = analysis.processMetrics(map)
            #expect(metrics.leadMinutes == expectedTotal && metrics.criticalPath == expectedPath, "round \(round)")
        }
    }
}
