import StroomSyntax

/// Where a cursor stands, as far as completion cares. Decided from the tokens before the
/// cursor and the block around it, so that it works in text that does not parse: after
/// `door: ` at the end of an unfinished line, inside a block whose `}` is missing.
struct CompletionContext {
    /// The block the cursor is in.
    struct Owner {
        /// The kind of the declaration that owns the block; nil at the top of the file, on an
        /// arrow's block, or for an unknown keyword.
        let kind: DeclarationKind?
        let isTopLevel: Bool
        let isArrow: Bool
        /// The owner in the model (nil at the top level, or when it was not lowered).
        let declaration: DeclarationID?
        /// The map the cursor is in.
        let map: DeclarationID?
    }

    enum Position {
        /// Nothing to offer: in a comment or text, after a kind keyword (a new name comes
        /// there), on a literal.
        case nothing
        /// At the start of a statement: kinds and attribute names.
        case statementStart
        /// After a complete attribute on the same line: another attribute name.
        case attributeName
        /// After `key:` or `key: a,` (and after `map.` in such a value).
        case attributeValue(word: String, qualifier: String?)
        /// After `->` (and after `map.` there).
        case arrowEnd(qualifier: String?)
        /// After `3x per`.
        case frequencyPeriod
    }

    let owner: Owner
    let position: Position
    /// What a chosen item replaces: the word being typed, or an empty range at the cursor.
    let range: TextRange
}

extension Analysis {
    func completionContext(at utf8Offset: Int, inFile fileIndex: Int) -> CompletionContext {
        let file = files[fileIndex]
        let list = file.tokenList
        let offset = max(0, min(utf8Offset, file.source.utf8Length))
        var range = TextRange.empty(at: offset)
        var before = Array(list.tokens(before: offset).filter { $0.kind != .eof })
        if let inside = list.token(containing: offset), inside.start < offset {
            guard inside.kind == .identifier else { return context(file, fileIndex, .nothing, range) }
            range = inside.range
        } else if let last = before.last, last.kind == .identifier, last.end == offset {
            range = last.range
            before.removeLast()
        } else if let last = before.last, last.kind == .string, last.end == offset, last.flags.contains(.unterminated) {
            return context(file, fileIndex, .nothing, range)
        }
        if isInComment(file, list, offset) { return context(file, fileIndex, .nothing, range) }
        return context(file, fileIndex, position(file, before: before, at: range.utf8Start), range)
    }

    private func context(_ file: FileAnalysis, _ fileIndex: Int, _ position: CompletionContext.Position, _ range: TextRange) -> CompletionContext {
        CompletionContext(owner: completionOwner(file, fileIndex, at: range.utf8Start), position: position, range: range)
    }

    private func isInComment(_ file: FileAnalysis, _ list: TokenList, _ offset: Int) -> Bool {
        let next = list.tokens[min(list.firstIndex(endingAfter: offset), list.tokens.count - 1)]
        guard next.triviaRange.touches(offset) else { return false }
        return TriviaReader.comments(in: next.triviaRange, of: file.source).contains {
            $0.range.utf8Start < offset && offset <= $0.range.utf8End
        }
    }

    /// What the tokens before the cursor say about it.
    private func position(_ file: FileAnalysis, before: [Token], at offset: Int) -> CompletionContext.Position {
        let lines = file.source.lineTable
        guard let previous = before.last else { return .statementStart }
        let sameLine = lines.line(containing: previous.end) == lines.line(containing: offset)
        guard sameLine || previous.kind == .comma else { return .statementStart }
        let index = before.count - 1
        switch previous.kind {
        case .lBrace, .rBrace:
            return .statementStart
        case .arrow:
            return .arrowEnd(qualifier: nil)
        case .colon:
            guard index > 0, before[index - 1].kind == .identifier else { return .nothing }
            return .attributeValue(word: file.text(before[index - 1]), qualifier: nil)
        case .comma:
            guard let name = attributeName(before: before, from: index) else { return .nothing }
            return .attributeValue(word: file.text(name), qualifier: nil)
        case .dot:
            guard index > 0, before[index - 1].kind == .identifier else { return .nothing }
            let qualifier = file.text(before[index - 1])
            let ahead = index > 1 ? before[index - 2] : nil
            if let ahead, ahead.kind == .colon || ahead.kind == .comma, let name = attributeName(before: before, from: index - 2) {
                return .attributeValue(word: file.text(name), qualifier: qualifier)
            }
            return .arrowEnd(qualifier: qualifier)
        case .identifier where file.text(previous) == "per" && index > 0 && before[index - 1].kind == .count:
            return .frequencyPeriod
        default:
            // A complete value: the next attribute may follow on the same line.
            return attributeName(before: before, from: index) != nil ? .attributeName : .nothing
        }
    }

    /// The name of the attribute whose value list holds `before[index]`: walks back over
    /// values and commas to the `:`. Nil when the token is not in a value list.
    private func attributeName(before: [Token], from index: Int) -> Token? {
        var i = index
        while i >= 0 {
            let token = before[i]
            switch token.kind {
            case .colon:
                return i > 0 && before[i - 1].kind == .identifier ? before[i - 1] : nil
            case .identifier, .dot, .comma, .count, .plus, .minus, .string, .number, .duration, .percent, .date, .time:
                // A list goes on over a line break only right after a comma.
                if token.startsLine, !(i > 0 && before[i - 1].kind == .comma) { return nil }
                i -= 1
            default:
                return nil
            }
        }
        return nil
    }
}
