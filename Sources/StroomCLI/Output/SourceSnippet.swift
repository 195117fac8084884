import StroomSyntax

/// The source lines of a range with carets under it, as rustc and ruff print them:
///
///       |
///     3 |   stap s "S" { door: leeraar }
///       |                      ^^^^^^^
///
/// A gutter with line numbers; columns by display width (tabs, CJK, emoji), so the carets
/// stand under the characters they mean; an empty range or one at the end of a line gets
/// one `^`. A range over several lines marks the first line from its start and the last line
/// up to its end, with `...` for the lines between. Every line starts with two spaces.
enum SourceSnippet {
    static func render(_ source: SourceFile, _ range: TextRange, severity: Severity, style: TextStyle) -> String {
        guard !source.bytes.isEmpty || range.utf8Start == 0 else { return "" }
        let table = source.lineTable
        let start = max(0, min(range.utf8Start, source.bytes.count))
        var end = max(start, min(range.utf8End, source.bytes.count))
        let firstLine = table.line(containing: start)
        var lastLine = table.line(containing: end)
        // A range that ends just after a line break ends on the line before.
        if lastLine > firstLine, end == table.lineStarts[lastLine] {
            lastLine -= 1
            end = table.lineContentEnds[lastLine]
        }
        let gutterWidth = String(lastLine + 1).count
        let paint = TextStyle.paint(for: severity)
        func gutter(_ label: String) -> String {
            style.paint("  " + String(repeating: " ", count: gutterWidth - label.count) + label + " |", .gutter)
        }
        func line(_ number: Int, from: Int?, to: Int?) -> String {
            let content = table.contentRange(ofLine: number)
            let text = decode(source, content.utf8Start, content.utf8End)
            var output = gutter(String(number + 1)) + (text.isEmpty ? "" : " " + DisplayWidth.visible(text)) + "\n"
            let left = from.map { column(source, content.utf8Start, $0) } ?? leadingBlank(text)
            let right = to.map { column(source, content.utf8Start, $0) } ?? DisplayWidth.width(text)
            let carets = String(repeating: "^", count: max(1, right - left))
            output += gutter("") + " " + String(repeating: " ", count: left) + style.paint(carets, paint) + "\n"
            return output
        }
        var output = gutter("") + "\n"
        if firstLine == lastLine {
            output += line(firstLine, from: start, to: end)
        } else {
            output += line(firstLine, from: start, to: nil)
            if lastLine - firstLine > 1 {
                output += style.paint("  " + String(repeating: " ", count: max(0, gutterWidth - 3)) + "...", .gutter) + "\n"
            }
            output += line(lastLine, from: nil, to: end)
        }
        return output
    }

    /// The display column of a byte offset on the line that starts at `lineStart`.
    static func column(_ source: SourceFile, _ lineStart: Int, _ offset: Int) -> Int {
        DisplayWidth.width(decode(source, lineStart, max(lineStart, offset)))
    }

    static func decode(_ source: SourceFile, _ from: Int, _ to: Int) -> String {
        var text = String(decoding: source.bytes[from..<min(to, source.bytes.count)], as: UTF8.self)
        if from == 0, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    static func leadingBlank(_ text: String) -> Int {
        DisplayWidth.width(String(text.prefix { $0 == " " || $0 == "\t" }))
    }
}
