/// The value stream map rules (V3xx), sorted by code.
extension Registry {
    static let valueStreamMapRules: [any CheckRule.Type] = [
        ProblemWithoutIdea.self,                // V301
        ActionWithoutOwner.self,                // V302
        StepWithoutActor.self,                  // V303
        StepWithoutTime.self,                   // V304
        ProcessWithoutSupplierOrCustomer.self,  // V305
        ProblemWithoutPhase.self,               // V306
        IdeaWithoutCategory.self,               // V307
        IdeaWithoutAction.self,                 // V308
        StepOutsideFlow.self,                   // V309
        ProblemWithoutStep.self,                // V310
        IdeaSolvesNothing.self,                 // V311
        ArrowBetweenWrongKinds.self,            // V312
        OverdueAction.self,                     // V313
        DisruptionWithoutStep.self,             // V314
        ZeroDuration.self,                      // V315
        LeadTimeShorterThanProcessTime.self,    // V316
        ProcessWithoutProblems.self,            // V317
        IdeaWithoutFeasibility.self,            // V318
        ActorOrSystemUsedByNoStep.self,         // V319
        DataInSeveralSystems.self,              // V320
        UselessProcessStillMapped.self,         // V321
        MomentTimeNotLater.self,                // V322
        ICTMomentWithoutProblem.self,           // V323
        DataWrittenByHandTwice.self,            // V324
        DataWithoutPurpose.self,                // V325
        WasteStepWithoutIdea.self,              // V326
        ActionWithoutHorizonOrWorkload.self,    // V327
        WorkaroundWithoutRisk.self,             // V328
        DesiredProcessComparison.self,          // V329
        ICTActionWithoutMaintenance.self,       // V330
        SolutionsBeforeAgreement.self,          // V331
        ActionWithoutIdea.self,                 // V332
        ObservationWithoutObserver.self,        // V333
        ProcessWithoutFrequency.self,           // V334
    ]
}
