import StroomSyntax

/// N101 — the same id twice in one map.
///
/// An id names one thing in its map, however deep it is declared (nesting opens no namespace),
/// so that `bij: schrijven` can only mean one step.
enum DuplicateID: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "N101", severity: .error,
        title: LocalizedText(nl: "Dubbele naam in een kaart", en: "Duplicate id in a map"),
        explanation: LocalizedText(
            nl: "Binnen één kaart heeft elke naam (id) één betekenis, ook als iets binnen een ander blok staat. Anders weet niemand welke stap `bij: schrijven` bedoelt. Geef het tweede een eigen naam; de verwante plek wijst de eerste aan.",
            en: "Within one map every name (id) means one thing, also when something stands inside another block. Otherwise nobody knows which step `at: schrijven` means. Give the second one a name of its own; the related location points at the first."),
        example: "stap schrijven \"Groepsplan schrijven\"\nprobleem schrijven \"Schrijven kost veel tijd\"   # N101: kies bijvoorbeeld schrijven_kost_tijd",
        canBeSilenced: false)

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps {
            for id in analysis.membersInOrder[map] ?? [] {
                guard let name = analysis[id].name, let first = analysis.membersByMap[map]?[name],
                      first != id else { continue }
                context.report(on: id, message: LocalizedText(
                    nl: "De naam \(MessageParts.q(name)) bestaat al in \(MessageParts.named(analysis[map])). Geef dit een eigen naam.",
                    en: "The name \(MessageParts.q(name)) already exists in \(MessageParts.named(analysis[map])). Give this one a name of its own."),
                    notes: [context.note(at: first, LocalizedText(nl: "hier staat de naam al", en: "the name is first used here"))])
            }
        }
    }
}
