import StroomSyntax

/// The figures of every process and benefit logic of an analysis, computed once when the
/// analysis is built. The checks ask for them several times per map (V309, V316, V324, V329,
/// B403, B404, B415), and the hover and the exports ask again; each used to compute them anew.
struct AnalysisFigures: Sendable {
    var flowGraphs: [DeclarationID: FlowGraph] = [:]
    var processMetrics: [DeclarationID: ProcessMetrics] = [:]
    var contributions: [DeclarationID: Contribution] = [:]

    init() {}

    /// With `previous`: a map of a file in `reusable` (see `Analysis.unchangedFiles`) takes its
    /// figures from there, when its arrows stay within its file (an arrow to a step of another
    /// map brings that step's time into the figures). Figures read only their map's
    /// declarations, their typed values and the kinds and ids of what these name.
    init(_ analysis: Analysis, reusing previous: Analysis? = nil, reusable: Set<Int> = []) {
        for map in analysis.maps {
            let file = analysis[map].fileIndex
            if let previous, reusable.contains(file) {
                let own = map.file
                if analysis.edges(in: map).allSatisfy({ edge in [edge.from, edge.to].allSatisfy { $0.map { $0.file == own } ?? true } }) {
                    flowGraphs[map] = previous.figures.flowGraphs[map]
                    processMetrics[map] = previous.figures.processMetrics[map]
                    contributions[map] = previous.figures.contributions[map]
                    continue
                }
            }
            switch analysis.kind(map) {
            case .process:
                let graph = FlowGraph(analysis: analysis, map: map)
                flowGraphs[map] = graph
                processMetrics[map] = ProcessMetrics(analysis: analysis, map: map, graph: graph)
            case .benefitLogic:
                contributions[map] = Contribution(analysis: analysis, map: map)
            default:
                break
            }
        }
    }
}

extension Analysis {
    /// The flow of a map's steps and waits (computed once per process).
    public func flowGraph(_ map: DeclarationID) -> FlowGraph {
        figures.flowGraphs[map] ?? FlowGraph(analysis: self, map: map)
    }

    /// The figures of a process (computed once per process).
    public func processMetrics(_ map: DeclarationID) -> ProcessMetrics {
        figures.processMetrics[map] ?? ProcessMetrics(analysis: self, map: map, graph: flowGraph(map))
    }

    /// Which means of a benefit logic contribute to its purposes (computed once per map).
    public func contribution(_ map: DeclarationID) -> Contribution {
        figures.contributions[map] ?? Contribution(analysis: self, map: map)
    }
}
