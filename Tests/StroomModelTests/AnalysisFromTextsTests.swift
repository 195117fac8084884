import Foundation
@testable import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Files given as texts (``FileInput/source``: `stroom check`, and the files on disk the
/// language server has not open) are parsed and lowered in one go and their trees let go.
/// What the analysis reports must be what it reports from the trees, and a query that needs a
/// tree after all gets the same one.
@Suite struct AnalysisFromTextsTests {
    /// The samples and every check fixture (syntax errors included), as one workspace.
    static func sources() -> [SourceFile] {
        let samples = RepositoryPaths.files(under: RepositoryPaths.samples, extensions: ["vsm", "batenlogica"])
        let fixtures = RepositoryPaths.files(under: CheckFixtureTests.folder, extensions: ["vsm", "batenlogica"])
        return (samples + fixtures).map { SourceFile(path: $0.path, bytes: RepositoryPaths.read($0)) }
    }

    static let options = AnalysisOptions(today: DayDate(year: 2027, month: 1, day: 15))

    @Test func findsWhatAnAnalysisOfTheTreesFinds() {
        let sources = Self.sources()
        let fromTrees = Analysis(trees: sources.map(SyntaxTree.parse), options: Self.options)
        let fromTexts = Analysis(sources: sources, options: Self.options)
        #expect(fromTrees.diagnosticsByFile.joined().contains { $0.code.rawValue.hasPrefix("S") }, "no syntax finding to compare")
        #expect(fromTexts.files.count == fromTrees.files.count)
        for (index, file) in fromTrees.files.enumerated() where index < fromTexts.files.count {
            #expect(fromTexts.diagnosticsByFile[index] == fromTrees.diagnosticsByFile[index], "\(file.source.path)")
            #expect(fromTexts.files[index].id == file.id)
            #expect(fromTexts.files[index].syntaxDiagnostics == file.tree.diagnostics)
        }
        #expect(fromTexts.declarations.count == fromTrees.declarations.count)
        #expect(fromTexts.edges.count == fromTrees.edges.count)
    }

    @Test func letsTheTreesGoAndParsesAgainWhenAsked() throws {
        let sources = Self.sources()
        let analysis = Analysis(sources: sources, options: Self.options)
        #expect(!analysis.files.isEmpty)
        #expect(analysis.files.allSatisfy { $0.keptTree == nil && $0.statements.isEmpty })
        // The lowering is there all the same.
        #expect(!analysis.declarations.isEmpty)
        // A query that needs the tree gets the file parsed again: the same tree.
        let index = try #require(analysis.files.firstIndex { $0.declarations.count > 5 })
        let file = analysis.files[index]
        #expect(file.tree.root == SyntaxTree.parse(file.source).root)
        #expect(!file.tree.root.children.isEmpty)
        let fromTrees = Analysis(trees: sources.map(SyntaxTree.parse), options: Self.options)
        #expect(!fromTrees.foldingRanges(inFile: index).isEmpty)
        #expect(analysis.foldingRanges(inFile: index) == fromTrees.foldingRanges(inFile: index))
    }

    /// The language server gives its open documents as trees and the rest as texts. A document
    /// opened, edited and closed again is analysed as from scratch at every step.
    @Test func aDocumentOpenedEditedAndClosedIsAnalysedAsFromScratch() throws {
        let sources = Self.sources().prefix(12)
        let edited = try #require(sources.firstIndex { $0.path.hasSuffix(".vsm") && $0.bytes.count > 200 })
        let closed = Array(sources.map(FileInput.source))
        var chain = try #require(Analysis(inputs: closed, options: Self.options))
        var opened = closed
        opened[edited] = .tree(SyntaxTree.parse(sources[edited]))
        chain = try #require(Analysis(inputs: opened, options: Self.options, reusing: chain))
        // Opened: the same text, so its lowering is taken over, now with the tree.
        #expect(chain.files[edited].keptTree != nil)
        // Edited twice (the second edit can reuse the first's statements), then closed.
        var text = sources[edited]
        for insertion in ["# een\n", "# twee\n"] {
            let bytes = Array(insertion.utf8) + text.bytes
            let tree = try #require(opened[edited].tree)
            text = SourceFile(path: text.path, bytes: bytes)
            opened[edited] = .tree(SyntaxTree.reparse(tree, with: text).tree)
            chain = try #require(Analysis(inputs: opened, options: Self.options, reusing: chain))
            Self.expectSameFindings(chain, Analysis(sources: opened.map(\.source), options: Self.options))
        }
        opened[edited] = .source(text)
        chain = try #require(Analysis(inputs: opened, options: Self.options, reusing: chain))
        #expect(chain.files[edited].keptTree == nil && chain.files[edited].statements.isEmpty)
        Self.expectSameFindings(chain, Analysis(sources: opened.map(\.source), options: Self.options))
    }

    static func expectSameFindings(_ lhs: Analysis, _ rhs: Analysis, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(lhs.diagnosticsByFile == rhs.diagnosticsByFile, sourceLocation: sourceLocation)
        #expect(lhs.files.map(\.declarations.count) == rhs.files.map(\.declarations.count), sourceLocation: sourceLocation)
    }
}
