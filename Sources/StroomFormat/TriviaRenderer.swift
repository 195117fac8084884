import StroomSyntax

/// Writes the new leading trivia of one token from its `TriviaShape` and the layout: the rules
/// 3–7 of `docs/formatting.md`. Comments are copied byte for byte from the source.
struct TriviaRenderer {
    let source: SourceFile
    let options: FormatOptions
    /// One line break, in the file's style.
    let lineBreak: [UInt8]

    init(tree: SyntaxTree, options: FormatOptions) {
        self.source = tree.source
        self.options = options
        self.lineBreak = options.lineEnding.bytes(for: tree)
    }

    /// The new trivia in front of `tokens[index]`: the layout, then the characters that are
    /// not whitespace (see ``TriviaShape/kept``).
    func trivia(for index: Int, in tokens: [LayoutToken]) -> [UInt8] {
        let shape = TriviaShape(tokens[index].token, in: source)
        return layout(for: index, in: tokens, shape: shape) + shape.kept
    }

    private func layout(for index: Int, in tokens: [LayoutToken], shape: TriviaShape) -> [UInt8] {
        let item = tokens[index]
        var output: [UInt8] = shape.hasBOM ? [0xEF, 0xBB, 0xBF] : []
        let isEndOfFile = item.token.kind == .eof
        guard index > 0 else {
            // The start of the file: every trivia line is a full line, blank lines at the top go.
            var lines = shape.lines.map(TriviaLine.init)
            if !isEndOfFile { lines.removeLast() }
            let kept = TriviaLine.normalized(lines, dropLeading: true, dropTrailing: isEndOfFile)
            write(kept, depth: 0, into: &output)
            return output
        }
        let previousKind = tokens[index - 1].token.kind
        if shape.lineBreakCount == 0 && !isEndOfFile
            || item.joinsPreviousLine && !shape.hasComments {
            output += spaces(item.joinsPreviousLine ? 1 : item.spacesBefore)
            return output
        }
        // The rest of the previous token's line: a trailing comment, two spaces after the code.
        if let trailing = shape.lines[0] {
            output += spaces(2)
            output += source.bytes[trailing.utf8Start..<trailing.utf8End]
        }
        output += lineBreak
        var lines = shape.lines.dropFirst().map(TriviaLine.init)
        if !isEndOfFile { lines.removeLast() }
        let kept = TriviaLine.normalized(
            lines,
            dropLeading: previousKind == .lBrace,
            dropTrailing: isEndOfFile || item.token.kind == .rBrace)
        write(kept, depth: item.commentDepth, into: &output)
        if !isEndOfFile {
            output += indentation(item.indentDepth)
        }
        return output
    }

    /// Full lines, each ended by a line break; comments indented to `depth`.
    private func write(_ lines: [TriviaLine], depth: Int, into output: inout [UInt8]) {
        for line in lines {
            if case .comment(let range) = line {
                output += indentation(depth)
                output += source.bytes[range.utf8Start..<range.utf8End]
            }
            output += lineBreak
        }
    }

    private func indentation(_ depth: Int) -> [UInt8] {
        spaces(depth * options.indentWidth)
    }

    private func spaces(_ count: Int) -> [UInt8] {
        [UInt8](repeating: 0x20, count: count)
    }
}
