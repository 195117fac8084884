import StroomSyntax

/// One entry of a file's outline: a declaration, or a heading that groups declarations (a
/// side of a value stream map, the purpose of a benefit logic per stakeholder).
///
/// `fullRange` covers the declaration from keyword to closing brace and everything listed
/// under it; `nameRange` is what an editor selects (the id; for a heading, its first entry's
/// id), and always lies inside `fullRange`. Because headings gather declarations from all over
/// a map, their ranges may overlap.
public struct OutlineItem: Hashable, Sendable {
    /// The id (what you type to refer to it), the keyword when the id is missing, or the
    /// heading's title.
    public let label: String
    /// The declaration's label (what people read), if it has one; for a heading, how many
    /// entries it holds.
    public let detail: String?
    /// Nil for a heading.
    public let kind: DeclarationKind?
    public let declaration: DeclarationID?
    public let fullRange: TextRange
    public let nameRange: TextRange
    public let children: [OutlineItem]
}

extension Analysis {
    /// The outline of a file: its maps; in a process or study the members grouped by the side
    /// of the map they belong on, in a benefit logic by part of the logic (see
    /// `Outline+BenefitLogic`). Nested declarations stay under what they are nested in.
    /// Headings are written in `language`. ``FileOutline`` gives the same from the file alone.
    public func outline(ofFile fileIndex: Int, language: Language) -> [OutlineItem] {
        guard files.indices.contains(fileIndex) else { return [] }
        return outline(ofMaps: files[fileIndex].maps, language: language)
    }
}

/// What an outline reads: the declarations, the members of each map and the names a
/// declaration's attributes resolve to. The workspace's ``Analysis`` has them, and so has
/// ``FileOutline`` for one file on its own.
protocol OutlineSource {
    subscript(id: DeclarationID) -> Declaration { get }
    /// Per map, its members in declaration order (nested ones included).
    var membersInOrder: [DeclarationID: [DeclarationID]] { get }
    /// The declarations an attribute names, implied ones included (`Analysis.references`).
    func references(_ id: DeclarationID, _ name: AttributeName) -> [DeclarationID]
}

extension Analysis: OutlineSource {}

extension OutlineSource {
    func outline(ofMaps maps: [DeclarationID], language: Language) -> [OutlineItem] {
        maps.map { map in
            let grouped: [OutlineItem]
            switch self[map].kind {
            case .benefitLogic: grouped = benefitLogicOutline(map, language: language)
            default: grouped = valueStreamOutline(map, language: language)
            }
            return outlineItem(map, children: grouped)
        }
    }
}

/// The sides of a value stream map (Akkrum's schema: input, control, process, data, output),
/// then the action points that follow from it.
enum OutlineSides {
    static let all: [(title: LocalizedText, kinds: Set<DeclarationKind>)] = [
        (LocalizedText(nl: "Input", en: "Input"), [.supplier]),
        (LocalizedText(nl: "Besturing", en: "Control"), [.person, .ict, .external]),
        (LocalizedText(nl: "Proces", en: "Process"), [.step, .wait, .disruption]),
        (LocalizedText(nl: "Data", en: "Data"), [.data, .problem, .cause, .idea, .finding, .observation]),
        (LocalizedText(nl: "Output", en: "Output"), [.customer]),
        (LocalizedText(nl: "Actiepunten", en: "Action points"), [.action]),
    ]
}

extension OutlineSource {
    func valueStreamOutline(_ map: DeclarationID, language: Language) -> [OutlineItem] {
        let members = self[map].children
        var groups: [OutlineItem] = []
        for side in OutlineSides.all {
            let items = members.filter { self[$0].kind.map(side.kinds.contains) ?? false }.map { outlineItem($0) }
            if let group = outlineGroup(side.title[language], items) { groups.append(group) }
        }
        // Declarations of an unknown kind (S006) keep their place at the end.
        return groups + members.filter { self[$0].kind == nil }.map { outlineItem($0) }
    }

    /// The entry of a declaration with its nested declarations, or with `children` given.
    func outlineItem(_ id: DeclarationID, children: [OutlineItem]? = nil) -> OutlineItem {
        let declaration = self[id]
        let inner = children ?? declaration.children.map { outlineItem($0) }
        let full = inner.reduce(declaration.range) { $0.union($1.fullRange) }
        return OutlineItem(label: declaration.name ?? declaration.keyword, detail: declaration.label, kind: declaration.kind,
                           declaration: id, fullRange: full, nameRange: declaration.nameRange, children: inner)
    }

    /// A heading over some entries; nil when there are none.
    func outlineGroup(_ title: String, _ items: [OutlineItem]) -> OutlineItem? {
        guard let first = items.first else { return nil }
        let full = items.dropFirst().reduce(first.fullRange) { $0.union($1.fullRange) }
        return OutlineItem(label: title, detail: "\(items.count)", kind: nil, declaration: nil, fullRange: full,
                           nameRange: first.nameRange, children: items)
    }
}
