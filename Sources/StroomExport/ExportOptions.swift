import StroomModel
import StroomSyntax

/// The pictures Stroom draws of a map (see `docs/exports.md`).
public enum ExportView: String, Sendable, CaseIterable {
    /// The value stream map schema with its time ladder (a process), or the observations as
    /// timelines (a study).
    case flow
    /// Causes → problems ← ideas → action points (workload and opportunities in a benefit logic).
    case causes
    /// The Akkrum boards: problems per phase, ideas in the quadrant.
    case board
    /// Means on the left, purpose on the right.
    case benefits
    /// The stakeholder matrix of belang × invloed (strategic HRM).
    case stakeholders

    /// The views a kind of map has, the default first.
    public static func views(for mapKind: DeclarationKind) -> [ExportView] {
        switch mapKind {
        case .process, .study: [.flow, .causes, .board]
        case .benefitLogic: [.benefits, .causes, .stakeholders]
        default: []
        }
    }

    /// Whether `--format mermaid` can draw this view (the board is a table, not a flowchart).
    public var hasMermaid: Bool { self != .board && self != .stakeholders }
}

/// What to draw and in which language.
public struct ExportOptions: Sendable {
    /// Nil: the default view of the first map drawn.
    public var view: ExportView?
    /// The language of the words Stroom adds (legend, time ladder, column heads); the user's
    /// own labels are drawn as written.
    public var language: Language
    /// Draw only the map with this id.
    public var mapName: String?

    public init(view: ExportView? = nil, language: Language = .nl, mapName: String? = nil) {
        self.view = view
        self.language = language
        self.mapName = mapName
    }
}

/// Why nothing could be drawn (the CLI prints it and exits with 2).
public struct ExportProblem: Error, Sendable {
    public let message: LocalizedText
}

/// A picture as text, and the view it shows (the default one when none was asked for).
public struct ExportOutput: Sendable {
    public let text: String
    public let view: ExportView
}
