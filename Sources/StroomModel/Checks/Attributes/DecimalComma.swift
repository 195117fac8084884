import StroomSyntax

/// A205 — a Dutch decimal comma (`1,5u`). The value is understood as 1.5; the hint only asks
/// for the spelling that every tool reads the same way.
enum DecimalComma: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "A205", severity: .hint,
        title: LocalizedText(nl: "Decimale komma", en: "Decimal comma"),
        explanation: LocalizedText(
            nl: "In Stroom scheidt een komma waarden (door: leraar, ib). Een kommagetal als 1,5u wordt wel begrepen als anderhalf uur, maar schrijf het met een punt: 1.5u. Dan leest iedereen (en elk programma) het hetzelfde.",
            en: "In Stroom a comma separates values (by: leraar, ib). A number such as 1,5u is understood as one and a half hours, but write it with a dot: 1.5u. Then everyone (and every program) reads it the same way."),
        example: "stap s \"S\" { tijd: 1,5u }   # A205: schrijf 1.5u")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for finding in analysis.valueFindings(for: info.code) {
            guard case .decimalComma = finding.problem else { continue }
            let written = analysis.files[finding.fileIndex].source.text(in: finding.range)
            let corrected = String(written.map { $0 == "," ? "." : $0 })
            context.report(fileIndex: finding.fileIndex, range: finding.range, message: LocalizedText(
                nl: "Schrijf \(MessageParts.q(corrected)) met een punt; een komma scheidt waarden.",
                en: "Write \(MessageParts.q(corrected)) with a dot; a comma separates values."),
                fixes: [Fixes.replace(finding.range, with: corrected)])
        }
    }
}
