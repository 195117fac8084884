import StroomSyntax

/// What may be declared inside what. Nesting means containment; it opens no namespace.
extension Schema {
    static let processMembers: Set<DeclarationKind> = [
        .supplier, .customer, .person, .ict, .external, .step, .wait, .disruption, .data, .problem, .cause,
        .idea, .action, .finding, .observation,
    ]
    static let studyMembers: Set<DeclarationKind> = [
        .person, .ict, .external, .data, .problem, .cause, .idea, .action, .finding, .observation,
    ]
    static let benefitMembers: Set<DeclarationKind> = [
        .stakeholder, .purpose, .benefit, .theme, .activity, .initiative, .action, .principle, .workload,
        .opportunity, .cause,
        .goal, .situation, .problem,   // strategic HRM (Schema+SHRM)
    ]

    /// The kinds that may be declared directly inside `parent`.
    public static func children(of parent: DeclarationKind) -> Set<DeclarationKind> {
        childrenByParent[parent] ?? []
    }

    /// ``children(of:)`` for every kind, built once (A207 asks for every declaration).
    static let childrenByParent: [DeclarationKind: Set<DeclarationKind>] = Dictionary(
        uniqueKeysWithValues: DeclarationKind.allCases.map { ($0, allowedChildren(of: $0)) })

    static func allowedChildren(of parent: DeclarationKind) -> Set<DeclarationKind> {
        switch parent {
        case .process: processMembers
        case .study: studyMembers
        case .benefitLogic: benefitMembers
        case .step: [.disruption, .data, .problem]
        case .finding: [.problem, .idea]
        case .observation: [.moment]
        case .idea: [.action]
        case .stakeholder: [.purpose, .goal]
        case .theme: [.activity, .initiative, .opportunity]
        case .initiative, .activity: [.action]
        default: []
        }
    }

    /// The file type a map kind belongs in.
    public static func fileType(ofMap kind: DeclarationKind) -> FileType? {
        switch kind {
        case .process, .study: .valueStreamMap
        case .benefitLogic: .benefitLogic
        default: nil
        }
    }

    /// Where a kind can live, for the message of A207 ("… belongs directly in a process").
    public static func parents(of kind: DeclarationKind) -> [DeclarationKind] {
        DeclarationKind.allCases.filter { children(of: $0).contains(kind) }
    }

    /// The attribute that nesting implies: a problem inside a step is `bij:` that step.
    public static func impliedAttribute(child: DeclarationKind, parent: DeclarationKind) -> AttributeName? {
        switch (child, parent) {
        case (.disruption, .step), (.data, .step), (.problem, .step): .at
        case (.purpose, .stakeholder), (.goal, .stakeholder): .who
        case (.activity, .theme), (.initiative, .theme): .theme
        case (.opportunity, .theme): .theme
        case (.action, .idea): .from
        default: nil
        }
    }
}
