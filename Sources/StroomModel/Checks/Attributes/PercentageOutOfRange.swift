import StroomSyntax

/// A206 — a percentage below 0% or above 100%.
enum PercentageOutOfRange: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "A206", severity: .error,
        title: LocalizedText(nl: "Percentage buiten 0–100%", en: "Percentage outside 0–100%"),
        explanation: LocalizedText(
            nl: "Een percentage (ca: voor ‘compleet en accuraat’, aandeel: voor het deel van de gevallen) ligt tussen 0% en 100%.",
            en: "A percentage (ca: for ‘complete and accurate’, share: for the part of the cases) lies between 0% and 100%."),
        example: "stap s \"S\" { ca: 120% }   # A206")

    static func check(_ context: inout CheckContext) {
        for finding in context.analysis.valueFindings(for: info.code) {
            guard case .percentOutOfRange(let value) = finding.problem else { continue }
            context.report(fileIndex: finding.fileIndex, range: finding.range, message: LocalizedText(
                nl: "\(value.formatted)% kan niet: een percentage ligt tussen 0% en 100%.",
                en: "\(value.formatted)% is impossible: a percentage lies between 0% and 100%."))
        }
    }
}
