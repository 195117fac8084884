import StroomSyntax

/// One token with what the layout rules say about the trivia in front of it.
struct LayoutToken {
    let token: Token
    /// Block levels of indentation when the token starts a line.
    let indentDepth: Int
    /// Block levels of indentation for full-line comments in its trivia (a comment above a `}`
    /// belongs to the block's contents, one level deeper than the brace).
    let commentDepth: Int
    /// Spaces between the previous token and this one when they share a line.
    var spacesBefore: Int
    /// A declaration's `{`: moved up onto the declaration's line unless a comment is in between.
    let joinsPreviousLine: Bool
}

/// Walks the lossless tree and decides, for every token, its indentation depth and the spaces
/// in front of it (rules 1–3 of `docs/formatting.md`). Trivia is rendered by `TriviaRenderer`.
struct Layout {
    private(set) var tokens: [LayoutToken] = []
    /// Indices in `tokens` of tokens that begin a statement.
    private var statementStarts: Set<Int> = []

    init(root: SyntaxNode) {
        for child in root.children {
            switch child {
            case .node(let node): statement(node, depth: 0)
            case .token(let token): append(token, indent: 0, comments: 0)
            }
        }
        assignSpaces()
    }

    // MARK: - Depths

    private mutating func append(_ token: Token, indent: Int, comments: Int, joins: Bool = false) {
        guard !token.isMissing else { return }
        tokens.append(LayoutToken(token: token, indentDepth: indent, commentDepth: comments, spacesBefore: 1,
                                  joinsPreviousLine: joins))
    }

    /// A declaration, attribute or chain at `depth`. Its first token starts the statement; any
    /// other token of it that starts a line is a continuation, one level deeper.
    private mutating func statement(_ node: SyntaxNode, depth: Int) {
        statementStarts.insert(tokens.count)
        var isFirst = true
        walk(node, depth: depth, owner: node.kind, isFirst: &isFirst)
    }

    private mutating func walk(_ node: SyntaxNode, depth: Int, owner: SyntaxKind, isFirst: inout Bool) {
        for child in node.children {
            switch child {
            case .token(let token):
                let indent = isFirst ? depth : depth + 1
                append(token, indent: indent, comments: indent)
                isFirst = false
            case .node(let inner) where inner.kind == .block:
                block(inner, depth: depth, joins: owner == .declaration)
            case .node(let inner):
                walk(inner, depth: depth, owner: owner, isFirst: &isFirst)
            }
        }
    }

    /// `{ statements }` owned by a statement at `depth`: the braces at `depth`, the statements
    /// one level deeper. `joins`: the block belongs to a declaration (its `{` may move up).
    private mutating func block(_ node: SyntaxNode, depth: Int, joins: Bool) {
        for child in node.children {
            switch child {
            case .token(let token) where token.kind == .lBrace:
                append(token, indent: depth, comments: depth, joins: joins)
            case .token(let token) where token.kind == .rBrace:
                append(token, indent: depth, comments: depth + 1)
            case .token(let token):
                append(token, indent: depth + 1, comments: depth + 1)
            case .node(let inner):
                statement(inner, depth: depth + 1)
            }
        }
    }

    // MARK: - Spaces on a line

    /// Rule 2: one space between tokens on a line, none before `:` and `,` or around the `.` of
    /// `map.id`, and two between statements that share a line.
    private mutating func assignSpaces() {
        for index in tokens.indices {
            guard index > 0 else { tokens[index].spacesBefore = 0; continue }
            let previous = tokens[index - 1].token.kind
            let current = tokens[index].token.kind
            if current == .colon || current == .comma || current == .dot || previous == .dot {
                tokens[index].spacesBefore = 0
            } else if statementStarts.contains(index) && previous != .lBrace {
                tokens[index].spacesBefore = 2
            } else {
                tokens[index].spacesBefore = 1
            }
        }
    }
}
