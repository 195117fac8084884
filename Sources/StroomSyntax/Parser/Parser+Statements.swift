/// The productions for files, blocks and statements. Each carries its grammar rule
/// (`Grammar/stroom.ebnf`) as a comment.
extension Parser {
    // file = { declaration } EOF ;
    mutating func parseFile() -> SyntaxNode {
        var children: [SyntaxElement] = []
        while !at(.eof) {
            let before = position
            switch current.kind {
            case .identifier:
                children.append(.node(parseStatement(topLevel: true)))
            case .error:
                skipErrorTokens(into: &children, sameLineOnly: false)
            case .rBrace:
                report("S010", current.range, SyntaxMessages.strayCloseBrace)
                children.append(.node(SyntaxNode(kind: .error, children: [bump()])))
            default:
                children.append(.node(skipStrayLine(message: SyntaxMessages.strayToken(text(current)))))
            }
            assert(position > before, "the file loop must make progress")
            if position == before { break }
        }
        children.append(bump())
        return SyntaxNode(kind: .file, children: children)
    }

    // block = "{" { statement } "}" ;
    mutating func parseBlock(owner: BlockOwner, openerIndent: Int) -> SyntaxNode {
        if depth >= Parser.maxNesting { return skipNestedTooDeep() }
        depth += 1
        defer { depth -= 1 }
        // This function, parseStatement and parseDeclaration recurse once per level: they keep
        // few locals (work that needs more is in helpers), so that even a debug build nests
        // `maxNesting` levels deep on a worker thread's 512 KiB stack.
        let lBraceIndex = position
        var children: [SyntaxElement] = [bump()]
        let firstContentIndex = position
        while true {
            let before = position
            if closesAtVirtualBraceOrEnd(opener: lBraceIndex, owner: owner, into: &children) { break }
            switch current.kind {
            case .rBrace:
                children.append(bump())
                blocks.append(BlockRecord(openerIndent: openerIndent, firstContentIndex: firstContentIndex, endIndex: position - 1))
                return SyntaxNode(kind: .block, children: children)
            case .identifier:
                children.append(.node(parseStatement(topLevel: false)))
            case .error:
                skipErrorTokens(into: &children, sameLineOnly: false)
            default:
                children.append(.node(skipStrayStatement()))
            }
            assert(position > before, "a block loop must make progress")
            if position == before { break }
        }
        blocks.append(BlockRecord(openerIndent: openerIndent, firstContentIndex: firstContentIndex, endIndex: position))
        return SyntaxNode(kind: .block, children: children)
    }

    /// At a virtual `}` or the end of the file: appends the missing `}` (S003) and says so.
    mutating func closesAtVirtualBraceOrEnd(opener: Int, owner: BlockOwner, into children: inout [SyntaxElement]) -> Bool {
        // (Most files need no virtual brace: skip the two set lookups per statement then.)
        let virtualClose = !virtualCloses.isEmpty && virtualCloses.contains(position) && !usedVirtualCloses.contains(position)
        guard virtualClose || at(.eof) else { return false }
        if virtualClose { usedVirtualCloses.insert(position) }
        children.append(.token(missingCloseBrace(opener: tokens[opener], owner: owner)))
        if at(.eof) { unclosedAtEndOfFile += 1 }
        return true
    }

    /// A line that starts with something no statement starts with: skipped with one S010.
    mutating func skipStrayStatement() -> SyntaxNode {
        skipStrayLine(message: SyntaxMessages.strayToken(text(current)))
    }

    /// S003, placed right after the block's last token, with the `{` as related location and a
    /// fix that inserts the brace on its own line.
    mutating func missingCloseBrace(opener: Token, owner: BlockOwner) -> Token {
        let insertAt = endOfPrevious
        let indentation = String(repeating: " ", count: indent(of: opener))
        let fix = Fix(title: SyntaxMessages.insertBraceFix, edits: [TextEdit(range: .empty(at: insertAt), newText: "\n\(indentation)}")])
        report("S003", .empty(at: insertAt), SyntaxMessages.missingCloseBrace(ownerName(owner)),
               notes: [Note(range: opener.range, message: SyntaxMessages.openedHere)], fixes: [fix])
        return .missing(.rBrace, at: insertAt)
    }

    // statement = declaration | attribute | chain ;
    // Two tokens of look-ahead decide: `ID :` attribute, `ref ->` chain, `KIND ID` declaration.
    mutating func parseStatement(topLevel: Bool) -> SyntaxNode {
        switch statementShape(topLevel: topLevel) {
        case .attribute: parseAttribute()
        case .chain: parseChain()
        case .declaration(let knownKind): parseDeclaration(knownKind: knownKind)
        case .stray: skipStrayStatement()
        }
    }

    enum StatementShape {
        case attribute
        case chain
        case declaration(knownKind: Bool)
        case stray
    }

    /// What the statement at the current token is, with the diagnostics the decision gives
    /// (S012, S006).
    mutating func statementShape(topLevel: Bool) -> StatementShape {
        let first = current
        let second = nth(1)
        let word = text(first)
        let isChain = second.kind == .arrow
            || (second.kind == .dot && nth(2).kind == .identifier && nth(3).kind == .arrow)
        if second.kind == .colon || isChain {
            if topLevel { report("S012", first.range, SyntaxMessages.outsideMap(word)) }
            return second.kind == .colon ? .attribute : .chain
        }
        if let kind = DeclarationKind(keyword: word) {
            if topLevel, !kind.isMap { report("S012", first.range, SyntaxMessages.outsideMap(word)) }
            return .declaration(knownKind: true)
        }
        let sameLine = !second.startsLine
        let isAttributeWord = AttributeName.allSpellings.contains(word)
        let startsValue = sameLine && (second.kind.isLiteral || second.kind == .count || second.kind == .identifier)
        if isAttributeWord && startsValue || sameLine && (second.kind.isLiteral || second.kind == .count) && second.kind != .string {
            return .attribute
        }
        if sameLine && (second.kind == .identifier || second.kind == .string || second.kind == .lBrace)
            || second.kind == .lBrace {
            let candidates = topLevel ? DeclarationKind.mapKeywords : DeclarationKind.allKeywords
            report("S006", first.range, SyntaxMessages.unknownKeyword(word, suggestion: Suggestions.nearest(to: word, in: candidates)),
                   fixes: replaceFixes(first, suggestion: Suggestions.nearest(to: word, in: candidates)))
            return .declaration(knownKind: false)
        }
        return isAttributeWord ? .attribute : .stray
    }

    func replaceFixes(_ token: Token, suggestion: String?) -> [Fix] {
        guard let suggestion else { return [] }
        return [Fix(title: SyntaxMessages.replaceFix(suggestion), edits: [TextEdit(range: token.range, newText: suggestion)])]
    }

    // declaration = KIND ID [ STRING ] [ block ] ;
    mutating func parseDeclaration(knownKind: Bool) -> SyntaxNode {
        var header = parseDeclarationHeader(knownKind: knownKind)
        if !header.complete, at(.lBrace) {
            header.children.append(.node(parseBlock(owner: header.owner, openerIndent: header.keywordIndent)))
        }
        return SyntaxNode(kind: .declaration, children: header.children)
    }

    /// `KIND ID [ STRING ]`: what comes before the block; `complete` when the declaration ends
    /// here (a kind word before a chain) and no block may follow. `owner` names the block
    /// for S003 as a teacher would: stap ‘Groepsplan schrijven’ (schrijven).
    mutating func parseDeclarationHeader(knownKind: Bool)
        -> (children: [SyntaxElement], owner: BlockOwner, keywordIndent: Int, complete: Bool) {
        let keyword = current
        let keywordIndent = indent(of: keyword)
        var children: [SyntaxElement] = [bump()]
        children.reserveCapacity(4) // keyword, id, label, block: no regrowing on each keystroke
        var name: Token?
        if at(.identifier), !current.startsLine, nth(1).kind != .colon {
            name = current
            children.append(bump())
        } else {
            if knownKind { report("S004", keyword.range, SyntaxMessages.missingName(text(keyword))) }
            children.append(.token(.missing(.identifier, at: keyword.end)))
        }
        skipErrorTokens(into: &children, sameLineOnly: true)
        if knownKind, children.count == 2, !current.startsLine {
            // First mistakes: `oorzaak x -> y` and `stap schrijven Groepsplan schrijven`.
            if at(.arrow) {
                // The fix keeps `oorzaak x` (so x stays declared) and puts the arrow on the next line.
                let id = text(tokens[position - 1])
                let fix = Fix(title: SyntaxMessages.splitChainFix(text(keyword), id),
                              edits: [TextEdit(range: TextRange(utf8Start: tokens[position - 1].end, utf8End: current.start),
                                               newText: "\n" + String(repeating: " ", count: keywordIndent) + id + " ")])
                children.append(.node(skipStrayLine(message: SyntaxMessages.kindBeforeChain(text(keyword), id), fixes: [fix])))
                return (children, .declaration(keyword: keyword, name: name, label: nil), keywordIndent, true)
            }
            // Words that could not start a statement of their own (several statements may share
            // a line: `probleem p stap_een -> b`, `idee p stap a "A"`).
            if at(.identifier), ![.colon, .arrow, .dot].contains(nth(1).kind),
               DeclarationKind(keyword: text(current)) == nil, !AttributeName.allSpellings.contains(text(current)) {
                children.append(.node(skipUnquotedLabel(keyword: text(keyword), id: text(name ?? keyword))))
            }
        }
        var label: Token?
        if at(.string), !current.startsLine {
            label = current
            children.append(bump())
        }
        skipErrorTokens(into: &children, sameLineOnly: true)
        return (children, .declaration(keyword: keyword, name: name, label: label), keywordIndent, false)
    }

    /// S010 for words after an id that should have been a quoted label; a `{` after them still
    /// opens the declaration's block.
    mutating func skipUnquotedLabel(keyword: String, id: String) -> SyntaxNode {
        let first = current
        var last = first
        var children: [SyntaxElement] = []
        while !at(.eof), !current.startsLine, !at(.lBrace), !at(.rBrace), !at(.string) {
            last = current
            children.append(bump())
        }
        let words = source.text(in: TextRange(utf8Start: first.start, utf8End: last.end))
        let fix = Fix(title: SyntaxMessages.quoteLabelFix(words),
                      edits: [TextEdit(range: TextRange(utf8Start: first.start, utf8End: last.end), newText: "\"\(words)\"")])
        report("S010", TextRange(utf8Start: first.start, utf8End: last.end),
               SyntaxMessages.unquotedLabel(keyword: keyword, id: id, words: words), fixes: [fix])
        return SyntaxNode(kind: .error, children: children)
    }

    // attribute = ID ":" value { "," value } ;
    mutating func parseAttribute() -> SyntaxNode {
        let name = current
        var children: [SyntaxElement] = [bump()]
        children.reserveCapacity(3) // name, colon, a value
        if at(.colon) {
            children.append(bump())
        } else {
            let fix = Fix(title: SyntaxMessages.insertColonFix, edits: [TextEdit(range: .empty(at: name.end), newText: ":")])
            report("S005", name.range, SyntaxMessages.missingColon(text(name)), fixes: [fix])
            children.append(.token(.missing(.colon, at: name.end)))
        }
        parseValueList(attributeName: text(name), into: &children)
        return SyntaxNode(kind: .attribute, children: children)
    }

    // chain = reference "->" reference { "->" reference } [ block ] ;
    mutating func parseChain() -> SyntaxNode {
        let firstIndent = indent(of: current)
        var children = parseChainLinks()
        if at(.lBrace), !current.startsLine {
            children.append(.node(parseBlock(owner: .arrow, openerIndent: firstIndent)))
        }
        return SyntaxNode(kind: .chain, children: children)
    }

    /// `reference "->" reference { "->" reference }`: what comes before the block.
    mutating func parseChainLinks() -> [SyntaxElement] {
        var children: [SyntaxElement] = [.node(parseReference())]
        while at(.arrow) {
            children.append(bump())
            if at(.identifier), !current.startsLine {
                children.append(.node(parseReference()))
            } else {
                report("S011", TextRange(utf8Start: endOfPrevious, utf8End: endOfPrevious), SyntaxMessages.missingArrowTarget)
                children.append(.node(SyntaxNode(kind: .reference, children: [.token(.missing(.identifier, at: endOfPrevious))])))
                break
            }
        }
        skipErrorTokens(into: &children, sameLineOnly: true)
        return children
    }
}
