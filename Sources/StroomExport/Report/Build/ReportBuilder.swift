import StroomModel
import StroomSyntax

/// Builds the ``Report`` from an analysis: selects and groups what `StroomModel/Metrics`
/// computed, and computes no figure of its own.
public struct ReportBuilder {
    let analysis: Analysis

    public init(analysis: Analysis) {
        self.analysis = analysis
    }

    /// The report on every map in the files with these paths (all files when `paths` is nil),
    /// in file and declaration order.
    public func build(paths: Set<String>? = nil) -> Report {
        let files = analysis.files.filter { paths?.contains($0.source.path) ?? true }
        var maps: [MapReport] = []
        for file in files {
            for map in file.maps where analysis.kind(map) != nil {
                maps.append(mapReport(map))
            }
        }
        return Report(asOf: analysis.options.today, files: files.map(\.source.path), maps: maps)
    }

    func mapReport(_ map: DeclarationID) -> MapReport {
        let kind: MapReport.Kind = switch analysis.kind(map) {
        case .process: .process
        case .study: .study
        default: .benefitLogic
        }
        let fileIndex = analysis[map].fileIndex
        let hasErrors = analysis.diagnosticsByFile[fileIndex].contains { $0.severity == .error }
        return MapReport(
            kind: kind, item: item(map, in: map), path: analysis.path(of: map), fileHasErrors: hasErrors,
            details: details(map),
            flow: kind == .process ? flow(map) : nil,
            comparison: kind == .process ? comparison(map) : nil,
            board: kind == .benefitLogic ? nil : board(map),
            actions: actions(map),
            observations: analysis.members(of: map, .observation).map { observation($0, in: map) },
            benefits: kind == .benefitLogic ? benefits(map) : nil,
            feedbackLoops: analysis.feedbackLoops(in: map).map { loop in
                LoopReport(members: loop.members.map { item($0, in: map) }, isReinforcing: loop.isReinforcing,
                           hasAnyPolarity: loop.hasAnyPolarity)
            },
            summary: summary(map))
    }

    func details(_ map: DeclarationID) -> MapDetails {
        MapDetails(
            school: analysis.values(map, .school).first?.text,
            description: analysis.values(map, .description).first?.text,
            state: analysis.enumValue(map, .state),
            method: analysis.enumValue(map, .method),
            stage: analysis.enumValue(map, .stage),
            phase: analysis.kind(map) == .benefitLogic ? analysis.enumValue(map, .phase) : nil,
            replaces: analysis.references(map, .replaces).first.map { item($0, in: map) },
            minutesPerDay: analysis.minutesPerDay(of: map))
    }

    /// How the report names a declaration seen from `map`.
    func item(_ id: DeclarationID, in map: DeclarationID) -> ReportItem {
        let declaration = analysis[id]
        var name = declaration.name ?? ""
        if let owner = declaration.map, owner != map, let mapName = analysis[owner].name, !name.isEmpty {
            name = "\(mapName).\(name)"
        }
        return ReportItem(id: name, label: declaration.displayName, kind: declaration.kind?.dutch ?? declaration.keyword)
    }

    func items(_ ids: [DeclarationID], in map: DeclarationID) -> [ReportItem] {
        ids.map { item($0, in: map) }
    }
}
