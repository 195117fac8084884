import Foundation
import StroomFormat
import StroomSyntax
import StroomTestSupport
import Testing

/// Real files: every sample is already in the canonical layout (`stroom fmt --check Samples`
/// passes), every fixture and golden file without syntax errors formats idempotently and keeps
/// its comments, and every file with syntax errors is refused with exactly those errors.
@Suite struct FormatFileTests {
    static let samples: [String] = RepositoryPaths.files(under: RepositoryPaths.samples, extensions: ["vsm", "batenlogica"])
        .map(relative)
    static let testFiles: [String] = RepositoryPaths.files(under: RepositoryPaths.tests, extensions: ["vsm", "batenlogica", "fixture"])
        .map(relative)

    static func relative(_ url: URL) -> String {
        url.path.replacingOccurrences(of: RepositoryPaths.root.path + "/", with: "")
    }

    static func source(_ path: String) -> SourceFile {
        SourceFile(path: path, bytes: RepositoryPaths.read(RepositoryPaths.root.appendingPathComponent(path)))
    }

    @Test func thereAreFilesOfEveryKind() {
        #expect(FormatFileTests.samples.count >= 8)
        let trees = FormatFileTests.testFiles.map { SyntaxTree.parse(FormatFileTests.source($0)) }
        #expect(trees.filter { $0.diagnostics.isEmpty }.count > 40)
        #expect(trees.filter { !$0.diagnostics.isEmpty }.count >= 5)
    }

    @Test(arguments: samples)
    func everySampleIsAlreadyFormatted(path: String) throws {
        let source = FormatFileTests.source(path)
        let result = try #require(Formatter.format(source).formatted, "\(path) was refused")
        #expect(result.edits.isEmpty, "run: swift run stroom fmt Samples")
        #expect(result.bytes == source.bytes)
        // And the properties hold for it as for any input.
        _ = FormatAssertions.properties(source.bytes, path: path)
    }

    @Test(arguments: testFiles)
    func everyTestFileFormatsIdempotentlyOrIsRefused(path: String) {
        let source = FormatFileTests.source(path)
        let tree = SyntaxTree.parse(source)
        if let offset = source.firstInvalidUTF8Offset {
            #expect(Formatter.format(tree) == .refused(.invalidUTF8(utf8Offset: offset)))
        } else if !tree.diagnostics.isEmpty {
            #expect(Formatter.format(tree) == .refused(.syntaxErrors(tree.diagnostics)))
        } else {
            _ = FormatAssertions.properties(source.bytes, path: path)
        }
    }

    @Test func aSamplePushedOutOfShapeFormatsBackToItself() throws {
        // Indentation, trailing whitespace and blank lines messed up: the formatter restores
        // the sample exactly.
        let path = try #require(FormatFileTests.samples.first { $0.hasSuffix("speciale_aandacht.vsm") })
        let original = FormatFileTests.source(path).text
        let messy = original.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty { return "\n \t" }
            let indent = String(repeating: index % 3 == 0 ? "\t" : " ", count: index % 5)
            return indent + trimmed + (index % 4 == 0 ? "   " : "")
        }.joined(separator: "\n") + "\n\n\n"
        #expect(messy != original)
        #expect(Formatter.formattedText(messy, path: path) == original)
    }
}
