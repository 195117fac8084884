import Foundation
@testable import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Every editor query on one analysis reads the one reference index the analysis keeps: a
/// burst of hover, definition, references, rename (which asks twice), completion and semantic
/// tokens between two edits builds it once, and so does every copy of the analysis.
@Suite struct ReferenceIndexSharingTests {
    /// The samples analysed afresh (the shared `SamplesTests.analysis` may have its index already).
    static func freshAnalysis() -> Analysis {
        Analysis(trees: SamplesTests.analysis.files.map(\.tree), options: SamplesTests.analysis.options)
    }

    @Test func everyQueryOfOneAnalysisSharesOneIndex() throws {
        let analysis = Self.freshAnalysis()
        let counter = ReferenceIndex.BuildCounter()
        try ReferenceIndex.$builds.withValue(counter) {
            // A use of a name, and the declaration it names, in the first file that has one.
            let use = try #require(analysis.referenceIndex().occurrences.first { !$0.isMapPart })
            let file = use.fileIndex
            let offset = use.range.utf8Start + 1
            let declared = analysis[use.target].nameRange.utf8Start
            #expect(counter.value == 1)
            for _ in 0..<3 {
                _ = analysis.hover(at: offset, inFile: file, language: .nl)
                _ = analysis.hover(at: declared, inFile: analysis[use.target].fileIndex, language: .en)
                #expect(!analysis.definition(at: offset, inFile: file).isEmpty)
                #expect(!analysis.references(at: offset, inFile: file, includeDeclaration: true).isEmpty)
                _ = analysis.prepareRename(at: offset, inFile: file)
                _ = analysis.rename(at: offset, inFile: file, to: "nieuwe_naam")
                _ = analysis.completions(at: offset, inFile: file)
                _ = analysis.semanticTokens(inFile: file)
                _ = analysis.codeActions(inFile: file, range: use.range)
            }
            // A copy is the same analysis: it shares the index.
            let copy = analysis
            _ = copy.references(at: offset, inFile: file, includeDeclaration: false)
            #expect(counter.value == 1, "the reference index was built \(counter.value) times for one analysis")
            // The counter counts: another analysis builds its own.
            _ = Self.freshAnalysis().references(at: offset, inFile: file, includeDeclaration: false)
            #expect(counter.value == 2)
        }
        // Outside `withValue` nothing is counted.
        _ = Self.freshAnalysis().referenceIndex()
        #expect(counter.value == 2)
    }
}
