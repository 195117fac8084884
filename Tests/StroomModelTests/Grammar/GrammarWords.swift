@testable import StroomModel
import StroomSyntax

/// Every word the editor grammars colour, taken from the Swift word lists the parser and the
/// model use (`DeclarationKind`, `AttributeName`, `Schema`, `EnumSets`, `DurationUnit`,
/// `Directive.Action`), so that a new keyword reaches the grammars by regenerating them.
struct GrammarWords {
    /// The keywords that open a map (`proces`, `process`, …).
    let mapKinds: [String]
    /// Every other kind keyword.
    let memberKinds: [String]
    /// Every attribute name (Dutch and English), grouped by the words their values may be.
    let attributeGroups: [AttributeGroup]
    /// Duration units, longest first so that an alternation takes `min` before `m…`.
    let units: [String]
    /// The periods of `3x per week`.
    let periods: [String]
    /// The action words of `# stroom: negeer V302`.
    let directiveActions: [String]

    /// Attribute names whose values may be the same allowed words.
    struct AttributeGroup {
        /// The repository/context name: `attribute-` and the first Dutch name of the group.
        let name: String
        let attributes: [String]
        let valueWords: [String]
    }

    var allKinds: [String] { mapKinds + memberKinds }
    var allAttributes: [String] { attributeGroups.flatMap(\.attributes).sorted() }
    var allValueWords: [String] { Set(attributeGroups.flatMap(\.valueWords)).sorted() }

    static let standard = GrammarWords()

    init() {
        mapKinds = DeclarationKind.mapKeywords.sorted()
        memberKinds = DeclarationKind.allCases.filter { !$0.isMap }.flatMap { [$0.dutch, $0.english] }.uniqueSorted()
        units = DurationUnit.allSpellings.uniqueSorted().sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        periods = EnumSets.period.values.flatMap(Self.spellings).uniqueSorted()
        directiveActions = Directive.Action.words
        attributeGroups = Self.groups()
    }

    /// The spellings of one allowed word: Dutch, English and silent aliases.
    static func spellings(_ value: EnumValue) -> [String] { [value.dutch, value.english] + value.aliases }

    /// The allowed words of every spelling of every attribute, over every kind and the edge
    /// (a spelling such as English `at` may name two attributes: its words are the union).
    static func wordsBySpelling() -> [String: Set<String>] {
        var specs = DeclarationKind.allCases.flatMap(Schema.attributes(of:)) + Schema.edgeAttributes
        // Every attribute name is a spelling, even one no kind accepts yet.
        specs += AttributeName.allCases.map { AttributeSpec($0, .text) }
        var words: [String: Set<String>] = [:]
        for spec in specs {
            var allowed = Set(spec.type.enumSets.flatMap { $0.values.flatMap(spellings) })
            if spec.type.alternatives.contains(.frequency) {
                allowed.formUnion(EnumSets.frequencyWord.values.flatMap(spellings))
            }
            for spelling in [spec.name.dutch, spec.name.english] {
                words[spelling, default: []].formUnion(allowed)
            }
        }
        return words
    }

    /// Spellings with the same allowed words share one rule; the rule is named after its first
    /// Dutch attribute, in the order of `AttributeName`.
    static func groups() -> [AttributeGroup] {
        let words = wordsBySpelling()
        var order: [[String]] = []
        var bySet: [[String]: [String]] = [:]
        for name in AttributeName.allCases {
            for spelling in [name.dutch, name.english] {
                let key = words[spelling, default: []].sorted()
                if bySet[key]?.contains(spelling) == true { continue }
                if bySet[key] == nil { order.append(key) }
                bySet[key, default: []].append(spelling)
            }
        }
        return order.map { key in
            let attributes = bySet[key]!
            let first = attributes[0]
            return AttributeGroup(name: key.isEmpty ? "attribute" : "attribute-\(first)",
                                  attributes: attributes.uniqueSorted(), valueWords: key)
        }
    }
}

extension Array where Element == String {
    func uniqueSorted() -> [String] { Set(self).sorted() }
}
