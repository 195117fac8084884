import Foundation
import StroomTestSupport
import Testing

/// `stroom preview` in a real browser: headless Chromium, driven over the DevTools protocol by
/// `Tests/Tools/preview_browser.py`, sees a saved file in the DOM without a reload, and axe-core
/// finds no accessibility violation in the page. `.ci/run` installs Chromium (apt) and unpacks
/// axe-core from the `axe-playwright-python` wheel (STROOM_AXE); with STROOM_REQUIRE_TOOLS=1 a
/// missing tool fails instead of skipping.
@Suite struct PreviewBrowserTests {
    static let environment = ProcessInfo.processInfo.environment

    static var python: String? {
        let candidate = environment["STROOM_PYTHON"] ?? "/usr/bin/python3"
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    static var chromium: String? { ExternalTools.chromium }

    /// `axe.min.js`: STROOM_AXE, or where `.ci/run` unpacks it (`axe/` in the venv of STROOM_PYTHON).
    static var axe: String? {
        var candidates = [environment["STROOM_AXE"]].compactMap { $0 }
        if let python = environment["STROOM_PYTHON"] {
            let venv = URL(fileURLWithPath: python).deletingLastPathComponent().deletingLastPathComponent()
            candidates.append(venv.appendingPathComponent("axe/axe_playwright_python/axe.min.js").path)
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    static var available: Bool {
        (python != nil && chromium != nil && axe != nil) || environment["STROOM_REQUIRE_TOOLS"] == "1"
    }

    @Test(.enabled(if: available, "needs Chromium and axe-core (see .ci/run)"))
    func chromiumSeesTheSavedFileWithoutAReloadAndAxeFindsNoViolation() throws {
        let python = try #require(Self.python, "python is required (STROOM_PYTHON)")
        let chromium = try #require(Self.chromium, "Chromium is required (apt-get install chromium)")
        let axe = try #require(Self.axe, "axe.min.js is required (STROOM_AXE)")
        let folder = try CommandRunner.folder([
            "q.vsm": PreviewServerTests.good,
            "baten.batenlogica": "batenlogica b \"B\" {\n  bedoeling doel \"meer tijd voor de klas\"\n  baat rust \"Rust\"\n  rust -> doel { polariteit: + }\n}\n",
        ])
        let server = try PreviewProcess([folder.path])
        defer { server.stop() }
        let marker = PreviewServerTests.hasGraphviz ? ">Bravo</text>" : "Bravo"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            RepositoryPaths.tests.appendingPathComponent("Tools/preview_browser.py").path,
            "--chromium", chromium, "--axe", axe, "--url", "http://127.0.0.1:\(server.port)/",
            "--file", folder.appendingPathComponent("q.vsm").path, "--text", PreviewServerTests.renamed, "--marker", marker,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the browser check failed:\n\(text)")
        #expect(text.contains("\"updated\": true") && text.contains("\"samePage\": true"), "\(text)")
        #expect(text.contains("\"violations\": []") && text.contains("\"csp\": []"), "\(text)")
        print("preview in Chromium: \(text)")
    }
}
