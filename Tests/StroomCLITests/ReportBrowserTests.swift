import Foundation
import StroomTestSupport
import Testing

/// `stroom report` in a real browser: the HTML report of every sample passes axe-core in
/// headless Chromium (lang set, headings in order, every diagram named), and `--format pdf`
/// makes A4 pages whose first one holds the summary (poppler's `pdfinfo` and `pdftotext`).
/// `.ci/run` installs Chromium and poppler-utils and unpacks axe-core (STROOM_AXE); with
/// STROOM_REQUIRE_TOOLS=1 a missing tool fails instead of skipping.
@Suite struct ReportBrowserTests {
    static let environment = ProcessInfo.processInfo.environment
    /// The user's PATH, so that the command finds `dot` and Chromium as a user's shell would.
    static var userEnvironment: [String: String] { ["LANG": "en_US.UTF-8", "PATH": environment["PATH"] ?? "/usr/bin:/bin"] }

    static var pdfTools: Bool {
        (ExternalTools.chromium != nil && ExternalTools.find("pdfinfo") != nil && ExternalTools.find("pdftotext") != nil)
            || ExternalTools.requireTools
    }
    static var axeTools: Bool { (ExternalTools.chromium != nil && PreviewBrowserTests.axe != nil) || ExternalTools.requireTools }

    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        let path = try #require(ExternalTools.find(name), "\(name) is required (apt-get install poppler-utils)")
        let run = try ExternalTools.run(path, arguments, input: Data())
        #expect(run.status == 0, "\(name) failed: \(run.standardError)")
        return String(decoding: run.standardOutput, as: UTF8.self)
    }

    @Test(.enabled(if: pdfTools, "needs Chromium and poppler-utils (see .ci/run)"), arguments: ["nl", "en"])
    func pdfHasA4PagesAndTheSummaryFirst(language: String) throws {
        #expect(ExternalTools.chromium != nil, "Chromium is required (apt-get install chromium)")
        let folder = try CommandRunner.folder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("rapport.pdf").path
        var environment = Self.userEnvironment
        environment["STROOM_CHROMIUM"] = ExternalTools.chromium
        let output = CommandRunner.run(["report", "--format", "pdf", "--lang", language, "-o", pdf, "Samples"], environment: environment)
        #expect(output.exitCode == 0, "\(output.stderr)")
        #expect(output.stdout.isEmpty)
        let info = try Self.tool("pdfinfo", ["-f", "1", "-l", "1", pdf])
        #expect(info.contains("Page    1 size:  594.96 x 841.92 pts (A4)") || info.contains("Page size:       594.96 x 841.92 pts (A4)"), "\(info)")
        let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) })
        print("stroom report --format pdf Samples (\(language)): \(pages) pages")
        #expect((10...150).contains(pages), "\(pages) pages")
        let first = try Self.tool("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"])
        let summary = language == "nl" ? ["Stroom-rapport", "Samenvatting", "Doorlooptijd", "Grootste problemen", "Volgende stap in de methode"]
            : ["Stroom report", "Summary", "Lead time", "Biggest problems", "Next step in the method"]
        for text in summary { #expect(first.contains(text), "page 1 lacks \(text):\n\(first)") }
        #expect(!first.contains("Samples/"), "no file path on the first page")
        // A PDF that is there is replaced whole (it once was removed and not written again).
        let again = CommandRunner.run(["report", "--format", "pdf", "--lang", language, "-o", pdf, "Samples/akkrum"], environment: environment)
        #expect(again.exitCode == 0, "\(again.stderr)")
        #expect(try Self.tool("pdfinfo", [pdf]).contains("Pages:"))
    }

    @Test func pdfNeedsAFileAndABrowser() throws {
        let noFile = CommandRunner.run(["report", "--format", "pdf", "Samples"])
        #expect(noFile.exitCode == 2)
        #expect(noFile.stdout.isEmpty)
        #expect(noFile.stderr.contains("--format pdf writes to a file; name one with -o"))
        let dash = CommandRunner.run(["report", "--format", "pdf", "--lang", "nl", "-o", "-", "Samples"])
        #expect(dash.exitCode == 2)
        #expect(dash.stderr.contains("een PDF kan niet naar het scherm (de uitvoer, -o -); kies een bestand met -o"))
        #if os(Linux)
        let folder = try CommandRunner.folder([:])
        let target = folder.appendingPathComponent("r.pdf").path
        let none = CommandRunner.run(["report", "--format", "pdf", "-o", target, "Samples/akkrum"],
                                     environment: ["LANG": "en_US.UTF-8", "PATH": "/nonexistent"])
        #expect(none.exitCode == 2)
        #expect(none.stderr.contains("A PDF needs Chromium, Google Chrome or Microsoft Edge, and none was found."))
        #expect(none.stderr.contains("sudo apt-get install chromium"))
        #expect(!FileManager.default.fileExists(atPath: target))
        #endif
    }

    @Test(.enabled(if: axeTools, "needs Chromium and axe-core (see .ci/run)"), arguments: ["nl", "en"])
    func axeFindsNoViolationInTheReportOfEverySample(language: String) throws {
        let chromium = try #require(ExternalTools.chromium, "Chromium is required (apt-get install chromium)")
        let axe = try #require(PreviewBrowserTests.axe, "axe.min.js is required (STROOM_AXE)")
        let output = CommandRunner.run(["report", "--format", "html", "--lang", language, "Samples"], environment: Self.userEnvironment)
        #expect(output.exitCode == 0)
        if ExternalTools.dot != nil { #expect(output.stdout.contains("<svg role=\"img\" aria-label=\"")) }
        if language == "nl", let python = ReportPageCheckRunner.python {
            // The page with its pictures also parses under html5lib without an error.
            let result = try ReportPageCheckRunner.check(output.stdout, python: python)
            #expect(result.status == 0, "\(result.output.prefix(2000))")
        }
        let violations = try AxePage.violations(of: output.stdout, axe: axe, chromium: chromium)
        #expect(violations == "[]", "axe-core: \(violations)")
    }
}
