import StroomSyntax

/// N104 — two maps with the same id in one workspace.
///
/// Maps share one namespace per workspace, so that `groepsplannen.koppeling` names one idea
/// from any file.
enum DuplicateMap: CheckRule {
    static let info = RuleInfo(
        code: "N104", severity: .error,
        title: LocalizedText(nl: "Dubbele kaartnaam in de werkruimte", en: "Duplicate map id in the workspace"),
        explanation: LocalizedText(
            nl: "Alle .vsm- en .batenlogica-bestanden in een map vormen samen één werkruimte, en een kaart heet daarin maar één keer zo. Daardoor wijst groepsplannen.koppeling vanuit elk bestand naar hetzelfde idee. Geef een van de twee kaarten een andere naam.",
            en: "All .vsm and .batenlogica files under a folder form one workspace, and a map name is used once in it. That is what lets groepsplannen.koppeling point at the same idea from any file. Rename one of the two maps."),
        example: "# a.vsm\nproces groepsplannen \"Groepsplannen\" { … }\n# b.vsm\nproces groepsplannen \"Groepsplannen 2026\" { … }   # N104",
        canBeSilenced: false)

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps {
            guard let name = analysis[map].name, let same = analysis.mapsByName[name],
                  let first = same.first, first != map else { continue }
            let firstPath = analysis.path(of: first)
            context.report(on: map, message: LocalizedText(
                nl: "Er is al een kaart \(MessageParts.q(name)) in de werkruimte (\(firstPath)). Geef deze kaart een andere naam.",
                en: "There is already a map \(MessageParts.q(name)) in the workspace (\(firstPath)). Give this map another name."),
                notes: [context.note(at: first, LocalizedText(nl: "de andere kaart", en: "the other map"))])
        }
    }
}
