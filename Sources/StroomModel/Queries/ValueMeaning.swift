import StroomSyntax

/// What a written attribute value means, decided the way the `Typer` decides it: the
/// alternatives of the attribute's type are tried in order, and the first that fits wins. The
/// editor queries need this per value and with its range, which the typed model does not keep.
enum ValueMeaning: Hashable, Sendable {
    /// A name of a declaration; `fits` is false when its kind is not one the attribute expects
    /// (N103), which still makes it a use of that declaration.
    case reference(DeclarationID, fits: Bool)
    /// A word of an enumeration (`fase: uitvoering`).
    case enumValue(EnumSet, EnumValue)
    /// `dagelijks` … in a frequency.
    case frequencyWord(EnumValue)
    /// A free word where the type allows one (`letter: A`).
    case plainWord
    /// A name where a reference is expected, that nothing declares.
    case unresolved(Reference)
    /// A word the attribute does not accept (neither a name nor an allowed word).
    case unknownWord
    /// A text, number, duration, date … (not a word).
    case literal

    /// The meaning of one value of an attribute of `type`, written in `map`.
    static func of(_ value: RawValue, type: ValueType, map: DeclarationID, symbols: SymbolTable) -> ValueMeaning {
        let reference: Reference
        switch value.content {
        case .word(let written), .qualified(let written): reference = written
        default: return .literal
        }
        for alternative in type.alternatives {
            switch alternative {
            case .reference(let kinds):
                if case .found(let id) = symbols.resolve(reference, from: map),
                   let kind = symbols.declarations[id].kind, kinds.contains(kind) {
                    return .reference(id, fits: true)
                }
            case .enumeration(let set):
                if reference.map == nil, let canonical = set.canonical(reference.name),
                   let entry = set.values.first(where: { $0.dutch == canonical }) {
                    return .enumValue(set, entry)
                }
            case .frequency:
                if reference.map == nil, let canonical = EnumSets.frequencyWord.canonical(reference.name),
                   let entry = EnumSets.frequencyWord.values.first(where: { $0.dutch == canonical }) {
                    return .frequencyWord(entry)
                }
            case .word:
                if reference.map == nil { return .plainWord }
            default:
                continue
            }
        }
        if !type.referenceKinds.isEmpty {
            if case .found(let id) = symbols.resolve(reference, from: map) { return .reference(id, fits: false) }
            return .unresolved(reference)
        }
        return .unknownWord
    }
}

extension RawValue {
    /// The name as written, for a bare word or a `map.id`.
    var writtenReference: Reference? {
        switch content {
        case .word(let reference), .qualified(let reference): reference
        default: nil
        }
    }
}
