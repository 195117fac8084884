/// The value stream map rules (V3xx), sorted by code.
extension Registry {
    static let valueStreamMapRules: [any CheckRule.Type] = valueStreamMapRulesPart1 + valueStreamMapRulesPart2
    static let valueStreamMapRulesPart1: [any CheckRule.Type] = []
    static let valueStreamMapRulesPart2: [any CheckRule.Type] = [
        LeadTimeShorterThanProcessTime.self,  // V316
        ProcessWithoutProblems.self,          // V317
        IdeaWithoutFeasibility.self,          // V318
        ActorOrSystemUsedByNoStep.self,       // V319
        DataInSeveralSystems.self,            // V320
        UselessProcessStillMapped.self,       // V321
        MomentTimeNotLater.self,              // V322
        ICTMomentWithoutProblem.self,         // V323
        DataWrittenByHandTwice.self,          // V324
        DataWithoutPurpose.self,              // V325
        WasteStepWithoutIdea.self,            // V326
        ActionWithoutHorizonOrWorkload.self,  // V327
        WorkaroundWithoutRisk.self,           // V328
        DesiredProcessComparison.self,        // V329
    ]
}
