import Foundation
import StroomExport
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// The real Graphviz `dot` reads every golden and every sample's output without a single word
/// on stderr (no unknown attribute, no bad HTML label, no layout complaint). Enabled when `dot`
/// is on PATH, or required by STROOM_REQUIRE_TOOLS=1 (CI installs Graphviz in `.ci/run`).
@Suite(.enabled(if: ExternalTools.dotEnabled, "needs Graphviz dot (see .ci/run)"))
struct GraphvizAcceptsTests {
    @Test(arguments: RepositoryPaths.files(under: ExportCase.goldenFolder, extensions: ["dot"]).map(\.lastPathComponent))
    func goldenRendersWithoutWarnings(_ name: String) throws {
        let text = try String(contentsOf: ExportCase.goldenFolder.appendingPathComponent(name), encoding: .utf8)
        try expectClean(text, name)
    }

    /// The live output too (the same as the goldens while they pass, but also in English and
    /// for every view a file has, whatever the goldens hold).
    @Test(arguments: SampleWorkspace.paths)
    func everySampleViewRendersWithoutWarnings(_ path: String) throws {
        let analysis = ExportCase.samples
        for view in ExportView.allCases {
            for language in Language.allCases {
                guard case .success(let output) = DotExporter.export(analysis, path: path, options: ExportOptions(view: view, language: language))
                else { continue }
                try expectClean(output.text, "\(path) \(view) \(language)")
            }
        }
    }

    func expectClean(_ dot: String, _ name: String) throws {
        let result = try Graphviz.svg(dot)
        #expect(result.status == 0, "dot failed on \(name): \(result.warnings)")
        #expect(result.warnings.isEmpty, "dot warned on \(name): \(result.warnings)")
        #expect(result.svg.contains("<svg"), "no SVG for \(name)")
    }
}
