import StroomModel
import StroomSyntax

/// The benefits view in Mermaid: opportunities and workload, activities and initiatives in a
/// subgraph per theme, benefits, and the purposes in a subgraph per stakeholder, with the
/// contributes-to arrows (a theme's own from its subgraph). What does not contribute is grey and
/// dashed and says so, as in the DOT.
enum MermaidBenefitsView: MermaidView {
    static func draw(_ map: DeclarationID, on canvas: inout MermaidCanvas) {
        let analysis = canvas.analysis
        let language = canvas.language
        let contribution = analysis.contribution(map)
        let marksMissing = !analysis.members(of: map, .purpose, .goal).isEmpty
        func means(_ id: DeclarationID, on canvas: inout MermaidCanvas) {
            var element: Element = analysis.kind(id) == .initiative
                ? (analysis.enumValue(id, .selected) == "ja" ? .selectedInitiative : .initiative) : .activity
            var details: [String] = element == .selectedInitiative ? ["✔ " + Words.selected[language]] : []
            if marksMissing, !contribution.contributing.contains(id) {
                element = .notContributing
                details.append(Words.doesNotContribute[language])
            }
            canvas.node(id, as: element, details: details)
        }
        for workload in analysis.members(of: map, .workload) {
            let source = analysis.enumValue(workload, .source)
                .map { "\(Words.source[language]): \(Words.value($0, in: EnumSets.workloadSource, language))" } ?? Words.noSource[language]
            canvas.node(workload, as: .workload, details: [source])
        }
        for opportunity in analysis.members(of: map, .opportunity) { canvas.node(opportunity, as: .opportunity) }
        var themed: Set<DeclarationID> = []
        for theme in analysis.members(of: map, .theme) {
            let members = analysis.inWorkspaceOrder(analysis.referrers(of: theme, kind: .activity, via: .theme)
                + analysis.referrers(of: theme, kind: .initiative, via: .theme))
            themed.formUnion(members)
            let letter = analysis.values(theme, .letter).first?.text.map { "\($0) · " } ?? ""
            var title = letter + TextLayout.title(of: analysis[theme])
            if marksMissing, !contribution.contributing.contains(theme) { title += " (\(Words.doesNotContribute[language]))" }
            guard !members.isEmpty else {
                // An empty subgraph is not worth a frame: the theme is a node of its own.
                canvas.extraNode(canvas.rawID(theme), as: .activity, label: title)
                continue
            }
            canvas.writer.openSubgraph(canvas.rawID(theme), title: title)
            for member in members { means(member, on: &canvas) }
            canvas.writer.closeSubgraph()
        }
        for id in analysis.members(of: map, .activity, .initiative) where !themed.contains(id) { means(id, on: &canvas) }
        for benefit in analysis.members(of: map, .benefit) { canvas.node(benefit, as: .benefit) }
        let purposes = analysis.members(of: map, .purpose)
        func purpose(_ id: DeclarationID, on canvas: inout MermaidCanvas) {
            let reached = !(contribution.contributorsByPurpose[id] ?? []).isEmpty
            canvas.node(id, as: .purpose, details: reached ? [] : [Words.nothingReachesThis[language]])
        }
        var grouped: Set<DeclarationID> = []
        for stakeholder in analysis.members(of: map, .stakeholder) {
            let own = purposes.filter { !grouped.contains($0) && analysis.references($0, .who).first == stakeholder }
            guard !own.isEmpty else { continue }
            grouped.formUnion(own)
            canvas.writer.openSubgraph(canvas.rawID(stakeholder), title: TextLayout.title(of: analysis[stakeholder]) + " — " + Words.happyWhen[language])
            for id in own { purpose(id, on: &canvas) }
            canvas.writer.closeSubgraph()
        }
        for id in purposes where !grouped.contains(id) { purpose(id, on: &canvas) }
        drawSHRM(map, contribution: contribution, on: &canvas)
        for arrow in analysis.edges(in: map, role: .contribution) {
            guard let from = arrow.from, let to = arrow.to else { continue }
            canvas.link(from, to, as: .contributes)
        }
        let drawnMeans = Set(analysis.members(of: map, .activity, .initiative))
        let workloads = Set(analysis.members(of: map, .workload))
        for workload in analysis.inWorkspaceOrder(workloads) {
            for target in analysis.references(workload, .at) where drawnMeans.contains(target) { canvas.link(workload, target, as: .workloadAt) }
        }
        for opportunity in analysis.members(of: map, .opportunity) {
            for target in analysis.references(opportunity, .reduces) where workloads.contains(target) {
                canvas.link(opportunity, target, as: .reduces)
            }
        }
    }
}
