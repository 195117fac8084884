/// Re-lexing and re-parsing one block of an edited file, for ``SyntaxTree/reparsed(with:)``.
///
/// A block `{ … }` whose braces the edit does not touch is parsed the same way wherever it
/// stands: `parseBlock` reads only the tokens from its `{` to its matching `}` (look-ahead
/// never passes a brace), and the lexer carries no state from one token to the next but its
/// offset. So lexing from just after the `{` and parsing that one block gives what a full parse
/// would give there — provided the lexer ends on a `}` exactly where the old `}` now stands
/// (a new `"`, `"""` or `#` that swallows it fails this) and that `}` closes the block (a new
/// `{` or `}` fails this). Anything else is refused and the caller parses wider.
extension Parser {
    /// The new block, with its diagnostics (lexical ones of its tokens first, then the
    /// parser's, sorted by range as a full parse sorts them), or nil when the block cannot be
    /// re-parsed alone.
    ///
    /// - Parameters:
    ///   - lBrace: the block's `{` (before the edit, so unchanged).
    ///   - newCloseStart: where the block's `}` now starts in `source`.
    static func reparseBlock(in source: SourceFile, lBrace: Token, newCloseStart: Int) -> (block: SyntaxNode, diagnostics: [Diagnostic])? {
        guard newCloseStart >= lBrace.end, newCloseStart < source.bytes.count,
              source.bytes[newCloseStart] == UInt8(ascii: "}") else { return nil }
        var tokens: [Token] = [lBrace]
        let complete: Bool = source.bytes.withUnsafeBufferPointer { buffer in
            var cursor = Cursor(buffer: buffer)
            cursor.offset = lBrace.end
            cursor.atFileStart = false
            while true {
                let token = cursor.next()
                if token.kind == .eof || token.end > newCloseStart + 1 { return false }
                tokens.append(token)
                if token.start >= newCloseStart { return token.kind == .rBrace && token.start == newCloseStart }
            }
        }
        guard complete else { return nil }
        let end = newCloseStart + 1
        tokens.append(Token(kind: .eof, triviaStart: end, start: end, end: end))
        var parser = Parser(source: source, tokens: tokens, virtualCloses: [])
        let block = parser.parseBlock(owner: .brace, openerIndent: parser.indent(of: lBrace))
        guard parser.position == tokens.count - 1, parser.unclosedAtEndOfFile == 0,
              let close = block.lastToken, close.kind == .rBrace, !close.isMissing, close.start == newCloseStart
        else { return nil }
        var diagnostics = LexicalDiagnostics.collect(source: source, tokens: tokens)
        diagnostics.append(contentsOf: parser.diagnostics)
        diagnostics.sort { $0.range < $1.range }
        return (block, diagnostics)
    }
}
