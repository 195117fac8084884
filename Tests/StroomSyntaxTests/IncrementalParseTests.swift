import Foundation
@testable import StroomSyntax
import StroomTestSupport
import Testing

/// Incremental parsing gives exactly the tree and diagnostics of a full parse: on thousands of
/// seeded random edits of every sample and fixture, and on edits chosen to widen the parse.
@Suite struct IncrementalParseTests {
    /// Pieces an editor inserts: names, statements, braces, quotes, comments, line ends,
    /// multi-byte characters, literals with diagnostics, and a byte that is not UTF-8.
    static let snippets: [[UInt8]] = [
        "stap", "x", "_b2", " ", "  ", "\n", "\r\n", "\n  ", "{", "}", "{ }", "\"", "\"\"\"", "#", "# opmerking\n",
        ":", ",", ".", "->", "→", "-", "+", "doorlooptijd: 45min", "\n  wachttijd: 2u\n", "3x per week", "80%",
        "2026-13-01", "08:61", "1,5u", "45 kwartier", "\"label\"", "“x”", "ë", "💡", "\u{00A0}", "@",
        "\n  stap s9 \"S\" {\n    doorlooptijd: 5min\n  }\n", "a -> b", "a.b -> c {", "probleem p \"P\" { ernst: 3 }",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3]]

    struct Outcome {
        var edits = 0
        var incremental = 0
        var statements = 0
    }

    /// Applies `count` random edits to `bytes`, each time comparing the incremental tree with a
    /// full parse. Every fifth edit starts again from the original text.
    static func check(path: String, bytes original: [UInt8], seed: UInt64, count: Int) -> Outcome {
        var random = RoundTripTests.SplitMix64(state: seed)
        var outcome = Outcome()
        var tree = SyntaxTree.parse(SourceFile(path: path, bytes: original))
        for round in 0..<count {
            if round % 5 == 0 { tree = SyntaxTree.parse(SourceFile(path: path, bytes: original)) }
            var bytes = tree.source.bytes
            let start = Int(random.next() % UInt64(bytes.count + 1))
            let removeLength = random.next() % 3 == 0 ? 0 : Int(random.next() % UInt64(random.next() % 4 == 0 ? 40 : 6))
            let end = min(bytes.count, start + removeLength)
            var inserted: [UInt8] = []
            switch random.next() % 4 {
            case 0: break // a deletion (or nothing)
            case 1: for _ in 0..<(1 + random.next() % 4) { inserted.append(UInt8(truncatingIfNeeded: random.next())) }
            default: inserted = snippets[Int(random.next() % UInt64(snippets.count))]
            }
            bytes.replaceSubrange(start..<end, with: inserted)
            let source = SourceFile(path: path, bytes: bytes)
            let (incremental, scope) = SyntaxTree.reparse(tree, with: source)
            let full = SyntaxTree.parse(source)
            let label = "\(path) seed \(seed) round \(round): \(start)..<\(end) -> \(inserted)"
            #expect(incremental.printedBytes() == bytes, "\(label)")
            #expect(TreeDump.dump(incremental) == TreeDump.dump(full), "\(label)")
            let sameNodes = incremental.root == full.root // token flags too, which the dump leaves out
            #expect(sameNodes, "\(label)")
            #expect(incremental.diagnostics == full.diagnostics, "\(label)")
            outcome.edits += 1
            switch scope {
            case .block: outcome.incremental += 1
            case .statements: outcome.incremental += 1; outcome.statements += 1
            default: break
            }
            tree = incremental
        }
        return outcome
    }

    @Test func randomEditsEqualAFullParse() {
        var total = Outcome()
        for (index, url) in RoundTripTests.files.enumerated() {
            let path = url.path.replacingOccurrences(of: RepositoryPaths.root.path + "/", with: "")
            let outcome = Self.check(path: path, bytes: RepositoryPaths.read(url), seed: 9_0000 + UInt64(index), count: 60)
            total.edits += outcome.edits
            total.incremental += outcome.incremental
            total.statements += outcome.statements
        }
        #expect(total.edits >= 5000)
        // The test must exercise the incremental path, not only the fallback.
        #expect(total.incremental * 3 >= total.edits, "only \(total.incremental) of \(total.edits) edits re-parsed one block")
        #expect(total.statements * 8 >= total.edits, "only \(total.statements) of \(total.edits) edits re-parsed some statements")
        print("incremental parse: \(total.edits) edits, \(total.incremental) within one block, \(total.statements) of them some statements only")
    }

    static let nested = """
    proces p "P" {
      stap a "A" {
        doorlooptijd: 45min
      }
      stap b "B"
      a -> b
    }

    proces q {
      stap c
    }

    """

    func reparse(_ text: String, replacing old: String, with new: String) -> (SyntaxTree, SyntaxTree.ReparseScope) {
        let tree = SyntaxTree.parse(SourceFile(path: "p.vsm", text: text))
        let edited = text.replacingOccurrences(of: old, with: new)
        #expect(edited != text || old == new)
        let (result, scope) = SyntaxTree.reparse(tree, with: SourceFile(path: "p.vsm", text: edited))
        let full = SyntaxTree.parse(SourceFile(path: "p.vsm", text: edited))
        #expect(TreeDump.dump(result) == TreeDump.dump(full))
        #expect(result.diagnostics == full.diagnostics)
        return (result, scope)
    }

    @Test func anEditInANestedBlockReparsesOnlyThatBlock() {
        #expect(reparse(Self.nested, replacing: "45min", with: "1u").1 == .block(depth: 2))
        #expect(reparse(Self.nested, replacing: "stap b \"B\"", with: "stap bb \"BB\"").1 == .block(depth: 1))
        #expect(reparse(Self.nested, replacing: "stap c", with: "stap c2").1 == .block(depth: 1))
        #expect(reparse(Self.nested, replacing: "A", with: "A").1 == .unchanged)
    }

    static let long = "proces p {\n" + (0..<20).map { "  stap s\($0) \"Stap \($0)\"\n  s\($0) -> t\($0)\n  wachttijd: \($0)min\n" }.joined() + "}\n"

    @Test func anEditInALongBlockReparsesOnlyTheStatementsAroundIt() {
        #expect(reparse(Self.long, replacing: "Stap 10", with: "Stap tien").1 == .statements(depth: 1))
        #expect(reparse(Self.long, replacing: "wachttijd: 10min", with: "wachttijd: 10min,").1 == .statements(depth: 1))
        #expect(reparse(Self.long, replacing: "  s10 -> t10\n", with: "").1 == .statements(depth: 1))
        #expect(reparse(Self.long, replacing: "stap s12", with: "stap s12 {").1 == .file)
        // Near the `{` there is no statement far enough before the edit: the whole block.
        #expect(reparse(Self.long, replacing: "Stap 0", with: "Stap nul").1 == .block(depth: 1))
    }

    @Test func anEditThatChangesTheStructureParsesWider() {
        // An edit that moves the inner block's `}`: the outer block is re-parsed.
        #expect(reparse(Self.nested, replacing: "  }\n  stap b \"B\"", with: "  stap b \"B\" }").1 == .block(depth: 1))
        // A one-line string stops at the line end, so it stays inside the block (with S002).
        let (unterminated, lineScope) = reparse(Self.nested, replacing: "45min", with: "\"45min")
        #expect(lineScope == .block(depth: 2))
        #expect(unterminated.diagnostics.map(\.code) == ["S002"])
        // A `}` too many, a `"""` that runs past the `}`, a `#` that hides it, a renamed map:
        // the whole file.
        #expect(reparse(Self.nested, replacing: "45min\n", with: "45min }\n").1 == .file)
        #expect(reparse(Self.nested, replacing: "stap b \"B\"", with: "stap b \"\"\"B\"").1 == .file)
        #expect(reparse("proces q {\n  stap c { wachttijd: 2u }\n}\n", replacing: "2u", with: "2u #").1 == .file)
        #expect(reparse(Self.nested, replacing: "proces q", with: "proces r").1 == .file)
        // A missing `}` (S003, placed by indentation) is always a full parse.
        let (broken, scope) = reparse(Self.nested, replacing: "45min\n  }", with: "45min\n")
        #expect(scope == .file)
        #expect(broken.diagnostics.contains { $0.code == "S003" })
    }

    @Test func deepNestingIsLeftToAFullParse() {
        func nested(_ depth: Int) -> String {
            "proces p {\n" + (1..<depth).map { "stap s\($0) {\n" }.joined() + "doorlooptijd: 5min\n" + String(repeating: "}\n", count: depth)
        }
        #expect(reparse(nested(8), replacing: "5min", with: "6min").1 == .block(depth: 8))
        #expect(reparse(nested(9), replacing: "5min", with: "6min").1 == .file)
        #expect(reparse(nested(7), replacing: "doorlooptijd", with: "stap x {} doorlooptijd").1 == .block(depth: 7))
        #expect(reparse(nested(7), replacing: "doorlooptijd", with: "stap x { stap y {} } doorlooptijd").1 == .file)
    }

    @Test func diagnosticsAfterTheBlockMoveWithIt() {
        let text = "proces p {\n  stap a\n}\nproces q {\n  stap @\n}\n"
        let (tree, scope) = reparse(text, replacing: "stap a", with: "stap abc")
        #expect(scope == .block(depth: 1))
        #expect(tree.diagnostics.map(\.code) == ["S004", "S001"])
        #expect(tree.diagnostics.last?.range == TextRange(utf8Start: 42, utf8End: 43))
    }
}
