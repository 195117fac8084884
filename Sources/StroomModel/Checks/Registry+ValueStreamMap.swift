/// The value stream map rules (V3xx), sorted by code.
extension Registry {
    static let valueStreamMapRules: [any CheckRule.Type] = valueStreamMapRulesPart1 + valueStreamMapRulesPart2
    static let valueStreamMapRulesPart1: [any CheckRule.Type] = []
    static let valueStreamMapRulesPart2: [any CheckRule.Type] = []
}
