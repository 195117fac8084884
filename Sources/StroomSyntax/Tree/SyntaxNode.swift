/// What a node of the syntax tree is.
public enum SyntaxKind: UInt8, Sendable, CaseIterable {
    /// The whole file: declarations (maps), stray content, and the end-of-file token.
    case file
    /// `KIND ID ["Label"] [block]` — a map at the top level, anything else inside a block.
    case declaration
    /// `{ … }` with its statements.
    case block
    /// `key: value, value`.
    case attribute
    /// `a -> b -> c [block]`.
    case chain
    /// `id` or `map.id`.
    case reference
    /// One literal token: a string, number, duration, percentage, date or clock time.
    case literal
    /// `3x per week`.
    case frequency
    /// `+` or `-` (the polarity of an edge).
    case sign
    /// Tokens the parser skipped; the diagnostic was given when they were skipped.
    case error

    public var dumpName: String {
        switch self {
        case .file: "FILE"
        case .declaration: "DECLARATION"
        case .block: "BLOCK"
        case .attribute: "ATTRIBUTE"
        case .chain: "CHAIN"
        case .reference: "REFERENCE"
        case .literal: "LITERAL"
        case .frequency: "FREQUENCY"
        case .sign: "SIGN"
        case .error: "ERROR"
        }
    }
}

/// A child of a node: another node or a token.
public enum SyntaxElement: Hashable, Sendable {
    case node(SyntaxNode)
    case token(Token)

    public var fullRange: TextRange? {
        switch self {
        case .node(let node): node.fullRange
        case .token(let token): token.fullRange
        }
    }
}

/// A node of the lossless, homogeneous syntax tree: a kind and its children in source order.
///
/// The tree is a value. Typed views (``DeclarationSyntax``, ``AttributeSyntax`` …) give names to
/// the children and return optionals, because a broken file can lack anything.
public struct SyntaxNode: Hashable, Sendable {
    public var kind: SyntaxKind
    public var children: [SyntaxElement]

    public init(kind: SyntaxKind, children: [SyntaxElement]) {
        self.kind = kind
        self.children = children
    }

    /// Every token below this node, in order (missing tokens included).
    public var tokens: [Token] {
        var result: [Token] = []
        collectTokens(into: &result)
        return result
    }

    func collectTokens(into result: inout [Token]) {
        for child in children {
            switch child {
            case .token(let token): result.append(token)
            case .node(let node): node.collectTokens(into: &result)
            }
        }
    }

    public var firstToken: Token? {
        for child in children {
            switch child {
            case .token(let token): return token
            case .node(let node): if let token = node.firstToken { return token }
            }
        }
        return nil
    }

    public var lastToken: Token? {
        for child in children.reversed() {
            switch child {
            case .token(let token): return token
            case .node(let node): if let token = node.lastToken { return token }
            }
        }
        return nil
    }

    /// From the first byte of leading trivia to the end of the last token.
    public var fullRange: TextRange? {
        guard let first = firstToken, let last = lastToken else { return nil }
        return TextRange(utf8Start: first.triviaStart, utf8End: last.end)
    }

    /// From the first token's text to the last token's end (no leading trivia).
    public var range: TextRange? {
        guard let first = firstToken, let last = lastToken else { return nil }
        return TextRange(utf8Start: first.start, utf8End: max(first.start, last.end))
    }

    public var childNodes: [SyntaxNode] {
        children.compactMap { if case .node(let node) = $0 { node } else { nil } }
    }

    public var childTokens: [Token] {
        children.compactMap { if case .token(let token) = $0 { token } else { nil } }
    }

    public func firstChild(_ kind: SyntaxKind) -> SyntaxNode? {
        for child in children {
            if case .node(let node) = child, node.kind == kind { return node }
        }
        return nil
    }

    /// Every node below (and including) this one, depth first, in source order.
    public func walk(_ visit: (SyntaxNode) -> Void) {
        visit(self)
        for child in childNodes { child.walk(visit) }
    }
}
