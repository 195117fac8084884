import StroomSyntax

/// A hover text: Markdown in one language, and the range it is about.
public struct HoverInfo: Hashable, Sendable {
    public let range: TextRange
    public let markdown: String
}

extension Analysis {
    /// What to show when the pointer rests at an offset: help for a kind keyword, an
    /// attribute or an allowed word; for a declaration or a use of one, what it is (kind,
    /// id, label, its documentation comment, where it lives) and its figures.
    public func hover(at utf8Offset: Int, inFile fileIndex: Int, language: Language) -> HoverInfo? {
        guard let symbol = symbol(at: utf8Offset, inFile: fileIndex) else { return nil }
        let markdown: String
        switch symbol.what {
        case .kindKeyword(let kind, _):
            markdown = kindHelpMarkdown(kind, language)
        case .attributeName(let spec, let owner):
            markdown = attributeHelpMarkdown(spec, on: owner.flatMap { self[$0].kind }, language)
        case .enumValue(let value, let set, let spec, let owner):
            let header = "**\(value.spelling(language))**" + (value.dutch == value.english ? "" : " · *\(value.spelling(language == .nl ? .en : .nl))*")
            let of = language == .nl ? "een waarde van" : "a value of"
            markdown = header + " — \(of) **\(spec.name.spelling(language))**\n\n"
                + KeywordHelp.help(for: spec.name, on: self[owner].kind)[language] + "\n\n"
                + (language == .nl ? "Mogelijk: " : "Allowed: ") + set.listing(language)
        case .declarationName(let id):
            markdown = declarationMarkdown(id, seenFrom: fileIndex, language)
        case .reference(let occurrence):
            markdown = declarationMarkdown(occurrence.target, seenFrom: fileIndex, language)
        case .unresolvedName(let reference):
            markdown = language == .nl
                ? "\(HoverMarkdown.code(reference.written)) komt nergens voor als naam van iets."
                : "\(HoverMarkdown.code(reference.written)) is not the name of anything."
        }
        return HoverInfo(range: symbol.range, markdown: markdown)
    }

    /// `**stap** · *step*`, what it is, and where it lives.
    func kindHelpMarkdown(_ kind: DeclarationKind, _ language: Language) -> String {
        var text = "**\(kind.keyword(language))**"
        if kind.dutch != kind.english { text += " · *\(kind.keyword(language == .nl ? .en : .nl))*" }
        text += "\n\n" + KeywordHelp.help(for: kind)[language]
        let children = DeclarationKind.allCases.filter { Schema.children(of: kind).contains($0) }
        if !children.isEmpty {
            text += "\n\n" + (language == .nl ? "Bevat: " : "Holds: ") + children.map { $0.keyword(language) }.joined(separator: ", ")
        }
        return text
    }

    /// `**door** · *by*`, what it means on the kind, and what its value must be.
    func attributeHelpMarkdown(_ spec: AttributeSpec, on kind: DeclarationKind?, _ language: Language) -> String {
        var text = "**\(spec.name.spelling(language))**"
        if spec.name.dutch != spec.name.english { text += " · *\(spec.name.spelling(language == .nl ? .en : .nl))*" }
        text += "\n\n" + KeywordHelp.help(for: spec.name, on: kind)[language]
        text += "\n\n" + (language == .nl ? "Waarde: " : "Value: ") + spec.type.describe(language)
        if spec.allowsList { text += language == .nl ? " (een lijst mag: a, b)" : " (a list is allowed: a, b)" }
        return text
    }
}
