import StroomSyntax

/// What `prepareRename` finds: the name under the cursor and the declaration it names.
public struct RenameTarget: Hashable, Sendable {
    /// The range of the name under the cursor (the part of `map.id` that is being renamed).
    public let range: TextRange
    /// The current name: what an editor puts in the rename box.
    public let placeholder: String
    public let declaration: DeclarationID
}

/// Why a rename is refused, in both languages.
public struct RenameRefusal: Error, Hashable, Sendable {
    public let reason: LocalizedText
}

extension Analysis {
    /// The declaration a rename at the cursor would change, or why nothing can be renamed
    /// there: keywords, attribute names, allowed words and undeclared names are not names
    /// of a declaration.
    public func prepareRename(at utf8Offset: Int, inFile fileIndex: Int) -> Result<RenameTarget, RenameRefusal> {
        guard let symbol = symbol(at: utf8Offset, inFile: fileIndex) else {
            return .failure(RenameRefusal(reason: LocalizedText(
                nl: "Hier staat geen naam die je kunt hernoemen. Zet de cursor op de naam (het id) van iets in de kaart.",
                en: "There is no name to rename here. Put the cursor on the name (the id) of something in the map.")))
        }
        switch symbol.what {
        case .declarationName(let id):
            return .success(RenameTarget(range: symbol.range, placeholder: self[id].name ?? "", declaration: id))
        case .reference(let occurrence):
            let id = occurrence.target
            return .success(RenameTarget(range: symbol.range, placeholder: self[id].name ?? "", declaration: id))
        case .kindKeyword(let kind, _):
            return .failure(RenameRefusal(reason: LocalizedText(
                nl: "\(MessageParts.q(kind.dutch)) is een soort, geen naam: die kun je niet hernoemen.",
                en: "\(MessageParts.q(kind.english)) is a kind, not a name: it cannot be renamed.")))
        case .attributeName(let spec, _):
            return .failure(RenameRefusal(reason: LocalizedText(
                nl: "\(MessageParts.q(spec.name.dutch)) is een eigenschap van de taal, geen naam: die kun je niet hernoemen.",
                en: "\(MessageParts.q(spec.name.english)) is an attribute of the language, not a name: it cannot be renamed.")))
        case .enumValue(let value, _, let attribute, _):
            return .failure(RenameRefusal(reason: LocalizedText(
                nl: "\(MessageParts.q(value.dutch)) is een vaste waarde van \(attribute.name.dutch), geen naam: die kun je niet hernoemen.",
                en: "\(MessageParts.q(value.english)) is a fixed value of \(attribute.name.english), not a name: it cannot be renamed.")))
        case .unresolvedName(let reference):
            return .failure(RenameRefusal(reason: LocalizedText(
                nl: "\(MessageParts.q(reference.written)) komt nergens voor als naam van iets, dus er is niets om te hernoemen.",
                en: "\(MessageParts.q(reference.written)) is not the name of anything, so there is nothing to rename.")))
        }
    }

    /// Renames the declaration under the cursor and every use of it, in every file: bare
    /// names, the id part of `map.id`, and for a map the map part of every `map.x` and every
    /// bare name of the map (`vervangt: oud`). Refused when `newName` is not a valid name or
    /// would clash.
    public func rename(at utf8Offset: Int, inFile fileIndex: Int, to newName: String) -> Result<SourceChange, RenameRefusal> {
        switch prepareRename(at: utf8Offset, inFile: fileIndex) {
        case .failure(let refusal):
            return .failure(refusal)
        case .success(let target):
            return rename(target.declaration, to: newName)
        }
    }

    /// Renames a declaration and every use of it.
    public func rename(_ id: DeclarationID, to newName: String) -> Result<SourceChange, RenameRefusal> {
        let index = referenceIndex()
        if let refusal = renameRefusal(id, to: newName, index: index) { return .failure(refusal) }
        var edits: [(fileIndex: Int, edit: TextEdit)] = []
        if self[id].name != nil {
            edits.append((self[id].fileIndex, TextEdit(range: self[id].nameRange, newText: newName)))
        }
        for occurrence in index.occurrences(of: id) {
            edits.append((occurrence.fileIndex, TextEdit(range: occurrence.range, newText: newName)))
        }
        return .success(SourceChange(edits, in: self))
    }
}
