import StroomSyntax

/// B403 — an activity, initiative, action or theme with no contributes-to path to a purpose.
///
/// "Alle schoolprocessen en -systemen worden langs deze meetlat gelegd. Dragen ze bij aan de
/// bedoeling?" What contributes is decided by ``Contribution``: an action through its
/// initiative, a theme through its members, a member through its theme's own arrows. An action
/// nested in an activity or initiative is left to its parent, and a map without any purpose to
/// B401, so that one gap gives one diagnostic.
enum MeansNotContributing: CheckRule {
    static let info = RuleInfo(
        code: "B403", severity: .warning,
        title: LocalizedText(nl: "Draagt niet bij aan de bedoeling", en: "Does not contribute to the purpose"),
        explanation: LocalizedText(
            nl: "In een batenlogica lopen pijlen van middel naar bedoeling (‘draagt bij aan’). Wat niet bijdraagt aan de bedoeling, kost tijd zonder dat iemand er blij van wordt: misschien kan het eenvoudiger of weg. Teken een pijl naar een bedoeling (of naar een baat die bijdraagt), of bespreek of het nodig is.",
            en: "In a benefit logic arrows run from means to purpose (‘contributes to’). What does not contribute to the purpose takes time without making anyone happy: perhaps it can be simpler, or go. Draw an arrow to a purpose (or to a benefit that contributes), or discuss whether it is needed."),
        example: "activiteit rapport \"Rapport in drievoud\"   # B403 zonder pijl\nrapport -> talent   # zo draagt het bij")

    static let kinds: Set<DeclarationKind> = [.activity, .initiative, .action, .theme]

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            let purposes = analysis.namedPurposes(of: map)
            guard !analysis.members(of: map, .purpose).isEmpty else { continue }
            let contributing = analysis.contribution(map).contributing
            for id in analysis.membersInOrder[map] ?? [] {
                let declaration = analysis[id]
                guard let kind = declaration.kind, kinds.contains(kind), let name = declaration.name,
                      !contributing.contains(id) else { continue }
                if kind == .action, let parent = declaration.parent, parent != map { continue }
                let target = purposes.count == 1 ? analysis[purposes[0]].quotedName : nil
                let example = LocalizedText(nl: "(\(name) -> \(target ?? "bedoeling"))", en: "(\(name) -> \(target ?? "purpose"))")
                let subject = MessageParts.subject(declaration)
                var todo = LocalizedText(nl: "teken een pijl naar een bedoeling \(example.nl)",
                                         en: "draw an arrow to a purpose \(example.en)")
                switch kind {
                case .action:
                    todo = LocalizedText(nl: "zet het in een initiatief dat bijdraagt, of ",
                                         en: "put it in an initiative that contributes, or ") + todo
                case .theme:
                    todo = todo + LocalizedText(nl: ", of laat een van zijn activiteiten bijdragen",
                                                en: ", or let one of its activities contribute")
                case .initiative:
                    // Only an initiative is carried by its theme's arrow (see `Contribution`).
                    if let theme = analysis.references(id, .theme).first, let themeName = analysis[theme].name {
                        todo = todo + LocalizedText(nl: ", of van het thema (\(themeName) -> \(target ?? "bedoeling"))",
                                                    en: ", or from its theme (\(themeName) -> \(target ?? "purpose"))")
                    }
                default:
                    break
                }
                let said = todo
                context.report(on: id, message: LocalizedText(
                    nl: "\(subject.nl) draagt (nog) niet bij aan de bedoeling: \(said.nl).",
                    en: "\(subject.en) does not contribute to the purpose (yet): \(said.en)."),
                    fixes: fixes(id, map: map, purposes: purposes, analysis))
            }
        }
    }

    /// "Draw an arrow to ‘p’", one per purpose (at most three).
    static func fixes(_ id: DeclarationID, map: DeclarationID, purposes: [DeclarationID], _ analysis: Analysis) -> [Fix] {
        purposes.prefix(3).compactMap { purpose in
            let arrow = "\(analysis[id].quotedName) -> \(analysis[purpose].quotedName)"
            guard let edit = Fixes.insertLineAtEnd(of: map, arrow, in: analysis) else { return nil }
            return Fix(title: LocalizedText(nl: "Teken een pijl naar \(MessageParts.named(analysis[purpose])) (\(arrow))",
                                            en: "Draw an arrow to \(MessageParts.named(analysis[purpose])) (\(arrow))"),
                       edits: [edit])
        }
    }
}
