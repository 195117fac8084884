import StroomSyntax

/// Text edits that several rules offer.
enum Fixes {
    /// The member of the map that holds `id` (itself, or its outermost parent below the map).
    static func topLevelMember(_ id: DeclarationID, in analysis: Analysis) -> DeclarationID {
        var current = id
        while let parent = analysis[current].parent, !analysis[parent].isMap { current = parent }
        return current
    }

    /// Where a new line can go just above a declaration, and its indentation.
    static func lineAbove(_ id: DeclarationID, in analysis: Analysis) -> (offset: Int, indent: String) {
        let declaration = analysis[id]
        let source = analysis.files[declaration.fileIndex].source
        let line = source.lineTable.line(containing: declaration.keywordRange.utf8Start)
        let start = source.lineTable.lineStarts[line]
        let end = declaration.keywordRange.utf8Start
        // Only blanks before the keyword: that is the indent. Looked at byte by byte up to the
        // first other one, so that a declaration far along a long line costs nothing.
        let blank = source.bytes[start..<end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        return (start, blank ? source.text(in: TextRange(utf8Start: start, utf8End: end)) : "  ")
    }

    /// The line break a file uses (found once per file, in ``FileAnalysis/lineBreak``).
    static func lineBreak(_ fileIndex: Int, in analysis: Analysis) -> String {
        analysis.files[fileIndex].lineBreak
    }

    /// "Declare ‘jan’ as a person": a new declaration above the member that names it.
    static func declare(_ name: String, as kind: DeclarationKind, nameUsedBy owner: DeclarationID, in analysis: Analysis) -> Fix? {
        guard let map = analysis[owner].map ?? Optional(owner), !analysis[owner].isMap else { return nil }
        let member = topLevelMember(owner, in: analysis)
        let (offset, indent) = lineAbove(member, in: analysis)
        let keyword = MessageParts.keyword(kind, like: analysis[map])
        let text = "\(indent)\(keyword) \(name) \"\(name)\"\(lineBreak(analysis[owner].fileIndex, in: analysis))"
        return Fix(title: LocalizedText(
                    nl: "Schrijf \(MessageParts.q(name)) erbij als \(MessageParts.noun(kind, .nl))",
                    en: "Add \(MessageParts.q(name)) as \(MessageParts.kindList([kind], .en))"),
                   edits: [TextEdit(range: .empty(at: offset), newText: text)])
    }

    /// "Replace with ‘x’".
    static func replace(_ range: TextRange, with text: String) -> Fix {
        Fix(title: LocalizedText(nl: "Vervang door \(MessageParts.q(text))", en: "Replace with \(MessageParts.q(text))"),
            edits: [TextEdit(range: range, newText: text)])
    }

    /// Adds `attribute: value` to a declaration: inside its block, or as a new block.
    static func addAttribute(_ name: AttributeName, value: String, to id: DeclarationID, in analysis: Analysis, title: LocalizedText) -> Fix {
        let declaration = analysis[id]
        let map = declaration.map.map { analysis[$0] } ?? declaration
        let key = MessageParts.attribute(name, like: map)
        let source = analysis.files[declaration.fileIndex].source
        let bytes = source.bytes
        let end = declaration.range.utf8End
        if end > 0, end <= bytes.count, bytes[end - 1] == UInt8(ascii: "}") {
            // Insert before the closing brace, on the same line when the block is one line.
            let closeLine = source.lineTable.line(containing: end - 1)
            let openLine = source.lineTable.line(containing: declaration.keywordRange.utf8Start)
            if closeLine == openLine {
                // `{ a: 1 }` becomes `{ a: 1  key: value }`: two spaces between attributes, one before `}`.
                var insertAt = end - 1
                while insertAt > 0, bytes[insertAt - 1] == UInt8(ascii: " ") { insertAt -= 1 }
                return Fix(title: title, edits: [TextEdit(range: TextRange(utf8Start: insertAt, utf8End: end - 1), newText: "  \(key): \(value) ")])
            }
            let lineStart = source.lineTable.lineStarts[closeLine]
            let (_, indent) = lineAbove(id, in: analysis)
            return Fix(title: title, edits: [TextEdit(range: .empty(at: lineStart), newText: "\(indent)  \(key): \(value)\(lineBreak(declaration.fileIndex, in: analysis))")])
        }
        return Fix(title: title, edits: [TextEdit(range: .empty(at: end), newText: " { \(key): \(value) }")])
    }
}
