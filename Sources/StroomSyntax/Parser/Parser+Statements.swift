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
    mutating func parseBlock(ownerName: String, openerIndent: Int) -> SyntaxNode {
        let lBrace = current
        var children: [SyntaxElement] = [bump()]
        let firstContentIndex = position
        while true {
            let before = position
            // (Most files need no virtual brace: skip the two set lookups per statement then.)
            let virtualClose = !virtualCloses.isEmpty && virtualCloses.contains(position) && !usedVirtualCloses.contains(position)
            if virtualClose || at(.eof) {
                if virtualClose { usedVirtualCloses.insert(position) }
                children.append(.token(missingCloseBrace(opener: lBrace, ownerName: ownerName)))
                if at(.eof) { unclosedAtEndOfFile += 1 }
                break
            }
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
                children.append(.node(skipStrayLine(message: SyntaxMessages.strayToken(text(current)))))
            }
            assert(position > before, "a block loop must make progress")
            if position == before { break }
        }
        blocks.append(BlockRecord(openerIndent: openerIndent, firstContentIndex: firstContentIndex, endIndex: position))
        return SyntaxNode(kind: .block, children: children)
    }

    /// S003, placed right after the block's last token, with the `{` as related location and a
    /// fix that inserts the brace on its own line.
    mutating func missingCloseBrace(opener: Token, ownerName: String) -> Token {
        let insertAt = endOfPrevious
        let indentation = String(repeating: " ", count: indent(of: opener))
        let fix = Fix(title: SyntaxMessages.insertBraceFix, edits: [TextEdit(range: .empty(at: insertAt), newText: "\n\(indentation)}")])
        report("S003", .empty(at: insertAt), SyntaxMessages.missingCloseBrace(ownerName),
               notes: [Note(range: opener.range, message: SyntaxMessages.openedHere)], fixes: [fix])
        return .missing(.rBrace, at: insertAt)
    }

    // statement = declaration | attribute | chain ;
    // Two tokens of look-ahead decide: `ID :` attribute, `ref ->` chain, `KIND ID` declaration.
    mutating func parseStatement(topLevel: Bool) -> SyntaxNode {
        let first = current
        let second = nth(1)
        let word = text(first)
        let isChain = second.kind == .arrow
            || (second.kind == .dot && nth(2).kind == .identifier && nth(3).kind == .arrow)
        if second.kind == .colon || isChain {
            if topLevel { report("S012", first.range, SyntaxMessages.outsideMap(word)) }
            return second.kind == .colon ? parseAttribute() : parseChain()
        }
        if let kind = DeclarationKind(keyword: word) {
            if topLevel, !kind.isMap { report("S012", first.range, SyntaxMessages.outsideMap(word)) }
            return parseDeclaration(knownKind: true)
        }
        let sameLine = !second.startsLine
        let isAttributeWord = AttributeName.allSpellings.contains(word)
        let startsValue = sameLine && (second.kind.isLiteral || second.kind == .count || second.kind == .identifier)
        if isAttributeWord && startsValue || sameLine && (second.kind.isLiteral || second.kind == .count) && second.kind != .string {
            return parseAttribute()
        }
        if sameLine && (second.kind == .identifier || second.kind == .string || second.kind == .lBrace)
            || second.kind == .lBrace {
            let candidates = topLevel ? DeclarationKind.mapKeywords : DeclarationKind.allKeywords
            report("S006", first.range, SyntaxMessages.unknownKeyword(word, suggestion: Suggestions.nearest(to: word, in: candidates)),
                   fixes: replaceFixes(first, suggestion: Suggestions.nearest(to: word, in: candidates)))
            return parseDeclaration(knownKind: false)
        }
        if isAttributeWord {
            return parseAttribute()
        }
        return skipStrayLine(message: SyntaxMessages.strayToken(word))
    }

    func replaceFixes(_ token: Token, suggestion: String?) -> [Fix] {
        guard let suggestion else { return [] }
        return [Fix(title: SyntaxMessages.replaceFix(suggestion), edits: [TextEdit(range: token.range, newText: suggestion)])]
    }

    // declaration = KIND ID [ STRING ] [ block ] ;
    mutating func parseDeclaration(knownKind: Bool) -> SyntaxNode {
        let keyword = current
        let keywordIndent = indent(of: keyword)
        var children: [SyntaxElement] = [bump()]
        children.reserveCapacity(4) // keyword, id, label, block: no regrowing on each keystroke
        var ownerName = text(keyword)
        if at(.identifier), !current.startsLine, nth(1).kind != .colon {
            ownerName = text(current)
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
                return SyntaxNode(kind: .declaration, children: children)
            }
            // Words that could not start a statement of their own (several statements may share
            // a line: `probleem p stap_een -> b`, `idee p stap a "A"`).
            if at(.identifier), ![.colon, .arrow, .dot].contains(nth(1).kind),
               DeclarationKind(keyword: text(current)) == nil, !AttributeName.allSpellings.contains(text(current)) {
                children.append(.node(skipUnquotedLabel(keyword: text(keyword), id: ownerName)))
            }
        }
        var label: String?
        if at(.string), !current.startsLine {
            label = SyntaxMessages.plainLabel(text(current))
            children.append(bump())
        }
        skipErrorTokens(into: &children, sameLineOnly: true)
        if at(.lBrace) {
            // S003 names the block as a teacher would: stap ‘Groepsplan schrijven’ (schrijven).
            ownerName = SyntaxMessages.blockOwner(keyword: text(keyword), name: ownerName == text(keyword) ? nil : ownerName, label: label)
            children.append(.node(parseBlock(ownerName: ownerName, openerIndent: keywordIndent)))
        }
        return SyntaxNode(kind: .declaration, children: children)
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
        let first = current
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
        if at(.lBrace), !current.startsLine {
            children.append(.node(parseBlock(ownerName: "->", openerIndent: indent(of: first))))
        }
        return SyntaxNode(kind: .chain, children: children)
    }
}
