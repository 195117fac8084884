import StroomSyntax

/// N103 — a name of the wrong kind (`door:` names an ICT system).
enum WrongKindReference: CheckRule {
    static let info = RuleInfo(
        code: "N103", severity: .error,
        title: LocalizedText(nl: "Verwijzing naar de verkeerde soort", en: "Reference to the wrong kind"),
        explanation: LocalizedText(
            nl: "Elke eigenschap verwacht een bepaalde soort: door: noemt personen (of een leverancier, klant of externe partij), ict: noemt ICT-systemen, lost_op: noemt problemen. Hier staat een naam die wel bestaat, maar van een andere soort is. Vaak hoort de naam bij een andere eigenschap, bijvoorbeeld ict: lvs in plaats van door: lvs.",
            en: "Each attribute expects a kind: by: names people (or a supplier, customer or external party), ict: names ICT systems, solves: names problems. Here the name exists but is of another kind. Often it belongs to another attribute, for example ict: lvs instead of by: lvs."),
        example: "ict lvs \"Leerlingvolgsysteem\"\nstap invoeren \"Invoeren\" { door: lvs }   # N103: gebruik ict: lvs",
        canBeSilenced: false)

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for finding in analysis.valueFindings(for: info.code) {
            guard case .wrongKind(let reference, let found, let expected) = finding.problem,
                  let foundKind = analysis.kind(found) else { continue }
            let name = reference.map == nil ? MessageParts.named(analysis[found]) : MessageParts.q(reference.written)
            let advice = advice(found: foundKind, expected: expected)
            context.report(fileIndex: finding.fileIndex, range: reference.range, message: LocalizedText(
                nl: "\(name) is \(MessageParts.kindList([foundKind], .nl)), maar \(finding.attributeWord): verwacht \(MessageParts.kindList(expected, .nl)).\(advice.nl)",
                en: "\(name) is \(MessageParts.kindList([foundKind], .en)), but \(finding.attributeWord): expects \(MessageParts.kindList(expected, .en)).\(advice.en)"),
                notes: [context.note(at: found, LocalizedText(nl: "hier staat het", en: "it is written here"))])
        }
    }

    /// What the method says for a typical mix-up, after the plain fact.
    static func advice(found: DeclarationKind, expected: [DeclarationKind]) -> LocalizedText {
        if found == .wait, expected == [.step] {
            // A first mistake: `probleem x { bij: wachten_op_iets }`.
            return LocalizedText(
                nl: " In het stappenplan noteer je een probleem bij de stap waar het optreedt; een wachttijd is geen stap. Zet bij: op de stap die moet wachten, en schrijf waarop gewacht wordt als oorzaak van het probleem (oorzaak … -> probleem).",
                en: " In the step plan a problem is noted at the step where it occurs; a wait is not a step. Put at: on the step that has to wait, and write what is waited for as a cause of the problem (cause … -> problem).")
        }
        return LocalizedText(nl: "", en: "")
    }
}
