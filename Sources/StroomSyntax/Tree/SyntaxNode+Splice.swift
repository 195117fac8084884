/// Finding a block in a tree, putting a new one in its place, and shifting the offsets of
/// everything after it: the tree half of incremental parsing (``SyntaxTree/reparse(_:with:)``).
///
/// Tokens hold absolute offsets, so the part of the tree before the edit is shared as it is and
/// only the part after it is rebuilt, each token moved by the edit's length change (nothing
/// is rebuilt when the length did not change).

/// A block of a tree: the child indices that lead to it from the root, and its braces.
struct BlockLocation {
    let path: [Int]
    /// How many blocks enclose it, itself included.
    let depth: Int
    let lBrace: Token
    let rBrace: Token
}

extension SyntaxNode {
    /// The blocks whose inside (strictly between `{` and `}`, the braces' own text excluded)
    /// holds the bytes `start..<end`, outermost first. Blocks without a real `}` are left out.
    func blocks(enclosing start: Int, _ end: Int) -> [BlockLocation] {
        var result: [BlockLocation] = []
        var node = self
        var path: [Int] = []
        while true {
            // Children are in source order: the one that can hold the bytes is found by halving.
            let index = node.firstChild(in: 0..<node.children.count, where: { ($0.fullRange?.utf8Start ?? 0) > start }) - 1
            guard index >= 0, case .node(let inner) = node.children[index], let range = inner.fullRange,
                  range.utf8Start <= start, end <= range.utf8End else { return result }
            path.append(index)
            if inner.kind == .block, case .token(let open)? = inner.children.first, open.kind == .lBrace,
               case .token(let close)? = inner.children.last, close.kind == .rBrace, !close.isMissing,
               open.end <= start, end <= close.start {
                result.append(BlockLocation(path: path, depth: result.count + 1, lBrace: open, rBrace: close))
            }
            node = inner
        }
    }

    /// The first index in `range` whose child satisfies `isPast`, which must be false for some
    /// first children and true for the rest (`range.upperBound` when none is).
    func firstChild(in range: Range<Int>, where isPast: (SyntaxElement) -> Bool) -> Int {
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if isPast(children[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The node at `path` (child indices from this one).
    func node(at path: ArraySlice<Int>) -> SyntaxNode {
        guard let index = path.first else { return self }
        guard case .node(let inner) = children[index] else { preconditionFailure("a block path leads through nodes") }
        return inner.node(at: path.dropFirst())
    }

    /// This node with the node at `path` replaced by `replacement`, and every token after it
    /// moved by `delta`.
    func replacing(at path: ArraySlice<Int>, with replacement: SyntaxNode, shiftingAfterBy delta: Int) -> SyntaxNode {
        guard let index = path.first else { return replacement }
        var children = children
        guard case .node(let inner) = children[index] else { preconditionFailure("a block path leads through nodes") }
        children[index] = .node(inner.replacing(at: path.dropFirst(), with: replacement, shiftingAfterBy: delta))
        if delta != 0 {
            for later in (index + 1)..<children.count {
                children[later] = children[later].shifted(by: delta)
            }
        }
        return SyntaxNode(kind: kind, children: children)
    }

    /// How many blocks nest in this node, itself included if it is one.
    var blockDepth: Int {
        var deepest = 0
        for child in children {
            if case .node(let node) = child { deepest = max(deepest, node.blockDepth) }
        }
        return deepest + (kind == .block ? 1 : 0)
    }

    func shifted(by delta: Int) -> SyntaxNode {
        SyntaxNode(kind: kind, children: children.map { $0.shifted(by: delta) })
    }
}

extension SyntaxElement {
    func shifted(by delta: Int) -> SyntaxElement {
        switch self {
        case .token(let token): .token(token.shifted(by: delta))
        case .node(let node): .node(node.shifted(by: delta))
        }
    }
}

extension Token {
    func shifted(by delta: Int) -> Token {
        Token(kind: kind, flags: flags, triviaStart: triviaStart + delta, start: start + delta, end: end + delta)
    }
}

extension TextRange {
    /// The same range `delta` bytes further on.
    public func shifted(by delta: Int) -> TextRange {
        TextRange(utf8Start: utf8Start + delta, utf8End: utf8End + delta)
    }
}

extension SyntaxNode {
    /// Whether `other`, moved `delta` bytes on, is this node: the same kinds, tokens and
    /// offsets all the way down. No copy is made.
    public func isSame(as other: SyntaxNode, shiftedBy delta: Int) -> Bool {
        guard kind == other.kind, children.count == other.children.count else { return false }
        for (mine, theirs) in zip(children, other.children) {
            switch (mine, theirs) {
            case (.token(let a), .token(let b)):
                guard a.kind == b.kind, a.flags == b.flags, a.triviaStart == b.triviaStart + delta,
                      a.start == b.start + delta, a.end == b.end + delta else { return false }
            case (.node(let a), .node(let b)):
                guard a.isSame(as: b, shiftedBy: delta) else { return false }
            default:
                return false
            }
        }
        return true
    }
}

extension Diagnostic {
    /// The diagnostic with its range, its notes in its own file, and its fixes moved.
    func shifted(by delta: Int) -> Diagnostic {
        guard delta != 0 else { return self }
        var moved = self
        moved.range = range.shifted(by: delta)
        moved.notes = notes.map { note in
            var note = note
            if note.path == nil { note.range = note.range.shifted(by: delta) }
            return note
        }
        moved.fixes = fixes.map { fix in
            Fix(title: fix.title, edits: fix.edits.map { TextEdit(range: $0.range.shifted(by: delta), newText: $0.newText) })
        }
        return moved
    }
}
