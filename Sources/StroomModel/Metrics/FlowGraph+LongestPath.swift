import StroomSyntax

/// The longest path, on numbered nodes.
///
/// The lead time of every process is this path, so it runs on every keystroke. Numbering the
/// nodes once and walking arrays gives the same order and the same path as walking the
/// dictionaries keyed by ``DeclarationID`` — a test compares the two on random flows — for a
/// fraction of the hashing.
extension FlowGraph {
    /// The heaviest path through the flow (rework loops are cut where they go back), with the
    /// weight of each node given by `weight` (asked once per node, in the order of the walk).
    public func longestPath(weight: (DeclarationID) -> Double) -> (total: Double, path: [DeclarationID]) {
        let numbered = NumberedFlow(self)
        let order = numbered.topologicalOrderIgnoringBackEdges(startingWith: entries)
        // A node the walk never reaches (the far end of an arrow from another map) counts as
        // position 0, as it always did.
        var position = [Int](repeating: 0, count: numbered.ids.count)
        for (rank, node) in order.enumerated() { position[node] = rank }
        var total = [Double](repeating: 0, count: numbered.ids.count)
        var from = [Int?](repeating: nil, count: numbered.ids.count)
        for node in order {
            var bestValue = 0.0
            var bestFrom: Int?
            for predecessor in numbered.previous[node] where position[predecessor] < position[node] {
                let value = total[predecessor]
                if bestFrom == nil || value > bestValue { (bestValue, bestFrom) = (value, predecessor) }
            }
            total[node] = bestValue + weight(numbered.ids[node])
            from[node] = bestFrom
        }
        guard var end = order.max(by: { (total[$0], -position[$0]) < (total[$1], -position[$1]) }) else { return (0, []) }
        let heaviest = total[end]
        var path = [numbered.ids[end]]
        while let previous = from[end] {
            path.append(numbered.ids[previous])
            end = previous
        }
        return (heaviest, path.reversed())
    }

    /// Depth-first from the entries (then any unvisited node) in declaration order; an arrow
    /// to a node still on the stack is a rework loop and is left out.
    func topologicalOrderIgnoringBackEdges() -> [DeclarationID] {
        let numbered = NumberedFlow(self)
        return numbered.topologicalOrderIgnoringBackEdges(startingWith: entries).map { numbered.ids[$0] }
    }
}

/// The nodes of a flow numbered 0… (its steps and waits in order, then any other end of an
/// arrow), with the arrows as arrays of numbers in the order they were written.
struct NumberedFlow {
    let ids: [DeclarationID]
    let number: [DeclarationID: Int]
    let next: [[Int]]
    let previous: [[Int]]
    let nodes: [Int]

    init(_ graph: FlowGraph) {
        var ids: [DeclarationID] = []
        var number: [DeclarationID: Int] = [:]
        func add(_ id: DeclarationID) {
            guard number[id] == nil else { return }
            number[id] = ids.count
            ids.append(id)
        }
        for id in graph.nodes { add(id) }
        // Every end of an arrow that can be reached from the nodes, either way; ends in other
        // maps get numbers as they are met.
        var index = 0
        while index < ids.count {
            for end in graph.successors[ids[index]] ?? [] { add(end) }
            for end in graph.predecessors[ids[index]] ?? [] { add(end) }
            index += 1
        }
        next = ids.map { (graph.successors[$0] ?? []).map { number[$0]! } }
        previous = ids.map { (graph.predecessors[$0] ?? []).map { number[$0]! } }
        nodes = graph.nodes.map { number[$0]! }
        self.ids = ids
        self.number = number
    }

    func topologicalOrderIgnoringBackEdges(startingWith entries: [DeclarationID]) -> [Int] {
        var state = [UInt8](repeating: 0, count: ids.count) // 1 = on stack, 2 = done
        var postOrder: [Int] = []
        postOrder.reserveCapacity(ids.count)
        var stack: [(node: Int, next: Int)] = []
        for start in entries.compactMap({ number[$0] }) + nodes where state[start] == 0 {
            state[start] = 1
            stack.append((start, 0))
            while let (current, index) = stack.last {
                let successors = next[current]
                if index < successors.count {
                    stack[stack.count - 1].next += 1
                    let successor = successors[index]
                    if state[successor] == 0 {
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
        return postOrder.reversed()
    }
}
