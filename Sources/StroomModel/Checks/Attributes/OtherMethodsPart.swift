import StroomSyntax

/// A210 — a kind or attribute of one method used in a map of another (`situatie` or `amo` in a
/// Vernieuwend werken benefit logic, `impact` on its initiative).
///
/// Which method a kind or attribute belongs to is a property of its schema entry
/// (`AttributeSpec.methods`, `Schema.methods(ofKind:inMapOfKind:)`); empty means general.
enum OtherMethodsPart: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "A210", severity: .warning,
        title: LocalizedText(nl: "Onderdeel van een andere methode", en: "Part of another method"),
        explanation: LocalizedText(
            nl: "Sommige soorten en eigenschappen horen bij één methode: doel, situatie, een knelpunt (probleem) in een batenlogica, amo, urgentie, impact en slagingskans van een initiatief horen bij strategisch HRM (methode: shrm). De supportgroep (supportgroep:) en gevalideerd: horen bij Vernieuwend werken (methode: vernieuwend_werken). In een kaart van een andere methode gebruiken de regels en plaatjes van die methode ze niet. Zet methode: op de methode die je volgt, of laat het onderdeel weg. De bouwsteen (bouwsteen:) hoort bij elke methode.",
            en: "Some kinds and attributes belong to one method: goal, situation, a bottleneck (problem) in a benefit logic, amo, urgency, an initiative's impact and chance of success belong to strategic HRM (method: shrm). The support group (support_group:) and validated: belong to Vernieuwend werken (method: vernieuwend_werken). In a map of another method, that method's rules and pictures do not use them. Set method: to the method you follow, or leave the part out. The building block (building_block:) belongs to every method."),
        example: "batenlogica b \"B\" {\n  methode: vernieuwend_werken\n  situatie s \"S\"   # A210: hoort bij Strategisch HRM\n}")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps {
            guard let method = analysis.followedMethod(of: map) else { continue }
            let mapKind = analysis.kind(map)
            // The map's own attributes too (a support group on a benefit logic), then its members.
            for id in [map] + (analysis.membersInOrder[map] ?? []) {
                let declaration = analysis[id]
                if id != map, let kind = declaration.kind {
                    let owners = Schema.methods(ofKind: kind, inMapOfKind: mapKind)
                    if !owners.isEmpty, !owners.contains(method) {
                        let subject = MessageParts.subject(declaration)
                        let noun = LocalizedText(nl: "\(subject.nl): de soort \(declaration.keyword)",
                                                 en: "\(subject.en): the kind \(declaration.keyword)")
                        context.report(fileIndex: declaration.fileIndex, range: declaration.keywordRange,
                                       message: message(noun, owners, method), map: map)
                    }
                }
                for attribute in declaration.attributes {
                    guard let owners = attribute.spec?.methods, !owners.isEmpty, !owners.contains(method) else { continue }
                    let subject = MessageParts.subject(declaration)
                    let noun = LocalizedText(nl: "\(subject.nl): de eigenschap \(attribute.word):",
                                             en: "\(subject.en): the attribute \(attribute.word):")
                    context.report(fileIndex: declaration.fileIndex, range: attribute.nameRange,
                                   message: message(noun, owners, method), map: map)
                }
            }
        }
    }

    static func message(_ part: LocalizedText, _ owners: Set<Method>, _ method: Method) -> LocalizedText {
        let sorted = Method.allCases.filter(owners.contains)
        let nl = sorted.map { "\($0.name.nl) (methode: \($0.word))" }.joined(separator: " of ")
        let en = sorted.map { "\($0.name.en) (method: \($0.word))" }.joined(separator: " or ")
        return LocalizedText(
            nl: "\(part.nl) hoort bij \(nl), maar deze kaart volgt \(method.name.nl). Zet methode: \(sorted[0].word) als je die methode volgt, of laat het weg.",
            en: "\(part.en) belongs to \(en), but this map follows \(method.name.en). Write method: \(sorted[0].word) if you follow that method, or leave it out.")
    }
}
