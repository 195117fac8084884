import Foundation
import StroomExport
import StroomModel
import StroomTestSupport
import Testing

/// The same input gives the same bytes: two analyses of the samples, built apart, export to
/// identical DOT and Mermaid; node ids come from the map and declaration ids.
@Suite struct DeterminismTests {
    @Test func twoRunsGiveTheSameBytes() {
        let first = SampleWorkspace.analyze()
        let second = SampleWorkspace.analyze()
        for path in SampleWorkspace.paths {
            for view in ExportView.allCases {
                let options = ExportOptions(view: view, language: .nl)
                let a = try? DotExporter.export(first, path: path, options: options).get().text
                let b = try? DotExporter.export(second, path: path, options: options).get().text
                #expect(a == b, "\(path) \(view)")
                let c = try? MermaidExporter.export(first, path: path, options: options).get().text
                let d = try? MermaidExporter.export(second, path: path, options: options).get().text
                #expect(c == d, "\(path) \(view) mermaid")
            }
        }
    }

    @Test func nodeIDsComeFromTheNamesTheAuthorWrote() throws {
        let dot = try DotExporter.export(ExportCase.samples, path: "akkrum/groepsplannen.vsm", options: ExportOptions()).get().text
        #expect(dot.contains(#""groepsplannen__groepsplan_maken" [shape="box""#))
        #expect(dot.contains(#""groepsplannen__informatie_zoeken" -> "groepsplannen__groepsplan_maken""#))
        #expect(dot.contains(#"charset="UTF-8""#))
    }

    @Test func mermaidGoldensHaveTheirShape() throws {
        for url in RepositoryPaths.files(under: ExportCase.goldenFolder, extensions: ["mmd"]) {
            let problems = MermaidShape.problems(in: try String(contentsOf: url, encoding: .utf8))
            #expect(problems.isEmpty, "\(url.lastPathComponent): \(problems.prefix(3))")
        }
    }
}
