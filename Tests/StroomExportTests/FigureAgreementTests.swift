import Foundation
import StroomExport
import StroomModel
import StroomSyntax
import Testing

/// One figure, one text (issue 10, item 8): for every process of every sample, in both
/// languages, the hover, the Markdown report, the DOT flow view and the Mermaid flow view write
/// the same name and the same value for each figure. The texts are read back out of each output
/// — not from the vocabulary that wrote them — so a place that formats a figure its own way, or
/// shows a partial number where the report says "onbekend", fails here.
@Suite struct FigureAgreementTests {
    static let processes: [DeclarationID] = ReportSupport.samples.maps(.process)

    @Test(arguments: [Language.nl, .en])
    func hoverReportDotAndMermaidAgree(_ language: Language) throws {
        let analysis = ReportSupport.samples
        #expect(Self.processes.count >= 5)
        for map in Self.processes {
            let name = analysis[map].quotedName
            let report = try #require(Self.reportFigures(map, language), "no figures table for \(name)")
            // The report lists every figure, under the names of the vocabulary.
            #expect(report.keys.sorted() == ProcessFigures.Figure.allCases.map { FigureText.name($0, language) }.sorted(),
                    "report figures of \(name)")
            let hover = Self.hoverFigures(map, language)
            let dot = try Self.dotFigures(map, language)
            let mermaid = try Self.mermaidFigures(map, language)
            #expect(hover == report, "hover of \(name) (\(language))")
            #expect(dot.count == 3 && mermaid.count == 3, "the ladder totals of \(name)")
            for (figure, text) in dot { #expect(report[figure] == text, "DOT \(name): \(figure)") }
            for (figure, text) in mermaid { #expect(report[figure] == text, "Mermaid \(name): \(figure)") }
        }
    }

    /// The case of the issue: a map whose report says "unknown: … without a time" never shows a
    /// partial lead time or a 100% activity ratio anywhere.
    @Test func anIncompleteMapReadsUnknownEverywhere() throws {
        let map = try #require(Self.processes.first { ReportSupport.samples[$0].name == "speciale_aandacht" })
        let unknown = "unknown: 4 of 4 steps without a time"
        for figures in [Self.reportFigures(map, .en) ?? [:], Self.hoverFigures(map, .en),
                        try Self.dotFigures(map, .en), try Self.mermaidFigures(map, .en)] {
            #expect(figures["Lead time"] == unknown)
            #expect(figures["Activity ratio"] == unknown)
        }
        #expect(Self.hoverFigures(map, .nl)["Doorlooptijd"] == "onbekend: 4 van 4 stappen zonder tijd")
    }

    // MARK: Reading the figures back out of each output

    /// `| Doorlooptijd | **2 dagen** | … |` or `| … | ⚠️ **onbekend: …** | … |` in the map's section.
    static func reportFigures(_ map: DeclarationID, _ language: Language) -> [String: String]? {
        let analysis = ReportSupport.samples
        let report = ReportBuilder(analysis: analysis).build(paths: [analysis.path(of: map)])
        let markdown = MarkdownReportRenderer.render(report, language: language)
        guard let start = markdown.range(of: "<a id=\"map-\(analysis[map].quotedName)\"></a>") else { return nil }
        let section = markdown[start.upperBound...].components(separatedBy: "<a id=\"map-").first ?? ""
        let names = Set(ProcessFigures.Figure.allCases.map { FigureText.name($0, language) })
        var figures: [String: String] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2 else { continue }
            let name = cells[0].replacingOccurrences(of: "\\&", with: "&")
            // The figures table comes first; a comparison table further down repeats the names.
            guard names.contains(name), figures[name] == nil else { continue }
            var value = cells[1]
            if value.hasPrefix("⚠️ ") { value.removeFirst(2) }
            figures[name] = value.replacingOccurrences(of: "**", with: "")
        }
        return figures.isEmpty ? nil : figures
    }

    /// `- Doorlooptijd: 2 dagen (langste pad: …)` in the hover on the map's name.
    static func hoverFigures(_ map: DeclarationID, _ language: Language) -> [String: String] {
        let analysis = ReportSupport.samples
        let declaration = analysis[map]
        guard let hover = analysis.hover(at: declaration.nameRange.utf8Start, inFile: declaration.fileIndex, language: language)
        else { return [:] }
        var figures: [String: String] = [:]
        for line in hover.markdown.split(separator: "\n") where line.hasPrefix("- ") {
            guard let colon = line.range(of: ": ") else { continue }
            let name = String(line[line.index(line.startIndex, offsetBy: 2)..<colon.lowerBound])
            var value = String(line[colon.upperBound...])
            for path in [" (langste pad: ", " (longest path: "] {
                if let cut = value.range(of: path) { value = String(value[..<cut.lowerBound]) }
            }
            figures[name] = value
        }
        let names = Set(ProcessFigures.Figure.allCases.map { FigureText.name($0, language) })
        return figures.filter { names.contains($0.key) }
    }

    /// `<TD ALIGN="LEFT">Doorlooptijd</TD><TD ALIGN="RIGHT"><B>2 dagen</B></TD>` in the totals.
    static func dotFigures(_ map: DeclarationID, _ language: Language) throws -> [String: String] {
        let analysis = ReportSupport.samples
        let dot = try DotExporter.export(analysis, path: analysis.path(of: map),
                                         options: ExportOptions(view: .flow, language: language, mapName: analysis[map].quotedName)).get().text
        let pattern = try NSRegularExpression(pattern: #"<TD ALIGN="LEFT">([^<]*)</TD><TD ALIGN="RIGHT">(.*?)</TD>"#)
        var figures: [String: String] = [:]
        for match in pattern.matches(in: dot, range: NSRange(dot.startIndex..., in: dot)) {
            guard let name = Range(match.range(at: 1), in: dot), let cell = Range(match.range(at: 2), in: dot) else { continue }
            let value = String(dot[cell]).replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
            figures[html(String(dot[name]))] = html(value)
        }
        return figures
    }

    /// `…ladder…totals[/"Doorlooptijd: 2 dagen<br/>Procestijd: …"/]`.
    static func mermaidFigures(_ map: DeclarationID, _ language: Language) throws -> [String: String] {
        let analysis = ReportSupport.samples
        let text = try MermaidExporter.export(analysis, path: analysis.path(of: map),
                                              options: ExportOptions(view: .flow, language: language, mapName: analysis[map].quotedName)).get().text
        guard let line = text.split(separator: "\n").first(where: { $0.contains("totals[/\"") }),
              let open = line.range(of: "[/\""), let close = line.range(of: "\"/]") else { return [:] }
        var figures: [String: String] = [:]
        for part in line[open.upperBound..<close.lowerBound].components(separatedBy: "<br/>") {
            guard let colon = part.range(of: ": ") else { continue }
            figures[String(part[..<colon.lowerBound])] = String(part[colon.upperBound...])
        }
        return figures
    }

    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
