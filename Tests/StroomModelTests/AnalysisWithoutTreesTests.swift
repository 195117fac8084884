import Foundation
@testable import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// `stroom check` analyses with `keepsTrees: false`: each file is parsed and lowered in one go
/// and its tree let go. What it reports must be what an analysis that keeps the trees reports.
@Suite struct AnalysisWithoutTreesTests {
    /// The samples and every check fixture (syntax errors included), as one workspace.
    static func sources() -> [SourceFile] {
        let samples = RepositoryPaths.files(under: RepositoryPaths.samples, extensions: ["vsm", "batenlogica"])
        let fixtures = RepositoryPaths.files(under: CheckFixtureTests.folder, extensions: ["vsm", "batenlogica"])
        return (samples + fixtures).map { SourceFile(path: $0.path, bytes: RepositoryPaths.read($0)) }
    }

    @Test func findsWhatAnAnalysisWithTreesFinds() {
        let sources = Self.sources()
        let options = AnalysisOptions(today: DayDate(year: 2027, month: 1, day: 15))
        var pruning = options
        pruning.keepsTrees = false
        let kept = Analysis(sources: sources, options: options)
        let pruned = Analysis(sources: sources, options: pruning)
        #expect(kept.diagnosticsByFile.joined().contains { $0.code.rawValue.hasPrefix("S") }, "no syntax finding to compare")
        #expect(pruned.files.count == kept.files.count)
        for (index, file) in kept.files.enumerated() where index < pruned.files.count {
            #expect(pruned.diagnosticsByFile[index] == kept.diagnosticsByFile[index], "\(file.source.path)")
            #expect(pruned.files[index].id == file.id)
            #expect(pruned.files[index].tree.diagnostics == file.tree.diagnostics)
        }
        #expect(pruned.declarations.count == kept.declarations.count)
        #expect(pruned.edges.count == kept.edges.count)
    }

    @Test func letsTheTreesGo() {
        var options = AnalysisOptions()
        options.keepsTrees = false
        let analysis = Analysis(sources: Self.sources(), options: options)
        #expect(!analysis.files.isEmpty)
        #expect(analysis.files.allSatisfy { $0.tree.root.children.isEmpty && $0.statements.isEmpty })
        // The lowering is there all the same.
        #expect(!analysis.declarations.isEmpty)
    }
}
