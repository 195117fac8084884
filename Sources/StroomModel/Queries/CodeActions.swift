import StroomSyntax

/// A change the editor offers at a place: a fix of a diagnostic, or one of the additions the
/// method suggests there.
public struct Assist: Hashable, Sendable {
    public let title: LocalizedText
    /// The diagnostic it fixes, if it comes from one.
    public let diagnostic: Diagnostic?
    public let edit: SourceChange
    /// The one fix an editor (and `stroom check --fix`) may apply without asking: the first fix
    /// of an error that only rewrites the text the error points at — a "did you mean", `1w` for
    /// `1 week`. A fix that adds something elsewhere (declaring an unknown name) is offered,
    /// never preferred: it would hide the mistake instead of mending it.
    public let isPreferred: Bool
}

extension Analysis {
    /// The actions for a range of a file: every fix of every diagnostic that touches it, then
    /// what the method suggests for the declaration there when no fix already does it: an
    /// idea for a problem, `eigenaar: open` for an action point or initiative without an
    /// owner, and declaring an undeclared name as each kind that fits and may live in the map.
    public func codeActions(inFile fileIndex: Int, range: TextRange) -> [Assist] {
        guard files.indices.contains(fileIndex) else { return [] }
        var actions: [Assist] = []
        for diagnostic in diagnosticsByFile[fileIndex] where diagnostic.range.touches(range.utf8Start) || range.touches(diagnostic.range.utf8Start) {
            for (position, fix) in diagnostic.fixes.enumerated() {
                actions.append(Assist(title: fix.title, diagnostic: diagnostic,
                                          edit: SourceChange(fix.edits.map { (fileIndex, $0) }, in: self),
                                          isPreferred: position == 0 && diagnostic.severity == .error
                                              && fix.edits.allSatisfy { diagnostic.range.contains($0.range) }))
            }
        }
        for (fixFile, fix) in suggestedFixes(inFile: fileIndex, at: range.utf8Start) {
            let edit = SourceChange(fix.edits.map { (fixFile, $0) }, in: self)
            guard !actions.contains(where: { $0.edit == edit }) else { continue }
            actions.append(Assist(title: fix.title, diagnostic: nil, edit: edit, isPreferred: false))
        }
        return actions
    }

    /// The method's suggestions for the declaration or name at an offset, each with the file
    /// its edits belong in (a use may name a declaration in another file).
    func suggestedFixes(inFile fileIndex: Int, at utf8Offset: Int) -> [(fileIndex: Int, fix: Fix)] {
        let symbol = symbol(at: utf8Offset, inFile: fileIndex)
        if case .unresolvedName(let reference)? = symbol?.what {
            return declarations(of: reference, inFile: fileIndex).map { (fileIndex, $0) }
        }
        var target: DeclarationID?
        switch symbol?.what {
        case .declarationName(let id)?, .kindKeyword(_, let id)?: target = id
        case .reference(let occurrence)?: target = occurrence.target
        default: target = declaration(enclosing: utf8Offset, inFile: fileIndex)
        }
        guard let id = target, let kind = kind(id), let name = self[id].name, !self[id].isMap else { return [] }
        let mapKind = self.kind(map(of: id))
        var fixes: [Fix] = []
        if kind == .problem, mapKind != .benefitLogic, let fix = Fixes.insertDeclaration(
            .idea, attribute: .solves, target: name, after: id, in: self,
            title: LocalizedText(nl: "Voeg een idee toe dat \(MessageParts.q(name)) oplost",
                                 en: "Add an idea that solves \(MessageParts.q(name))")) {
            fixes.append(fix)
        }
        if kind == .action || kind == .initiative, !has(id, .owner) {
            fixes.append(Fixes.addAttribute(.owner, value: "open", to: id, in: self, title: LocalizedText(
                nl: "Schrijf eigenaar: open (nog te bepalen)", en: "Write owner: open (still to be decided)")))
        }
        return fixes.map { (self[id].fileIndex, $0) }
    }

    /// "Declare ‘jan’ as …" for every kind the attribute expects that may live in the map.
    func declarations(of reference: Reference, inFile fileIndex: Int) -> [Fix] {
        guard reference.map == nil else { return [] }
        for id in declarations(inFile: fileIndex) {
            for attribute in self[id].attributes where attribute.values.contains(where: { $0.range == reference.range }) {
                guard let spec = attribute.spec, let mapKind = kind(map(of: id)) else { return [] }
                let allowed = Set(Schema.children(of: mapKind))
                return spec.type.referenceKinds.filter(allowed.contains).compactMap {
                    Fixes.declare(reference.name, as: $0, nameUsedBy: id, in: self)
                }
            }
        }
        return []
    }
}
