/// Incremental parsing: after an edit, re-lex and re-parse only the statements around it in the
/// innermost block `{ … }` that holds the whole edit (`Parser+Statements+Incremental`), or that
/// block whole (`Parser+Incremental`); keep the rest of the old tree, and shift what follows.
///
/// The result is always the tree and diagnostics a full parse of the new text gives (the
/// property test `IncrementalParseTests` checks this on thousands of random edits). When that
/// cannot be guaranteed cheaply the parse widens: to the whole block, the enclosing block,
/// finally the whole file.
/// It widens when the edit touches a brace or the text outside all blocks, when the new text
/// lexes differently past the block's `}` (a new `"`, `"""` or `#`), when the braces no longer
/// match, when the old tree placed a virtual `}` (S003: the second pass depends on the whole
/// file), and when an old diagnostic straddles the block's edge.
extension SyntaxTree {
    /// Blocks nested deeper than this are left to a full parse: a re-parse that starts inside
    /// a block does not count the blocks around it, and the parser may limit nesting.
    static let deepestIncrementalNesting = 8

    /// How much of the file ``reparse(_:with:)`` parsed again.
    public enum ReparseScope: Equatable, Sendable {
        /// The bytes did not change.
        case unchanged
        /// Some statements of one block; `depth` 1 is a block directly in a top-level declaration.
        case statements(depth: Int)
        /// One block whole.
        case block(depth: Int)
        /// The whole file.
        case file
    }

    /// The tree of `source`, re-using this tree (of the text before the edit) where it can.
    public func reparsed(with source: SourceFile) -> SyntaxTree {
        SyntaxTree.reparse(self, with: source).tree
    }

    /// Like ``reparsed(with:)``, and says how much was parsed again (for tests and benchmarks).
    public static func reparse(_ old: SyntaxTree, with source: SourceFile) -> (tree: SyntaxTree, scope: ReparseScope) {
        guard let edit = EditWindow(old: old.source.bytes, new: source.bytes) else {
            return (SyntaxTree(source: source, root: old.root, diagnostics: old.diagnostics), .unchanged)
        }
        if !old.diagnostics.contains(where: { $0.code == "S003" }) {
            let candidates = old.root.blocks(enclosing: edit.oldStart, edit.oldEnd)
            if let innermost = candidates.last, let tree = old.reparseStatements(innermost, edit: edit, source: source) {
                return (tree, .statements(depth: innermost.depth))
            }
            for candidate in candidates.reversed() {
                if let tree = old.reparse(candidate, edit: edit, source: source) {
                    return (tree, .block(depth: candidate.depth))
                }
            }
        }
        return (parse(source), .file)
    }

    /// Re-parses one candidate block; nil when it cannot stand for a full parse.
    func reparse(_ candidate: BlockLocation, edit: EditWindow, source: SourceFile) -> SyntaxTree? {
        let lBrace = candidate.lBrace, rBrace = candidate.rBrace
        // Old diagnostics: before the block, inside its braces (replaced), or after it (shifted).
        var before: [Diagnostic] = [], after: [Diagnostic] = []
        for diagnostic in diagnostics {
            let range = diagnostic.range
            if range.utf8End <= lBrace.start {
                before.append(diagnostic)
            } else if range.utf8Start >= rBrace.end {
                after.append(diagnostic.shifted(by: edit.delta))
            } else if range.utf8Start < lBrace.end || range.utf8End > rBrace.start {
                return nil
            }
        }
        let newCloseStart = rBrace.start + edit.delta
        guard let (block, inner) = Parser.reparseBlock(in: source, lBrace: lBrace, newCloseStart: newCloseStart),
              candidate.depth - 1 + block.blockDepth <= Self.deepestIncrementalNesting,
              inner.allSatisfy({ $0.range.utf8Start >= lBrace.end && $0.range.utf8End <= newCloseStart })
        else { return nil }
        let root = root.replacing(at: candidate.path[...], with: block, shiftingAfterBy: edit.delta)
        return SyntaxTree(source: source, root: root, diagnostics: before + inner + after)
    }
}

extension SyntaxTree {
    /// Re-parses the statements of one block around the edit; nil when it cannot stand for a
    /// full parse (see `Parser.reparseItems`).
    func reparseStatements(_ candidate: BlockLocation, edit: EditWindow, source: SourceFile) -> SyntaxTree? {
        let block = root.node(at: candidate.path[...])
        guard let result = Parser.reparseItems(of: block, in: source, edit: edit),
              candidate.depth + (result.items.map { if case .node(let node) = $0 { node.blockDepth } else { 0 } }.max() ?? 0)
                <= Self.deepestIncrementalNesting else { return nil }
        let newEnd = result.oldEnd + edit.delta
        var before: [Diagnostic] = [], after: [Diagnostic] = []
        for diagnostic in diagnostics {
            let range = diagnostic.range
            if range.utf8End <= result.oldStart, range.utf8Start < result.oldStart {
                before.append(diagnostic)
            } else if range.utf8Start > result.oldEnd {
                after.append(diagnostic.shifted(by: edit.delta))
            } else if range.utf8Start <= result.oldStart || range.utf8End >= result.oldEnd {
                return nil // at an edge: it may belong to either side
            }
        }
        // Between the kept ones (which start before `oldStart` or after the end), so that
        // sorting all of them would give this order too.
        guard result.diagnostics.allSatisfy({ $0.range.utf8Start >= result.oldStart && $0.range.utf8End <= newEnd }) else { return nil }
        var children = Array(block.children[..<result.firstItem])
        children.append(contentsOf: result.items)
        for child in block.children[result.endItem...] { children.append(child.shifted(by: edit.delta)) }
        let newBlock = SyntaxNode(kind: .block, children: children)
        let root = root.replacing(at: candidate.path[...], with: newBlock, shiftingAfterBy: edit.delta)
        return SyntaxTree(source: source, root: root, diagnostics: before + result.diagnostics + after)
    }
}

/// The bytes an edit changed, found by comparing the texts: `oldStart..<oldEnd` of the old text
/// became `oldStart..<oldEnd + delta` of the new one.
public struct EditWindow: Sendable {
    /// The changed bytes of the old text: everything before is the same in the new text at
    /// the same offsets, everything from `oldEnd` on is the same at `delta` bytes further.
    public let oldStart: Int
    public let oldEnd: Int
    public let delta: Int

    /// Nil when the texts are equal.
    public init?(old: [UInt8], new: [UInt8]) {
        let shorter = min(old.count, new.count)
        let (prefix, suffix): (Int, Int) = old.withUnsafeBufferPointer { a in
            new.withUnsafeBufferPointer { b in
                let prefix = ByteWords.commonPrefix(a, b, limit: shorter)
                return (prefix, ByteWords.commonSuffix(a, b, limit: shorter - prefix))
            }
        }
        if prefix == shorter, old.count == new.count { return nil }
        oldStart = prefix
        oldEnd = old.count - suffix
        delta = new.count - old.count
    }
}
