import StroomSyntax

/// What a semantic token is, by meaning rather than by shape. Declared names and references
/// get the type of the kind they name, so a step is coloured like a step wherever it is named.
/// `lspName` is the standard LSP token type the server announces for it.
public enum SemanticTokenType: String, CaseIterable, Sendable {
    /// A kind keyword (`stap`, `probleem`).
    case kindKeyword
    /// A map: `proces`, `onderzoek`, `batenlogica` names (and the map part of `map.id`).
    case map
    /// People and groups: `persoon`, `extern`, `leverancier`, `klant`, `stakeholder`.
    case actor
    /// `ict` systems.
    case system
    /// What is done: `stap`, `wacht`, `verstoring`, `observatie`, `moment`, `activiteit`.
    case activity
    /// What goes wrong: `probleem`, `oorzaak`, `werkdruk`.
    case problem
    /// What is done about it: `idee`, `actie`, `initiatief`, `kans`.
    case solution
    /// What it is for: `bedoeling`, `baat`.
    case purpose
    /// What is known or grouped: `data`, `conclusie`, `thema`, `principe`.
    case information
    /// An attribute name.
    case attribute
    /// An allowed word (`uitvoering`, `dagelijks`, the period of `3x per week`).
    case enumValue
    /// A name where a declaration is expected, that nothing declares.
    case unresolved
    case string
    /// Numbers, durations, percentages, dates, clock times, `3x`.
    case number
    case comment
    /// A `# stroom: …` directive.
    case directive
    /// `->`, `+`, `-`.
    case `operator`
    /// `per` in `3x per week`.
    case keyword

    /// The standard LSP semantic token type proposed for the server's legend.
    public var lspName: String {
        switch self {
        case .kindKeyword, .keyword: "keyword"
        case .map: "namespace"
        case .actor: "class"
        case .system: "interface"
        case .activity: "function"
        case .problem: "event"
        case .solution: "method"
        case .purpose: "type"
        case .information: "struct"
        case .attribute: "property"
        case .enumValue: "enumMember"
        case .unresolved: "variable"
        case .string: "string"
        case .number: "number"
        case .comment: "comment"
        case .directive: "macro"
        case .operator: "operator"
        }
    }

    /// The token types of the LSP legend, each once, in a fixed order (two Stroom types may
    /// share one LSP type).
    public static let lspLegend: [String] = allCases.map(\.lspName).reduce(into: []) { names, name in
        if !names.contains(name) { names.append(name) }
    }

    /// This type's index in ``lspLegend``.
    public var lspLegendIndex: Int { SemanticTokenType.lspLegend.firstIndex(of: lspName) ?? 0 }

    /// The type of a name of a kind.
    public init(naming kind: DeclarationKind) {
        switch kind {
        case .process, .study, .benefitLogic: self = .map
        case .person, .external, .supplier, .customer, .stakeholder: self = .actor
        case .ict: self = .system
        case .step, .wait, .disruption, .observation, .moment, .activity: self = .activity
        case .problem, .cause, .workload: self = .problem
        case .idea, .action, .initiative, .opportunity: self = .solution
        case .purpose, .benefit, .goal: self = .purpose
        case .data, .finding, .theme, .principle, .situation: self = .information
        }
    }
}

/// Extra facts about a semantic token; each maps to the LSP modifier of the same name.
public struct SemanticTokenModifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The name in its declaration.
    public static let declaration = SemanticTokenModifiers(rawValue: 1 << 0)
    /// A comment that documents the declaration below it.
    public static let documentation = SemanticTokenModifiers(rawValue: 1 << 1)

    /// The LSP names, in bit order.
    public static let lspNames = ["declaration", "documentation"]
}

/// One classified token. Tokens come in source order, never overlap, and each lies on one
/// line (a multi-line text or a comment run is split per line), so the server only has to
/// encode them.
public struct SemanticToken: Hashable, Sendable {
    public let range: TextRange
    public let type: SemanticTokenType
    public let modifiers: SemanticTokenModifiers
    /// The kind a name names, for kind keywords, declared names and references.
    public let declarationKind: DeclarationKind?
}
