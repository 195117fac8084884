import StroomSyntax

/// W602 — `map.id` where no map of that name is in the workspace.
///
/// A warning, not an error: the other map may live in a folder that was not opened or
/// checked. Its name is then unknown, not wrong.
enum UnknownMap: CheckRule {
    static let info = RuleInfo(
        code: "W602", severity: .warning,
        title: LocalizedText(nl: "Verwijzing naar een kaart buiten de werkruimte", en: "Reference to a map outside the workspace"),
        explanation: LocalizedText(
            nl: "kaart.naam verwijst naar iets in een andere kaart. Die kaart staat niet in de werkruimte (de map met een stroom.json, of de map die je controleert). Open of controleer de bovenliggende map, zet een stroom.json in de gemeenschappelijke map, of verbeter de kaartnaam.",
            en: "map.name refers to something in another map. That map is not in the workspace (the folder with a stroom.json, or the folder you check). Open or check the folder above, put a stroom.json in the common folder, or correct the map name."),
        example: "initiatief i \"I\" { uit: groepsplannen.koppeling }   # W602 als groepsplannen niet in de werkruimte staat")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for finding in analysis.valueFindings(for: info.code) {
            guard case .unknownMap(let reference) = finding.problem, let map = reference.map else { continue }
            let suggestion = Suggestions.nearest(to: map, in: analysis.mapsByName.keys)
            let hintNL = suggestion.map { " Bedoel je \(MessageParts.q($0))?" } ?? ""
            let hintEN = suggestion.map { " Did you mean \(MessageParts.q($0))?" } ?? ""
            context.report(fileIndex: finding.fileIndex, range: reference.range, message: LocalizedText(
                nl: "Er is geen kaart \(MessageParts.q(map)) in deze werkruimte.\(hintNL)",
                en: "There is no map \(MessageParts.q(map)) in this workspace.\(hintEN)"),
                fixes: suggestion.map { [Fixes.replace(reference.range, with: "\($0).\(reference.name)")] } ?? [])
        }
    }
}
