import StroomModel
import StroomSyntax

/// One view drawn in DOT: the graph direction it needs, and how it draws one map.
protocol DotView: SendableMetatype {
    /// `TB` or `LR`.
    static var rankdir: String { get }
    /// How much wider than usual labels wrap (a left-to-right view with tall columns wants
    /// wide, low nodes).
    static var labelScale: Double { get }
    /// Graph attributes the view needs besides the common ones.
    static var graphAttributes: [DotAttribute] { get }
    static func draw(_ map: DeclarationID, on canvas: inout DotCanvas)
}

extension DotView {
    static var labelScale: Double { 1 }
    static var graphAttributes: [DotAttribute] { [] }
}

/// A view in the table of views.
struct DotViewEntry: Sendable {
    let rankdir: String
    let labelScale: Double
    let graphAttributes: @Sendable () -> [DotAttribute]
    let draw: @Sendable (DeclarationID, inout DotCanvas) -> Void

    init<View: DotView>(_ view: View.Type) {
        rankdir = View.rankdir
        labelScale = View.labelScale
        graphAttributes = { View.graphAttributes }
        draw = { View.draw($0, on: &$1) }
    }
}

/// Graphviz DOT for the maps of a file: a pure function from the model to text, the same bytes
/// for the same input. One map gives one graph; several give one cluster per map.
public enum DotExporter {
    /// The one font of every picture. Graphviz knows Helvetica as a standard PostScript font
    /// (the SVG says `Helvetica,sans-Serif`), and fontconfig finds it, or a font of the same
    /// widths, on every system: Helvetica on macOS, Arial on Windows, Liberation Sans or Nimbus
    /// Sans on Linux. Graphviz reads no list of fonts here (see `docs/exports.md`, Fonts).
    static let fontName = "Helvetica"

    /// The views, by name: a table, not a switch (one file per view).
    static let views: [ExportView: DotViewEntry] = [
        .flow: DotViewEntry(DotFlowView.self),
        .causes: DotViewEntry(DotCausesView.self),
        .board: DotViewEntry(DotBoardView.self),
        .benefits: DotViewEntry(DotBenefitsView.self),
        .stakeholders: DotViewEntry(DotStakeholdersView.self),
    ]

    /// The DOT of the file at `path` (a path of `analysis.files`).
    public static func export(_ analysis: Analysis, path: String, options: ExportOptions) -> Result<ExportOutput, ExportProblem> {
        ExportSelection.make(analysis, path: path, options: options).map { selection in
            ExportOutput(text: render(analysis, selection: selection, path: path, language: options.language, layout: options.layout),
                         view: selection.view)
        }
    }

    static func render(_ analysis: Analysis, selection: ExportSelection, path: String, language: Language,
                       layout: ExportLayout = .standard) -> String {
        let view = views[selection.view]!
        let turnable = selection.view == .causes || selection.view == .benefits
        let rankdir = layout.turned && turnable ? (view.rankdir == "LR" ? "TB" : "LR") : view.rankdir
        var canvas = DotCanvas(analysis: analysis, language: language, names: NodeNames(analysis: analysis, maps: selection.maps),
                                rankdir: rankdir, labelScale: view.labelScale)
        canvas.narrowing = layout.wrapScale
        canvas.stepsPerRow = layout.stepsPerRow
        // A layout for narrow paper has a narrower legend too.
        canvas.legendItemsPerRow = layout.stepsPerRow.map { min(6, max(3, $0 + 1)) } ?? (layout.wrapScale < 1 ? 4 : nil)
        let title = selection.maps.count == 1 ? TextLayout.title(of: analysis[selection.maps[0]]) : fileName(path)
        canvas.writer.comment("stroom dot --view \(selection.view.rawValue) --lang \(language.rawValue) \(fileName(path))")
        for skipped in selection.skipped {
            canvas.writer.comment("\(analysis[skipped].quotedName): " + LocalizedText(
                nl: "geen weergave \(selection.view.rawValue) voor deze kaart",
                en: "no \(selection.view.rawValue) view for this map")[language])
        }
        canvas.writer.openGraph(selection.maps.count == 1 ? canvas.id(selection.maps[0]) : fileName(path))
        canvas.writer.set([
            .plain("charset", "UTF-8"),
            .plain("rankdir", rankdir),
            .plain("fontname", fontName),
            DotAttribute("label", .html(HTMLText.lines(TextLayout.lines(title, width: 80)).bold()
                + (selection.maps.count == 1 ? replacesLine(selection.maps[0], analysis, language) : HTMLText()))),
            .plain("labelloc", "t"),
            .plain("fontsize", "20"),
            .plain("nodesep", "0.3"),
            .plain("ranksep", "0.45"),
            .plain("newrank", "true"),
            // The last crossing pass over clusters ignores the order of flat edges; without it
            // a process row inside a map's frame keeps its left-to-right order.
            .plain("remincross", "false"),
            .plain("compound", "true"),
        ].filter { common in !view.graphAttributes().contains { $0.name == common.name } } + view.graphAttributes())
        canvas.writer.defaults("node", [.plain("fontname", fontName), .plain("fontsize", "11"), .plain("margin", "0.12,0.06")])
        canvas.writer.defaults("edge", [.plain("fontname", fontName), .plain("fontsize", "9"), .plain("arrowsize", "0.7")])
        if selection.maps.isEmpty {
            canvas.writer.node("stroom.empty", [.plain("shape", "plaintext"), DotAttribute("label", .html(HTMLText.text(
                LocalizedText(nl: "Dit bestand heeft (nog) geen kaart.", en: "This file has no map (yet).")[language])))])
        }
        var previousEnd: String?
        for map in selection.maps {
            if selection.maps.count == 1 {
                view.draw(map, &canvas)
            } else {
                canvas.firstNode = nil
                let anchorBefore = canvas.legendAnchor
                let label = HTMLText.lines(TextLayout.lines(TextLayout.title(of: analysis[map]), width: 60)).bold()
                    + replacesLine(map, analysis, language)
                canvas.cluster("map_" + canvas.id(map), label: label,
                               style: [.plain("style", "rounded"), .plain("color", Palette.muted), .plain("fontsize", "16")]) { canvas in
                    view.draw(map, &canvas)
                }
                // Maps in line: this map's first node after the last one's end.
                if layout.mapsInLine, let end = previousEnd, let first = canvas.firstNode {
                    canvas.invisibleEdge(end, first, weight: 0)
                }
                previousEnd = canvas.legendAnchor != anchorBefore ? canvas.legendAnchor : canvas.lastNode
            }
        }
        DotLegend.draw(on: &canvas)
        canvas.writer.close()
        return canvas.writer.output
    }

    /// "vervangt: …" under the title of a map that replaces another (`vervangt:`).
    static func replacesLine(_ map: DeclarationID, _ analysis: Analysis, _ language: Language) -> HTMLText {
        var result = HTMLText()
        for replaced in analysis.references(map, .replaces) {
            let line = "\(Words.replaces[language]): \(TextLayout.title(of: analysis[replaced]))"
            result += .lineBreak + HTMLText.lines(TextLayout.lines(line, width: 70)).font(size: 11, color: Palette.muted)
        }
        return result
    }

    static func fileName(_ path: String) -> String {
        PathStyle.native.fileName(of: path)
    }
}
