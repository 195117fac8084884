/// The value stream map rules (V3xx), sorted by code.
extension Registry {
    static let valueStreamMapRules: [any CheckRule.Type] = valueStreamMapRulesPart1 + valueStreamMapRulesPart2
    static let valueStreamMapRulesPart1: [any CheckRule.Type] = [
        ProblemWithoutIdea.self,                 // V301
        ActionWithoutOwner.self,                 // V302
        StepWithoutActor.self,                   // V303
        StepWithoutTime.self,                    // V304
        ProcessWithoutSupplierOrCustomer.self,   // V305
        ProblemWithoutPhase.self,                // V306
        IdeaWithoutCategory.self,                // V307
        IdeaWithoutAction.self,                  // V308
        StepOutsideFlow.self,                    // V309
        ProblemWithoutStep.self,                 // V310
        IdeaSolvesNothing.self,                  // V311
        ArrowBetweenWrongKinds.self,             // V312
        OverdueAction.self,                      // V313
        DisruptionWithoutStep.self,              // V314
        ZeroDuration.self,                       // V315
    ]
    static let valueStreamMapRulesPart2: [any CheckRule.Type] = []
}
