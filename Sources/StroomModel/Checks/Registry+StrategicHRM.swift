/// Strategic HRM's rules (H7xx, `methode: shrm` only), sorted by code. Each is a hint before the
/// phase where it matters (`RuleInfo.hintBeforePhase`) and a warning from it.
extension Registry {
    static let strategicHRMRules: [any CheckRule.Type] = [
        GoalNotConcrete.self,                           // H701
        SituationIncomplete.self,                       // H702
        SituationNotAddressed.self,                     // H703
        KnelpuntWithoutUrgency.self,                    // H704
        UrgentKnelpuntNotAddressed.self,                // H705
        InterventionsMissAMO.self,                      // H706
        BuildingBlockOutOfBalance.self,                 // H707
        InterventionNotScored.self,                     // H708
        InterventionWithoutPlannedAction.self,          // H709
        StakeholderWithoutInterestOrInfluence.self,     // H710
        GoalWithoutResult.self,                         // H711
        OverdueSHRMAction.self,                         // H712
    ]
}
