import StroomSyntax

/// Which block a cursor is in. A block whose `}` is missing still holds the cursor right
/// after its last statement, when the cursor is on that statement's line or indented deeper
/// than the line that opened the block, which is how a person reads it.
extension Analysis {
    func completionOwner(_ file: FileAnalysis, _ fileIndex: Int, at offset: Int) -> CompletionContext.Owner {
        let list = file.tokenList
        var chain: [SyntaxNode] = []
        var current: SyntaxNode? = file.tree.root
        while let node = current {
            current = nil
            for child in node.childNodes where child.kind == .declaration || child.kind == .chain {
                guard let block = child.firstChild(.block),
                      blockHolds(block, owner: child, offset: offset, file: file, list: list) else { continue }
                chain.append(child)
                current = block
                break
            }
        }
        var map: DeclarationID?
        if let outermost = chain.first, let keyword = outermost.firstToken {
            map = declaration(keywordAt: keyword.start, inFile: fileIndex)
        }
        let owner = chain.last
        guard let owner, let first = owner.firstToken else {
            return CompletionContext.Owner(kind: nil, isTopLevel: true, isArrow: false, declaration: nil, map: nil)
        }
        if owner.kind == .chain {
            return CompletionContext.Owner(kind: nil, isTopLevel: false, isArrow: true, declaration: nil, map: map)
        }
        let declaration = declaration(keywordAt: first.start, inFile: fileIndex)
        return CompletionContext.Owner(kind: DeclarationKind(keyword: file.text(first)), isTopLevel: false, isArrow: false,
                                       declaration: declaration, map: map)
    }

    private func blockHolds(_ block: SyntaxNode, owner: SyntaxNode, offset: Int, file: FileAnalysis, list: TokenList) -> Bool {
        guard let view = BlockSyntax(block), let lBrace = view.lBrace, !lBrace.isMissing, lBrace.end <= offset,
              let rBrace = view.rBrace else { return false }
        if !rBrace.isMissing || offset <= rBrace.start { return offset <= rBrace.start }
        // The `}` is missing: the block ends at its last token, but a cursor in the gap after
        // it still belongs to it when it is on that line or indented deeper.
        let next = list.tokens[min(list.firstIndex(endingAfter: rBrace.start), list.tokens.count - 1)]
        guard next.start >= offset || next.kind == .eof else { return false }
        let lines = file.source.lineTable
        if lines.line(containing: offset) == lines.line(containing: rBrace.start) { return true }
        guard let opener = owner.firstToken else { return false }
        return indentation(file, ofLineAt: offset, upTo: offset) > indentation(file, ofLineAt: opener.start, upTo: opener.start)
    }

    /// Spaces and tabs at the start of the line that holds `offset` (up to `limit`).
    private func indentation(_ file: FileAnalysis, ofLineAt offset: Int, upTo limit: Int) -> Int {
        let lines = file.source.lineTable
        let line = lines.line(containing: offset)
        var index = lines.lineStarts[line] + (line == 0 ? lines.bomLength : 0)
        var width = 0
        let bytes = file.source.bytes
        while index < min(limit, bytes.count), bytes[index] == 0x20 || bytes[index] == 0x09 {
            index += 1
            width += 1
        }
        return width
    }
}
