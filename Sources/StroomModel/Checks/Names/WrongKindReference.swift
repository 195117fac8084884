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
                  let foundKind = analysis[found].kind else { continue }
            context.report(fileIndex: finding.fileIndex, range: reference.range, message: LocalizedText(
                nl: "\(MessageParts.q(reference.written)) is \(MessageParts.kindList([foundKind], .nl)), maar \(finding.attributeWord): verwacht \(MessageParts.kindList(expected, .nl)).",
                en: "\(MessageParts.q(reference.written)) is \(MessageParts.kindList([foundKind], .en)), but \(finding.attributeWord): expects \(MessageParts.kindList(expected, .en))."),
                notes: [context.note(at: found, LocalizedText(nl: "hier gedeclareerd", en: "declared here"))])
        }
    }
}
