import Foundation
import StroomExport
import StroomModel
import StroomSyntax
import StroomTestSupport

/// Every picture the goldens cover: each view of each sample (its own views only), and each
/// view of the export fixtures, which use every shape. One English picture checks the words.
struct ExportCase: CustomStringConvertible, Sendable {
    enum Source: Sendable {
        case sample
        case fixture
    }

    let source: Source
    let path: String
    let view: ExportView
    let language: Language

    /// `speciale_aandacht.flow` (`.en` for English), the golden's name without extension.
    var name: String {
        let prefix = source == .fixture ? "fixture-" : ""
        return prefix + SampleWorkspace.name(path) + "." + view.rawValue + (language == .en ? ".en" : "")
    }

    var description: String { name }

    static let fixtureFolder = RepositoryPaths.tests.appendingPathComponent("StroomExportTests/Fixtures")
    static let goldenFolder = RepositoryPaths.tests.appendingPathComponent("StroomExportTests/Golden")

    static let fixturePaths: [String] = {
        let root = fixtureFolder.path + "/"
        return RepositoryPaths.files(under: fixtureFolder, extensions: ["vsm", "batenlogica"]).map { String($0.path.dropFirst(root.count)) }
    }()

    static func analysis(for source: Source) -> Analysis {
        switch source {
        case .sample:
            return SampleWorkspace.analyze()
        case .fixture:
            let sources = fixturePaths.map { SourceFile(path: $0, bytes: RepositoryPaths.read(fixtureFolder.appendingPathComponent($0))) }
            return Analysis(sources: sources, options: AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1)))
        }
    }

    static let samples = SampleWorkspace.analyze()
    static let fixtures = analysis(for: .fixture)

    static let all: [ExportCase] = {
        var cases: [ExportCase] = []
        for (source, analysis, paths) in [(Source.sample, samples, SampleWorkspace.paths), (.fixture, fixtures, fixturePaths)] {
            for path in paths {
                let file = analysis.files.first { $0.source.path == path }!
                let kinds = file.maps.compactMap { analysis.kind($0) }
                let views = kinds.flatMap { ExportView.views(for: $0) }.uniquedViews()
                cases += views.map { ExportCase(source: source, path: path, view: $0, language: .nl) }
            }
        }
        cases.append(ExportCase(source: .sample, path: "akkrum/speciale_aandacht.vsm", view: .flow, language: .en))
        cases.append(ExportCase(source: .fixture, path: "ladder.vsm", view: .causes, language: .en))
        return cases
    }()

    static let mermaid: [ExportCase] = all.filter { $0.view.hasMermaid }

    func dot() -> String {
        let analysis = source == .sample ? ExportCase.samples : ExportCase.fixtures
        return (try? DotExporter.export(analysis, path: path, options: ExportOptions(view: view, language: language)).get().text) ?? ""
    }

    func mermaidText() -> String {
        let analysis = source == .sample ? ExportCase.samples : ExportCase.fixtures
        return (try? MermaidExporter.export(analysis, path: path, options: ExportOptions(view: view, language: language)).get().text) ?? ""
    }
}

extension Array where Element == ExportView {
    func uniquedViews() -> [ExportView] {
        var seen: Set<ExportView> = []
        return filter { seen.insert($0).inserted }
    }
}

/// Runs `dot -Tsvg` on DOT text; returns the SVG and what `dot` said on stderr.
enum Graphviz {
    static func svg(_ dot: String) throws -> (svg: String, status: Int32, warnings: String) {
        guard let executable = ExternalTools.dot else { throw GraphvizMissing() }
        let run = try ExternalTools.run(executable, ["-Tsvg"], input: Data(dot.utf8))
        return (String(decoding: run.standardOutput, as: UTF8.self), run.status, run.standardError)
    }

    struct GraphvizMissing: Error, CustomStringConvertible {
        var description: String { "Graphviz dot is not on PATH (STROOM_REQUIRE_TOOLS=1 requires it; .ci/run installs it)" }
    }
}
