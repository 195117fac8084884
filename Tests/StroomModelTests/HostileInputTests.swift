import Foundation
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Issue 12: input that crashed the analysis. Deep nesting (S014) through the worker threads of
/// `Analysis(sources:)` and every editor query; durations too large to compute with (A208); a
/// file too large to read (W607).
@Suite struct HostileInputTests {
    static func codes(_ analysis: Analysis, _ index: Int) -> [String] {
        analysis.diagnosticsByFile[index].map(\.code.rawValue)
    }

    @Test func deepFilesAreAnalysedAndQueriedOnSmallStacks() {
        let deep = HostileInput.nestedDeclarations()
        let braces = HostileInput.strayBraces()
        let results = HostileInput.onSmallStack {
            let analysis = Analysis(sources: [SourceFile(path: "diep.vsm", text: deep), SourceFile(path: "haken.vsm", text: braces),
                                              SourceFile(path: "gewoon.vsm", text: HostileInput.normalMap)])
            var answered = 0
            for index in 0..<2 {
                let length = analysis.files[index].source.utf8Length
                answered += analysis.outline(ofFile: index, language: .nl).count
                answered += analysis.foldingRanges(inFile: index).count
                answered += analysis.semanticTokens(inFile: index).count
                for offset in [0, 20, length / 2, length - 3] {
                    answered += analysis.hover(at: offset, inFile: index, language: .en) == nil ? 0 : 1
                    answered += analysis.completions(at: offset, inFile: index).count
                }
            }
            for map in analysis.maps(.process) { answered += analysis.processMetrics(map).criticalPath.count }
            return (Self.codes(analysis, 0), Self.codes(analysis, 1), Self.codes(analysis, 2), answered)
        }
        #expect(results.0.filter { $0 == "S014" }.count == 1)
        #expect(results.1.filter { $0 == "S014" }.count == 1)
        #expect(results.2.contains("N102"), "the normal file is still checked: \(results.2)")
        #expect(results.3 > 0)
    }

    static let hugeDuration = """
        proces p "P" {
          persoon leraar "Leraar"
          stap a "A" { door: leraar  tijd: 9999999999999999999999d }
          stap b "B" { door: leraar  tijd: 5min }
          wacht w "W" { duur: 99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999mnd }
          a -> w -> b
        }

        """

    @Test func aDurationTooLargeIsA208AndLeftOutOfTheFigures() throws {
        let analysis = Analysis(sources: [SourceFile(path: "groot.vsm", text: Self.hugeDuration)])
        let a208 = analysis.diagnosticsByFile[0].filter { $0.code == "A208" }
        #expect(a208.count == 2)
        let first = try #require(a208.first)
        #expect(analysis.files[0].source.text(in: first.range) == "9999999999999999999999d")
        #expect(first.message.nl.contains("1.000.000 uur") && first.message.en.contains("1,000,000 hours"))
        let map = try #require(analysis.maps(.process).first)
        let metrics = analysis.processMetrics(map)
        #expect(metrics.processMinutes == 5)
        #expect(metrics.leadMinutes.isFinite)
        let text = Self.hugeDuration
        for needle in ["a \"A\"", "w \"W\"", "p \"P\"", "9999999999999999999999d"] {
            let offset = try #require(text.utf8.firstRange(of: needle.utf8)).lowerBound
            let utf8Offset = text.utf8.distance(from: text.utf8.startIndex, to: offset)
            for language in [Language.nl, .en] { _ = analysis.hover(at: utf8Offset, inFile: 0, language: language) }
        }
    }

    @Test func aFrequencyTooLargeIsA208() {
        let text = """
            proces p "P" { frequentie: 99999999999999999999999x per week }
            proces q "Q" { frequentie: 3x per week }

            """
        let analysis = Analysis(sources: [SourceFile(path: "vaak.vsm", text: text)])
        let a208 = analysis.diagnosticsByFile[0].filter { $0.code == "A208" }
        #expect(a208.map { analysis.files[0].source.text(in: $0.range) } == ["99999999999999999999999x per week"])
    }

    @Test func aFileNotReadGivesW607AtItsStart() throws {
        let source = SourceFile(path: "groot.vsm", notRead: SourceFile.SizeLimit(size: 3_000_000_000, limit: 64_000_000))
        let analysis = Analysis(sources: [source, SourceFile(path: "gewoon.vsm", text: HostileInput.normalMap)])
        let w607 = try #require(analysis.diagnosticsByFile[0].first)
        #expect(analysis.diagnosticsByFile[0].count == 1)
        #expect(w607.code == "W607" && w607.range == .empty(at: 0))
        #expect(w607.message.nl.contains("3000000000") && w607.message.en.contains("64000000"))
        #expect(Self.codes(analysis, 1).contains("N102"))
    }

    @Test func maxFileSizeInStroomJSON() {
        let (configuration, problems) = Configuration.parse(SourceFile(path: "stroom.json", text: #"{ "maxBestandsgrootte": 0.001 }"#))
        #expect(problems.isEmpty)
        #expect(configuration.fileSizeLimit == 1000)
        #expect(Configuration().fileSizeLimit == 64_000_000)
        let (_, bad) = Configuration.parse(SourceFile(path: "stroom.json", text: #"{ "maxFileSize": -3 }"#))
        #expect(bad.map(\.code.rawValue) == ["W606"])
    }
}
