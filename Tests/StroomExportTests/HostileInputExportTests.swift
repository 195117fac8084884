import Foundation
@testable import StroomExport
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Issue 12: exports of input that crashed them — nesting far too deep, a duration too large to
/// compute with, a flow of thousands of steps in a row — on the small stack of a worker thread.
@Suite struct HostileInputExportTests {
    static func exportEverything(_ files: [String: String]) -> [String] {
        HostileInput.onSmallStack {
            let sources = files.keys.sorted().map { SourceFile(path: $0, text: files[$0]!) }
            let analysis = Analysis(sources: sources)
            var outputs: [String] = []
            for path in files.keys.sorted() {
                for view in ExportView.allCases {
                    for language in [Language.nl, .en] {
                        let options = ExportOptions(view: view, language: language)
                        if let dot = try? DotExporter.export(analysis, path: path, options: options).get() { outputs.append(dot.text) }
                        if let mermaid = try? MermaidExporter.export(analysis, path: path, options: options).get() { outputs.append(mermaid.text) }
                    }
                }
            }
            let report = ReportBuilder(analysis: analysis).build()
            outputs.append(MarkdownReportRenderer.render(report, language: .nl))
            outputs.append(HTMLReportRenderer.render(report, language: .en))
            outputs.append(JSONReportRenderer.render(report))
            return outputs
        }
    }

    @Test func tenTimesTheDepthThatCrashedIsExported() {
        let outputs = Self.exportEverything(["diep.vsm": HostileInput.nestedDeclarations(), "haken.vsm": HostileInput.strayBraces(),
                                             "gewoon.vsm": HostileInput.normalMap])
        #expect(outputs.contains { $0.contains("diep__s0") }, "the steps above the limit are drawn")
        #expect(outputs.contains { $0.contains("gewoon__s") })
    }

    @Test func aDurationTooLargeIsExportedWithoutIt() {
        let text = """
            proces p "P" {
              persoon leraar "Leraar"
              stap a "A" { door: leraar  tijd: 9999999999999999999999d }
              stap b "B" { door: leraar  tijd: 5min }
              a -> b
            }

            """
        let outputs = Self.exportEverything(["groot.vsm": text])
        #expect(!outputs.isEmpty)
        #expect(outputs.allSatisfy { !$0.contains("9999999999") }, "a value too large is not a figure")
        #expect(outputs.contains { $0.contains("5 min") })
    }

    @Test func aFlowOfTwentyThousandStepsInARowIsExported() {
        var text = "proces lang \"Lang\" {\n"
        let count = 20_000
        for index in 0..<count { text += "  stap s\(index) \"S\(index)\" { tijd: 1min }\n" }
        text += "  " + (0..<count).map { "s\($0)" }.joined(separator: " -> ") + "\n}\n"
        let input = text
        let dot = HostileInput.onSmallStack {
            try? DotExporter.export(Analysis(sources: [SourceFile(path: "lang.vsm", text: input)]), path: "lang.vsm",
                                    options: ExportOptions(view: .flow)).get().text
        }
        #expect(dot?.contains("lang__s19999") == true)
    }

    @Test func figuresOfAnySizeAreWrittenWithoutATrap() {
        for value in [1e300, -1e300, Double.infinity, -Double.infinity, .nan, 9.3e18, -9.3e18] {
            _ = FigureText.decimal(value, .nl)
            _ = FigureText.percent(value, .en)
            _ = FigureText.duration(value, minutesPerDay: 480, .nl)
            _ = ReportNumbers.decimal(value, .nl)
            _ = ReportNumbers.percent(value, .en)
        }
        #expect(FigureText.decimal(1e300, .nl) == "?")
        #expect(FigureText.decimal(1.5, .nl) == "1,5")
        #expect(WorkingTimeText.text(1e30, minutesPerDay: 480, .nl) == "?")
    }
}
