import StroomSyntax

/// The tokens of one file in source order, for finding what lies at an offset. Missing tokens
/// (the parser's zero-width placeholders) are left out; the end-of-file token is kept, because
/// its trivia holds the file's last comments.
public struct TokenList: Sendable {
    public let tokens: [Token]

    public init(_ tree: SyntaxTree) {
        tokens = tree.root.tokens.filter { !$0.isMissing }
    }

    /// The index of the first token that ends after the offset (the token holding it, or the
    /// next one).
    func firstIndex(endingAfter utf8Offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].end <= utf8Offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The token whose text holds the offset (`start <= offset < end`).
    public func token(containing utf8Offset: Int) -> Token? {
        let index = firstIndex(endingAfter: utf8Offset)
        guard index < tokens.count, tokens[index].start <= utf8Offset, tokens[index].kind != .eof else { return nil }
        return tokens[index]
    }

    /// The token a cursor at this offset is on: the token that holds it, or the one that ends
    /// right there (a cursor just after `leraar`). A word wins over punctuation when both touch.
    public func token(touching utf8Offset: Int) -> Token? {
        let inside = token(containing: utf8Offset)
        let index = firstIndex(endingAfter: utf8Offset)
        let before = index > 0 && tokens[index - 1].end == utf8Offset ? tokens[index - 1] : nil
        if let inside, inside.kind == .identifier { return inside }
        if let before, before.kind == .identifier { return before }
        return inside ?? before
    }

    /// The tokens that end at or before the offset, last one first.
    func tokens(before utf8Offset: Int) -> ArraySlice<Token> {
        tokens[..<firstIndex(endingAfter: utf8Offset)]
    }
}

extension FileAnalysis {
    /// The file's tokens (computed on demand; a file of 2,000 lines has about 10,000).
    public var tokenList: TokenList { TokenList(tree) }

    /// The token at a cursor, as ``TokenList/token(touching:)`` says.
    public func token(at utf8Offset: Int) -> Token? {
        tokenList.token(touching: utf8Offset)
    }

    /// The nodes from the root down to the innermost node whose text holds the range.
    public func nodePath(to range: TextRange) -> [SyntaxNode] {
        var path = [tree.root]
        var current = tree.root
        while let next = current.childNodes.first(where: { node in
            guard let nodeRange = node.range else { return false }
            return nodeRange.contains(range)
        }) {
            path.append(next)
            current = next
        }
        return path
    }

    /// The text of a token.
    public func text(_ token: Token) -> String { source.text(in: token.range) }

    /// The comments of the file (each without its line break), in order.
    public var comments: [TextRange] {
        var result: [TextRange] = []
        for token in tokenList.tokens where !token.triviaRange.isEmpty {
            result.append(contentsOf: TriviaReader.comments(in: token.triviaRange, of: source).map(\.range))
        }
        return result
    }
}
