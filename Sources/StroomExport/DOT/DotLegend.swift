/// The legend of a picture: a cluster with one sample of every shape and arrow the picture
/// used, and nothing else, each sample carrying its own word.
enum DotLegend {
    static func draw(on canvas: inout DotCanvas) {
        let elements = canvas.usedElements.sorted()
        let links = canvas.usedLinks.sorted()
        guard !elements.isEmpty || !links.isEmpty else { return }
        let language = canvas.language
        let anchor = canvas.legendAnchor
        canvas.cluster("stroom_legend", label: HTMLText.text(Words.legend[language]).bold(),
                       style: [.plain("style", "rounded"), .plain("color", Palette.muted), .plain("fontsize", "12")]) { canvas in
            // The shapes in one rank and the arrows in the next: a strip under a top-to-bottom
            // picture (hung under its lowest node), a narrow column beside a left-to-right one.
            canvas.writer.sameRank { writer in
                for element in elements {
                    // A star grows around its text: the legend's star is drawn at a fixed size.
                    let size: [DotAttribute] = element == .problem
                        ? [.plain("fixedsize", "true"), .plain("width", "1.1"), .plain("height", "0.95")] : []
                    writer.node("stroom.legend.\(element)", element.look + size + [
                        DotAttribute("label", .html(HTMLText.text(element.word[language]))),
                    ].filter { $0.name != "fontsize" } + [.plain("fontsize", "10")])
                }
            }
            // Each arrow between two points of one rank: short, across the picture's direction.
            canvas.writer.sameRank { writer in
                for link in links {
                    writer.node("stroom.legend.\(link).from", point)
                    writer.node("stroom.legend.\(link).to", point)
                }
            }
            for link in links {
                canvas.writer.edge("stroom.legend.\(link).from", "stroom.legend.\(link).to", link.look + [
                    DotAttribute("label", .html(HTMLText.text(link.word[language]))), .plain("fontsize", "10"),
                ])
            }
            // In the order of the vocabulary, and arrows in the order of theirs.
            for (element, next) in zip(elements, elements.dropFirst()) {
                canvas.writer.edge("stroom.legend.\(element)", "stroom.legend.\(next)", [.plain("style", "invis")])
            }
            for (link, next) in zip(links, links.dropFirst()) {
                canvas.writer.edge("stroom.legend.\(link).to", "stroom.legend.\(next).from", [.plain("style", "invis")])
            }
            if let first = elements.first.map({ "stroom.legend.\($0)" }), let link = links.first {
                canvas.writer.edge(first, "stroom.legend.\(link).from", [.plain("style", "invis")])
            }
        }
        // Outside the cluster: an edge written inside one would pull the anchor into it.
        if let anchor, let top = elements.first.map({ "stroom.legend.\($0)" }) ?? links.first.map({ "stroom.legend.\($0).from" }) {
            canvas.writer.edge(anchor, top, [.plain("style", "invis"), .plain("weight", "0")])
        }
    }

    static let point: [DotAttribute] = [.plain("shape", "point"), .plain("width", "0.05"), .plain("color", Palette.muted)]
}
