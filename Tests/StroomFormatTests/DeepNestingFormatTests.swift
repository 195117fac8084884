import StroomFormat
import StroomSyntax
import StroomTestSupport
import Testing

/// Issue 12: the formatter's layout walks the tree once per level. Input nested far too deep is
/// refused (S014) without a crash; input nested as deep as allowed is formatted on a small stack.
@Suite struct DeepNestingFormatTests {
    @Test(arguments: [HostileInput.nestedDeclarations(), HostileInput.strayBraces()])
    func tenTimesTheDepthThatCrashedIsRefused(text: String) {
        let refused = HostileInput.onSmallStack {
            Formatter.format(SourceFile(path: "diep.vsm", text: text)).refusal != nil
        }
        #expect(refused)
    }

    @Test func nestingAsDeepAsAllowedIsFormatted() throws {
        var text = "proces p \"P\" {\n"
        for index in 1..<SyntaxTree.maxNesting { text += "stap s\(index) {\ntijd: 5min\n" }
        text += String(repeating: "}\n", count: SyntaxTree.maxNesting)
        let input = text
        let formatted = HostileInput.onSmallStack {
            Formatter.formattedText(input, path: "diep.vsm")
        }
        let output = try #require(formatted)
        let deepest = String(repeating: "  ", count: SyntaxTree.maxNesting - 1) + "stap s\(SyntaxTree.maxNesting - 1) {"
        #expect(output.contains("\n" + deepest + "\n"), "the deepest step is indented one level per block")
        #expect(Formatter.formattedText(output, path: "diep.vsm") == output)
    }
}
