/// Every check rule, by family, each list sorted by code. Adding a rule means adding its file
/// under `Checks/<Family>/` and one line here; a test checks that the two agree and that every
/// code has a fixture.
public enum Registry {
    public static let rules: [any CheckRule.Type] =
        nameRules + attributeRules + valueStreamMapRules + benefitLogicRules + strategicHRMRules + causeEffectRules
        + workspaceRules

    static let nameRules: [any CheckRule.Type] = [
        DuplicateID.self,             // N101
        UndefinedReference.self,      // N102
        WrongKindReference.self,      // N103
        DuplicateMap.self,            // N104
        UnusedDeclaration.self,       // N105
    ]

    static let attributeRules: [any CheckRule.Type] = [
        UnknownAttribute.self,        // A201
        DuplicateAttribute.self,      // A202
        WrongValueType.self,          // A203
        ValueNotAllowed.self,         // A204
        DecimalComma.self,            // A205
        PercentageOutOfRange.self,    // A206
        MisplacedDeclaration.self,    // A207
        ValueTooLarge.self,           // A208
        MethodAssumed.self,           // A209
        OtherMethodsPart.self,        // A210
    ]

    static let workspaceRules: [any CheckRule.Type] = [
        WrongFileType.self,           // W601
        UnknownMap.self,              // W602
        DirectiveCannotSilence.self,  // W604
        DirectiveUnknownCode.self,    // W605
    ]
}
