import StroomSyntax

/// Fixes of the value stream map rules that write a new declaration (V301, V308).
extension Fixes {
    /// A new line `KIND KIND_TARGET "…" { ATTRIBUTE: TARGET }` right after `anchor` (after its closing
    /// brace or its last token), with the anchor's indentation. Where the new kind cannot live
    /// next to the anchor (an idea beside a problem nested in a step), it goes after the
    /// nearest enclosing declaration where it can. The keyword and the attribute follow the
    /// map's language (`idee idee_dubbel` / `idea idea_dubbel`); the new id gets `_2`, `_3` … when
    /// the map already has it.
    static func insertDeclaration(
        _ kind: DeclarationKind, attribute: AttributeName, target: String,
        after anchor: DeclarationID, in analysis: Analysis, title: LocalizedText
    ) -> Fix? {
        guard let mapID = analysis[anchor].map else { return nil }
        var place = anchor
        while let parent = analysis[place].parent, let parentKind = analysis.kind(parent),
              !Schema.children(of: parentKind).contains(kind), !analysis[parent].isMap {
            place = parent
        }
        let declaration = analysis[place]
        let map = analysis[mapID]
        let keyword = MessageParts.keyword(kind, like: map)
        let name = "\(keyword)_\(target)"
        let taken = analysis.membersByMap[mapID] ?? [:]
        var free = name
        var counter = 2
        while taken[free] != nil {
            free = "\(name)_\(counter)"
            counter += 1
        }
        let (_, indent) = lineAbove(place, in: analysis)
        let key = MessageParts.attribute(attribute, like: map)
        let text = "\(lineBreak(declaration.fileIndex, in: analysis))\(indent)\(keyword) \(free) \"…\" { \(key): \(target) }"
        return Fix(title: title, edits: [TextEdit(range: .empty(at: declaration.range.utf8End), newText: text)])
    }
}

extension MessageParts {
    /// "stap ‘a’" / "ICT system ‘lvs’": a kind and a name in the middle of a sentence.
    static func kindAndName(_ declaration: Declaration, _ language: Language) -> String {
        guard let kind = declaration.kind else { return named(declaration) }
        return noun(kind, language) + " " + named(declaration)
    }
}
