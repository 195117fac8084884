/// The benefit logic rules (B4xx) and the cause-effect rules (C5xx), sorted by code.
extension Registry {
    static let benefitLogicRules: [any CheckRule.Type] = [
        BenefitLogicWithoutPurpose.self,                // B401
        StakeholderWithoutPurpose.self,                 // B402
        MeansNotContributing.self,                      // B403
        WorkloadFromNonContributingActivity.self,       // B404
        ArrowFromPurpose.self,                          // B405
        CircularContribution.self,                      // B406
        ThemeWithoutMembers.self,                       // B407
        ActivityWithoutTheme.self,                      // B408
        SelectedInitiativeWithoutOwner.self,            // B409
        SelectedInitiativeWithoutAction.self,           // B410
        SelectedInitiativeWithoutPrinciple.self,        // B411
        ThemeWithoutTwoSelectedInitiatives.self,        // B412
        WorkloadWithoutSource.self,                     // B413
        OrganisationWorkloadNotReduced.self,            // B414
        PurposeWithoutContributors.self,                // B415
        PrincipleNotApplied.self,                       // B416
        WorkloadOpportunityForPurposeWorkload.self,     // B417
        ArrowWithoutMeaning.self,                       // B418
        PurposeNotValidated.self,                       // B419
        TrajectoryWithoutGuidance.self,                 // B420
        StakeholderNotInSupportGroup.self,              // B421
        ThemeWithoutOpportunity.self,                   // B422
        OpportunityWithoutKind.self,                    // B423
    ]
    static let causeEffectRules: [any CheckRule.Type] = [
        CauseLoop.self,                                 // C501
        CauseLeadsNowhere.self,                         // C502
        ShallowCauseChain.self,                         // C503
    ]
}
