import StroomSyntax

/// One suggestion at the cursor.
public struct CompletionCandidate: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A declaration kind (`stap`).
        case kind
        /// An attribute name (`door`); the insert text adds `: `.
        case attribute
        /// An allowed word (`uitvoering`).
        case value
        /// The name of a declaration.
        case reference
        /// The name of a map, to be followed by `.` and a member.
        case map
    }

    public let label: String
    public let kind: Kind
    /// A short line next to the label: the noun of a kind, what an attribute's value must be,
    /// the kind and label of a declaration.
    public let detail: LocalizedText
    public let documentation: LocalizedText?
    /// What replaces `range`.
    public let insertText: String
    /// The word being typed, or an empty range at the cursor (UTF-8, on the cursor's line).
    public let range: TextRange
    /// The order Stroom suggests, compared as strings: words in the map's language first.
    public let sortText: String
    /// For kinds and references: the declaration kind.
    public let declarationKind: DeclarationKind?
}

extension Analysis {
    /// What may be written at the cursor: the kinds that may be declared in the enclosing
    /// block, the attributes of its kind not yet given, the allowed words of an attribute's
    /// value, the names of declarations of the kinds the attribute expects (in the map, and
    /// `map.` for other maps), and names at an arrow's end. Both languages are offered, the
    /// map's own first. Works in unfinished text.
    public func completions(at utf8Offset: Int, inFile fileIndex: Int) -> [CompletionCandidate] {
        guard files.indices.contains(fileIndex) else { return [] }
        let context = completionContext(at: utf8Offset, inFile: fileIndex)
        var builder = CompletionBuilder(analysis: self, context: context,
                                        language: context.owner.map.map { language(ofMap: $0) } ?? language(ofFile: fileIndex) ?? .nl)
        switch context.position {
        case .nothing:
            break
        case .statementStart:
            builder.addKinds(fileType: files[fileIndex].source.fileType)
            builder.addAttributeNames()
        case .attributeName:
            builder.addAttributeNames()
        case .attributeValue(let word, let qualifier):
            builder.addValues(attributeWord: word, qualifier: qualifier)
        case .arrowEnd(let qualifier):
            builder.addArrowEnds(qualifier: qualifier)
        case .frequencyPeriod:
            builder.addWords(EnumSets.period, detail: LocalizedText(nl: "periode", en: "period"), documentation: nil)
        }
        return builder.items
    }
}

/// Collects completion items in the order they are offered.
struct CompletionBuilder {
    let analysis: Analysis
    let context: CompletionContext
    /// The language of the map the cursor is in.
    let language: Language
    var items: [CompletionCandidate] = []

    var other: Language { language == .nl ? .en : .nl }

    mutating func add(_ label: String, _ kind: CompletionCandidate.Kind, detail: LocalizedText, documentation: LocalizedText?,
                      insert: String? = nil, otherLanguage: Bool = false, declarationKind: DeclarationKind? = nil) {
        guard !items.contains(where: { $0.label == label && $0.kind == kind }) else { return }
        let sort = (otherLanguage ? "1" : "0") + String(1000 + items.count).dropFirst()
        items.append(CompletionCandidate(label: label, kind: kind, detail: detail, documentation: documentation,
                                    insertText: insert ?? label, range: context.range, sortText: sort,
                                    declarationKind: declarationKind))
    }

    /// The kinds that may be declared here: in a block, what its kind holds; at the top of a
    /// file, the maps of its file type.
    mutating func addKinds(fileType: FileType) {
        let owner = context.owner
        let kinds: [DeclarationKind]
        if owner.isTopLevel {
            kinds = DeclarationKind.allCases.filter { $0.isMap && (fileType == .other || Schema.fileType(ofMap: $0) == fileType) }
        } else if let kind = owner.kind {
            kinds = DeclarationKind.allCases.filter { Schema.children(of: kind).contains($0) }
        } else {
            kinds = []
        }
        var later: [DeclarationKind] = []
        for kind in kinds {
            add(kind.keyword(language), .kind, detail: noun(kind), documentation: KeywordHelp.help(for: kind), declarationKind: kind)
            if kind.dutch != kind.english { later.append(kind) }
        }
        for kind in later {
            add(kind.keyword(other), .kind, detail: noun(kind), documentation: KeywordHelp.help(for: kind),
                otherLanguage: true, declarationKind: kind)
        }
    }

    /// The attributes of the block's kind that are not given yet (the one being typed aside).
    mutating func addAttributeNames() {
        let owner = context.owner
        guard !owner.isTopLevel else { return }
        let specs: [AttributeSpec]
        if owner.isArrow {
            specs = Schema.edgeAttributes
        } else if let kind = owner.kind {
            specs = Schema.attributes(of: kind)
        } else {
            return
        }
        let given = Set(owner.declaration.map { analysis[$0].attributes.filter { $0.nameRange != context.range }.compactMap(\.spec?.name) } ?? [])
        let open = specs.filter { !given.contains($0.name) }
        for spec in open {
            add(spec.name.spelling(language), .attribute, detail: typeText(spec), documentation: KeywordHelp.help(for: spec.name, on: owner.kind),
                insert: spec.name.spelling(language) + ": ")
        }
        for spec in open where spec.name.dutch != spec.name.english {
            add(spec.name.spelling(other), .attribute, detail: typeText(spec), documentation: KeywordHelp.help(for: spec.name, on: owner.kind),
                insert: spec.name.spelling(other) + ": ", otherLanguage: true)
        }
    }

    func noun(_ kind: DeclarationKind) -> LocalizedText {
        LocalizedText(nl: MessageParts.noun(kind, .nl), en: MessageParts.noun(kind, .en))
    }

    func typeText(_ spec: AttributeSpec) -> LocalizedText {
        LocalizedText(nl: spec.type.describe(.nl), en: spec.type.describe(.en))
    }
}
