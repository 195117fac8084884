import Foundation
import StroomExport
import StroomModel
import StroomSyntax
import StroomTestSupport

/// The samples as one workspace (as `stroom report` from the repository root sees them), and
/// small helpers for the report tests.
enum ReportSupport {
    /// The date the golden reports speak of (overdue action points depend on it).
    static let today = DayDate(year: 2026, month: 6, day: 1)

    /// Every sample, as `Samples/akkrum/groepsplannen.vsm`.
    static let samplePaths: [String] = RepositoryPaths.files(under: RepositoryPaths.samples, extensions: ["vsm", "batenlogica"])
        .map { "Samples/" + $0.path.dropFirst(RepositoryPaths.samples.path.count + 1) }

    static let samples: Analysis = {
        let sources = samplePaths.map { path in
            SourceFile(path: path, bytes: RepositoryPaths.read(RepositoryPaths.root.appendingPathComponent(path)))
        }
        return Analysis(sources: sources, options: AnalysisOptions(today: today))
    }()

    /// The report on one sample file.
    static func sampleReport(_ path: String) -> Report {
        ReportBuilder(analysis: samples).build(paths: [path])
    }

    /// The report on files written in the test.
    static func report(_ files: [String: String], today: DayDate? = ReportSupport.today) -> (Analysis, Report) {
        let sources = files.keys.sorted().map { SourceFile(path: $0, text: files[$0]!) }
        let analysis = Analysis(sources: sources, options: AnalysisOptions(today: today))
        return (analysis, ReportBuilder(analysis: analysis).build())
    }

    static func map(_ report: Report, _ id: String) -> MapReport? {
        report.maps.first { $0.item.id == id }
    }

    static func ids(_ items: [ReportItem]) -> [String] { items.map(\.id) }
}
