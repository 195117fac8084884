import StroomSyntax

/// The attributes each kind accepts, and their types. This table is the language reference;
/// `docs/language.md` describes the same, and a test keeps the two in step.
public enum Schema {
    /// Every kind accepts these two.
    static let common: [AttributeSpec] = [
        AttributeSpec(.description, .text),
        AttributeSpec(.note, .text),
    ]

    static let people: [DeclarationKind] = [.person, .external, .supplier, .customer]
    static let ownerType = ValueType.oneOf([.reference([.person, .external, .stakeholder]), .text, .enumeration(EnumSets.open)])

    /// The attributes of a kind (in the order the docs list them), common ones included.
    public static func attributes(of kind: DeclarationKind) -> [AttributeSpec] {
        specific(kind) + stepPlan(kind) + shrmSpecific(kind) + common
    }

    // swiftlint:disable:next function_body_length
    static func specific(_ kind: DeclarationKind) -> [AttributeSpec] {
        switch kind {
        case .process:
            [
                AttributeSpec(.school, .text), AttributeSpec(.owner, ownerType), AttributeSpec(.date, .date),
                AttributeSpec(.state, .enumeration(EnumSets.state)), AttributeSpec(.replaces, .reference([.process])),
                AttributeSpec(.method, .enumeration(EnumSets.method)),
                AttributeSpec(.stage, .oneOf([.enumeration(EnumSets.vsmStage), .enumeration(EnumSets.designThinkingStage)])),
                AttributeSpec(.workday, .duration), AttributeSpec(.workweek, .duration),
                AttributeSpec(.frequency, .frequency), AttributeSpec(.useful, .enumeration(EnumSets.yesNo)),
                AttributeSpec(.timeSpent, .enumeration(EnumSets.amount)),
            ]
        case .study:
            [
                AttributeSpec(.school, .text), AttributeSpec(.owner, ownerType), AttributeSpec(.date, .date),
                AttributeSpec(.method, .enumeration(EnumSets.method)),
                AttributeSpec(.stage, .oneOf([.enumeration(EnumSets.vsmStage), .enumeration(EnumSets.designThinkingStage)])),
            ]
        case .benefitLogic:
            [
                AttributeSpec(.school, .text), AttributeSpec(.method, .enumeration(EnumSets.method)),
                AttributeSpec(.phase, .oneOf([.enumeration(EnumSets.benefitPhase), .enumeration(EnumSets.shrmPhase)])),
                AttributeSpec(.facilitator, .oneOf([.text, .reference([.stakeholder])])),
            ]
        case .supplier: [AttributeSpec(.delivers, .text)]
        case .customer: [AttributeSpec(.receives, .text)]
        case .person: [AttributeSpec(.role, .text)]
        case .ict: [AttributeSpec(.type, .oneOf([.text, .word]))]
        case .external, .cause, .finding, .stakeholder: []
        case .step:
            [
                AttributeSpec(.by, .reference(people), list: true), AttributeSpec(.ict, .reference([.ict]), list: true),
                AttributeSpec(.time, .duration), AttributeSpec(.plannedTime, .duration),
                AttributeSpec(.value, .enumeration(EnumSets.valueAdding)),
                AttributeSpec(.phase, .enumeration(EnumSets.phase)), AttributeSpec(.completeAccurate, .percent),
                AttributeSpec(.frequency, .frequency), AttributeSpec(.manual, .enumeration(EnumSets.yesNo)),
                AttributeSpec(.automatic, .enumeration(EnumSets.yesNo)), AttributeSpec(.share, .percent),
                AttributeSpec(.energy, .enumeration(EnumSets.energy)),
            ]
        case .wait: [AttributeSpec(.duration, .duration), AttributeSpec(.reason, .text)]
        case .disruption:
            [AttributeSpec(.at, .reference([.step])), AttributeSpec(.duration, .duration), AttributeSpec(.frequency, .frequency)]
        case .data:
            [
                AttributeSpec(.at, .reference([.step]), list: true), AttributeSpec(.value, .oneOf([.text, .number])),
                AttributeSpec(.storedIn, .oneOf([.reference([.ict]), .enumeration(EnumSets.paper)]), list: true),
                AttributeSpec(.purpose, .text), AttributeSpec(.required, .enumeration(EnumSets.required)),
            ]
        case .problem:
            [
                AttributeSpec(.at, .reference([.step]), list: true), AttributeSpec(.phase, .enumeration(EnumSets.phase)),
                AttributeSpec(.aspect, .enumeration(EnumSets.aspect)), AttributeSpec(.frequency, .frequency),
                AttributeSpec(.impact, .enumeration(EnumSets.level)), AttributeSpec(.effect, .enumeration(EnumSets.obstacleEffect)),
                AttributeSpec(.risk, .text), AttributeSpec(.source, .enumeration(EnumSets.evidence)),
            ]
        case .idea:
            [
                AttributeSpec(.solves, .reference([.problem, .cause]), list: true),
                AttributeSpec(.category, .enumeration(EnumSets.quadrant)), AttributeSpec(.feasible, .enumeration(EnumSets.yesNo)),
                AttributeSpec(.horizon, .enumeration(EnumSets.horizon)), AttributeSpec(.impact, .enumeration(EnumSets.level)),
                AttributeSpec(.effort, .enumeration(EnumSets.level)),
            ]
        case .action:
            [
                AttributeSpec(.from, .reference([.idea]), list: true), AttributeSpec(.owner, ownerType),
                AttributeSpec(.due, .date), AttributeSpec(.status, .enumeration(EnumSets.status)),
                AttributeSpec(.todo, .text, list: true), AttributeSpec(.timeline, .text),
                AttributeSpec(.horizon, .enumeration(EnumSets.horizon)), AttributeSpec(.impact, .enumeration(EnumSets.level)),
                AttributeSpec(.workloadEffect, .enumeration(EnumSets.workloadEffect)),
            ]
        case .observation:
            [
                AttributeSpec(.who, .reference([.person])), AttributeSpec(.by, .oneOf([.reference(people), .text])),
                AttributeSpec(.date, .date), AttributeSpec(.source, .enumeration(EnumSets.evidence)),
            ]
        case .moment:
            [
                AttributeSpec(.clock, .clockTime), AttributeSpec(.stepRef, .reference([.step])),
                AttributeSpec(.context, .enumeration(EnumSets.momentContext)),
                AttributeSpec(.ict, .oneOf([.reference([.ict]), .enumeration(EnumSets.yes)]), list: true),
                AttributeSpec(.problemRef, .reference([.problem]), list: true),
            ]
        case .purpose: [AttributeSpec(.who, .reference([.stakeholder]), list: true)]
        case .benefit: [AttributeSpec(.measure, .text), AttributeSpec(.owner, ownerType)]
        case .theme: [AttributeSpec(.letter, .word)]
        case .activity: [AttributeSpec(.theme, .reference([.theme]))]
        case .initiative:
            [
                AttributeSpec(.selected, .enumeration(EnumSets.yesNo)), AttributeSpec(.owner, ownerType),
                AttributeSpec(.principles, .reference([.principle]), list: true),
                AttributeSpec(.from, .reference([.idea, .action]), list: true), AttributeSpec(.theme, .reference([.theme])),
            ]
        case .principle: []
        case .goal, .situation: []   // Schema+SHRM
        case .workload:
            [
                AttributeSpec(.source, .enumeration(EnumSets.workloadSource)),
                AttributeSpec(.at, .reference([.activity, .initiative]), list: true),
                AttributeSpec(.reportedBy, .reference([.stakeholder]), list: true),
            ]
        case .opportunity:
            [
                AttributeSpec(.type, .enumeration(EnumSets.opportunityKind)),
                AttributeSpec(.reduces, .reference([.workload]), list: true), AttributeSpec(.ict, .enumeration(EnumSets.yesNo)),
            ]
        }
    }

    /// The attributes an edge (`a -> b { … }`) accepts.
    public static let edgeAttributes: [AttributeSpec] = [
        AttributeSpec(.polarity, .sign),
    ] + common

    /// The spec for a word written as attribute name on a kind (nil kind: an edge).
    public static func spec(for word: String, on kind: DeclarationKind?) -> AttributeSpec? {
        specNumbers.byWord[kind]?[word].flatMap(spec(number:))
    }

    /// The spec an ``Attribute`` keeps by number (0: none).
    static func spec(number: SpecNumber) -> AttributeSpec? {
        number == 0 ? nil : specNumbers.table[Int(number) - 1]
    }

    /// A spec's place in the table of all of them, plus one (0 means no spec): two bytes in
    /// every attribute where the spec itself took thirty-two.
    typealias SpecNumber = UInt16

    /// Every kind's attributes by their Dutch and English word (the first spec of a word wins,
    /// as a search in `attributes(of:)` order would find it), as numbers into one table of
    /// every spec. Built once: the lowerer asks for every attribute of every file on every
    /// keystroke.
    static let specNumbers: (table: [AttributeSpec], byWord: [DeclarationKind?: [String: SpecNumber]]) = {
        var table: [AttributeSpec] = []
        var byWord: [DeclarationKind?: [String: SpecNumber]] = [:]
        let owners: [DeclarationKind?] = DeclarationKind.allCases.map { $0 } + [nil]
        for owner in owners {
            var numbers: [String: SpecNumber] = [:]
            for spec in owner.map(attributes(of:)) ?? edgeAttributes {
                table.append(spec)
                let number = SpecNumber(table.count)
                if numbers[spec.name.dutch] == nil { numbers[spec.name.dutch] = number }
                if numbers[spec.name.english] == nil { numbers[spec.name.english] = number }
            }
            byWord[owner] = numbers
        }
        return (table, byWord)
    }()
}
