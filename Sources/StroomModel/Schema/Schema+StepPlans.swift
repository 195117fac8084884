import StroomSyntax

/// The attributes that complete the step plans (issue 10, item 3), kept apart from the main
/// table so that each source's additions are in one place:
///
/// - Vernieuwend werken (003, 001:559-732): the date of a benefit logic, its support group
///   (next to the `facilitator` of the main table), a purpose validated in step 4
///   (`gevalideerd`, on a purpose or on the stakeholder whose purposes it covers), and
///   opportunities per theme (`thema:` on a `kans`, or the `kans` nested in the `thema`).
/// - The final report (002): the level an approach or improvement works at (richten,
///   inrichten, verrichten; 002:154-170), the kind of improvement activity (002:381-388,
///   495-504, 541-544), attention to the use and maintenance of ICT (002:550-554, 616-625),
///   and whether the team agreed on the problems before choosing solutions (002:315-321).
extension Schema {
    /// The support group and the validation of step 4 are Vernieuwend werken's own: in a map of
    /// another method they get A210, which names the method.
    static let vernieuwendWerkenOnly: Set<Method> = [.vernieuwendWerken]

    static func stepPlan(_ kind: DeclarationKind) -> [AttributeSpec] {
        let level = AttributeSpec(.workLevel, .enumeration(EnumSets.workLevel))
        let area = AttributeSpec(.improvementArea, .enumeration(EnumSets.improvementArea))
        let maintenance = AttributeSpec(.maintenance, .text)
        let agreement = AttributeSpec(.agreement, .enumeration(EnumSets.yesNo))
        switch kind {
        case .process, .study: return [level, agreement]
        case .benefitLogic:
            return [
                AttributeSpec(.date, .date),
                AttributeSpec(.supportGroup, .oneOf([.reference([.stakeholder]), .text]), list: true, methods: vernieuwendWerkenOnly),
                level,
            ]
        case .stakeholder, .purpose: return [AttributeSpec(.validated, .enumeration(EnumSets.yesNo), methods: vernieuwendWerkenOnly)]
        case .idea: return [level, area]
        case .action, .initiative: return [level, area, maintenance]
        case .opportunity: return [AttributeSpec(.theme, .reference([.theme])), level, area]
        default: return []
        }
    }
}
