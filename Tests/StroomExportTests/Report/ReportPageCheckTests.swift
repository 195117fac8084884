import Foundation
import StroomExport
import StroomSyntax
import StroomTestSupport
import Testing

/// The HTML pages must parse without an error under html5lib's strict WHATWG parser, and the
/// Markdown must render (markdown-it-py, CommonMark with GFM tables) to a page where every
/// typed text is text and nothing can run: `Tests/Tools/check_report.py`. Python with
/// `markdown-it-py` and `html5lib` comes from `.ci/run`'s venv (STROOM_PYTHON); on CI
/// (STROOM_REQUIRE_TOOLS=1) a missing tool fails the test instead of skipping it.
@Suite struct ReportPageCheckTests {
    static var python: String? {
        let environment = ProcessInfo.processInfo.environment
        let candidates: [String?] = [environment["STROOM_PYTHON"], RepositoryPaths.root.appendingPathComponent(".venv/bin/python").path, "/usr/bin/python3"]
        for case let candidate? in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            if run(candidate, ["-c", "import markdown_it, html5lib"]).status == 0 { return candidate }
        }
        return nil
    }

    static var toolsAvailable: Bool {
        python != nil || ProcessInfo.processInfo.environment["STROOM_REQUIRE_TOOLS"] == "1"
    }

    static func run(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return (-1, "cannot run \(executable)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Runs the checker on a page with the texts that must appear in it.
    func check(_ mode: String, _ page: String, expecting texts: [String], name: String) throws {
        let python = try #require(ReportPageCheckTests.python, "python with markdown-it-py and html5lib is required (STROOM_PYTHON)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pageURL = folder.appendingPathComponent("page")
        let expectedURL = folder.appendingPathComponent("expected.json")
        try Data(page.utf8).write(to: pageURL)
        try JSONSerialization.data(withJSONObject: texts).write(to: expectedURL)
        let tool = RepositoryPaths.tests.appendingPathComponent("Tools/check_report.py").path
        let result = ReportPageCheckTests.run(python, [tool, mode, pageURL.path, expectedURL.path])
        #expect(result.status == 0, "\(name) (\(mode)):\n\(result.output)")
    }

    @Test(.enabled(if: toolsAvailable, "needs python with markdown-it-py and html5lib (see .ci/run)"))
    func hostileTextsStayText() throws {
        let report = ReportEscapingTests.report().1
        let texts = ReportEscapingTests.hostile + ["regel 1", "regel 2"]
        for language in [Language.nl, .en] {
            try check("html", HTMLReportRenderer.render(report, language: language), expecting: texts, name: "hostile \(language)")
            try check("markdown", MarkdownReportRenderer.render(report, language: language), expecting: texts, name: "hostile \(language)")
        }
    }

    @Test(.enabled(if: toolsAvailable, "needs python with markdown-it-py and html5lib (see .ci/run)"),
          arguments: ReportSupport.samplePaths)
    func samplePagesAreValid(samplePath: String) throws {
        let report = ReportSupport.sampleReport(samplePath)
        // Every map's label must reach the reader unchanged.
        let labels = report.maps.map(\.item.label)
        try check("html", HTMLReportRenderer.render(report, language: .nl), expecting: labels, name: samplePath)
        try check("markdown", MarkdownReportRenderer.render(report, language: .en), expecting: labels, name: samplePath)
    }
}
