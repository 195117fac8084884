import StroomSyntax

/// A loop in the cause-effect arrows: A leads to B leads to … leads to A.
public struct FeedbackLoop: Sendable {
    /// The declarations around the loop, starting at the first declared one.
    public let members: [DeclarationID]
    /// The arrows of the loop, in order.
    public let edges: [ResolvedEdge]

    /// Reinforcing when the number of `-` polarities is even, else balancing.
    public var isReinforcing: Bool { edges.filter { $0.polarity < 0 }.count % 2 == 0 }
    /// Whether any arrow of the loop states a polarity.
    public var hasAnyPolarity: Bool { edges.contains(where: \.hasPolarity) }
}

extension Analysis {
    /// One loop per group of causes that lead to each other (per strongly connected group of
    /// the cause-effect arrows), found in declaration order so the result is stable.
    public func feedbackLoops(in map: DeclarationID) -> [FeedbackLoop] {
        let arrows = edges(in: map, role: .causal)
        var outgoing: [DeclarationID: [ResolvedEdge]] = [:]
        for arrow in arrows { outgoing[arrow.from!, default: []].append(arrow) }
        let nodes = (membersInOrder[map] ?? []).filter { outgoing[$0] != nil }
        var covered: Set<DeclarationID> = []
        var loops: [FeedbackLoop] = []
        for start in nodes where !covered.contains(start) {
            guard let cycle = shortestCycle(from: start, outgoing: outgoing) else { continue }
            let members = cycle.map { $0.from! }
            // The whole group around this loop is covered by one report.
            let group = stronglyConnected(from: start, outgoing: outgoing)
            covered.formUnion(group)
            loops.append(FeedbackLoop(members: members, edges: cycle))
        }
        return loops
    }

    /// The shortest loop back to `start` (breadth first), as its arrows.
    func shortestCycle(from start: DeclarationID, outgoing: [DeclarationID: [ResolvedEdge]]) -> [ResolvedEdge]? {
        var cameBy: [DeclarationID: ResolvedEdge] = [:]
        var queue = [start]
        var index = 0
        while index < queue.count {
            let node = queue[index]
            index += 1
            for arrow in outgoing[node] ?? [] {
                let next = arrow.to!
                if next == start {
                    var path = [arrow]
                    var current = node
                    while current != start, let previous = cameBy[current] {
                        path.append(previous)
                        current = previous.from!
                    }
                    return path.reversed()
                }
                if cameBy[next] == nil {
                    cameBy[next] = arrow
                    queue.append(next)
                }
            }
        }
        return nil
    }

    /// The nodes that can reach `start` and that `start` can reach.
    func stronglyConnected(from start: DeclarationID, outgoing: [DeclarationID: [ResolvedEdge]]) -> Set<DeclarationID> {
        func reach(_ next: (DeclarationID) -> [DeclarationID]) -> Set<DeclarationID> {
            var seen: Set<DeclarationID> = [start]
            var stack = [start]
            while let node = stack.popLast() {
                for other in next(node) where seen.insert(other).inserted { stack.append(other) }
            }
            return seen
        }
        var incoming: [DeclarationID: [DeclarationID]] = [:]
        for (from, arrows) in outgoing { for arrow in arrows { incoming[arrow.to!, default: []].append(from) } }
        let forward = reach { outgoing[$0]?.map { $0.to! } ?? [] }
        let backward = reach { incoming[$0] ?? [] }
        return forward.intersection(backward)
    }
}
