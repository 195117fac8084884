import StroomSyntax

/// A208 — a duration or a frequency too large to compute with.
enum ValueTooLarge: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "A208", severity: .error,
        title: LocalizedText(nl: "Waarde te groot", en: "Value too large"),
        explanation: LocalizedText(
            nl: "Stroom rekent met een duur van hoogstens 1.000.000 uur werktijd (60.000.000 minuten; dagen, weken en maanden met de werkdag en werkweek van de kaart) en met een frequentie van hoogstens 1.000.000x per periode. Een grotere waarde is bijna altijd een tikfout; Stroom laat hem buiten alle berekeningen.",
            en: "Stroom computes with a duration of at most 1,000,000 hours of working time (60,000,000 minutes; days, weeks and months with the map's working day and week) and a frequency of at most 1,000,000x per period. A larger value is nearly always a typo; Stroom leaves it out of every figure."),
        example: "stap s \"S\" { tijd: 9999999999d }   # A208")

    static func check(_ context: inout CheckContext) {
        for finding in context.analysis.valueFindings(for: info.code) {
            guard case .tooLarge(let what) = finding.problem else { continue }
            let written = context.analysis.files[finding.fileIndex].source.text(in: finding.range)
            let message = switch what {
            case .duration:
                LocalizedText(
                    nl: "‘\(written)’ is te groot om mee te rekenen: een duur ligt tussen 0 en 1.000.000 uur werktijd (60.000.000 minuten).",
                    en: "‘\(written)’ is too large to compute with: a duration lies between 0 and 1,000,000 hours of working time (60,000,000 minutes).")
            case .frequency:
                LocalizedText(
                    nl: "‘\(written)’ is te groot om mee te rekenen: een frequentie ligt tussen 1x en 1.000.000x per periode.",
                    en: "‘\(written)’ is too large to compute with: a frequency lies between 1x and 1,000,000x per period.")
            }
            context.report(fileIndex: finding.fileIndex, range: finding.range, message: message)
        }
    }
}
