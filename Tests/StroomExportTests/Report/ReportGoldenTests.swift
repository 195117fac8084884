import Foundation
import StroomExport
import StroomSyntax
import StroomTestSupport
import Testing

/// Golden reports: for every sample, the Markdown report in Dutch and English, the HTML report
/// in Dutch and the JSON report, under `Report/Golden/` (as of 2026-06-01, the samples as one
/// workspace). Set STROOM_UPDATE_GOLDEN=1 to rewrite them; the run still fails, so that a
/// changed report is always looked at.
@Suite struct ReportGoldenTests {
    static let folder = RepositoryPaths.tests.appendingPathComponent("StroomExportTests/Report/Golden")

    /// The file name of a golden: `akkrum/speciale_aandacht.vsm.nl.md`.
    static func goldenURL(_ samplePath: String, _ suffix: String) -> URL {
        folder.appendingPathComponent(String(samplePath.dropFirst("Samples/".count)) + "." + suffix)
    }

    static func rendered(_ samplePath: String) -> [(suffix: String, text: String)] {
        let report = ReportSupport.sampleReport(samplePath)
        return [
            ("nl.md", MarkdownReportRenderer.render(report, language: .nl)),
            ("en.md", MarkdownReportRenderer.render(report, language: .en)),
            ("nl.html", HTMLReportRenderer.render(report, language: .nl)),
            ("json", JSONReportRenderer.render(report)),
        ]
    }

    @Test(arguments: ReportSupport.samplePaths)
    func reportMatchesGolden(samplePath: String) throws {
        for (suffix, text) in ReportGoldenTests.rendered(samplePath) {
            let url = ReportGoldenTests.goldenURL(samplePath, suffix)
            if ProcessInfo.processInfo.environment["STROOM_UPDATE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("rewrote \(url.lastPathComponent); review it and run again without STROOM_UPDATE_GOLDEN")
                continue
            }
            let golden = try #require(try? String(contentsOf: url, encoding: .utf8),
                                      "missing \(url.lastPathComponent); run with STROOM_UPDATE_GOLDEN=1")
            #expect(text == golden, "\(url.lastPathComponent) differs from the golden file")
        }
    }

    /// The same input gives the same bytes, and the order of the files does not matter.
    @Test func deterministic() throws {
        let path = "Samples/sws-balans/sws_balans.batenlogica"
        let first = ReportGoldenTests.rendered(path).map(\.text)
        let second = ReportGoldenTests.rendered(path).map(\.text)
        #expect(first == second)
    }

    /// Every golden file belongs to a sample (no stale goldens left behind).
    @Test func noStaleGoldens() {
        let expected = Set(ReportSupport.samplePaths.flatMap { path in
            ["nl.md", "en.md", "nl.html", "json"].map { ReportGoldenTests.goldenURL(path, $0).standardizedFileURL.path }
        })
        let present = RepositoryPaths.files(under: ReportGoldenTests.folder, extensions: ["md", "html", "json"]).map(\.standardizedFileURL.path)
        #expect(Set(present).subtracting(expected).isEmpty, "stale: \(Set(present).subtracting(expected).sorted())")
    }
}
