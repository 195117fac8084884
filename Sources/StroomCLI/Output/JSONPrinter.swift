import StroomPlatform
import StroomModel
import StroomSyntax

/// Machine-readable diagnostics: one object with the diagnostics and a summary. Positions
/// are given three ways: 1-based line and character column (as the text output), UTF-16
/// column (as editors count), and the UTF-8 byte offset.
enum JSONPrinter {
    struct Position: Encodable {
        let line: Int
        let column: Int
        let utf16Column: Int
        let utf8Offset: Int
    }

    struct Range: Encodable {
        let start: Position
        let end: Position
    }

    struct Note: Encodable {
        let path: String
        let range: Range
        let message: String
    }

    struct Edit: Encodable {
        let range: Range
        let newText: String
    }

    struct Fix: Encodable {
        let title: String
        let edits: [Edit]
    }

    struct Item: Encodable {
        let path: String
        let code: String
        let severity: String
        let message: String
        let range: Range
        let notes: [Note]
        let fixes: [Fix]
        let tags: [String]
    }

    struct Summary: Encodable {
        let files: Int
        let errors: Int
        let warnings: Int
        let infos: Int
        let hints: Int
    }

    /// Goes up when a field changes meaning or disappears (new fields keep it).
    static let formatVersion = 1
    /// Where the JSON Schema of this output lives (`docs/stroom-check.schema.json`).
    static let schemaURL = ProjectInfo.homeURL + "/raw/main/docs/stroom-check.schema.json"

    struct Document: Encodable {
        let schema: String
        let formatVersion: Int
        let tool: String
        let version: String
        let language: String
        let diagnostics: [Item]
        let summary: Summary

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case formatVersion, tool, version, language, diagnostics, summary
        }
    }

    static func position(_ source: SourceFile, _ offset: Int) -> Position {
        let human = source.lineTable.humanPosition(of: offset)
        let wide = source.lineTable.utf16Column(of: offset)
        return Position(line: human.line, column: human.column, utf16Column: wide.utf16Column + 1, utf8Offset: offset)
    }

    static func range(_ source: SourceFile, _ range: TextRange) -> Range {
        Range(start: position(source, range.utf8Start), end: position(source, range.utf8End))
    }

    static func render(_ report: DiagnosticReport, language: Language) -> String {
        let items = report.entries.map { entry -> Item in
            let d = entry.diagnostic
            return Item(
                path: entry.source.path, code: d.code.rawValue, severity: d.severity.name, message: d.message[language],
                range: range(entry.source, d.range),
                notes: d.notes.map { note in
                    let source = note.path.flatMap { report.sourcesByPath[$0] } ?? entry.source
                    return Note(path: source.path, range: range(source, note.range), message: note.message[language])
                },
                fixes: d.fixes.map { fix in
                    Fix(title: fix.title[language], edits: fix.edits.map { Edit(range: range(entry.source, $0.range), newText: $0.newText) })
                },
                tags: d.tags.map(\.rawValue).sorted())
        }
        let document = Document(
            schema: schemaURL, formatVersion: formatVersion, tool: "stroom", version: StroomVersion.current, language: language.rawValue, diagnostics: items,
            summary: Summary(files: report.fileCount, errors: report.count(.error), warnings: report.count(.warning),
                             infos: report.count(.info), hints: report.count(.hint)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
