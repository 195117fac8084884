import StroomSyntax

/// The legend of a picture: a cluster with one sample of every shape and arrow the picture
/// used, and nothing else, each sample carrying its own word. Beside a left-to-right picture
/// it is one column; under a top-to-bottom one it is a strip of rows of at most
/// `itemsPerRow` samples (one row for most pictures; fewer in a layout for narrow paper), so that it never makes the picture
/// wider than a printed page allows. Every arrow sample points across the page, left to
/// right, long enough to show its line and head.
enum DotLegend {
    static let itemsPerRow = 6

    /// A sample: a shape (one node) or an arrow (from one point to another).
    enum Item {
        case shape(Element)
        case arrow(Link)

        var first: String {
            switch self {
            case .shape(let element): "stroom.legend.\(element)"
            case .arrow(let link): "stroom.legend.\(link).from"
            }
        }

        var end: String? {
            if case .arrow(let link) = self { return "stroom.legend.\(link).to" }
            return nil
        }
    }

    static func draw(on canvas: inout DotCanvas) {
        let items = canvas.usedElements.sorted().map(Item.shape) + canvas.usedLinks.sorted().map(Item.arrow)
        guard let top = items.first?.first else { return }
        let language = canvas.language
        // Left to right a rank is a column: an arrow goes from the legend's column to the next
        // one. Top to bottom a rank is a row: an arrow stays in its row.
        let isColumn = canvas.rankdir == "LR"
        let perRow = canvas.legendItemsPerRow ?? itemsPerRow
        let rows = isColumn ? [items] : stride(from: 0, to: items.count, by: perRow).map {
            Array(items[$0..<min($0 + perRow, items.count)])
        }
        canvas.cluster("stroom_legend", label: HTMLText.text(Words.legend[language]).bold(),
                       style: [.plain("style", "rounded"), .plain("color", Palette.muted), .plain("fontsize", "12"),
                               .plain("margin", "12")]) { canvas in
            for row in rows {
                canvas.writer.sameRank { writer in
                    for item in row { sample(item, isColumn: isColumn, language, &writer) }
                }
                // In the order of the vocabulary, shapes first (left to right, Graphviz stacks
                // a rank from the bottom: the chain runs backwards).
                let order = isColumn ? row.reversed() : row
                for (item, next) in zip(order, order.dropFirst()) {
                    canvas.writer.edge(isColumn ? item.first : item.end ?? item.first, next.first, [.plain("style", "invis")])
                }
            }
            if isColumn {
                let ends = items.reversed().compactMap(\.end)
                if !ends.isEmpty {
                    canvas.writer.sameRank { writer in
                        for end in ends { writer.node(end, point + [group(end)]) }
                    }
                }
                for (end, next) in zip(ends, ends.dropFirst()) {
                    canvas.writer.edge(end, next, [.plain("style", "invis")])
                }
            }
            for (row, next) in zip(rows, rows.dropFirst()) {
                canvas.writer.edge(row[0].first, next[0].first, [.plain("style", "invis")])
            }
            for item in items {
                guard case .arrow(let link) = item, let end = item.end else { continue }
                // The word in a cell of a fixed least width: a short word still gets an arrow
                // long enough to show its dashes and head.
                let word = HTMLText.table([HTMLText.row([HTMLText.cell(HTMLText.text(link.word[language]), "WIDTH=\"60\"")])],
                                          "BORDER=\"0\" CELLPADDING=\"1\" CELLSPACING=\"0\"")
                canvas.writer.edge(item.first, end, link.look + [
                    DotAttribute("label", .html(word)), .plain("fontsize", "10"), .plain("weight", "10"),
                ])
            }
        }
        // Outside the cluster: an edge written inside one would pull the anchor into it.
        if let anchor = canvas.legendAnchor {
            canvas.writer.edge(anchor, top, [.plain("style", "invis"), .plain("weight", "0")])
        }
    }

    /// The node(s) of a sample in its rank: a shape with its word, or the arrow's start (and,
    /// in a row, its end).
    static func sample(_ item: Item, isColumn: Bool, _ language: Language, _ writer: inout DotWriter) {
        switch item {
        case .shape(let element):
            writer.node(item.first, element.look.filter { $0.name != "fontsize" } + [
                DotAttribute("label", .html(element.mark + HTMLText.text(element.word[language]))), .plain("fontsize", "10"),
            ])
        case .arrow:
            writer.node(item.first, isColumn ? point + [group(item.first)] : point)
            if !isColumn, let end = item.end { writer.node(end, point) }
        }
    }

    /// In a column, an arrow's two points share a Graphviz `group`, which keeps the arrow
    /// between them straight: across, not slanting to wherever the next column put its end.
    static func group(_ point: String) -> DotAttribute {
        .text("group", point.split(separator: ".").dropLast().joined(separator: "."))
    }

    /// An arrow's end: invisible, so that nothing covers the arrow's head.
    static let point: [DotAttribute] = [.plain("shape", "point"), .plain("width", "0.05"), .plain("style", "invis")]
}
