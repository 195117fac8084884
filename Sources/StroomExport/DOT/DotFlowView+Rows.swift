import StroomModel
import StroomSyntax

/// A long flow in rows (``ExportLayout/stepsPerRow``, for `stroom render --paper`): each row
/// is a band of its own, its steps and waits, under them their problems, data and ideas, and
/// its part of the time ladder; the totals close the last band. The flow's own arrow goes from
/// the end of a row to the start of the next, which stands below the band above it, so the
/// picture reads like lines of text.
extension DotFlowView {
    /// The nodes in rows of at most `stepsPerRow`, as even as possible (11 in rows of 6: 6 and
    /// 5); one row when there is no limit or the flow is short enough.
    static func rows(of order: [DeclarationID], stepsPerRow: Int?) -> [[DeclarationID]] {
        guard let limit = stepsPerRow, limit > 0, order.count > limit else { return [order] }
        let count = (order.count + limit - 1) / limit
        let size = (order.count + count - 1) / count
        return stride(from: 0, to: order.count, by: size).map { Array(order[$0..<min($0 + size, order.count)]) }
    }

    /// The data side and the ladder of each row, and the invisible edge that puts a row under
    /// the band above it.
    static func drawBands(_ map: DeclarationID, flow: FlowGraph, rows: [[DeclarationID]], on canvas: inout DotCanvas) {
        guard rows.count > 1 else {
            let dataRanks = drawDataSide(map, row: nil, on: &canvas)
            drawLadder(map, flow: flow, cells: rows.first ?? [], withTotals: true, ranksBelowProcess: dataRanks + 1, on: &canvas)
            return
        }
        let homes = dataHomes(map, rows: rows, on: canvas)
        for (index, row) in rows.enumerated() {
            let start = canvas.drawn.count
            let dataRanks = drawDataSide(map, row: homes.filter { $0.value == index }.map(\.key), rowNodes: Set(row), on: &canvas)
            let items = canvas.drawn[start...]
            let isLast = index == rows.count - 1
            let ladder = drawLadder(map, flow: flow, cells: row, withTotals: isLast, ranksBelowProcess: dataRanks + 1, on: &canvas)
            // The band's problems, data and ideas above its ladder, the ladder above the next row.
            guard let ladder else { continue }
            for item in items { canvas.invisibleEdge(item, ladder, weight: 0) }
            // Heavy, so that each row starts under the one above (the flow's own arrow from the
            // end of the row would pull the next one to the right).
            if !isLast, let next = rows[index + 1].first {
                canvas.invisibleEdge(ladder, canvas.id(next), weight: 8)
            }
        }
    }

    /// The row each problem, data item, loose disruption and idea is drawn in: that of the
    /// first step it belongs to (an idea: that of the problem it hangs under); the first row
    /// when there is none.
    static func dataHomes(_ map: DeclarationID, rows: [[DeclarationID]], on canvas: DotCanvas) -> [DeclarationID: Int] {
        let analysis = canvas.analysis
        var rowOf: [DeclarationID: Int] = [:]
        for (index, row) in rows.enumerated() { for node in row { rowOf[node] = index } }
        var homes: [DeclarationID: Int] = [:]
        for item in analysis.members(of: map, .problem, .data, .disruption) {
            homes[item] = analysis.references(item, .at).lazy.compactMap { rowOf[$0] }.first ?? 0
        }
        for idea in analysis.members(of: map, .idea) {
            let home = analysis.references(idea, .solves).first { analysis.kind($0) == .problem && homes[$0] != nil }
            homes[idea] = home.flatMap { homes[$0] } ?? 0
        }
        return homes
    }

    /// Persons, systems and outside parties on one rank, or (laid out for paper) in lines of
    /// `perLine` under each other; returns the lines.
    @discardableResult
    static func drawLines(_ items: [(DeclarationID, Element)], perLine: Int?, on canvas: inout DotCanvas) -> [[(DeclarationID, Element)]] {
        let size = max(1, perLine ?? items.count)
        let lines = stride(from: 0, to: items.count, by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
        for line in lines {
            canvas.sameRank { canvas in
                for (id, element) in line {
                    canvas.node(id, as: element, label: canvas.label(id, as: element))
                }
            }
        }
        for (line, next) in zip(lines, lines.dropFirst()) {
            canvas.invisibleEdge(canvas.id(line[0].0), canvas.id(next[0].0))
        }
        return lines
    }
}
