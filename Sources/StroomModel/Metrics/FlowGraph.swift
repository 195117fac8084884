import StroomSyntax

/// The flow of a process: its steps and waits, and the arrows between them. Without any flow
/// arrow, steps and waits follow in the order written.
public struct FlowGraph: Sendable {
    /// Steps and waits, in declaration order.
    public let nodes: [DeclarationID]
    public let successors: [DeclarationID: [DeclarationID]]
    public let predecessors: [DeclarationID: [DeclarationID]]
    /// Whether the author drew the flow with arrows (else it is the written order).
    public let isExplicit: Bool

    public init(analysis: Analysis, map: DeclarationID) {
        nodes = analysis.members(of: map, .step, .wait)
        var successors: [DeclarationID: [DeclarationID]] = [:]
        var predecessors: [DeclarationID: [DeclarationID]] = [:]
        let arrows = analysis.edges(in: map, role: .flow)
        if arrows.isEmpty {
            for (from, to) in zip(nodes, nodes.dropFirst()) {
                successors[from, default: []].append(to)
                predecessors[to, default: []].append(from)
            }
        } else {
            for arrow in arrows {
                guard let from = arrow.from, let to = arrow.to else { continue }
                if !(successors[from]?.contains(to) ?? false) {
                    successors[from, default: []].append(to)
                    predecessors[to, default: []].append(from)
                }
            }
        }
        self.successors = successors
        self.predecessors = predecessors
        isExplicit = !arrows.isEmpty
    }

    /// Nodes with no way in (where the work starts); the first node if every node has one.
    public var entries: [DeclarationID] {
        let sources = nodes.filter { (predecessors[$0] ?? []).isEmpty && !(successors[$0] ?? []).isEmpty }
        if !sources.isEmpty { return sources }
        return nodes.first.map { [$0] } ?? []
    }

    /// Nodes with no way out (where the work ends).
    public var exits: [DeclarationID] {
        nodes.filter { (successors[$0] ?? []).isEmpty && !(predecessors[$0] ?? []).isEmpty }
    }

    /// Nodes that no arrow touches while other nodes have arrows.
    public var disconnected: [DeclarationID] {
        guard isExplicit else { return [] }
        return nodes.filter { (predecessors[$0] ?? []).isEmpty && (successors[$0] ?? []).isEmpty }
    }

    func reachable(from starts: [DeclarationID], along next: [DeclarationID: [DeclarationID]]) -> Set<DeclarationID> {
        var seen = Set(starts)
        var stack = starts
        while let node = stack.popLast() {
            for successor in next[node] ?? [] where seen.insert(successor).inserted {
                stack.append(successor)
            }
        }
        return seen
    }

    /// Connected nodes that no entry reaches (V309).
    public var unreachable: [DeclarationID] {
        guard isExplicit else { return [] }
        let reached = reachable(from: entries, along: successors)
        let lonely = Set(disconnected)
        return nodes.filter { !reached.contains($0) && !lonely.contains($0) }
    }

    /// Connected nodes from which no exit can be reached (V309).
    public var deadEnds: [DeclarationID] {
        guard isExplicit else { return [] }
        let exits = exits
        let canFinish = reachable(from: exits, along: predecessors)
        let lonely = Set(disconnected)
        return nodes.filter { !canFinish.contains($0) && !lonely.contains($0) }
    }
}
