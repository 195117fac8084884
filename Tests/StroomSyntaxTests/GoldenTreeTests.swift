import Foundation
import StroomSyntax
import StroomTestSupport
import Testing

/// Golden tree dumps: every `.vsm`/`.batenlogica` under `Golden/ok` and `Golden/err` has a
/// `.tree` next to it (the rust-analyzer `.rs`/`.rast` idea). `ok` files must parse without a
/// diagnostic. Set STROOM_UPDATE_GOLDEN=1 to rewrite the dumps; the run still fails, so that a
/// changed dump is always looked at.
@Suite struct GoldenTreeTests {
    static let folder = RepositoryPaths.tests.appendingPathComponent("StroomSyntaxTests/Golden")
    static let inputs = RepositoryPaths.files(under: folder, extensions: ["vsm", "batenlogica"])

    @Test(arguments: inputs.map(\.lastPathComponent))
    func treeMatchesGolden(name: String) throws {
        let input = try #require(GoldenTreeTests.inputs.first { $0.lastPathComponent == name })
        let bytes = RepositoryPaths.read(input)
        let tree = SyntaxTree.parse(SourceFile(path: name, bytes: bytes))
        #expect(tree.printedBytes() == bytes, "the tree of \(name) does not print back to its input")
        if input.deletingLastPathComponent().lastPathComponent == "ok" {
            #expect(tree.diagnostics.isEmpty, "\(name) should parse cleanly: \(tree.diagnostics.map(\.code))")
        }
        let dump = TreeDump.dump(tree)
        let goldenURL = input.appendingPathExtension("tree")
        if ProcessInfo.processInfo.environment["STROOM_UPDATE_GOLDEN"] == "1" {
            try dump.write(to: goldenURL, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(goldenURL.lastPathComponent); review it and run again without STROOM_UPDATE_GOLDEN")
            return
        }
        let golden = try #require(try? String(contentsOf: goldenURL, encoding: .utf8), "missing \(goldenURL.lastPathComponent); run with STROOM_UPDATE_GOLDEN=1")
        #expect(dump == golden)
    }
}
