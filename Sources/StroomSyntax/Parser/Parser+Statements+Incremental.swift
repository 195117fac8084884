/// Re-parsing some of the statements of one block, for an edit in a block too large to parse
/// again whole (a `.vsm` file is mostly one `proces { … }`).
///
/// The lexer is re-started at the start of a statement well before the edit (the tokens that
/// the statements before it peeked at, and the bytes the lexer looked ahead at, lie before the
/// edit), and runs until it ends a token where the old lexer ended one, past the edit: from
/// there the bytes, and so the tokens, are the old ones moved. The parser then parses statements
/// as the block loop does, until it stands at the first token of an old statement (or at the
/// block's `}`) behind that point: from there the old statements are what it would parse.
/// Any doubt returns nil and the caller parses the whole block.
extension Parser {
    /// The bytes a token's scan may look at past its end (a date looks at most 10 ahead of its
    /// start), with room to spare.
    static let lookAheadMargin = 32
    /// Tokens past a statement's last one that the parser may peek at before it ends (two in
    /// fact: the next token, and the one after it to tell `name:` from a value), with room.
    static let peekMargin = 4

    struct ItemReparse {
        /// The new statements, replacing `firstItem..<endItem` of the block's children.
        var items: [SyntaxElement]
        var firstItem: Int
        var endItem: Int
        /// Where the replaced text starts, and where it ended before the edit.
        var oldStart: Int
        var oldEnd: Int
        var diagnostics: [Diagnostic]
    }

    /// `block` is the old block, `edit` lies inside its braces.
    static func reparseItems(of block: SyntaxNode, in source: SourceFile, edit: EditWindow) -> ItemReparse? {
        let children = block.children
        let close = children.count - 1
        guard close >= 2 else { return nil }
        let touched = block.firstChild(in: 1..<close, where: { ($0.fullRange?.utf8End ?? 0) >= edit.oldStart })
        // The first statement to parse again: far enough before the edit.
        var first = touched
        while first > 1, !isSafeStart(children, first, before: edit.oldStart) { first -= 1 }
        guard first > 1, let relexStart = children[first].fullRange?.utf8Start else { return nil }

        var old = OldTokens(children: children, from: first)
        // The token before the first statement, for `endOfPrevious`; parsing starts after it.
        var previous: [Token] = []
        if case .node(let node) = children[first - 1] { node.collectTokens(into: &previous) }
        guard let before = previous.last(where: { !$0.isMissing }) else { return nil }
        var tokens: [Token] = [before]
        // Lex until a token ends where an old one ended, past the edit.
        let synced: Int? = source.bytes.withUnsafeBufferPointer { buffer in
            var cursor = Cursor(buffer: buffer)
            cursor.offset = relexStart
            cursor.atFileStart = false
            while true {
                let token = cursor.next()
                if token.kind == .eof { return nil }
                tokens.append(token)
                let target = token.end - edit.delta
                guard target >= edit.oldEnd else { continue }
                guard let index = old.firstIndex(endingAtOrAfter: target) else { return nil }
                if old.tokens[index].end == target { return index }
            }
        }
        guard let synced else { return nil }
        let newCount = tokens.count
        // The old tokens after that point, moved, with a few statements to spare.
        old.load(spare: 8)
        for token in old.tokens[(synced + 1)...] { tokens.append(token.shifted(by: edit.delta)) }
        let realCount = tokens.count
        let complete = old.nextItem > close
        let end = tokens.last.map { $0.end } ?? relexStart
        tokens.append(Token(kind: .eof, triviaStart: end, start: end, end: end))

        var parser = Parser(source: source, tokens: tokens, virtualCloses: [])
        parser.position = 1
        var items: [SyntaxElement] = []
        while true {
            if parser.position >= newCount {
                let oldIndex = parser.position - newCount + synced + 1
                if let item = old.itemStarting[oldIndex], complete || parser.position + peekMargin < realCount {
                    guard parser.unclosedAtEndOfFile == 0, !parser.diagnostics.contains(where: { $0.code == "S003" }) else { return nil }
                    var diagnostics = LexicalDiagnostics.collect(source: source, tokens: Array(tokens[1..<parser.position]))
                    diagnostics.append(contentsOf: parser.diagnostics)
                    diagnostics.sort { $0.range < $1.range }
                    let oldEnd = children[item].fullRange.map { $0.utf8Start } ?? 0
                    return ItemReparse(items: items, firstItem: first, endItem: item, oldStart: relexStart, oldEnd: oldEnd, diagnostics: diagnostics)
                }
            }
            if !complete, parser.position + peekMargin >= realCount { return nil }
            let before = parser.position
            // The body of the block loop (`parseBlock`), without its end.
            switch parser.current.kind {
            case .rBrace, .eof:
                return nil
            case .identifier:
                items.append(.node(parser.parseStatement(topLevel: false)))
            case .error:
                parser.skipErrorTokens(into: &items, sameLineOnly: false)
            default:
                items.append(.node(parser.skipStrayLine(message: SyntaxMessages.strayToken(parser.text(parser.current)))))
            }
            if parser.position == before { return nil }
        }
    }

    /// Whether parsing may start again at statement `index`: the bytes before it and the first
    /// tokens from it (which the statements before it peeked at) lie well before the edit.
    static func isSafeStart(_ children: [SyntaxElement], _ index: Int, before editStart: Int) -> Bool {
        guard let range = children[index].fullRange, range.utf8Start + lookAheadMargin <= editStart else { return false }
        var seen = 0
        for child in children[index...] {
            var tokens: [Token] = []
            switch child {
            case .token(let token): tokens = [token]
            case .node(let node): tokens = node.tokens
            }
            for token in tokens {
                if token.end + lookAheadMargin > editStart { return false }
                seen += 1
                if seen > peekMargin { return true }
            }
        }
        return false
    }
}

/// The old tokens of a block from one statement on, loaded a statement at a time, with the
/// token index where each statement starts.
struct OldTokens {
    let children: [SyntaxElement]
    var nextItem: Int
    var tokens: [Token] = []
    var itemStarting: [Int: Int] = [:]
    var scanned = 0

    init(children: [SyntaxElement], from item: Int) {
        self.children = children
        self.nextItem = item
    }

    mutating func loadItem() -> Bool {
        guard nextItem < children.count else { return false }
        itemStarting[tokens.count] = nextItem
        switch children[nextItem] {
        case .token(let token): if !token.isMissing { tokens.append(token) }
        case .node(let node):
            // The lexer's tokens only: the parser's zero-width ones are not in its stream.
            var all: [Token] = []
            node.collectTokens(into: &all)
            tokens.append(contentsOf: all.lazy.filter { !$0.isMissing })
        }
        nextItem += 1
        return true
    }

    /// The first old token that ends at or after `offset`, loading statements as needed.
    mutating func firstIndex(endingAtOrAfter offset: Int) -> Int? {
        while true {
            while scanned < tokens.count {
                if tokens[scanned].end >= offset { return scanned }
                scanned += 1
            }
            if !loadItem() { return nil }
        }
    }

    /// Loads `spare` more statements.
    mutating func load(spare: Int) {
        for _ in 0..<spare where loadItem() {}
    }
}
