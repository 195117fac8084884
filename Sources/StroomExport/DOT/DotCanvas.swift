import StroomModel
import StroomSyntax

/// What a view draws on: the writer, the model, the node ids, the language, and the record
/// of which shapes and arrows were used (for the legend).
struct DotCanvas {
    let analysis: Analysis
    let language: Language
    let names: NodeNames
    /// `TB` or `LR`, as the view set it.
    let rankdir: String
    var writer = DotWriter()
    private(set) var usedElements: Set<Element> = []
    private(set) var usedLinks: Set<Link> = []
    /// The lowest node of a top-to-bottom picture, under which the legend hangs (else the
    /// legend takes the first rank).
    var legendAnchor: String?

    /// Labels wrap at their element's width times this.
    let labelScale: Double
    /// Labels wrap at this fraction of their usual width (``ExportLayout/wrapScale``).
    var narrowing = 1.0
    /// The flow view's steps per row (``ExportLayout/stepsPerRow``).
    var stepsPerRow: Int?
    /// Samples in a row of the legend under a top-to-bottom picture (nil: `DotLegend.itemsPerRow`).
    var legendItemsPerRow: Int?
    /// The first and the last node drawn (since `firstNode` was last set to nil): where a map
    /// starts and ends, to put maps in line.
    var firstNode: String?
    private(set) var lastNode: String?
    /// Every node drawn, in order.
    private(set) var drawn: [String] = []

    init(analysis: Analysis, language: Language, names: NodeNames, rankdir: String, labelScale: Double = 1) {
        self.rankdir = rankdir
        self.labelScale = labelScale
        self.analysis = analysis
        self.language = language
        self.names = names
    }

    func id(_ declaration: DeclarationID) -> String { names.id(declaration, in: analysis) }

    func word(_ text: LocalizedText) -> String { text[language] }

    /// The usual label: the title in wrapped lines, then smaller detail lines.
    func label(_ declaration: DeclarationID, as element: Element, details: [HTMLText] = [], bold: Bool = false) -> HTMLText {
        let text = TextLayout.title(of: analysis[declaration])
        let width = max(1, Int((Double(element.wrapWidth) * labelScale * narrowing).rounded()))
        let title = HTMLText.lines(TextLayout.wrap(text, width: width))
        var label = element.mark + (bold ? title.bold() : title)
        for detail in details where !detail.isEmpty {
            label += .lineBreak + detail.font(size: 9, color: Palette.ink)
        }
        return label
    }

    /// The full text of a declaration for the SVG tooltip: label and description, uncut.
    func tooltip(_ declaration: DeclarationID) -> String {
        let title = TextLayout.title(of: analysis[declaration])
        guard let description = analysis.values(declaration, .description).first?.text, !description.isEmpty else { return title }
        return title + "\n" + description
    }

    /// A node for a declaration, in the look of its element.
    mutating func node(_ declaration: DeclarationID, as element: Element, label: HTMLText, extra: [DotAttribute] = []) {
        usedElements.insert(element)
        drew(id(declaration))
        writer.node(id(declaration), element.look + [DotAttribute("label", .html(label)), .tooltip(tooltip(declaration))] + extra)
    }

    /// A node Stroom adds (a ladder cell, a loop label), with its own id.
    mutating func extraNode(_ id: String, _ attributes: [DotAttribute]) {
        drew(id)
        writer.node(id, attributes)
    }

    private mutating func drew(_ id: String) {
        if firstNode == nil { firstNode = id }
        lastNode = id
        drawn.append(id)
    }

    /// An arrow of a kind between two nodes.
    mutating func edge(_ from: String, _ to: String, as link: Link, extra: [DotAttribute] = []) {
        usedLinks.insert(link)
        writer.edge(from, to, link.look + extra)
    }

    /// An arrow Stroom needs for the layout only.
    mutating func invisibleEdge(_ from: String, _ to: String, weight: Int = 1, minlen: Int = 1) {
        var attributes: [DotAttribute] = [.plain("style", "invis"), .plain("weight", "\(weight)")]
        if minlen != 1 { attributes.append(.plain("minlen", "\(minlen)")) }
        writer.edge(from, to, attributes)
    }

    /// Records an element drawn some other way (a row in a table, a cluster).
    mutating func uses(_ element: Element) { usedElements.insert(element) }
    mutating func uses(_ link: Link) { usedLinks.insert(link) }

    /// `{ rank=same; … }` around what `body` draws.
    mutating func sameRank(_ body: (inout DotCanvas) -> Void) {
        writer.line("{")
        writer.line("  rank=same;")
        body(&self)
        writer.line("}")
    }

    /// A cluster around what `body` draws.
    mutating func cluster(_ id: String, label: HTMLText, style: [DotAttribute], _ body: (inout DotCanvas) -> Void) {
        writer.openSubgraph("cluster_" + id)
        writer.set([DotAttribute("label", .html(label))] + style)
        body(&self)
        writer.close()
    }
}
