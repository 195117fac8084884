import StroomSyntax

/// The figures of every process and benefit logic of an analysis, computed once when the
/// analysis is built. The checks ask for them several times per map (V309, V316, V324, V329,
/// B403, B404, B415), and the hover and the exports ask again; each used to compute them anew.
struct AnalysisFigures: Sendable {
    var flowGraphs: [DeclarationID: FlowGraph] = [:]
    var processMetrics: [DeclarationID: ProcessMetrics] = [:]
    var contributions: [DeclarationID: Contribution] = [:]

    init() {}

    init(_ analysis: Analysis) {
        for map in analysis.maps {
            switch analysis[map].kind {
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
