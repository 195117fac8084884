import Foundation
@testable import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// An analysis that reuses an earlier one's lowering must be the analysis made from scratch:
/// same declarations at the same places, same edges, same diagnostics. (Ids name files by a
/// ``FileID`` that stays with a path along a chain, so the two name the same declaration by
/// different ids once files were added, removed or reordered: they are compared by place —
/// file position and position in the file.) Driven by the samples,
/// edited the ways an editor edits them (and the ways that move ids between files).
@Suite struct AnalysisReuseTests {
    static func samples() -> [SyntaxTree] {
        let root = RepositoryPaths.samples
        let paths = (FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".vsm") || $0.hasSuffix(".batenlogica") }.sorted()
        return paths.map { path in
            SyntaxTree.parse(SourceFile(path: path, bytes: RepositoryPaths.read(root.appendingPathComponent(path))))
        }
    }

    /// The tree of a file with its text changed.
    static func edited(_ tree: SyntaxTree, _ change: (String) -> String) -> SyntaxTree {
        SyntaxTree.parse(SourceFile(path: tree.source.path, text: change(tree.source.text)))
    }

    /// The text with every declaration id (`#file.local`) written as its place instead: the
    /// position of its file in the workspace and its position in the file.
    static func placed(_ text: String, in analysis: Analysis) -> String {
        let pattern = /#([0-9]+)\.([0-9]+)/
        return text.replacing(pattern) { match in
            let file = FileID(UInt32(match.1)!)
            let position = analysis.files.firstIndex { $0.id == file }.map(String.init) ?? "?"
            return "@\(position).\(match.2)"
        }
    }

    static func placed(_ value: some Any, in analysis: Analysis) -> String {
        placed(String(describing: value), in: analysis)
    }

    /// Who refers to whom, by place.
    static func placedReferrers(_ analysis: Analysis) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: analysis.referrers.map { (placed($0.key, in: analysis), $0.value.map { placed($0, in: analysis) }) })
    }

    /// Everything an analysis says, as comparable text and values.
    static func expectSame(_ reused: Analysis, _ fresh: Analysis, _ comment: Comment) {
        let reusedDeclarations = reused.declarations.map { placed($0, in: reused) }
        let freshDeclarations = fresh.declarations.map { placed($0, in: fresh) }
        #expect(reusedDeclarations.count == freshDeclarations.count, comment)
        // The first difference only: a moved id shows in every declaration after it.
        if let index = reusedDeclarations.indices.first(where: { $0 < freshDeclarations.count && reusedDeclarations[$0] != freshDeclarations[$0] }) {
            #expect(reusedDeclarations[index] == freshDeclarations[index], comment)
        }
        #expect(reused.edges.map { placed($0, in: reused) } == fresh.edges.map { placed($0, in: fresh) }, comment)
        #expect(reused.files.map(\.directives) == fresh.files.map(\.directives), comment)
        #expect(reused.files.map { placed($0.maps, in: reused) } == fresh.files.map { placed($0.maps, in: fresh) }, comment)
        #expect(reused.files.map(\.lineBreak) == fresh.files.map(\.lineBreak), comment)
        #expect(reused.files.map(\.declarations.count) == fresh.files.map(\.declarations.count), comment)
        #expect(reused.diagnosticsByFile == fresh.diagnosticsByFile, comment)
        #expect(placedReferrers(reused) == placedReferrers(fresh), comment)
    }

    @Test func reusingGivesTheAnalysisFromScratch() throws {
        let original = Self.samples()
        try #require(original.count >= 8)
        let first = Analysis(trees: original)
        let groepsplannen = try #require(original.firstIndex { $0.source.path.hasSuffix("groepsplannen.vsm") })
        var cases: [(String, [SyntaxTree])] = []
        cases.append(("nothing changed", original))
        var trees = original
        trees[groepsplannen] = Self.edited(original[groepsplannen]) { $0.replacingOccurrences(of: "\"Groepsplannen\"", with: "\"Groepsplannen!\"") }
        cases.append(("a label edited", trees))
        trees = original
        trees[groepsplannen] = Self.edited(original[groepsplannen]) { $0 + "\n# stroom: negeer V304\n" }
        cases.append(("a directive added", trees))
        trees = original
        trees[0] = Self.edited(original[0]) { text in
            // A declaration more in the first file: every later file's ids move up by one.
            text.replacingOccurrences(of: "\n}", with: "\n  persoon extra \"Extra\"\n}", options: [], range: text.range(of: "\n}"))
        }
        cases.append(("ids of later files move", trees))
        cases.append(("the first file removed", Array(original.dropFirst())))
        cases.append(("files in another order", original.reversed()))
        cases.append(("a file added in front", [SyntaxTree.parse(SourceFile(path: "aaa.vsm", text: "proces aaa \"A\" {\n  stap s \"S\"\n}\n"))] + original))
        trees = original
        trees[groepsplannen] = Self.edited(original[groepsplannen]) { $0.replacingOccurrences(of: "\n", with: "\r\n") }
        cases.append(("line breaks become CRLF", trees))

        for (name, trees) in cases {
            let reused = Analysis(trees: trees, reusing: first)
            let fresh = Analysis(trees: trees)
            Self.expectSame(reused, fresh, "\(name)")
            // And again from the reused one, as the server chains them.
            Self.expectSame(Analysis(trees: trees, reusing: reused), fresh, "\(name), twice")
        }
    }

    @Test func aFileCountsAsUnchangedOnlyWhenItsBytesAndPathAre() throws {
        let source = SourceFile(path: "a.vsm", text: "proces a \"A\" {\n  stap s \"S\"\n}\n")
        #expect(source.isSameText(as: source))
        #expect(source.isSameText(as: SourceFile(path: "a.vsm", bytes: Array(source.bytes))))
        #expect(!source.isSameText(as: SourceFile(path: "b.vsm", bytes: source.bytes)))
        #expect(!source.isSameText(as: SourceFile(path: "a.vsm", text: "proces a \"B\" {\n  stap s \"S\"\n}\n")))
        let tooLarge = SourceFile(path: "a.vsm", notRead: SourceFile.SizeLimit(size: 20, limit: 10))
        #expect(!tooLarge.isSameText(as: SourceFile(path: "a.vsm", bytes: [])))
        #expect(!tooLarge.isSameText(as: SourceFile(path: "a.vsm", notRead: SourceFile.SizeLimit(size: 21, limit: 10))))
    }

    @Test func theLineBreakIsReadFromTheLineTable() {
        for text in ["", "a", "a\n", "a\r\n", "a\rb", "a\rb\nc", "a\r\nb\n", "a\n\r", "\r", "\n", "a\u{2028}b"] {
            let source = SourceFile(path: "x.vsm", text: text)
            let scanned = source.bytes.contains(0x0D) && source.bytes.contains(0x0A) ? "\r\n" : "\n"
            #expect(FileAnalysis.lineBreak(of: source) == scanned, "\(text.debugDescription)")
        }
    }
}
