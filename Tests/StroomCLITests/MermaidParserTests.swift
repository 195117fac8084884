import Foundation
import StroomTestSupport
import Testing

/// `stroom dot --format mermaid` read by Mermaid itself: Mermaid 11's `mermaid.min.js` (from the
/// PyPI package artoo-mermaid, in the venv of STROOM_PYTHON) parses and renders every chart in
/// headless Chromium (STROOM_CHROMIUM, or `chromium` on PATH), run by
/// `Tests/Tools/mermaid_parse.py`. Every sample view, and hostile labels: Mermaid's own syntax,
/// directives, HTML, entity-looking text, controls, seeded random Unicode, long texts. Each
/// chart must parse, render without Mermaid's error picture, and show its labels. A missing
/// tool skips, or fails with STROOM_REQUIRE_TOOLS=1.
@Suite struct MermaidParserTests {
    static var available: Bool { (ExternalTools.chromium != nil && ExternalTools.mermaidPython != nil) || ExternalTools.requireTools }

    struct Chart: Encodable {
        let name: String
        let text: String
        let expect: [String]
    }

    /// Runs the tool on the charts; its status and what it printed.
    static func check(_ charts: [Chart]) throws -> (status: Int32, output: String) {
        let chromium = try #require(ExternalTools.chromium, "chromium is required (STROOM_CHROMIUM)")
        let python = try #require(ExternalTools.mermaidPython, "python with artoo-mermaid is required (STROOM_PYTHON)")
        let folder = try CommandRunner.folder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = folder.appendingPathComponent("cases.json")
        try JSONEncoder().encode(charts).write(to: cases)
        let run = try ExternalTools.run(python, [RepositoryPaths.tests.appendingPathComponent("Tools/mermaid_parse.py").path,
                                                 "--chromium", chromium, cases.path], input: Data())
        return (run.status, String(decoding: run.standardOutput, as: UTF8.self) + run.standardError)
    }

    /// `stroom dot --format mermaid` with these arguments, which must succeed.
    static func mermaid(_ arguments: [String], in folder: String = RepositoryPaths.root.path) -> String {
        let output = CommandRunner.run(["dot", "--format", "mermaid"] + arguments, in: folder)
        #expect(output.exitCode == 0, "\(arguments): \(output.stderr)")
        return output.stdout
    }

    @Test(.enabled(if: available, "needs chromium and python with artoo-mermaid (see .ci/run)"))
    func everySampleViewParsesAndDraws() throws {
        var charts: [Chart] = []
        let files = RepositoryPaths.files(under: RepositoryPaths.samples, extensions: ["vsm", "batenlogica"])
        #expect(files.count >= 8)
        for file in files {
            let views = file.pathExtension == "vsm" ? ["flow", "causes"] : ["benefits", "causes"]
            let text = String(decoding: RepositoryPaths.read(file), as: UTF8.self)
            let maps = text.split(separator: "\n").compactMap { line -> String? in
                let words = line.split(separator: " ")
                guard words.count > 2, ["proces", "onderzoek", "batenlogica"].contains(words[0]) else { return nil }
                return String(words[1])
            }
            for view in views {
                for language in ["nl", "en"] {
                    for map in [nil] + maps.map(Optional.some) {
                        let arguments = ["--view", view, "--lang", language] + (map.map { ["--map", $0] } ?? []) + [file.path]
                        charts.append(Chart(name: "\(file.lastPathComponent) \(view) \(language) \(map ?? "all")",
                                            text: Self.mermaid(arguments), expect: []))
                    }
                }
            }
        }
        let result = try Self.check(charts)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("\(charts.count) charts, 0 problems"), "\(result.output)")
    }

    @Test(.enabled(if: available, "needs chromium and python with artoo-mermaid (see .ci/run)"))
    func hostileLabelsParseAndShowAsWritten() throws {
        var charts: [Chart] = []
        let labels = MermaidHostileLabels.all
        let title = MermaidHostileLabels.title
        let chunks = stride(from: 0, to: labels.count, by: 40).map { Array(labels[$0..<min($0 + 40, labels.count)]) }
        for (index, chunk) in chunks.enumerated() {
            let folder = try CommandRunner.folder([
                "h.vsm": MermaidHostileLabels.vsm(title: title, labels: chunk),
                "h.batenlogica": MermaidHostileLabels.benefits(title: title, labels: chunk),
            ])
            defer { try? FileManager.default.removeItem(at: folder) }
            // Short labels must reach the drawing whole (long ones are cut, like in DOT).
            let expected = chunk.filter(MermaidHostileLabels.showsWhole)
            for (file, map, views) in [("h.vsm", "kaart", ["flow", "causes"]), ("h.batenlogica", "logica", ["benefits", "causes"])] {
                for view in views {
                    let text = Self.mermaid(["--view", view, "--map", map, file], in: folder.path)
                    charts.append(Chart(name: "hostile \(index) \(file) \(view)", text: text,
                                        expect: (view == "flow" || view == "benefits" ? expected : []) + ["Kaart"]))
                }
            }
        }
        // The map title, with an HTML tag and double-quoted attributes, is drawn as written
        // (Mermaid 11 itself draws a title's `&` as `&amp;`, whatever the front matter says).
        charts[0] = Chart(name: charts[0].name, text: charts[0].text,
                          expect: charts[0].expect + [title.replacingOccurrences(of: "&", with: "&amp;")])
        let result = try Self.check(charts)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("\(charts.count) charts, 0 problems"), "\(result.output)")
    }

    /// The checker can fail: a label that ends early, an unescaped directive, a label that is
    /// not drawn as written.
    @Test(.enabled(if: available, "needs chromium and python with artoo-mermaid (see .ci/run)"))
    func theCheckerRejectsBrokenCharts() throws {
        let charts = [
            Chart(name: "quote", text: "flowchart LR\n  a[\"say \"hi\n  b --> a\n", expect: []),
            Chart(name: "directive", text: "flowchart LR\n  a[\"x %%{init: {'theme':'dark'}}%% y\"]\n", expect: []),
            Chart(name: "title", text: "---\ntitle: '<a href=\"x\">T</a>'\n---\nflowchart LR\n  a[\"A\"]\n", expect: []),
            Chart(name: "missing", text: "flowchart LR\n  a[\"A\"]\n", expect: ["B"]),
            Chart(name: "fine", text: "flowchart LR\n  a[\"x #37;#37;{init}#37;#37; #quot;#amp;amp;#lt;b#gt;\"]\n", expect: ["%%{init}%%\"&amp;<b>"]),
        ]
        let result = try Self.check(charts)
        #expect(result.status == 1)
        for name in ["quote", "directive", "title", "missing"] { #expect(result.output.contains("\(name): "), "\(result.output)") }
        #expect(!result.output.contains("fine: "), "\(result.output)")
        #expect(result.output.contains("5 charts, 4 problems"), "\(result.output)")
    }
}
