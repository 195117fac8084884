import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Folding ranges and workspace symbols.
@Suite struct FoldingAndSymbolsTests {
    @Test func blocksAndCommentRuns() {
        let analysis = Analysis(sources: [SourceFile(path: "x.vsm", text: """
        # Kop
        # van het bestand
        proces p "P" {
          stap a "A" { tijd: 5min }
          stap b "B" {
            door: x
          }
          # een regel
          persoon x "X" {
            rol: "leraar" }
        }
        """)])
        let ranges = analysis.foldingRanges(inFile: 0)
        #expect(ranges == [
            Fold(startLine: 0, endLine: 1, kind: .comment),
            Fold(startLine: 2, endLine: 9, kind: .block),
            Fold(startLine: 4, endLine: 5, kind: .block),
            Fold(startLine: 8, endLine: 9, kind: .block),
        ])
    }

    @Test func anUnclosedBlockFoldsToItsLastLine() {
        let analysis = Analysis(sources: [SourceFile(path: "x.vsm", text: "proces p \"P\" {\n  stap a \"A\"\n  stap b \"B\"\n")])
        #expect(analysis.foldingRanges(inFile: 0) == [Fold(startLine: 0, endLine: 2, kind: .block)])
    }

    @Test func everySampleFoldsInsideItsLines() {
        let analysis = SamplesTests.analysis
        for (index, file) in analysis.files.enumerated() {
            let ranges = analysis.foldingRanges(inFile: index)
            #expect(ranges.contains { $0.kind == .block } && ranges.contains { $0.kind == .comment })
            for range in ranges {
                #expect(range.startLine < range.endLine && range.endLine < file.source.lineTable.lineCount)
            }
        }
    }

    static let workspace = [
        SourceFile(path: "g.vsm", text: """
        proces groepsplannen "Groepsplannen" {
          stap groepsplan_maken "Groepsplan maken"
          stap plan "Plan"
          idee koppeling "Koppeling van systemen"
        }
        """),
        SourceFile(path: "s.batenlogica", text: """
        batenlogica sws "SWS" {
          initiatief planning "Planning" { uit: groepsplannen.koppeling }
        }
        """),
    ]

    @Test func rankedSubsequenceSearchAcrossFiles() {
        let analysis = Analysis(sources: FoldingAndSymbolsTests.workspace)
        #expect(analysis.workspaceSymbols(matching: "plan").map(\.name) == ["plan", "planning", "groepsplannen", "groepsplan_maken"])
        #expect(analysis.workspaceSymbols(matching: "GPM").map(\.name) == ["groepsplan_maken"])
        // A label matches last.
        #expect(analysis.workspaceSymbols(matching: "systemen").map(\.name) == ["koppeling"])
        let planning = analysis.workspaceSymbols(matching: "planning").first
        #expect(planning?.containerName == "sws" && planning?.location.path == "s.batenlogica" && planning?.kind == .initiative)
        #expect(analysis.workspaceSymbols(matching: "").count == 6)
        #expect(analysis.workspaceSymbols(matching: "xyz").isEmpty)
    }
}
