import Foundation
import StroomSyntax
import StroomTestSupport
import Testing

/// Issue 12: thousands of nested blocks overflowed the stack of every recursive walk. The
/// parser nests at most `SyntaxTree.maxNesting` blocks; a deeper `{` gets S014 and its content
/// stays flat, so the tree stays shallow and still prints back byte for byte.
@Suite struct NestingLimitTests {
    static func parse(_ text: String) -> SyntaxTree {
        SyntaxTree.parse(SourceFile(path: "diep.vsm", text: text))
    }

    static func depth(_ tree: SyntaxTree) -> Int {
        HostileInput.depthOf(tree.root) { $0.childNodes }
    }

    /// A map with `blocks` blocks inside each other (the map's own block included).
    static func nested(blocks: Int) -> String {
        var text = "proces p \"P\" {\n"
        for index in 1..<blocks { text += String(repeating: "  ", count: index) + "stap s\(index) {\n" }
        for index in (1..<blocks).reversed() { text += String(repeating: "  ", count: index) + "}\n" }
        return text + "}\n"
    }

    @Test func nestingUpToTheLimitIsFine() {
        let tree = Self.parse(Self.nested(blocks: SyntaxTree.maxNesting))
        #expect(tree.diagnostics.isEmpty, "\(tree.diagnostics.map(\.code))")
    }

    @Test func oneLevelDeeperGivesOneS014OnTheBrace() throws {
        let text = Self.nested(blocks: SyntaxTree.maxNesting + 1)
        let tree = Self.parse(text)
        #expect(tree.diagnostics.map(\.code.rawValue) == ["S014"])
        let diagnostic = try #require(tree.diagnostics.first)
        let deepest = "stap s\(SyntaxTree.maxNesting) {"
        let braceOffset = try #require(text.utf8.firstRange(of: deepest.utf8)).upperBound
        #expect(diagnostic.range == TextRange(utf8Start: text.utf8.distance(from: text.utf8.startIndex, to: braceOffset) - 1,
                                               utf8End: text.utf8.distance(from: text.utf8.startIndex, to: braceOffset)))
        #expect(diagnostic.message.nl.contains("64") && diagnostic.message.en.contains("64"))
        #expect(tree.printedBytes() == Array(text.utf8))
    }

    @Test func tenTimesTheDepthThatCrashedParsesOnASmallStack() {
        let text = HostileInput.nestedDeclarations()
        let (codes, roundTrips, depth, dump) = HostileInput.onSmallStack {
            let tree = Self.parse(text)
            return (tree.diagnostics.map(\.code.rawValue), tree.printedBytes() == Array(text.utf8), Self.depth(tree), TreeDump.dump(tree))
        }
        #expect(codes == ["S014"])
        #expect(roundTrips)
        #expect(depth <= 2 * SyntaxTree.maxNesting + 4)
        #expect(dump.contains("ERROR"))
    }

    @Test func tenTimesTheStrayBracesThatCrashedParseOnASmallStack() {
        let text = HostileInput.strayBraces()
        let (codes, roundTrips, depth) = HostileInput.onSmallStack {
            let tree = Self.parse(text)
            _ = TreeDump.dump(tree)
            return (tree.diagnostics.map(\.code.rawValue), tree.printedBytes() == Array(text.utf8), Self.depth(tree))
        }
        #expect(codes.filter { $0 == "S014" }.count == 1)
        #expect(codes.count < 3 * SyntaxTree.maxNesting, "no diagnostic per brace: \(codes.count)")
        #expect(roundTrips)
        #expect(depth <= 2 * SyntaxTree.maxNesting + 4)
    }

    /// Eight times the braces must take about eight times as long, not sixty-four: the best of
    /// three runs each, with room for a loaded machine.
    @Test func timeGrowsLinearlyWithStrayBraces() {
        func seconds(_ count: Int) -> Double {
            let text = HostileInput.strayBraces(count)
            var best = Double.infinity
            for _ in 0..<3 {
                let start = Date()
                _ = Self.parse(text)
                best = min(best, Date().timeIntervalSince(start))
            }
            return best
        }
        let small = seconds(HostileInput.strayBraceCount / 8)
        let large = seconds(HostileInput.strayBraceCount)
        #expect(large < max(small, 0.01) * 24, "\(small)s for 1/8, \(large)s for all")
    }
}
