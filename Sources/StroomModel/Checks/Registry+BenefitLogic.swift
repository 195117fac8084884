/// The benefit logic rules (B4xx) and the cause-effect rules (C5xx), sorted by code.
extension Registry {
    static let benefitLogicRules: [any CheckRule.Type] = []
    static let causeEffectRules: [any CheckRule.Type] = []
}
