import StroomModel
import StroomSyntax

/// The three formats of `stroom report`, and the one call that renders any of them.
public enum ReportOutputFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case html
    case json

    /// The report in this format. `diagrams` (map id → SVG document) is used by HTML only.
    public func render(_ report: Report, language: Language, diagrams: [String: String] = [:]) -> String {
        switch self {
        case .markdown: MarkdownReportRenderer.render(report, language: language)
        case .html: HTMLReportRenderer.render(report, language: language, diagrams: diagrams)
        case .json: JSONReportRenderer.render(report)
        }
    }
}
