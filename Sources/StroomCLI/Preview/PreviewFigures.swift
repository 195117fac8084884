import StroomPlatform
import StroomExport
import StroomModel
import StroomSyntax

/// The diagram of one map for the preview: the chosen view (the map's default view when the
/// map has no such view) drawn by `stroom dot`'s exporter and made SVG by Graphviz, with a
/// text alternative; without Graphviz the DOT text and how to install Graphviz.
struct PreviewFigures {
    let view: ExportView?
    let language: Language
    let dot: String?

    init(view: ExportView?, language: Language, environment: [String: String]) {
        self.view = view
        self.language = language
        dot = Graphviz.find(environment: environment)
    }

    func figure(_ analysis: Analysis, path: String, mapID: String) -> String {
        var result = DotExporter.export(analysis, path: path, options: ExportOptions(view: view, language: language, mapName: mapID))
        if case .failure = result, view != nil {
            result = DotExporter.export(analysis, path: path, options: ExportOptions(language: language, mapName: mapID))
        }
        let output: ExportOutput
        switch result {
        case .success(let success): output = success
        case .failure(let problem): return "<p class=\"note\">\(HTMLEscaping.text(problem.message[language]))</p>\n"
        }
        let label = PreviewText.diagramLabel(mapID: mapID, view: output.view.rawValue, language)
        if let dot, let svg = Self.svg(dot, output.text), let inline = HTMLEscaping.inlineSVG(svg) {
            return "<figure class=\"diagram\">\n" + HTMLDiagram.labelled(inline, label, id: HTMLEscaping.attribute("diagram-" + mapID))
                + "\n<figcaption>\(HTMLEscaping.text(label))</figcaption>\n</figure>\n"
        }
        let hint = dot == nil ? Graphviz.notInstalled()[language] : PreviewText.graphvizFailed(language)
        return "<figure class=\"diagram\">\n<p class=\"note\">\(HTMLEscaping.text(hint))</p>\n"
            + "<pre class=\"dot\">\(HTMLEscaping.text(output.text))</pre>\n<figcaption>\(HTMLEscaping.text(label))</figcaption>\n</figure>\n"
    }

    /// The SVG document Graphviz makes of the DOT text, or nil when it fails.
    static func svg(_ dot: String, _ text: String) -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-preview-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: file) }
        guard let outcome = Graphviz.run(dot, dot: text, format: "svg", output: file.path), outcome.status == 0,
              let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
