/// The legend of a picture: a cluster with one sample of every shape and arrow the picture
/// used, and nothing else, each sample carrying its own word. It is one row under a
/// top-to-bottom picture and one column beside a left-to-right one, and every arrow sample
/// points across the page (left to right), long enough to show its line and head.
enum DotLegend {
    static func draw(on canvas: inout DotCanvas) {
        let elements = canvas.usedElements.sorted()
        let links = canvas.usedLinks.sorted()
        guard !elements.isEmpty || !links.isEmpty else { return }
        let language = canvas.language
        let anchor = canvas.legendAnchor
        // Left to right a rank is a column: an arrow goes from the legend's column to the next
        // one. Top to bottom a rank is a row: an arrow stays in the legend's row.
        let isColumn = canvas.rankdir == "LR"
        canvas.cluster("stroom_legend", label: HTMLText.text(Words.legend[language]).bold(),
                       style: [.plain("style", "rounded"), .plain("color", Palette.muted), .plain("fontsize", "12"),
                               .plain("margin", "12")]) { canvas in
            canvas.writer.sameRank { writer in
                for element in elements {
                    writer.node(shapeID(element), element.look.filter { $0.name != "fontsize" } + [
                        DotAttribute("label", .html(element.mark + HTMLText.text(element.word[language]))), .plain("fontsize", "10"),
                    ])
                }
                for link in links {
                    writer.node(startID(link), point)
                    if !isColumn { writer.node(endID(link), point) }
                }
            }
            if isColumn, !links.isEmpty {
                canvas.writer.sameRank { writer in
                    for link in links { writer.node(endID(link), point) }
                }
            }
            for link in links {
                // The word in a cell of a fixed least width: a short word still gets an arrow
                // long enough to show its dashes and head.
                let word = HTMLText.table([HTMLText.row([HTMLText.cell(HTMLText.text(link.word[language]), "WIDTH=\"60\"")])],
                                          "BORDER=\"0\" CELLPADDING=\"1\" CELLSPACING=\"0\"")
                canvas.writer.edge(startID(link), endID(link), link.look + [DotAttribute("label", .html(word)), .plain("fontsize", "10"), .plain("weight", "10")])
            }
            // In the order of the vocabulary, shapes first, then arrows in the order of theirs
            // (left to right, Graphviz stacks a rank from the bottom: the chain runs backwards).
            let forward = elements.map { (first: shapeID($0), last: shapeID($0)) }
                + links.map { (first: startID($0), last: isColumn ? startID($0) : endID($0)) }
            let order = isColumn ? forward.reversed() : forward
            for (item, next) in zip(order, order.dropFirst()) {
                canvas.writer.edge(item.last, next.first, [.plain("style", "invis")])
            }
            if isColumn {
                let ends = links.reversed().map(endID)
                for (end, next) in zip(ends, ends.dropFirst()) {
                    canvas.writer.edge(end, next, [.plain("style", "invis")])
                }
            }
        }
        // Outside the cluster: an edge written inside one would pull the anchor into it.
        if let anchor, let top = elements.first.map(shapeID) ?? links.first.map(startID) {
            canvas.writer.edge(anchor, top, [.plain("style", "invis"), .plain("weight", "0")])
        }
    }

    static func shapeID(_ element: Element) -> String { "stroom.legend.\(element)" }
    static func startID(_ link: Link) -> String { "stroom.legend.\(link).from" }
    static func endID(_ link: Link) -> String { "stroom.legend.\(link).to" }

    /// An arrow's end: invisible, so that nothing covers the arrow's head.
    static let point: [DotAttribute] = [.plain("shape", "point"), .plain("width", "0.05"), .plain("style", "invis")]
}
