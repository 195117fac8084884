import StroomModel
import StroomSyntax

/// What a Mermaid view draws on: the writer, the model, the ids and the elements used (each
/// gets its `classDef` at the end).
struct MermaidCanvas {
    let analysis: Analysis
    let language: Language
    let names: NodeNames
    var writer = MermaidWriter()
    private(set) var used: Set<Element> = []

    init(analysis: Analysis, language: Language, names: NodeNames) {
        self.analysis = analysis
        self.language = language
        self.names = names
    }

    func rawID(_ declaration: DeclarationID) -> String { names.id(declaration, in: analysis) }

    /// A node for a declaration: its title (cut and wrapped like in DOT), then detail lines.
    mutating func node(_ declaration: DeclarationID, as element: Element, details: [String] = []) {
        let title = TextLayout.shortened(TextLayout.title(of: analysis[declaration]), limit: element.characterLimit)
        let lines = TextLayout.wrap(title, width: element.wrapWidth + 8) + details
        extraNode(rawID(declaration), as: element, label: lines.joined(separator: "\n"))
    }

    mutating func extraNode(_ id: String, as element: Element, label: String) {
        used.insert(element)
        writer.node(id, shape: element.mermaidShape, label: label, className: element.mermaidClass)
    }

    @discardableResult
    mutating func link(_ from: DeclarationID, _ to: DeclarationID, as link: Link, label: String? = nil) -> Int {
        writer.link(rawID(from), rawID(to), arrow: link.mermaidArrow, label: label)
    }
}

/// One view drawn in Mermaid.
protocol MermaidView: SendableMetatype {
    static func draw(_ map: DeclarationID, on canvas: inout MermaidCanvas)
}

/// A Mermaid `flowchart LR` for the flow, causes and benefits views: the same ids and labels
/// as the DOT, shapes mapped to Mermaid's nearest, colours as classes. GitHub renders it in
/// Markdown. The board is a table, not a flowchart, so it has no Mermaid form.
public enum MermaidExporter {
    static let views: [ExportView: @Sendable (DeclarationID, inout MermaidCanvas) -> Void] = [
        .flow: { MermaidFlowView.draw($0, on: &$1) },
        .causes: { MermaidCausesView.draw($0, on: &$1) },
        .benefits: { MermaidBenefitsView.draw($0, on: &$1) },
    ]

    public static func export(_ analysis: Analysis, path: String, options: ExportOptions) -> Result<ExportOutput, ExportProblem> {
        ExportSelection.make(analysis, path: path, options: options).flatMap { selection in
            guard let draw = views[selection.view] else {
                return .failure(ExportProblem(message: LocalizedText(
                    nl: "De weergave ‘\(selection.view.rawValue)’ is een tabel en bestaat alleen als DOT (laat --format mermaid weg).",
                    en: "The ‘\(selection.view.rawValue)’ view is a table and exists only as DOT (leave out --format mermaid).")))
            }
            var canvas = MermaidCanvas(analysis: analysis, language: options.language,
                                       names: NodeNames(analysis: analysis, maps: selection.maps))
            for map in selection.maps {
                if selection.maps.count == 1 {
                    draw(map, &canvas)
                } else {
                    canvas.writer.openSubgraph("map_" + canvas.rawID(map), title: TextLayout.title(of: analysis[map]))
                    draw(map, &canvas)
                    canvas.writer.closeSubgraph()
                }
            }
            // Front matter must come first; the comment follows the chart's first line. Mermaid
            // looks for directives in comments too, so the file name is escaped like a label.
            var text = ""
            if selection.maps.count == 1 {
                text += "---\ntitle: \(MermaidEscaping.yamlTitle(TextLayout.title(of: analysis[selection.maps[0]])))\n---\n"
            }
            text += "flowchart LR\n"
            text += "  %% stroom dot --format mermaid --view \(selection.view.rawValue) --lang \(options.language.rawValue) \(MermaidEscaping.label(DotExporter.fileName(path)))\n"
            text += canvas.writer.output
            for element in canvas.used.sorted() { text += "  " + element.mermaidClassDefinition + "\n" }
            return .success(ExportOutput(text: text, view: selection.view))
        }
    }
}
