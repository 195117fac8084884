import StroomSyntax

/// A207 — a declaration nested where it cannot live (a `stap` inside a `thema`).
enum MisplacedDeclaration: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "A207", severity: .warning,
        title: LocalizedText(nl: "Iets op een plek waar het niet kan staan", en: "Something where it cannot stand"),
        explanation: LocalizedText(
            nl: "Iets binnen de { } van iets anders zetten betekent ‘hoort bij’: een stap in een proces, een probleem in een stap, een initiatief in een thema, een actie in een initiatief. Sommige combinaties betekenen niets, zoals een stap in een thema of een thema in een .vsm-proces. De melding zegt waar deze soort wel kan staan.",
            en: "Putting something inside the { } of something else means ‘belongs to’: a step in a process, a problem in a step, an initiative in a theme, an action in an initiative. Some combinations mean nothing, such as a step in a theme or a theme in a .vsm process. The message says where this kind can stand."),
        example: "thema t \"T\" { stap s \"S\" }   # A207: een stap hoort in een proces")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for declaration in analysis.declarationsInScope {
            guard let kind = declaration.kind, let parent = declaration.parent,
                  let parentKind = analysis.kind(parent) else { continue }
            guard !Schema.children(of: parentKind).contains(kind) else { continue }
            let parents = Schema.parents(of: kind)
            context.report(on: declaration.id, message: LocalizedText(
                nl: "Een \(MessageParts.noun(kind, .nl)) kan niet in \(MessageParts.kindList([parentKind], .nl)) staan; wel in \(MessageParts.kindList(parents, .nl)).",
                en: "\(MessageParts.kindList([kind], .en).capitalizedFirst) cannot stand in \(MessageParts.kindList([parentKind], .en)); it can stand in \(MessageParts.kindList(parents, .en))."))
        }
    }
}
