/// What a block belongs to, as S003 names it when its `}` is missing. The parser keeps the
/// tokens and spells the name out only for that message: nearly every block is closed, and
/// building the words for each one cost about a tenth of parsing.
enum BlockOwner {
    /// The block of an arrow: `a -> b { … }`.
    case arrow
    /// A block that belongs to nothing: a `{` on a stray line.
    case brace
    /// The block of a declaration: its kind keyword, its id and its label, as far as written.
    case declaration(keyword: Token, name: Token?, label: Token?)
}

extension Parser {
    /// `stap ‘Groepsplan schrijven’ (schrijven)`, `->` or `{` (see `SyntaxMessages.missingCloseBrace`).
    func ownerName(_ owner: BlockOwner) -> String {
        switch owner {
        case .arrow: return "->"
        case .brace: return "{"
        case .declaration(let keyword, let name, let label):
            let keywordText = text(keyword)
            let nameText = name.map(text)
            return SyntaxMessages.blockOwner(keyword: keywordText, name: nameText == keywordText ? nil : nameText,
                                             label: label.flatMap { SyntaxMessages.plainLabel(text($0)) })
        }
    }
}
