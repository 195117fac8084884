import Foundation
import StroomLSP
import StroomTestSupport
import Testing

/// The built `stroom lsp` over real pipes, through every editor feature in the order of the
/// issue: `initialize` → `didOpen` of a sample with a known error → the diagnostic →
/// `documentSymbol` → `hover` → `definition` → `references` → `rename` → `completion` →
/// `formatting` → `codeAction` → `semanticTokens` → `shutdown` → `exit`.
@Suite struct LanguageServerJourneyTests {
    /// The Samples folder copied to a temporary workspace, with two changes to
    /// `akkrum/groepsplannen.vsm` in the editor's text: `door: leraar` misspelt on line 49 (the
    /// known error, N102) and a line indented wrongly (for the formatter).
    struct Workspace {
        let folder: URL
        let uri: DocumentURI
        let text: String
        let correct: String

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-journey-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: RepositoryPaths.samples, to: folder)
            let file = folder.appendingPathComponent("akkrum/groepsplannen.vsm")
            let original = try String(contentsOf: file, encoding: .utf8)
            correct = original.replacingOccurrences(of: "{ door: leraar  ict: ict_systeem }", with: "{ door: leeraar  ict: ict_systeem }")
            text = correct.replacingOccurrences(of: "\n  nuttig: ja\n", with: "\n        nuttig:    ja\n")
            #expect(correct != original && text != correct)
            uri = file.absoluteString
        }

        /// The 0-based line and UTF-16 column of the `occurrence`-th `needle` in the text.
        func position(of needle: String, occurrence: Int = 0, offset: Int = 0) throws -> Position {
            var searchFrom = text.startIndex
            var found: Range<String.Index>?
            for _ in 0...occurrence {
                found = text.range(of: needle, range: searchFrom..<text.endIndex)
                searchFrom = try #require(found).upperBound
            }
            let start = try #require(found).lowerBound
            let before = text[..<start]
            let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
            return Position(line: before.filter { $0 == "\n" }.count, codeUnitColumn: text[lineStart..<start].utf16.count + offset)
        }

        func range(of needle: String, occurrence: Int = 0) throws -> LSPRange {
            let start = try position(of: needle, occurrence: occurrence)
            return LSPRange(start: start, end: Position(line: start.line, codeUnitColumn: start.codeUnitColumn + needle.utf16.count))
        }
    }

    @Test func everyFeatureFromInitializeToExit() async throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let client = try TestLSPClient.launch(CommandRunner.binary, arguments: ["lsp"])
        let document = TextDocumentIdentifier(uri: workspace.uri)

        // initialize: every feature is announced.
        let initialized = try await client.initialize(rootURI: workspace.folder.absoluteString, locale: "nl-NL",
                                                      options: ["today": "2026-06-01"])
        let capabilities = initialized.capabilities
        #expect(capabilities.positionEncoding == .utf16)
        #expect(capabilities.documentSymbolProvider == true && capabilities.hoverProvider == true)
        #expect(capabilities.definitionProvider == true && capabilities.referencesProvider == true)
        #expect(capabilities.renameProvider?.prepareProvider == true)
        #expect(capabilities.documentFormattingProvider == true && capabilities.foldingRangeProvider == true)
        #expect(capabilities.semanticTokensProvider?.full == true)
        #expect(capabilities.executeCommandProvider?.commands == ["stroom.exportDot", "stroom.exportMermaid"])

        // didOpen → the diagnostic: code, range, message.
        try client.notify(DidOpenTextDocumentNotification(textDocument: TextDocumentItem(
            uri: workspace.uri, languageId: "vsm", version: 1, text: workspace.text)))
        let published = try await client.nextDiagnostics(for: workspace.uri) { $0.version == 1 }
        let errors = published.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["N102"])
        let error = try #require(errors.first)
        #expect(error.range == LSPRange(start: Position(line: 48, codeUnitColumn: 74), end: Position(line: 48, codeUnitColumn: 81)))
        #expect(error.range == (try workspace.range(of: "leeraar")))
        #expect(error.message == "‘leeraar’ komt nergens voor als naam van iets. Bedoel je ‘leraar’?")

        // documentSymbol: the map, the sides of the map in Dutch, the steps in order.
        let symbols = try #require(try await client.send(DocumentSymbolRequest(textDocument: document)))
        #expect(symbols.map(\.name) == ["groepsplannen"])
        #expect(symbols[0].detail == "Groepsplannen")
        let sides = symbols[0].children ?? []
        #expect(sides.map(\.name) == ["Input", "Besturing", "Proces", "Data", "Actiepunten"])
        #expect(sides[1].children?.map(\.name) == ["leraar", "ict_systeem"])
        #expect(sides[2].children?.map(\.name) == ["informatie_zoeken", "groepsplan_maken"])
        #expect(sides[4].children?.count == 5)

        // hover on the person's declaration.
        let personLine = try workspace.position(of: "persoon leraar").line
        let declared = try workspace.range(of: "persoon leraar")
        let leraar = LSPRange(start: Position(line: personLine, codeUnitColumn: declared.start.codeUnitColumn + 8),
                              end: Position(line: personLine, codeUnitColumn: declared.start.codeUnitColumn + 14))
        let hover = try #require(try await client.send(HoverRequest(textDocument: document, position: leraar.start)))
        #expect(hover.contents.kind == .markdown)
        #expect(hover.contents.value.hasPrefix("**Persoon** `leraar` — Leraar"), "\(hover.contents.value)")
        #expect(hover.range == leraar)

        // definition: from the use in groepsplan_maken to the declaration.
        let use = try workspace.position(of: "{ door: leraar }", offset: 8)
        let definition = try await client.send(DefinitionRequest(textDocument: document, position: use))
        #expect(definition == [Location(uri: workspace.uri, range: leraar)])

        // references: the declaration and the one correct use (the misspelt one is no use).
        let useRange = LSPRange(start: use, end: Position(line: use.line, codeUnitColumn: use.codeUnitColumn + 6))
        let references = try await client.send(ReferencesRequest(textDocument: document, position: use,
                                                                 context: ReferenceContext(includeDeclaration: true)))
        #expect(references == [Location(uri: workspace.uri, range: leraar), Location(uri: workspace.uri, range: useRange)])

        // rename: both places, in this file only.
        let prepared = try await client.send(PrepareRenameRequest(textDocument: document, position: use))
        #expect(prepared == PrepareRenameResult(range: useRange, placeholder: "leraar"))
        let rename = try #require(try await client.send(RenameRequest(textDocument: document, position: use, newName: "groepsleraar")))
        #expect(rename.changes == [workspace.uri: [TextEdit(range: leraar, newText: "groepsleraar"),
                                                   TextEdit(range: useRange, newText: "groepsleraar")]])

        // completion in the misspelt name: the person, replacing what is typed.
        let misspelt = try workspace.range(of: "leeraar")
        let completion = try #require(try await client.send(CompletionRequest(
            textDocument: document, position: Position(line: misspelt.start.line, codeUnitColumn: misspelt.start.codeUnitColumn + 3))))
        let person = try #require(completion.items.first { $0.label == "leraar" })
        #expect(person.textEdit == TextEdit(range: misspelt, newText: "leraar"))
        #expect(!completion.items.contains { $0.label == "ict_systeem" })

        // formatting: the wrongly indented line comes back, nothing else changes.
        let formatting = try #require(try await client.send(DocumentFormattingRequest(
            textDocument: document, options: FormattingOptions(tabSize: 4, insertSpaces: true))))
        let nuttig = try workspace.position(of: "nuttig:").line
        // (The formatter keeps the first space after the colon and removes the other three.)
        #expect(formatting == [
            TextEdit(range: LSPRange(start: Position(line: nuttig, codeUnitColumn: 2), end: Position(line: nuttig, codeUnitColumn: 8)), newText: ""),
            TextEdit(range: LSPRange(start: Position(line: nuttig, codeUnitColumn: 16), end: Position(line: nuttig, codeUnitColumn: 19)), newText: ""),
        ])

        // codeAction at the error: "did you mean", preferred, with its edit.
        let actions = try #require(try await client.send(CodeActionRequest(
            textDocument: document, range: misspelt, context: CodeActionContext(diagnostics: [error]))))
        let fix = try #require(actions.first { $0.title == "Vervang door ‘leraar’" }, "\(actions.map(\.title))")
        #expect(fix.kind == .quickFix && fix.isPreferred == true)
        #expect(fix.diagnostics?.map(\.code) == ["N102"])
        #expect(fix.edit?.changes == [workspace.uri: [TextEdit(range: misspelt, newText: "leraar")]])

        // semanticTokens: the misspelt name is unresolved, the person a class, in UTF-16.
        let legend = try #require(capabilities.semanticTokensProvider?.legend)
        let tokens = try #require(try await client.send(SemanticTokensFullRequest(textDocument: document)))
        var line = 0, column = 0
        var decoded: [(line: Int, column: Int, length: Int, type: String)] = []
        for index in stride(from: 0, to: tokens.data.count, by: 5) {
            line += tokens.data[index]
            column = tokens.data[index] == 0 ? column + tokens.data[index + 1] : tokens.data[index + 1]
            decoded.append((line, column, tokens.data[index + 2], legend.tokenTypes[tokens.data[index + 3]]))
        }
        func type(at range: LSPRange) -> String? {
            decoded.first { $0.line == range.start.line && $0.column == range.start.codeUnitColumn
                && $0.length == range.end.codeUnitColumn - range.start.codeUnitColumn }?.type
        }
        #expect(type(at: misspelt) == "variable")
        #expect(type(at: leraar) == "class")
        #expect(type(at: useRange) == "class")
        // After ’ (one UTF-16 unit, three UTF-8 bytes) the closing quote of a label still lines up.
        let schemas = try workspace.range(of: "\"opzet groepsplan verbeteren door meer gebruik te maken van schema’s\"")
        #expect(type(at: schemas) == "string")

        // shutdown → exit: code 0, and nothing but protocol on stdout.
        var formatted = workspace.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        formatted[nuttig] = "  nuttig: ja"
        #expect(formatted.joined(separator: "\n") == workspace.correct)

        #expect(try await client.shutdownAndExit() == 0)
        #expect(client.transportProblems.isEmpty, "\(client.transportProblems)")
    }
}
