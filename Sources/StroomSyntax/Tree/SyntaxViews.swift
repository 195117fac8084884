/// `KIND ID ["Label"] [block]`.
public struct DeclarationSyntax: Hashable, Sendable {
    public let node: SyntaxNode
    public init?(_ node: SyntaxNode) {
        guard node.kind == .declaration else { return nil }
        self.node = node
    }

    /// The kind keyword (`stap`, `probleem` …), which may be unknown.
    public var keyword: Token? { node.childToken(at: 0) }
    /// The declared id; nil or missing when the author left it out.
    public var name: Token? {
        guard let token = node.childToken(at: 1), token.kind == .identifier else { return nil }
        return token
    }
    public var label: Token? { node.firstChildToken { $0.kind == .string } }
    public var block: BlockSyntax? { node.firstChild(.block).flatMap(BlockSyntax.init) }
}

/// `{ statements }`.
public struct BlockSyntax: Hashable, Sendable {
    public let node: SyntaxNode
    public init?(_ node: SyntaxNode) {
        guard node.kind == .block else { return nil }
        self.node = node
    }

    public var lBrace: Token? { node.firstChildToken { $0.kind == .lBrace } }
    /// The closing brace; missing (zero width) when the author forgot it.
    public var rBrace: Token? { node.childTokens.last { $0.kind == .rBrace } }
    public var statements: [SyntaxNode] { node.childNodes.filter { $0.kind != .error } }
    public var declarations: [DeclarationSyntax] { node.childNodes.compactMap(DeclarationSyntax.init) }
    public var attributes: [AttributeSyntax] { node.childNodes.compactMap(AttributeSyntax.init) }
    public var chains: [ChainSyntax] { node.childNodes.compactMap(ChainSyntax.init) }
}

/// `key: value, value`.
public struct AttributeSyntax: Hashable, Sendable {
    public let node: SyntaxNode
    public init?(_ node: SyntaxNode) {
        guard node.kind == .attribute else { return nil }
        self.node = node
    }

    public var name: Token? { node.childToken(at: 0) }
    public var colon: Token? { node.firstChildToken { $0.kind == .colon } }
    public var values: [ValueSyntax] { node.childNodes.compactMap(ValueSyntax.init) }
}

/// `a -> b -> c [block]`.
public struct ChainSyntax: Hashable, Sendable {
    public let node: SyntaxNode
    public init?(_ node: SyntaxNode) {
        guard node.kind == .chain else { return nil }
        self.node = node
    }

    /// The references in order; a missing one (after a dangling `->`) is left out.
    public var references: [ReferenceSyntax] { node.childNodes.compactMap(ReferenceSyntax.init) }
    public var block: BlockSyntax? { node.firstChild(.block).flatMap(BlockSyntax.init) }
}

/// `id` or `map.id`.
public struct ReferenceSyntax: Hashable, Sendable {
    public let node: SyntaxNode
    public init?(_ node: SyntaxNode) {
        guard node.kind == .reference else { return nil }
        self.node = node
    }

    /// The identifier tokens (one or two), without missing ones.
    public var parts: [Token] { node.childTokens.filter { $0.kind == .identifier && !$0.isMissing } }
    public var range: TextRange { node.range ?? .empty(at: 0) }
}

/// One value of an attribute.
public enum ValueSyntax: Hashable, Sendable {
    case reference(ReferenceSyntax)
    /// A single literal token.
    case literal(Token)
    /// `3x per week`: the count, and the `per` and period words when present.
    case frequency(count: Token, per: Token?, period: Token?)
    case sign(Token)

    public init?(_ node: SyntaxNode) {
        switch node.kind {
        case .reference:
            guard let reference = ReferenceSyntax(node) else { return nil }
            self = .reference(reference)
        case .literal:
            guard let token = node.childToken(at: 0) else { return nil }
            self = .literal(token)
        case .frequency:
            let tokens = node.childTokens.filter { !$0.isMissing }
            guard let count = tokens.first else { return nil }
            self = .frequency(count: count, per: tokens.count > 1 ? tokens[1] : nil, period: tokens.count > 2 ? tokens[2] : nil)
        case .sign:
            guard let token = node.childToken(at: 0) else { return nil }
            self = .sign(token)
        default:
            return nil
        }
    }

    public var range: TextRange {
        switch self {
        case .reference(let reference): reference.range
        case .literal(let token), .sign(let token): token.range
        case .frequency(let count, let per, let period):
            TextRange(utf8Start: count.start, utf8End: (period ?? per ?? count).end)
        }
    }
}

// These run for every declaration and attribute on every keystroke: they walk the children
// instead of building the arrays `childTokens` and `childNodes` would.
extension SyntaxNode {
    /// The child token at a position among the child tokens (nodes skipped).
    func childToken(at position: Int) -> Token? {
        var remaining = position
        for child in children {
            guard case .token(let token) = child else { continue }
            if remaining == 0 { return token }
            remaining -= 1
        }
        return nil
    }

    /// The first child token that passes a test.
    func firstChildToken(where test: (Token) -> Bool) -> Token? {
        for child in children {
            if case .token(let token) = child, test(token) { return token }
        }
        return nil
    }
}
