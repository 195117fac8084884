import StroomSyntax

/// The reasons a rename is refused: a name the lexer would not read as one name, or a name
/// that would make some use mean something else.
extension Analysis {
    func renameRefusal(_ id: DeclarationID, to newName: String, index: ReferenceIndex) -> RenameRefusal? {
        let declaration = self[id]
        guard let oldName = declaration.name else {
            return RenameRefusal(reason: LocalizedText(
                nl: "Dit heeft geen naam (id) om te hernoemen.", en: "This has no name (id) to rename."))
        }
        guard Analysis.isValidName(newName) else {
            return RenameRefusal(reason: LocalizedText(
                nl: "\(MessageParts.q(newName)) is geen geldige naam. Een naam begint met een letter of _ en bevat alleen letters, cijfers en _ (geen spaties of streepjes).",
                en: "\(MessageParts.q(newName)) is not a valid name. A name starts with a letter or _ and holds only letters, digits and _ (no spaces or dashes)."))
        }
        if newName == oldName { return nil }
        if declaration.isMap {
            if let other = mapsByName[newName]?.first {
                return clash(newName, with: other, where: LocalizedText(nl: "de werkruimte", en: "the workspace"))
            }
            // A bare use of the map inside a map that has a member of the new name would then
            // mean that member.
            for occurrence in index.occurrences(of: id) where !occurrence.isMapPart && occurrence.referenceRange == occurrence.range {
                if let mapOfUse = siteMap(occurrence), let member = membersByMap[mapOfUse]?[newName] {
                    return clash(newName, with: member, where: LocalizedText(
                        nl: "kaart \(MessageParts.named(self[mapOfUse])), waar \(MessageParts.q(oldName)) gebruikt wordt",
                        en: "map \(MessageParts.named(self[mapOfUse])), where \(MessageParts.q(oldName)) is used"))
                }
            }
            return nil
        }
        let map = self.map(of: id)
        if let other = membersByMap[map]?[newName] {
            return clash(newName, with: other, where: LocalizedText(
                nl: "kaart \(MessageParts.named(self[map]))", en: "map \(MessageParts.named(self[map]))"))
        }
        // A bare name in this map that now means a map of the new name would then mean the member.
        if let mapWithName = mapsByName[newName]?.first,
           index.occurrences(of: mapWithName).contains(where: { !$0.isMapPart && $0.referenceRange == $0.range && siteMap($0) == map }) {
            return clash(newName, with: mapWithName, where: LocalizedText(
                nl: "kaart \(MessageParts.named(self[map])), die naar die kaart verwijst",
                en: "map \(MessageParts.named(self[map])), which refers to that map"))
        }
        if let word = wordThatWouldBecomeAName(newName, for: id) { return word }
        return nil
    }

    /// A bare word in the map that is an allowed word now (`eigenaar: open`) but would name
    /// the renamed declaration, because names are tried before words.
    func wordThatWouldBecomeAName(_ newName: String, for id: DeclarationID) -> RenameRefusal? {
        guard let kind = kind(id) else { return nil }
        let map = self.map(of: id)
        let symbols = self.symbols
        for member in [map] + (membersInOrder[map] ?? []) {
            for attribute in self[member].attributes {
                guard let spec = attribute.spec, spec.type.referenceKinds.contains(kind) else { continue }
                for value in attribute.values where value.writtenReference.map({ $0.map == nil && $0.name == newName }) ?? false {
                    switch ValueMeaning.of(value, type: spec.type, map: map, symbols: symbols) {
                    case .enumValue, .frequencyWord, .plainWord:
                        let line = files[self[member].fileIndex].source.lineTable.humanPosition(of: value.range.utf8Start).line
                        return RenameRefusal(reason: LocalizedText(
                            nl: "\(MessageParts.q(newName)) staat op regel \(line) als vaste waarde (\(attribute.word): \(newName)); met deze naam zou het naar \(MessageParts.kindAndName(self[id], .nl)) gaan verwijzen. Kies een andere naam.",
                            en: "\(MessageParts.q(newName)) is written on line \(line) as a fixed value (\(attribute.word): \(newName)); with this name it would refer to \(MessageParts.kindAndName(self[id], .en)). Choose another name."))
                    default:
                        continue
                    }
                }
            }
        }
        return nil
    }

    func clash(_ name: String, with other: DeclarationID, where place: LocalizedText) -> RenameRefusal {
        let line = files[self[other].fileIndex].source.lineTable.humanPosition(of: self[other].nameRange.utf8Start).line
        let nl = MessageParts.kindAndName(self[other], .nl)
        let en = MessageParts.kindAndName(self[other], .en)
        return RenameRefusal(reason: LocalizedText(
            nl: "\(MessageParts.q(name)) bestaat al in \(place.nl): \(nl) op regel \(line). Kies een andere naam.",
            en: "\(MessageParts.q(name)) already exists in \(place.en): \(en) on line \(line). Choose another name."))
    }

    /// The map in which a use is written (where a bare name is looked up).
    func siteMap(_ occurrence: ReferenceOccurrence) -> DeclarationID? {
        switch occurrence.site {
        case .attribute(let owner, _):
            return map(of: owner)
        case .arrowEnd:
            return edges.first { $0.edge.fileIndex == occurrence.fileIndex
                && ($0.edge.from.range == occurrence.referenceRange || $0.edge.to.range == occurrence.referenceRange) }?.edge.map
        }
    }

    /// Whether the lexer reads `name` as exactly one identifier (a letter or `_`, then letters,
    /// digits and `_`; Dutch letters are fine).
    public static func isValidName(_ name: String) -> Bool {
        guard !name.isEmpty else { return false }
        let tree = SyntaxTree.parse(SourceFile(path: "name.vsm", text: "proces \(name)"))
        let tokens = tree.root.tokens.filter { !$0.isMissing && $0.kind != .eof }
        return tokens.count == 2 && tokens[1].kind == .identifier && tokens[1].triviaStart == 6
            && tree.text(tokens[1]) == name && tokens[1].triviaRange.utf8Length == 1
    }
}
