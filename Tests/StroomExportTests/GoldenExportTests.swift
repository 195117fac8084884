import Foundation
import StroomExport
import StroomTestSupport
import Testing

/// Golden DOT and Mermaid files for every view of every sample and export fixture, in
/// `Golden/`. They were reviewed by eye (rendered with `dot -Tpng`) when recorded. Set
/// STROOM_UPDATE_GOLDEN=1 to rewrite them; the run still fails, so that a changed picture is
/// always looked at.
@Suite struct GoldenExportTests {
    static var updating: Bool { ProcessInfo.processInfo.environment["STROOM_UPDATE_GOLDEN"] == "1" }

    @Test(arguments: ExportCase.all)
    func dotMatchesGolden(_ exportCase: ExportCase) throws {
        try compare(exportCase.dot(), with: ExportCase.goldenFolder.appendingPathComponent(exportCase.name + ".dot"))
    }

    @Test(arguments: ExportCase.mermaid)
    func mermaidMatchesGolden(_ exportCase: ExportCase) throws {
        try compare(exportCase.mermaidText(), with: ExportCase.goldenFolder.appendingPathComponent(exportCase.name + ".mmd"))
    }

    /// No stray goldens: every file in `Golden/` belongs to a case.
    @Test func everyGoldenHasACase() throws {
        let expected = Set(ExportCase.all.map { $0.name + ".dot" } + ExportCase.mermaid.map { $0.name + ".mmd" })
        let present = Set(RepositoryPaths.files(under: ExportCase.goldenFolder, extensions: ["dot", "mmd"]).map(\.lastPathComponent))
        #expect(present == expected, "stray: \(present.subtracting(expected).sorted()), missing: \(expected.subtracting(present).sorted())")
    }

    func compare(_ text: String, with golden: URL) throws {
        #expect(!text.isEmpty)
        if GoldenExportTests.updating {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(golden.lastPathComponent); review it and run again without STROOM_UPDATE_GOLDEN")
            return
        }
        let expected = try #require(try? String(contentsOf: golden, encoding: .utf8), "missing \(golden.lastPathComponent); run with STROOM_UPDATE_GOLDEN=1")
        #expect(text == expected, "\(golden.lastPathComponent) differs from the exporter's output")
    }
}
