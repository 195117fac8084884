import StroomSyntax

/// What lies under the cursor, in the words of the language: the query behind hover,
/// definition, references, rename and code actions.
public struct SymbolAtOffset: Sendable {
    public enum What: Sendable {
        /// The name in a declaration (`stap verzamelen`).
        case declarationName(DeclarationID)
        /// A name that refers to a declaration, in an attribute value or at an arrow end.
        case reference(ReferenceOccurrence)
        /// A name where a declaration is expected, that nothing declares.
        case unresolvedName(Reference)
        /// The kind keyword of a declaration (`stap`).
        case kindKeyword(DeclarationKind, declaration: DeclarationID)
        /// An attribute name (`door`); `owner` is nil on an arrow's block.
        case attributeName(AttributeSpec, owner: DeclarationID?)
        /// An allowed word of an enumeration (`uitvoering` after `fase:`).
        case enumValue(EnumValue, EnumSet, attribute: AttributeSpec, owner: DeclarationID)
    }

    public let fileIndex: Int
    /// The range of the token (or name part) under the cursor.
    public let range: TextRange
    public let what: What

    /// The declaration the cursor names, by its declaration or by a use.
    public var declaration: DeclarationID? {
        switch what {
        case .declarationName(let id): id
        case .reference(let occurrence): occurrence.target
        default: nil
        }
    }
}

extension Analysis {
    /// What the cursor at `utf8Offset` of a file is on; nil on punctuation, literals,
    /// comments, whitespace and words the model does not know.
    public func symbol(at utf8Offset: Int, inFile fileIndex: Int, index: ReferenceIndex? = nil) -> SymbolAtOffset? {
        guard files.indices.contains(fileIndex), let token = files[fileIndex].token(at: utf8Offset),
              token.kind == .identifier else { return nil }
        let range = token.range
        let index = index ?? referenceIndex()
        if let occurrence = index.occurrence(inFile: fileIndex, covering: range) {
            return SymbolAtOffset(fileIndex: fileIndex, range: occurrence.range, what: .reference(occurrence))
        }
        if let reference = index.unresolved.first(where: { $0.fileIndex == fileIndex && $0.reference.range.contains(range) })?.reference {
            return SymbolAtOffset(fileIndex: fileIndex, range: range, what: .unresolvedName(reference))
        }
        for id in declarations(inFile: fileIndex) where self[id].range.touches(range.utf8Start) {
            let declaration = self[id]
            if declaration.name != nil, declaration.nameRange == range {
                return SymbolAtOffset(fileIndex: fileIndex, range: range, what: .declarationName(id))
            }
            if let kind = declaration.kind, declaration.keywordRange == range {
                return SymbolAtOffset(fileIndex: fileIndex, range: range, what: .kindKeyword(kind, declaration: id))
            }
            if let found = attributeSymbol(in: declaration.attributes, at: range, owner: id) {
                return SymbolAtOffset(fileIndex: fileIndex, range: range, what: found)
            }
        }
        for resolved in edges where resolved.edge.fileIndex == fileIndex {
            if let found = attributeSymbol(in: resolved.edge.attributes, at: range, owner: nil) {
                return SymbolAtOffset(fileIndex: fileIndex, range: range, what: found)
            }
        }
        return nil
    }

    /// An attribute name or an enumeration word at `range`.
    func attributeSymbol(in attributes: [Attribute], at range: TextRange, owner: DeclarationID?) -> SymbolAtOffset.What? {
        for attribute in attributes {
            guard let spec = attribute.spec, attribute.range.contains(range) else { continue }
            if attribute.nameRange == range { return .attributeName(spec, owner: owner) }
            guard let owner, let value = attribute.values.first(where: { $0.range.contains(range) }),
                  let reference = value.writtenReference, reference.map == nil else { continue }
            for set in spec.type.enumSets + (spec.type.alternatives.contains(.frequency) ? [EnumSets.frequencyWord] : []) {
                if let canonical = set.canonical(reference.name), let entry = set.values.first(where: { $0.dutch == canonical }) {
                    return .enumValue(entry, set, attribute: spec, owner: owner)
                }
            }
        }
        return nil
    }
}
