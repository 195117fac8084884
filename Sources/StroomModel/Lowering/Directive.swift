import StroomSyntax

/// A `# stroom: negeer V302` comment: a severity override for one file or one statement.
public struct Directive: Hashable, Sendable {
    /// What to do with the codes.
    public enum Action: Hashable, Sendable {
        case ignore
        case setSeverity(Severity)

        /// The words a directive or `stroom.json` may use, Dutch and English.
        public init?(word: String) {
            guard let action = Action.byWord[word.lowercased()] else { return nil }
            self = action
        }

        private static let byWord: [String: Action] = [
            "negeer": .ignore, "ignore": .ignore, "uit": .ignore, "off": .ignore,
            "fout": .setSeverity(.error), "error": .setSeverity(.error),
            "waarschuwing": .setSeverity(.warning), "warning": .setSeverity(.warning),
            "info": .setSeverity(.info), "informatie": .setSeverity(.info), "information": .setSeverity(.info),
            "hint": .setSeverity(.hint),
        ]

        /// Every action word (lower case, sorted): the editor grammars colour these.
        public static let words: [String] = byWord.keys.sorted()
    }

    public let action: Action
    /// One code as written, with its range (for W604/W605).
    public struct Code: Hashable, Sendable {
        public let code: DiagnosticCode
        public let range: TextRange
    }

    /// The codes as written.
    public let codes: [Code]
    /// Where the directive applies; nil means the whole file.
    public let scope: TextRange?
    /// The comment itself.
    public let range: TextRange

}

/// Reads comments out of trivia: documentation comments and directives.
enum TriviaReader {
    /// The comments in a trivia range, each with its range (without the line break).
    static func comments(in range: TextRange, of source: SourceFile) -> [(text: String, range: TextRange)] {
        var result: [(String, TextRange)] = []
        let bytes = source.bytes
        var index = range.utf8Start
        while index < range.utf8End {
            if bytes[index] == UInt8(ascii: "#") {
                let start = index
                while index < range.utf8End, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                let commentRange = TextRange(utf8Start: start, utf8End: index)
                result.append((source.text(in: commentRange), commentRange))
            } else {
                index += 1
            }
        }
        return result
    }

    /// The comment block directly above a token: consecutive `#` lines with no blank line
    /// between them and the token. Directives are not documentation.
    static func documentation(before token: Token, in source: SourceFile) -> String? {
        let trivia = token.triviaRange
        guard !trivia.isEmpty else { return nil }
        var lines: [String] = []
        var lineNumber = source.lineTable.line(containing: token.start)
        for comment in comments(in: trivia, of: source).reversed() {
            let commentLine = source.lineTable.line(containing: comment.range.utf8Start)
            guard commentLine == lineNumber - 1 else { break }
            // Only whitespace may precede the comment on its line.
            let lineStart = source.lineTable.lineStarts[commentLine]
            let before = source.text(in: TextRange(utf8Start: lineStart, utf8End: comment.range.utf8Start))
            guard before.allSatisfy({ $0 == " " || $0 == "\t" }) else { break }
            let text = comment.text.dropFirst().trimmingLeadingSpace()
            if parseDirective(comment.text, range: comment.range, scope: nil) != nil { break }
            lines.append(text)
            lineNumber = commentLine
        }
        guard !lines.isEmpty else { return nil }
        return lines.reversed().joined(separator: "\n")
    }

    /// `# stroom: negeer V302, V304` → a directive; anything else → nil. A directive with no
    /// known action word is not a directive.
    static func parseDirective(_ text: String, range: TextRange, scope: TextRange?) -> Directive? {
        var body = Substring(text)
        guard body.hasPrefix("#") else { return nil }
        body = body.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard body.lowercased().hasPrefix("stroom:") else { return nil }
        body = body.dropFirst("stroom:".count)
        let words = body.split { $0 == " " || $0 == "\t" || $0 == "," }
        guard let first = words.first, let action = Directive.Action(word: String(first)) else { return nil }
        var codes: [Directive.Code] = []
        for word in words.dropFirst() {
            let offset = text.utf8.distance(from: text.utf8.startIndex, to: word.startIndex)
            let codeRange = TextRange(utf8Start: range.utf8Start + offset, utf8End: range.utf8Start + offset + word.utf8.count)
            codes.append(Directive.Code(code: DiagnosticCode(String(word).uppercased()), range: codeRange))
        }
        return Directive(action: action, codes: codes, scope: scope, range: range)
    }
}

extension Substring {
    func trimmingLeadingSpace() -> String {
        String(drop { $0 == " " || $0 == "\t" })
    }
}
