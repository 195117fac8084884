/// The rule lists of the method families. Each family file is kept sorted by code.
extension Registry {
    static let valueStreamMapRules: [any CheckRule.Type] = []
    static let benefitLogicRules: [any CheckRule.Type] = []
    static let causeEffectRules: [any CheckRule.Type] = []
}
