import StroomFormat
import StroomSyntax
import Testing

/// The checks every formatter case goes through: the expected output, idempotence, the same
/// non-trivia tokens, every comment kept, and edits that turn the input into the output.
enum FormatAssertions {
    /// Formats `input` and checks it against `expected` and the properties; returns the output.
    @discardableResult
    static func check(_ input: String, _ expected: String, options: FormatOptions = FormatOptions(),
                      sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let output = properties(Array(input.utf8), options: options, sourceLocation: sourceLocation)
        #expect(output.map { String(decoding: $0, as: UTF8.self) } == expected, sourceLocation: sourceLocation)
        return output.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Formats `bytes` and checks the properties (not the exact output). Nil when refused
    /// (which is itself a failure here).
    static func properties(_ bytes: [UInt8], path: String = "case.vsm", options: FormatOptions = FormatOptions(),
                           sourceLocation: SourceLocation = #_sourceLocation) -> [UInt8]? {
        let source = SourceFile(path: path, bytes: bytes)
        guard let first = Formatter.format(source, options: options).formatted else {
            Issue.record("the formatter refused: \(String(describing: Formatter.format(source, options: options).refusal))",
                         sourceLocation: sourceLocation)
            return nil
        }
        // The edits describe the same change as the bytes.
        #expect(apply(first.edits, to: bytes) == first.bytes, "edits and output disagree", sourceLocation: sourceLocation)
        #expect(first.isChanged == (first.bytes != bytes), sourceLocation: sourceLocation)
        for (earlier, later) in zip(first.edits, first.edits.dropFirst()) {
            #expect(earlier.range.utf8End <= later.range.utf8Start, "edits overlap", sourceLocation: sourceLocation)
        }
        // Idempotence: format(format(x)) == format(x), with no edits the second time.
        let second = Formatter.format(SourceFile(path: path, bytes: first.bytes), options: options).formatted
        #expect(second?.bytes == first.bytes, "not idempotent", sourceLocation: sourceLocation)
        #expect(second?.edits == [], "edits on the second pass", sourceLocation: sourceLocation)
        // Only trivia changed: the same tokens, the same comments.
        #expect(tokens(bytes) == tokens(first.bytes), "tokens changed", sourceLocation: sourceLocation)
        #expect(comments(bytes) == comments(first.bytes), "comments changed", sourceLocation: sourceLocation)
        return first.bytes
    }

    /// The non-trivia tokens: kind and text, in order.
    static func tokens(_ bytes: [UInt8]) -> [String] {
        let tree = SyntaxTree.parse(SourceFile(path: "t.vsm", bytes: bytes))
        return tree.root.tokens.filter { !$0.isMissing && $0.kind != .eof }.map { "\($0.kind.dumpName) \(tree.text($0))" }
    }

    /// Every comment, from `#` to the end of its line without trailing spaces and tabs, found
    /// by a scan of its own (not the formatter's): outside strings, a `#` starts a comment.
    static func comments(_ bytes: [UInt8]) -> [String] {
        let tree = SyntaxTree.parse(SourceFile(path: "t.vsm", bytes: bytes))
        var result: [String] = []
        for token in tree.root.tokens where !token.isMissing {
            let trivia = bytes[token.triviaStart..<token.start]
            var index = trivia.startIndex
            while index < trivia.endIndex {
                guard trivia[index] == UInt8(ascii: "#") else { index += 1; continue }
                var end = index
                while end < trivia.endIndex, trivia[end] != 0x0A, trivia[end] != 0x0D { end += 1 }
                var text = String(decoding: trivia[index..<end], as: UTF8.self)
                while let last = text.last, last == " " || last == "\t" { text.removeLast() }
                result.append(text)
                index = end
            }
        }
        return result
    }

    /// Applies sorted, non-overlapping edits to the bytes they were made for.
    static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var position = 0
        for edit in edits {
            output += bytes[position..<edit.range.utf8Start]
            output += Array(edit.newText.utf8)
            position = edit.range.utf8End
        }
        return output + bytes[position...]
    }
}
