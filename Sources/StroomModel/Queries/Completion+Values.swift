import StroomSyntax

/// Completion of values: allowed words and the names of declarations.
extension CompletionBuilder {
    /// After `key:`: the words of its enumerations and the names of the kinds it expects.
    mutating func addValues(attributeWord: String, qualifier: String?) {
        let owner = context.owner
        let spec = owner.isArrow ? Schema.spec(for: attributeWord, on: nil) : owner.kind.flatMap { Schema.spec(for: attributeWord, on: $0) }
        guard let spec else { return }
        let documentation = KeywordHelp.help(for: spec.name, on: owner.kind)
        let detail = LocalizedText(nl: spec.name.dutch, en: spec.name.english)
        let kinds = spec.type.referenceKinds
        if !kinds.isEmpty {
            addNames(kinds: Set(kinds), qualifier: qualifier)
        }
        guard qualifier == nil else { return }
        for set in enumSets(of: spec) {
            addWords(set, detail: detail, documentation: documentation)
        }
        if spec.type.alternatives.contains(.frequency) {
            addWords(EnumSets.frequencyWord, detail: detail, documentation: documentation)
        }
        if spec.type == .sign {
            add("+", .value, detail: detail, documentation: documentation)
            add("-", .value, detail: detail, documentation: documentation)
        }
    }

    /// The enumerations of an attribute; for `stadium` only the stages of the map's method, for
    /// a benefit logic's `fase` only the phases of its method.
    func enumSets(of spec: AttributeSpec) -> [EnumSet] {
        let sets = spec.type.enumSets
        if spec.name == .phase, sets.contains(EnumSets.shrmPhase), let map = context.owner.map {
            return analysis.followedMethod(of: map) == .shrm ? [EnumSets.shrmPhase] : sets.filter { $0 != EnumSets.shrmPhase }
        }
        guard spec.name == .stage, let map = context.owner.map else { return sets }
        switch analysis.method(of: map) {
        case "vsm": return [EnumSets.vsmStage]
        case "design_thinking": return [EnumSets.designThinkingStage]
        default: return sets
        }
    }

    /// The words of a set, in the map's language first.
    mutating func addWords(_ set: EnumSet, detail: LocalizedText, documentation: LocalizedText?) {
        for value in set.values {
            add(value.spelling(language), .value, detail: detail, documentation: documentation)
        }
        for value in set.values where value.dutch != value.english {
            add(value.spelling(other), .value, detail: detail, documentation: documentation, otherLanguage: true)
        }
    }

    /// After `->`: the names an arrow may join in this kind of map.
    mutating func addArrowEnds(qualifier: String?) {
        guard let map = context.owner.map, let mapKind = analysis.kind(map) else { return }
        let kinds: Set<DeclarationKind> = mapKind == .benefitLogic
            ? Analysis.contributorKinds.union(Analysis.contributionTargets).union(Analysis.benefitCausalKinds)
            : Analysis.flowKinds.union(Analysis.vsmCausalKinds)
        addNames(kinds: kinds.union(qualifier == nil ? [] : Set(DeclarationKind.allCases)), qualifier: qualifier)
    }

    /// Names of declarations of `kinds`: after `map.` the members of that map; else the
    /// members of this map, the maps of those kinds (`vervangt: oud`), and other maps that
    /// hold such members (to be followed by `.`).
    mutating func addNames(kinds: Set<DeclarationKind>, qualifier: String?) {
        let here = context.owner.map
        let exclude = context.owner.declaration
        if let qualifier {
            guard let target = analysis.mapsByName[qualifier]?.first else { return }
            for member in analysis.membersInOrder[target] ?? [] where member != exclude {
                addName(member, kinds: kinds, otherLanguage: false)
            }
            return
        }
        if let here {
            for member in analysis.membersInOrder[here] ?? [] where member != exclude {
                addName(member, kinds: kinds, otherLanguage: false)
            }
        }
        for map in analysis.maps where map != here && map != exclude {
            addName(map, kinds: kinds, otherLanguage: true)
        }
        for map in analysis.maps where map != here {
            guard let name = analysis[map].name,
                  (analysis.membersInOrder[map] ?? []).contains(where: { analysis.kind($0).map(kinds.contains) ?? false }) else { continue }
            add(name, .map, detail: LocalizedText(nl: "kaart — typ een punt voor de namen erin", en: "map — type a dot for the names in it"),
                documentation: analysis[map].label.map { LocalizedText(nl: $0, en: $0) }, otherLanguage: true,
                declarationKind: analysis.kind(map))
        }
    }

    mutating func addName(_ id: DeclarationID, kinds: Set<DeclarationKind>, otherLanguage: Bool) {
        let declaration = analysis[id]
        guard let name = declaration.name, let kind = declaration.kind, kinds.contains(kind) else { return }
        let label = declaration.label.map { " · " + $0 } ?? ""
        let detail = LocalizedText(nl: MessageParts.noun(kind, .nl) + label, en: MessageParts.noun(kind, .en) + label)
        add(name, .reference, detail: detail, documentation: declaration.documentation.map { LocalizedText(nl: $0, en: $0) },
            otherLanguage: otherLanguage, declarationKind: kind)
    }
}
