import StroomSyntax

/// Text edits the benefit logic and cause-effect rules offer: new lines in a map, a value
/// replaced or added, an arrow reversed or removed.
extension Fixes {
    /// Whether fixes in this map should write English words.
    static func writesEnglish(_ map: Declaration) -> Bool {
        map.kind.map { $0.english == map.keyword && $0.english != $0.dutch } ?? false
    }

    /// A new line just above the closing brace of a map (members and arrows go there). Nil
    /// when the map closes on the line it opens.
    static func insertLineAtEnd(of map: DeclarationID, _ line: String, in analysis: Analysis) -> TextEdit? {
        let declaration = analysis[map]
        let source = analysis.files[declaration.fileIndex].source
        let end = declaration.range.utf8End
        guard end > 0, end <= source.bytes.count, source.bytes[end - 1] == UInt8(ascii: "}") else { return nil }
        let closeLine = source.lineTable.line(containing: end - 1)
        let openLine = source.lineTable.line(containing: declaration.keywordRange.utf8Start)
        guard closeLine != openLine else { return nil }
        let (_, indent) = lineAbove(map, in: analysis)
        let lineStart = source.lineTable.lineStarts[closeLine]
        return TextEdit(range: .empty(at: lineStart), newText: "\(indent)  \(line)\(lineBreak(declaration.fileIndex, in: analysis))")
    }

    /// A new line just below a declaration, with its indentation.
    static func insertLine(after id: DeclarationID, _ line: String, in analysis: Analysis) -> TextEdit? {
        let declaration = analysis[id]
        let source = analysis.files[declaration.fileIndex].source
        let lastLine = source.lineTable.line(containing: max(declaration.range.utf8End - 1, declaration.range.utf8Start))
        guard lastLine + 1 < source.lineTable.lineCount else { return nil }
        let (_, indent) = lineAbove(id, in: analysis)
        return TextEdit(range: .empty(at: source.lineTable.lineStarts[lastLine + 1]),
                        newText: "\(indent)\(line)\(lineBreak(declaration.fileIndex, in: analysis))")
    }

    /// Sets an enumerated attribute: replaces the written value, or adds the attribute. Nil when
    /// the attribute is written without a value (the syntax check already says so).
    static func setValue(_ name: AttributeName, to value: EnumValue, on id: DeclarationID, in analysis: Analysis) -> Fix? {
        let declaration = analysis[id]
        let map = declaration.map.map { analysis[$0] } ?? declaration
        let word = value.spelling(writesEnglish(map) ? .en : .nl)
        let key = MessageParts.attribute(name, like: map)
        let title = LocalizedText(nl: "Zet \(key): \(word)", en: "Set \(key): \(word)")
        if let attribute = declaration.attribute(name) {
            guard let first = attribute.values.first else { return nil }
            let range = attribute.values.count == 1 ? first.range : first.range.union(attribute.values.last!.range)
            return Fix(title: title, edits: [TextEdit(range: range, newText: word)])
        }
        return addAttribute(name, value: word, to: id, in: analysis,
                            title: LocalizedText(nl: "Voeg \(key): \(word) toe", en: "Add \(key): \(word)"))
    }

    /// Whether an arrow is written on its own: no other arrow of its chain shares an end with it.
    static func isLoneArrow(_ edge: Edge, in analysis: Analysis) -> Bool {
        !analysis.edges.contains { other in
            other.edge.fileIndex == edge.fileIndex && other.edge.range != edge.range
                && other.edge.range.utf8Start <= edge.range.utf8End && edge.range.utf8Start <= other.edge.range.utf8End
        }
    }

    /// `a -> b` becomes `b -> a` (only for an arrow written on its own, so a chain keeps its meaning).
    static func reverse(_ edge: Edge, in analysis: Analysis) -> Fix? {
        guard isLoneArrow(edge, in: analysis) else { return nil }
        let reversed = "\(edge.to.written) -> \(edge.from.written)"
        return Fix(title: LocalizedText(nl: "Draai de pijl om (\(reversed))", en: "Reverse the arrow (\(reversed))"),
                   edits: [TextEdit(range: edge.range, newText: reversed)])
    }

    /// Removes the line of an arrow that stands alone on its line (a comment after it may go too).
    static func removeArrowLine(_ edge: Edge, in analysis: Analysis) -> TextEdit? {
        guard isLoneArrow(edge, in: analysis) else { return nil }
        let source = analysis.files[edge.fileIndex].source
        let table = source.lineTable
        let line = table.line(containing: edge.range.utf8Start)
        guard table.line(containing: edge.range.utf8End) == line else { return nil }
        let content = table.contentRange(ofLine: line)
        let before = source.text(in: TextRange(utf8Start: content.utf8Start, utf8End: edge.range.utf8Start))
        let after = source.text(in: TextRange(utf8Start: edge.range.utf8End, utf8End: content.utf8End))
        let trimmedAfter = after.drop { $0 == " " || $0 == "\t" }
        guard before.allSatisfy({ $0 == " " || $0 == "\t" }), trimmedAfter.isEmpty || trimmedAfter.hasPrefix("#") else { return nil }
        let end = line + 1 < table.lineCount ? table.lineStarts[line + 1] : content.utf8End
        return TextEdit(range: TextRange(utf8Start: content.utf8Start, utf8End: end), newText: "")
    }

    /// A name not yet used in the map: `base`, else `base_2`, `base_3` …
    static func freshName(_ base: String, in map: DeclarationID, analysis: Analysis) -> String {
        let taken = analysis.membersByMap[map] ?? [:]
        if taken[base] == nil { return base }
        var number = 2
        while taken["\(base)_\(number)"] != nil { number += 1 }
        return "\(base)_\(number)"
    }
}

/// Words the benefit logic and cause-effect messages share.
enum BenefitText {
    /// "activiteit ‘x’" / "activity ‘x’": a kind and a name inside a sentence.
    static func named(_ declaration: Declaration) -> LocalizedText {
        let name = MessageParts.named(declaration)
        guard let kind = declaration.kind else { return LocalizedText(nl: name, en: name) }
        return LocalizedText(nl: MessageParts.noun(kind, .nl) + " " + name, en: MessageParts.noun(kind, .en) + " " + name)
    }

    /// "a, b en c" / "a, b and c".
    static func list(_ items: [LocalizedText]) -> LocalizedText {
        @Sendable func join(_ words: [String], _ and: String) -> String {
            guard words.count > 1 else { return words.first ?? "" }
            return words.dropLast().joined(separator: ", ") + " \(and) " + words.last!
        }
        return LocalizedText(nl: join(items.map(\.nl), "en"), en: join(items.map(\.en), "and"))
    }

    /// How a reference to `id` is written inside `map`: `id`, or `map.id` from another map.
    static func written(_ id: DeclarationID, from map: DeclarationID, in analysis: Analysis) -> String {
        let declaration = analysis[id]
        let name = declaration.quotedName
        guard let owner = declaration.map, owner != map, let mapName = analysis[owner].name else { return name }
        return "\(mapName).\(name)"
    }

    /// Text as the inside of a Stroom string (`"` and `\` escaped).
    static func escaped(_ text: String) -> String {
        String(text.flatMap { $0 == "\"" || $0 == "\\" ? ["\\", $0] : [$0] })
    }

    /// The arrow as written: `a -> b`.
    static func arrow(_ edge: Edge) -> String { "\(edge.from.written) -> \(edge.to.written)" }

    /// `a → b → c → a`: the names around a loop.
    static func loop(_ members: [DeclarationID], in analysis: Analysis) -> String {
        let names = members.map { analysis[$0].quotedName }
        return (names + names.prefix(1)).joined(separator: " → ")
    }
}
