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
    /// How the picture is laid out (DOT only; `stroom render --paper` chooses one for a sheet).
    public var layout: ExportLayout

    public init(view: ExportView? = nil, language: Language = .nl, mapName: String? = nil, layout: ExportLayout = .standard) {
        self.view = view
        self.language = language
        self.mapName = mapName
        self.layout = layout
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

/// How a picture is laid out. The default is each view's own layout; `stroom render --paper`
/// tries the ``candidates(for:)`` in order until one fits its sheet (see `docs/exports.md`).
public struct ExportLayout: Sendable, Hashable, CustomStringConvertible {
    /// The view's rank direction turned a quarter: left to right becomes top to bottom (the
    /// causes and benefits views; the flow and the board keep theirs).
    public var turned: Bool
    /// The maps of a file follow one another in the rank direction (one under the other in a
    /// top-to-bottom view) instead of standing side by side.
    public var mapsInLine: Bool
    /// The flow view of a process draws at most this many steps and waits in a row; the flow
    /// goes on in a row below, with its own time ladder (nil: one row). A study's timelines
    /// take rows of twice as many moments (at most their usual 9).
    public var stepsPerRow: Int?
    /// Labels wrap at this fraction of their usual width.
    public var wrapScale: Double

    public init(turned: Bool = false, mapsInLine: Bool = false, stepsPerRow: Int? = nil, wrapScale: Double = 1) {
        self.turned = turned
        self.mapsInLine = mapsInLine
        self.stepsPerRow = stepsPerRow
        self.wrapScale = wrapScale
    }

    /// The view's own layout.
    public static let standard = ExportLayout()

    /// The layouts worth trying for a view, the view's own first, then ever further from it:
    /// maps in line; (causes, benefits) turned; the same with narrower labels; then (flow) rows
    /// of fewer and fewer steps, with and without narrower labels. Several draw the same
    /// picture for a file of one map (maps in line changes nothing there): measured once.
    public static func candidates(for view: ExportView) -> [ExportLayout] {
        func narrowed(_ layout: ExportLayout) -> ExportLayout {
            var narrow = layout
            narrow.wrapScale = 0.7
            return narrow
        }
        var own: [ExportLayout] = [.standard, ExportLayout(mapsInLine: true)]
        if view == .causes || view == .benefits {
            own += [ExportLayout(turned: true), ExportLayout(turned: true, mapsInLine: true)]
        }
        var result = own + own.map(narrowed)
        if view == .flow {
            for steps in [4, 3, 2] {
                for inLine in [false, true] {
                    let rows = ExportLayout(mapsInLine: inLine, stepsPerRow: steps)
                    result += [rows, narrowed(rows)]
                }
            }
        }
        return result
    }

    /// `rows of 4, maps in line, turned, wrap ×0.7`, for messages and tests.
    public var description: String {
        var parts: [String] = []
        if turned { parts.append("turned") }
        if mapsInLine { parts.append("maps in line") }
        if let stepsPerRow { parts.append("rows of \(stepsPerRow)") }
        if wrapScale != 1 { parts.append("wrap ×\(wrapScale)") }
        return parts.isEmpty ? "standard" : parts.joined(separator: ", ")
    }
}
