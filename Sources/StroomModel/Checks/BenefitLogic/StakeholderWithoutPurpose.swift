import StroomSyntax

/// B402 — a stakeholder with no "blij als" statement.
///
/// Session 1 asks every stakeholder group "Waar word je blij van?" ("'leerlingen zijn blij
/// als…'"). A stakeholder counts as heard when a `bedoeling` names it in `wie:`, or is nested
/// in it.
enum StakeholderWithoutPurpose: CheckRule {
    static let info = RuleInfo(
        code: "B402", severity: .warning,
        title: LocalizedText(nl: "Stakeholder zonder ‘blij als’", en: "Stakeholder without ‘happy when’"),
        explanation: LocalizedText(
            nl: "In sessie 1 vult elke groep de zin ‘… zijn blij als …’ aan: zo wordt de bedoeling van de school zichtbaar. Een stakeholder zonder ‘blij als’ doet in de batenlogica niet mee. Schrijf een bedoeling met wie: en de groep, of zet de bedoeling binnen de { } van de stakeholder.",
            en: "In session 1 every group completes the sentence ‘… are happy when …’: that shows the purpose of the school. A stakeholder without a ‘happy when’ takes no part in the benefit logic. Write a purpose with who: and the group, or put the purpose inside the { } of the stakeholder."),
        example: "stakeholder ouders \"Ouders\"   # B402\nbedoeling veilig \"hun kind veilig leert\" { wie: ouders }   # zo niet meer")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            for stakeholder in analysis.members(of: map, .stakeholder) {
                guard let name = analysis[stakeholder].name,
                      !analysis.hasReferrer(of: stakeholder, kind: .purpose, via: .who) else { continue }
                let subject = MessageParts.subject(analysis[stakeholder])
                context.report(on: stakeholder, message: LocalizedText(
                    nl: "\(subject.nl) heeft nog geen ‘blij als’. Schrijf waar deze groep blij van wordt (bedoeling … { wie: \(name) }).",
                    en: "\(subject.en) has no ‘happy when’ yet. Write what makes this group happy (purpose … { who: \(name) })."),
                    fixes: fix(stakeholder, map: map, analysis).map { [$0] } ?? [])
            }
        }
    }

    /// A purpose line for this stakeholder, just below it.
    static func fix(_ stakeholder: DeclarationID, map: DeclarationID, _ analysis: Analysis) -> Fix? {
        let declaration = analysis[stakeholder]
        guard let name = declaration.name else { return nil }
        let english = Fixes.writesEnglish(analysis[map])
        let purposeName = Fixes.freshName(english ? "\(name)_happy" : "\(name)_blij", in: map, analysis: analysis)
        let group = BenefitText.escaped(declaration.label ?? name)
        let label = english ? "\(group) are happy when …" : "\(group) zijn blij als …"
        let line = "\(MessageParts.keyword(.purpose, like: analysis[map])) \(purposeName) \"\(label)\" { \(MessageParts.attribute(.who, like: analysis[map])): \(name) }"
        guard declaration.parent == map, let edit = Fixes.insertLine(after: stakeholder, line, in: analysis) else { return nil }
        return Fix(title: LocalizedText(nl: "Voeg een ‘blij als’ voor \(MessageParts.q(name)) toe",
                                        en: "Add a ‘happy when’ for \(MessageParts.q(name))"), edits: [edit])
    }
}
