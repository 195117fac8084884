import StroomSyntax

/// A203 — a value of the wrong type (a duration expected, text given), or a list where one
/// value is expected.
enum WrongValueType: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "A203", severity: .error,
        title: LocalizedText(nl: "Waarde van het verkeerde type", en: "Value of the wrong type"),
        explanation: LocalizedText(
            nl: "Elke eigenschap verwacht een soort waarde: tijd: een duur (45min), gereed: een datum (2026-03-01), om: een kloktijd (08:45), ca: een percentage (80%), omschrijving: tekst tussen aanhalingstekens. Sommige eigenschappen nemen maar één waarde. De melding zegt wat er verwacht wordt en hoe je het schrijft.",
            en: "Each attribute expects a kind of value: time: a duration (45min), due: a date (2026-03-01), at: a clock time (08:45), ca: a percentage (80%), description: text in quotes. Some attributes take one value only. The message says what is expected and how to write it."),
        example: "stap schrijven \"Schrijven\" { tijd: 45 }   # A203: schrijf 45min")

    static func check(_ context: inout CheckContext) {
        for finding in context.analysis.valueFindings(for: info.code) {
            switch finding.problem {
            case .wrongType(let expected, let hint):
                context.report(fileIndex: finding.fileIndex, range: finding.range, message: LocalizedText(
                    nl: "\(finding.attributeWord): verwacht \(expected.describe(.nl)).\(hint.map { " " + $0.nl } ?? "")",
                    en: "\(finding.attributeWord): expects \(expected.describe(.en)).\(hint.map { " " + $0.en } ?? "")"),
                    map: finding.owner.flatMap { context.analysis[$0].map })
            case .listNotAllowed:
                context.report(fileIndex: finding.fileIndex, range: finding.range, message: LocalizedText(
                    nl: "\(finding.attributeWord): neemt één waarde; de rest wordt genegeerd.",
                    en: "\(finding.attributeWord): takes one value; the rest is ignored."),
                    map: finding.owner.flatMap { context.analysis[$0].map })
            default:
                continue
            }
        }
    }
}
