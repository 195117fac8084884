import StroomLSP
import StroomTestSupport
import Testing

/// `textDocument/semanticTokens/full`: the legend in the capabilities, tokens delta-encoded with
/// columns and lengths in the negotiated encoding.
@Suite struct SemanticTokensHandlerTests {
    /// A token decoded back to absolute positions, with the legend's names.
    struct Decoded: Equatable, CustomStringConvertible {
        let line: Int
        let column: Int
        let length: Int
        let type: String
        let modifiers: [String]
        var description: String { "\(line):\(column)+\(length) \(type)\(modifiers)" }
    }

    static func decode(_ data: [Int], legend: SemanticTokensLegend) -> [Decoded] {
        var result: [Decoded] = []
        var line = 0
        var column = 0
        for index in stride(from: 0, to: data.count, by: 5) {
            line += data[index]
            column = data[index] == 0 ? column + data[index + 1] : data[index + 1]
            let modifiers = legend.tokenModifiers.enumerated().filter { data[index + 4] & (1 << $0.offset) != 0 }.map(\.element)
            result.append(Decoded(line: line, column: column, length: data[index + 2], type: legend.tokenTypes[data[index + 3]],
                                  modifiers: modifiers))
        }
        return result
    }

    static let marked = """
        proces groepsplannen "Groepsplannen 📋" {
          persoon 1️⃣anneliës "Juf Anneliës 😀"
          stap verzamelen "Gegevens 🔎" { 2️⃣door: 3️⃣anneliës  tijd: 4️⃣45min }
        }

        """

    @Test(arguments: [false, true])
    func tokensAfterEmojiHaveTheirColumnsAndLengthsInTheEncoding(utf8: Bool) async throws {
        let session = try await FeatureSession.start(utf8: utf8)
        let legend = try #require(session.initializeResult.capabilities.semanticTokensProvider?.legend)
        #expect(session.initializeResult.capabilities.semanticTokensProvider?.full == true)
        #expect(legend.tokenTypes.contains("class") && legend.tokenTypes.contains("keyword"))
        #expect(legend.tokenModifiers == ["declaration", "documentation"])
        let document = try session.open("kaart.vsm", Self.marked)
        let tokens = try #require(try await session.send(SemanticTokensFullRequest(textDocument: document.id)))
        #expect(tokens.data.count % 5 == 0)
        let decoded = Self.decode(tokens.data, legend: legend)
        let nameLength = utf8 ? "anneliës".utf8.count : "anneliës".utf16.count
        func token(at marker: String) -> Decoded? {
            decoded.first { $0.line == document[marker].line && $0.column == document[marker].codeUnitColumn }
        }
        #expect(token(at: "1️⃣") == Decoded(line: 1, column: document["1️⃣"].codeUnitColumn, length: nameLength, type: "class",
                                            modifiers: ["declaration"]))
        #expect(token(at: "3️⃣") == Decoded(line: 2, column: document["3️⃣"].codeUnitColumn, length: nameLength, type: "class",
                                            modifiers: []))
        #expect(token(at: "2️⃣")?.type == "property")
        #expect(token(at: "4️⃣")?.type == "number")
        #expect(token(at: "4️⃣")?.length == 5)
        // The label with its emoji is one string token of its length in code units.
        let label = "\"Juf Anneliës 😀\""
        #expect(decoded.contains { $0.line == 1 && $0.type == "string" && $0.length == (utf8 ? label.utf8.count : label.utf16.count) })
        // In order, never overlapping.
        for (previous, next) in zip(decoded, decoded.dropFirst()) {
            #expect(previous.line < next.line || previous.column + previous.length <= next.column, "\(previous) then \(next)")
        }
        try await session.finish()
    }
}
