/// A resilient LL parser. It never throws and never stops at the first error: every loop
/// parses an element, skips a token with one diagnostic, or hands back to its parent.
///
/// A forgotten `}` is the one mistake a brace language cannot recover from locally, because
/// everything after it would nest one level too deep. So when a first pass ends with blocks
/// still open, the parser looks for the first line whose indentation says "this no longer
/// belongs to that block" and parses again with a virtual `}` there. The result is one S003
/// at the right place and the declarations after it checked as usual.
struct Parser {
    let source: SourceFile
    let tokens: [Token]
    /// Token indices before which a missing `}` is assumed (see above).
    let virtualCloses: Set<Int>
    /// Virtual closes already used: each closes one block only.
    var usedVirtualCloses: Set<Int> = []
    var position = 0
    var diagnostics: [Diagnostic] = []
    var blocks: [BlockRecord] = []
    var unclosedAtEndOfFile = 0
    /// Blocks open around the current token (see `Parser+Nesting`).
    var depth = 0

    /// What the first pass remembers of each block, to place a virtual `}`.
    struct BlockRecord {
        var openerIndent: Int
        var firstContentIndex: Int
        var endIndex: Int
    }

    init(source: SourceFile, tokens: [Token], virtualCloses: Set<Int>) {
        self.source = source
        self.tokens = tokens
        self.virtualCloses = virtualCloses
    }

    static func parse(_ source: SourceFile) -> SyntaxTree {
        let tokens = Lexer.tokenize(source)
        var virtualCloses: Set<Int> = []
        var parser = Parser(source: source, tokens: tokens, virtualCloses: virtualCloses)
        var root = parser.parseFile()
        // Each round places one virtual `}`; a file can only need as many as it has `{`.
        var rounds = 0
        while parser.unclosedAtEndOfFile > 0, rounds < 16, let index = parser.virtualCloseCandidate() {
            virtualCloses.insert(index)
            var next = Parser(source: source, tokens: tokens, virtualCloses: virtualCloses)
            let nextRoot = next.parseFile()
            parser = next
            root = nextRoot
            rounds += 1
        }
        var diagnostics = LexicalDiagnostics.collect(source: source, tokens: tokens)
        diagnostics.append(contentsOf: parser.diagnostics)
        diagnostics.sort { $0.range < $1.range }
        return SyntaxTree(source: source, root: root, diagnostics: diagnostics)
    }

    // MARK: - Primitives

    var current: Token { tokens[position] }

    func nth(_ ahead: Int) -> Token {
        tokens[min(position + ahead, tokens.count - 1)]
    }

    func at(_ kind: TokenKind) -> Bool { current.kind == kind }

    /// Takes the current token (never the end-of-file token).
    mutating func bump() -> SyntaxElement {
        let token = current
        if token.kind != .eof { position += 1 }
        return .token(token)
    }

    func text(_ token: Token) -> String { source.text(in: token.range) }

    /// Spaces and tabs before the first token of the line that holds `token`.
    func indent(of token: Token) -> Int {
        let table = source.lineTable
        let line = table.line(containing: token.start)
        var offset = table.lineStarts[line]
        if line == 0 { offset += table.bomLength }
        var width = 0
        while offset < token.start, source.bytes[offset] == 0x20 || source.bytes[offset] == 0x09 {
            offset += 1
            width += 1
        }
        return width
    }

    /// The end of the last real token before the current one (where a missing token goes).
    var endOfPrevious: Int {
        var index = position - 1
        while index >= 0 {
            if !tokens[index].isMissing { return tokens[index].end }
            index -= 1
        }
        return 0
    }

    mutating func report(_ code: DiagnosticCode, _ range: TextRange, _ message: LocalizedText, notes: [Note] = [], fixes: [Fix] = []) {
        diagnostics.append(Diagnostic(code: code, severity: .error, range: range, message: message, notes: notes, fixes: fixes))
    }

    /// Error tokens were reported by the lexical pass; the parser only carries them along.
    @discardableResult
    mutating func skipErrorTokens(into children: inout [SyntaxElement], sameLineOnly: Bool) -> Bool {
        var skipped = false
        while at(.error), !(sameLineOnly && current.startsLine) {
            children.append(.node(SyntaxNode(kind: .error, children: [bump()])))
            skipped = true
        }
        return skipped
    }

    /// Skips the rest of the line with one S010; a `{` on the way is parsed as a block so
    /// that braces stay balanced.
    /// `start` widens the error to the left (over the value the stray word belongs to).
    mutating func skipStrayLine(message: LocalizedText, fixes: [Fix] = [], from start: Int? = nil) -> SyntaxNode {
        let first = current
        var children: [SyntaxElement] = [bump()]
        var last = first
        while !at(.eof), !current.startsLine, !at(.rBrace) {
            if at(.lBrace) {
                let block = parseBlock(owner: .brace, openerIndent: indent(of: first))
                children.append(.node(block))
                last = block.lastToken ?? last
                continue
            }
            last = current
            children.append(bump())
        }
        report("S010", TextRange(utf8Start: min(start ?? first.start, first.start), utf8End: max(first.end, last.end)), message, fixes: fixes)
        return SyntaxNode(kind: .error, children: children)
    }

    // MARK: - Virtual `}`

    func virtualCloseCandidate() -> Int? {
        var best: Int?
        for block in blocks where block.firstContentIndex < block.endIndex {
            let first = tokens[block.firstContentIndex]
            // A block that starts on the opener's line (`probleem x { bij: a`) closes, by the same
            // rule, before the next line that is not indented deeper than the opener.
            guard !first.startsLine || indent(of: first) > block.openerIndent else { continue }
            var index = block.firstContentIndex + 1
            while index < block.endIndex {
                let token = tokens[index]
                if token.startsLine, token.kind == .identifier, indent(of: token) <= block.openerIndent,
                   !virtualCloses.contains(index) {
                    if best == nil || index < best! { best = index }
                    break
                }
                index += 1
            }
        }
        return best
    }
}
