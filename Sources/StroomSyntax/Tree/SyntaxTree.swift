/// The result of parsing one file: the tree and its syntax diagnostics. Parsing never fails.
public struct SyntaxTree: Sendable {
    public let source: SourceFile
    public let root: SyntaxNode
    /// S0xx diagnostics, in source order.
    public let diagnostics: [Diagnostic]

    public init(source: SourceFile, root: SyntaxNode, diagnostics: [Diagnostic]) {
        self.source = source
        self.root = root
        self.diagnostics = diagnostics
    }

    /// How many blocks can stand inside each other; a deeper `{` gets S014 (`Parser+Nesting`).
    public static var maxNesting: Int { Parser.maxNesting }

    /// Parses a file.
    public static func parse(_ source: SourceFile) -> SyntaxTree {
        Parser.parse(source)
    }

    /// The bytes of every token and its trivia, in order: always equal to the input.
    public func printedBytes() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(source.bytes.count)
        for token in root.tokens where !token.isMissing {
            output.append(contentsOf: source.bytes[token.triviaStart..<token.end])
        }
        return output
    }

    /// The top-level declarations (maps, or misplaced declarations).
    public var declarations: [DeclarationSyntax] {
        root.childNodes.compactMap(DeclarationSyntax.init)
    }

    public func text(_ token: Token) -> String { source.text(in: token.range) }
}
