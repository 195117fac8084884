import Foundation
import StroomTestSupport

/// Runs axe-core on a static page in headless Chromium without a driver: the page gets
/// axe.min.js and a script that writes the violations into a `<pre>`, and `--dump-dom` (with a
/// virtual time budget, so the page's promises settle) hands back the document.
enum AxePage {
    static func violations(of html: String, axe: String, chromium: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-axe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = try String(contentsOfFile: axe, encoding: .utf8).replacingOccurrences(of: "</script", with: "<\\/script")
        let runner = """
        <script>\(library)</script>
        <script>axe.run(document).then(r => { const p = document.createElement('pre'); p.id = 'axe-result';
        p.textContent = JSON.stringify(r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})));
        document.body.appendChild(p); });</script>
        """
        guard let end = html.range(of: "</body>", options: .backwards) else { return "no </body> in the page" }
        let page = folder.appendingPathComponent("page.html")
        try Data((html[..<end.lowerBound] + runner + html[end.lowerBound...]).utf8).write(to: page)
        let run = try ExternalTools.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + folder.appendingPathComponent("profile").path,
            "--virtual-time-budget=60000", "--dump-dom", page.absoluteString,
        ], input: Data())
        let dom = String(decoding: run.standardOutput, as: UTF8.self)
        guard let start = dom.range(of: "<pre id=\"axe-result\">"), let close = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else {
            return "axe did not finish (status \(run.status)): \(run.standardError.suffix(1000))"
        }
        return dom[start.upperBound..<close.lowerBound].replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// `Tests/Tools/check_report.py html` (html5lib, strict WHATWG parsing) on a page made here.
enum ReportPageCheckRunner {
    static var python: String? { ExternalTools.python(importing: ["html5lib"]) }

    static func check(_ html: String, python: String) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html"), expected = folder.appendingPathComponent("expected.json")
        try Data(html.utf8).write(to: page)
        try Data("[]".utf8).write(to: expected)
        let tool = RepositoryPaths.tests.appendingPathComponent("Tools/check_report.py").path
        let run = try ExternalTools.run(python, [tool, "html", page.path, expected.path], input: Data())
        return (run.status, String(decoding: run.standardOutput, as: UTF8.self) + run.standardError)
    }
}
