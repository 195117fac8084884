import StroomModel
import StroomSyntax

/// The time ladder of the flow view, at the bottom: one cell under each step (its process time
/// on the low rung) and under each wait (its waiting time on the high rung), then the totals
/// (lead time, process time, activity ratio) from ``ProcessFigures``: a total is shown only when
/// every time it adds up is known, as in the report; otherwise it says why (`onbekend: …`).
extension DotFlowView {
    /// The ladder under `order` (the whole row, or one row of several), with the totals at its
    /// end when `withTotals`; returns its first cell (nil when nothing was drawn).
    @discardableResult
    static func drawLadder(_ map: DeclarationID, flow: FlowGraph, cells order: [DeclarationID], withTotals: Bool,
                           ranksBelowProcess: Int, on canvas: inout DotCanvas) -> String? {
        guard !flow.nodes.isEmpty else { return nil }
        let analysis = canvas.analysis
        let figures = analysis.processFigures(map)
        let perDay = analysis.minutesPerDay(of: map)
        let language = canvas.language
        func text(_ minutes: Double?) -> String {
            minutes.map { FigureText.duration($0, minutesPerDay: perDay, language) } ?? Words.unknownTime
        }
        let cells = order.map { canvas.names.internalID(map, "ladder.\(canvas.id($0))") }
        let totals = canvas.names.internalID(map, "ladder.totals")
        canvas.sameRank { canvas in
            for (node, cell) in zip(order, cells) {
                let isWait = analysis.kind(node) == .wait
                let minutes = isWait ? analysis.minutes(node, .duration) : analysis.minutes(node, .time)
                canvas.extraNode(cell, [
                    .plain("shape", "plaintext"), .plain("margin", "0"),
                    DotAttribute("label", .html(rung(text(minutes), high: isWait, known: minutes != nil))),
                ])
            }
            if withTotals {
                canvas.extraNode(totals, [
                    .plain("shape", "box"), .plain("style", "rounded,filled"), .plain("fillcolor", Palette.cluster),
                    .plain("color", Palette.ladder),
                    DotAttribute("label", .html(totalsLabel(figures, minutesPerDay: perDay, language: language))),
                ])
            }
        }
        if withTotals { canvas.legendAnchor = totals }
        for (node, cell) in zip(order, cells) {
            canvas.invisibleEdge(canvas.id(node), cell, weight: 8, minlen: ranksBelowProcess)
        }
        for (cell, next) in zip(cells, cells.dropFirst() + (withTotals ? [totals] : [])) {
            canvas.invisibleEdge(cell, next)
        }
        return cells.first ?? (withTotals ? totals : nil)
    }

    /// One rung: a line on the high level (a wait) or the low level (a step), the time next to it.
    static func rung(_ time: String, high: Bool, known: Bool) -> HTMLText {
        let label = known ? HTMLText.text(time).bold() : HTMLText.text(time).font(color: Palette.muted)
        let width = "WIDTH=\"90\""
        let rows: [HTMLText] = high
            ? [
                .row([.cell(label, "\(width) HEIGHT=\"18\" SIDES=\"B\" BORDER=\"2\" COLOR=\"\(Palette.ladder)\"")]),
                .row([.cell(HTMLText(), "\(width) HEIGHT=\"22\"")]),
            ]
            : [
                .row([.cell(HTMLText(), "\(width) HEIGHT=\"18\"")]),
                .row([.cell(label, "\(width) HEIGHT=\"22\" SIDES=\"T\" BORDER=\"2\" COLOR=\"\(Palette.ladder)\"")]),
            ]
        return .table(rows, "BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"")
    }

    /// Lead time, process time and activity ratio, written by ``FigureText`` as the report and
    /// the hover write them; a figure whose times are not all known says why
    /// (`onbekend: 3 van 4 stappen zonder tijd`), never a sum that only looks right.
    static func totalsLabel(_ figures: ProcessFigures, minutesPerDay: Double, language: Language) -> HTMLText {
        let rows = Words.ladderFigures.map { figure in
            let known = figures.value(figure) != nil
            let value = HTMLText.text(figures.text(figure, minutesPerDay: minutesPerDay, language))
            return HTMLText.row([
                .cell(HTMLText.text(FigureText.name(figure, language)), "ALIGN=\"LEFT\""),
                .cell(known ? value.bold() : value.italic().font(color: Palette.muted), "ALIGN=\"RIGHT\""),
            ])
        }
        return .table(rows, "BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"")
    }
}
