import StroomModel
import StroomSyntax

/// The `benefits` view of a benefit logic, means on the left and purpose on the right:
/// opportunities and workload → activities and initiatives (a cluster per theme) → benefits →
/// the "blij als" purposes (a cluster per stakeholder). Workload is attached to the activity it
/// weighs on, with its source; whatever does not contribute to the purpose (``Contribution``,
/// the same rule as B403) is grey, dashed and says so; a purpose nothing reaches says that.
enum DotBenefitsView: DotView {
    static let rankdir = "LR"
    /// Many means stack in one column: wide, low labels and little space between them.
    static let labelScale = 1.7
    static let graphAttributes: [DotAttribute] = [.plain("nodesep", "0.12"), .plain("ranksep", "1.2")]

    static func draw(_ map: DeclarationID, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let contribution = analysis.contribution(map)
        let marksMissing = !analysis.members(of: map, .purpose, .goal).isEmpty
        func contributes(_ id: DeclarationID) -> Bool { !marksMissing || contribution.contributing.contains(id) }

        drawWorkload(map, on: &canvas)
        for opportunity in analysis.members(of: map, .opportunity) {
            canvas.node(opportunity, as: .opportunity, label: canvas.label(opportunity, as: .opportunity))
        }
        let themes = analysis.members(of: map, .theme)
        var themed: Set<DeclarationID> = []
        for theme in themes {
            let members = analysis.inWorkspaceOrder(analysis.referrers(of: theme, kind: .activity, via: .theme)
                + analysis.referrers(of: theme, kind: .initiative, via: .theme))
            themed.formUnion(members)
            drawTheme(theme, members: members, contributes: contributes, on: &canvas)
        }
        for id in analysis.members(of: map, .activity, .initiative) where !themed.contains(id) {
            drawMeans(id, contributes: contributes(id), on: &canvas)
        }
        for benefit in analysis.members(of: map, .benefit) {
            canvas.node(benefit, as: .benefit, label: canvas.label(benefit, as: .benefit))
        }
        drawSituations(map, on: &canvas)
        drawPurposes(map, contribution: contribution, on: &canvas)
        drawGoals(map, contribution: contribution, on: &canvas)
        drawKnelpunten(map, on: &canvas)
        drawArrows(map, on: &canvas)
    }

    static func themeAnchor(_ theme: DeclarationID, on canvas: DotCanvas) -> String { canvas.id(theme) }

    static func drawTheme(_ theme: DeclarationID, members: [DeclarationID], contributes: (DeclarationID) -> Bool, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let letter = analysis.values(theme, .letter).first?.text
        let title = (letter.map { "\($0) · " } ?? "") + TextLayout.title(of: analysis[theme])
        var label = HTMLText.lines(TextLayout.lines(title, width: 40)).bold()
        let ok = contributes(theme)
        if !ok { label += .lineBreak + HTMLText.text(Words.doesNotContribute[canvas.language]).italic().font(size: 10, color: Palette.muted) }
        canvas.uses(ok ? .activity : .notContributing)
        canvas.cluster("theme_" + canvas.id(theme), label: label, style: [
            .plain("style", ok ? "rounded,filled" : "rounded,dashed,filled"), .plain("fillcolor", Palette.cluster),
            .plain("color", ok ? Palette.ink : Palette.muted), .plain("fontsize", "13"), .tooltip(canvas.tooltip(theme)),
        ]) { canvas in
            // The theme's own arrows start at this point on the cluster's edge.
            canvas.extraNode(themeAnchor(theme, on: canvas), [
                .plain("shape", "point"), .plain("style", "invis"), .plain("width", "0.01"), .plain("label", ""),
            ])
            for member in members { drawMeans(member, contributes: contributes(member), on: &canvas) }
        }
    }

    /// An activity or initiative: selected initiatives green and bold with their number of
    /// actions; anything that does not contribute grey and dashed.
    static func drawMeans(_ id: DeclarationID, contributes: Bool, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let language = canvas.language
        var details: [HTMLText] = []
        var element: Element = analysis.kind(id) == .initiative ? .initiative : .activity
        if analysis.kind(id) == .initiative {
            let actions = analysis[id].children.filter { analysis.kind($0) == .action }.count
            var facts: [String] = []
            if analysis.enumValue(id, .selected) == "ja" {
                element = .selectedInitiative
                facts.append("✔ " + Words.selected[language])
            }
            if actions > 0 { facts.append(Words.actions(actions)[language]) }
            if !facts.isEmpty { details.append(HTMLText.text(facts.joined(separator: " · "))) }
            details += amoBadge(id, on: canvas)
            for source in analysis.references(id, .from) {
                let map = analysis[source].map.map { " (\(analysis[$0].quotedName))" } ?? ""
                details.append(HTMLText.lines(TextLayout.lines("\(Words.from[language]): " + TextLayout.title(of: analysis[source]) + map, width: 32)))
            }
        }
        if !contributes {
            canvas.uses(element)
            element = .notContributing
            details.append(HTMLText.text(Words.doesNotContribute[language]).italic())
        }
        canvas.node(id, as: element, label: canvas.label(id, as: element, details: details))
    }

    /// "bron: organisatie" for a workload item.
    static func sourceLine(_ workload: DeclarationID, on canvas: DotCanvas) -> [HTMLText] {
        let language = canvas.language
        guard let source = canvas.analysis.enumValue(workload, .source) else { return [HTMLText.text(Words.noSource[language]).italic()] }
        return [HTMLText.text("\(Words.source[language]): \(Words.value(source, in: EnumSets.workloadSource, language))")]
    }
}
