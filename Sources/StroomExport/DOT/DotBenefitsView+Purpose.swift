import StroomModel
import StroomSyntax

/// The two ends of the benefits view: workload on the left (attached to what it weighs on),
/// the purposes on the right (a cluster per stakeholder), and the arrows between.
extension DotBenefitsView {
    static func drawWorkload(_ map: DeclarationID, on canvas: inout DotCanvas) {
        for workload in canvas.analysis.members(of: map, .workload) {
            canvas.node(workload, as: .workload, label: canvas.label(workload, as: .workload, details: sourceLine(workload, on: canvas)))
        }
    }

    /// The purposes, grouped per stakeholder (the first one named), in one column.
    static func drawPurposes(_ map: DeclarationID, contribution: Contribution, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let language = canvas.language
        let purposes = analysis.members(of: map, .purpose)
        guard !purposes.isEmpty else { return }
        func drawPurpose(_ purpose: DeclarationID, on canvas: inout DotCanvas) {
            let reached = !(contribution.contributorsByPurpose[purpose] ?? []).isEmpty
            let details = reached ? [] : [HTMLText.text(Words.nothingReachesThis[language]).italic().font(color: Palette.missing)]
            canvas.node(purpose, as: .purpose, label: canvas.label(purpose, as: .purpose, details: details),
                        extra: reached ? [] : [.plain("style", "dashed,filled")])
        }
        let stakeholders = analysis.members(of: map, .stakeholder)
        var grouped: Set<DeclarationID> = []
        for stakeholder in stakeholders {
            let own = purposes.filter { !grouped.contains($0) && analysis.references($0, .who).first == stakeholder }
            guard !own.isEmpty else { continue }
            grouped.formUnion(own)
            let label = HTMLText.lines(TextLayout.lines(TextLayout.title(of: analysis[stakeholder]), width: 40)).bold()
                + HTMLText.text(" — " + Words.happyWhen[language]).font(size: 11)
            canvas.cluster("stakeholder_" + canvas.id(stakeholder), label: label, style: [
                .plain("style", "rounded,filled"), .plain("fillcolor", "#e7f5ff"), .plain("color", Palette.purposeInk),
                .plain("fontsize", "13"),
            ]) { canvas in
                for purpose in own { drawPurpose(purpose, on: &canvas) }
            }
        }
        for purpose in purposes where !grouped.contains(purpose) { drawPurpose(purpose, on: &canvas) }
        // One column, across the stakeholder clusters (newrank allows that).
        canvas.sameRank { canvas in
            for purpose in purposes { canvas.writer.node(canvas.id(purpose), []) }
        }
    }

    /// Contributes-to arrows (a theme's from the edge of its cluster), workload at what it
    /// weighs on, opportunities to the workload they reduce.
    static func drawArrows(_ map: DeclarationID, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let themes = Set(analysis.members(of: map, .theme))
        for arrow in analysis.edges(in: map, role: .contribution) {
            guard let from = arrow.from, let to = arrow.to else { continue }
            var extra: [DotAttribute] = []
            if themes.contains(from) { extra.append(.text("ltail", "cluster_theme_" + canvas.id(from))) }
            if themes.contains(to) { extra.append(.text("lhead", "cluster_theme_" + canvas.id(to))) }
            canvas.edge(canvas.id(from), canvas.id(to), as: .contributes, extra: extra)
        }
        let drawnMeans = Set(analysis.members(of: map, .activity, .initiative))
        for workload in analysis.members(of: map, .workload) {
            for target in analysis.references(workload, .at) where drawnMeans.contains(target) {
                canvas.edge(canvas.id(workload), canvas.id(target), as: .workloadAt)
            }
        }
        let workloads = Set(analysis.members(of: map, .workload))
        for opportunity in analysis.members(of: map, .opportunity) {
            for target in analysis.references(opportunity, .reduces) where workloads.contains(target) {
                canvas.edge(canvas.id(opportunity), canvas.id(target), as: .reduces)
            }
        }
    }
}
