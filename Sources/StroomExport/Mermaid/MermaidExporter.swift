import StroomModel
import StroomSyntax

/// Placeholder while the Mermaid writer is built.
public enum MermaidExporter {
    public static func export(_ analysis: Analysis, path: String, options: ExportOptions) -> Result<ExportOutput, ExportProblem> {
        .failure(ExportProblem(message: LocalizedText(nl: "nog niet", en: "not yet")))
    }
}
