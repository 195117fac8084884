import Foundation
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Every query at every offset of every fixture (broken files included) and of cut-off
/// samples: nothing traps, and every range a query returns lies inside its file.
@Suite struct QueryRobustnessTests {
    static let fixtures = RepositoryPaths.files(under: RepositoryPaths.tests.appendingPathComponent("StroomModelTests/Fixtures/checks"),
                                                extensions: ["vsm", "batenlogica", "fixture"])
        + RepositoryPaths.files(under: RepositoryPaths.tests.appendingPathComponent("StroomSyntaxTests/Golden"), extensions: ["vsm", "batenlogica"])

    static func runEverything(_ analysis: Analysis, sourceLocation: SourceLocation = #_sourceLocation) {
        for (fileIndex, file) in analysis.files.enumerated() {
            let length = file.source.utf8Length
            func inside(_ location: TextLocation) -> Bool {
                location.range.utf8End <= analysis.files[location.fileIndex].source.utf8Length
            }
            for item in analysis.outline(ofFile: fileIndex, language: .nl) { #expect(item.fullRange.utf8End <= length, sourceLocation: sourceLocation) }
            for token in analysis.semanticTokens(inFile: fileIndex) { #expect(token.range.utf8End <= length, sourceLocation: sourceLocation) }
            for range in analysis.foldingRanges(inFile: fileIndex) {
                #expect(range.endLine < file.source.lineTable.lineCount, sourceLocation: sourceLocation)
            }
            for offset in 0...length {
                for item in analysis.completions(at: offset, inFile: fileIndex) {
                    #expect(item.range.touches(offset), sourceLocation: sourceLocation)
                }
            }
            // The other queries look at the token at the offset: its ends and one byte in are enough.
            let offsets = Set(file.tokenList.tokens.flatMap { [$0.triviaStart, $0.start, min($0.start + 1, $0.end), $0.end] })
            for offset in offsets.sorted() {
                if let hover = analysis.hover(at: offset, inFile: fileIndex, language: .en) {
                    #expect(hover.range.touches(offset) && !hover.markdown.isEmpty, sourceLocation: sourceLocation)
                }
                #expect(analysis.definition(at: offset, inFile: fileIndex).allSatisfy(inside), sourceLocation: sourceLocation)
                #expect(analysis.references(at: offset, inFile: fileIndex, includeDeclaration: true).allSatisfy(inside), sourceLocation: sourceLocation)
                if case .success(let target) = analysis.prepareRename(at: offset, inFile: fileIndex) {
                    #expect(target.range.touches(offset), sourceLocation: sourceLocation)
                    if case .success(let edit) = analysis.rename(at: offset, inFile: fileIndex, to: "nieuwe_naam") {
                        #expect(!edit.isEmpty, sourceLocation: sourceLocation)
                    }
                }
                for action in analysis.codeActions(inFile: fileIndex, range: .empty(at: offset)) {
                    for file in action.edit.files {
                        #expect(file.edits.allSatisfy { $0.range.utf8End <= analysis.files[file.fileIndex].source.utf8Length },
                                sourceLocation: sourceLocation)
                    }
                }
            }
        }
    }

    @Test(arguments: fixtures.map(\.lastPathComponent))
    func everyQueryOnAFixture(name: String) throws {
        let url = try #require(QueryRobustnessTests.fixtures.first { $0.lastPathComponent == name })
        let fixture = Fixture(url: url)
        QueryRobustnessTests.runEverything(Analysis(sources: fixture.sources))
    }

    /// A sample cut off at several places: unclosed blocks, half words, a dangling `->`.
    @Test func everyQueryOnCutOffSamples() throws {
        let url = RepositoryPaths.samples.appendingPathComponent("akkrum/groepsplannen.vsm")
        let bytes = RepositoryPaths.read(url)
        let body = Array(bytes[bytes.firstIndex(of: UInt8(ascii: "p"))!...])
        for cut in stride(from: 40, to: min(body.count, 1600), by: 173) {
            QueryRobustnessTests.runEverything(Analysis(sources: [SourceFile(path: "cut.vsm", bytes: Array(body[..<cut]))]))
        }
    }
}
