import StroomSyntax

/// The kinds and attributes of strategic HRM (VO-raad, `methode: shrm`), and the general
/// building block (`bouwsteen`). Kept apart from `Schema.specific` so that the method's part of
/// the language reads in one place. An attribute or kind tagged with methods belongs to them
/// only: used in a map of another method it gets A210.
extension Schema {
    static let shrmOnly: Set<Method> = [.shrm]
    static let buildingBlock = AttributeSpec(.buildingBlock, .enumeration(EnumSets.buildingBlock))

    static func shrmSpecific(_ kind: DeclarationKind) -> [AttributeSpec] {
        switch kind {
        case .goal:
            [
                AttributeSpec(.who, .reference([.stakeholder]), list: true),
                AttributeSpec(.level, .enumeration(EnumSets.goalLevel)), AttributeSpec(.measure, .text),
                AttributeSpec(.horizon, .enumeration(EnumSets.horizon)), AttributeSpec(.due, .date),
                AttributeSpec(.realised, .text),
            ]
        case .situation:
            [
                AttributeSpec(.context, .enumeration(EnumSets.shrmContext)), AttributeSpec(.current, .text),
                AttributeSpec(.desired, .text), AttributeSpec(.gap, .enumeration(EnumSets.size)),
                AttributeSpec(.actionNeeded, .enumeration(EnumSets.yesNo)), buildingBlock,
            ]
        case .problem:
            [
                AttributeSpec(.urgency, .enumeration(EnumSets.level), methods: shrmOnly),
                AttributeSpec(.context, .enumeration(EnumSets.shrmContext), methods: shrmOnly),
                AttributeSpec(.amo, .enumeration(EnumSets.amo), list: true, methods: shrmOnly),
                buildingBlock,
            ]
        case .idea:
            [buildingBlock]
        case .initiative:
            [
                AttributeSpec(.amo, .enumeration(EnumSets.amo), list: true, methods: shrmOnly), buildingBlock,
                AttributeSpec(.impact, .enumeration(EnumSets.size), methods: shrmOnly),
                AttributeSpec(.chanceOfSuccess, .enumeration(EnumSets.size), methods: shrmOnly),
                AttributeSpec(.solves, .reference([.problem]), list: true, methods: shrmOnly),
            ]
        case .stakeholder:
            // General: the stakeholder matrix (belang × invloed, 004:1869-1874) is a tool any
            // benefit logic can use, and the `stakeholders` view draws it for every method.
            [
                AttributeSpec(.interest, .enumeration(EnumSets.size)),
                AttributeSpec(.influence, .enumeration(EnumSets.size)),
            ]
        default:
            []
        }
    }

    /// The methods a kind belongs to when declared in a map of `mapKind`; empty means general.
    /// A goal and a situation are strategic HRM's; so is a problem (knelpunt) in a benefit logic.
    public static func methods(ofKind kind: DeclarationKind, inMapOfKind mapKind: DeclarationKind?) -> Set<Method> {
        switch (kind, mapKind) {
        case (.goal, _), (.situation, _), (.problem, .benefitLogic?): shrmOnly
        default: []
        }
    }
}
