import StroomSyntax

/// The formatter's promise, checked on every result before it is handed out: the new bytes
/// parse without errors into the same tree — the same tokens with the same text, the same
/// comments — so only whitespace moved. If not, the formatter refuses instead of damaging
/// the file.
enum Verification {
    static func readsTheSame(_ tree: SyntaxTree, as bytes: [UInt8]) -> Bool {
        let newTree = SyntaxTree.parse(SourceFile(path: tree.source.path, bytes: bytes))
        guard newTree.diagnostics.isEmpty else { return false }
        return Signature(tree) == Signature(newTree)
    }

    /// What must not change: the shape of the tree, every token's text, every comment and every
    /// character that is not whitespace (in the trivia of the same token), and which
    /// tokens start a line — except a `{`, which may move up to its declaration, and the end of
    /// the file, which gets its line break.
    struct Signature: Equatable {
        var shape: [UInt8] = []
        var tokenTexts: [ArraySlice<UInt8>] = []
        var comments: [[ArraySlice<UInt8>]] = []
        var keptCharacters: [[UInt8]] = []
        var startsLine: [Bool] = []

        init(_ tree: SyntaxTree) {
            add(tree.root, tree.source)
        }

        private mutating func add(_ node: SyntaxNode, _ source: SourceFile) {
            shape.append(node.kind.rawValue)
            for child in node.children {
                switch child {
                case .node(let inner):
                    add(inner, source)
                case .token(let token):
                    shape.append(0x80 | token.kind.rawValue)
                    tokenTexts.append(source.bytes[token.start..<token.end])
                    let trivia = TriviaShape(token, in: source)
                    comments.append(trivia.lines.compactMap { $0.map { source.bytes[$0.utf8Start..<$0.utf8End] } })
                    keptCharacters.append(trivia.kept)
                    if token.kind != .lBrace && token.kind != .eof { startsLine.append(token.startsLine) }
                }
            }
            shape.append(0xFF)
        }
    }
}
