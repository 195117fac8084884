import StroomSyntax

/// The canonical formatter: lays a file out by the rules of `docs/formatting.md`.
///
/// It works over the lossless tree and rewrites trivia only — indentation, the spaces between
/// tokens and blank lines — so tokens and comments come out exactly as they went in. A file
/// with syntax errors, or that is not UTF-8, is refused and left alone. Formatting is
/// idempotent: formatting the result again changes nothing.
///
/// In a file that also imports Foundation (which has a `Formatter` class of its own), call it
/// as `Formatter.format(…)`; naming the type needs `StroomFormat.Formatter`.
public enum Formatter {
    /// Formats a parsed file.
    public static func format(_ tree: SyntaxTree, options: FormatOptions = FormatOptions()) -> FormatResult {
        let source = tree.source
        if let offset = source.firstInvalidUTF8Offset {
            return .refused(.invalidUTF8(utf8Offset: offset))
        }
        if !tree.diagnostics.isEmpty {
            return .refused(.syntaxErrors(tree.diagnostics))
        }
        let layout = Layout(root: tree.root)
        let renderer = TriviaRenderer(tree: tree, options: options)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.bytes.count + source.bytes.count / 8)
        var edits: [TextEdit] = []
        for index in layout.tokens.indices {
            let token = layout.tokens[index].token
            let trivia = renderer.trivia(for: index, in: layout.tokens)
            if let edit = TextEdits.replacing(token.triviaRange, in: source.bytes, with: trivia) {
                edits.append(edit)
            }
            bytes += trivia
            bytes += source.bytes[token.start..<token.end]
        }
        guard edits.isEmpty || Verification.readsTheSame(tree, as: bytes) else {
            return .refused(.layoutChangedMeaning)
        }
        return .formatted(FormattedFile(bytes: edits.isEmpty ? source.bytes : bytes, edits: edits))
    }

    /// Parses and formats one file's bytes.
    public static func format(_ source: SourceFile, options: FormatOptions = FormatOptions()) -> FormatResult {
        format(SyntaxTree.parse(source), options: options)
    }

    /// Parses and formats a text (for tests and editors): the formatted text, or nil when the
    /// formatter refuses.
    public static func formattedText(_ text: String, path: String = "file.vsm", options: FormatOptions = FormatOptions()) -> String? {
        format(SourceFile(path: path, text: text), options: options).formatted?.text
    }
}
