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
            var content = table.contentRange(ofLine: number)
            var shown = (before: "", after: "")
            if content.utf8End - content.utf8Start > longLine {
                (content, shown) = window(source, content, from: from, to: to)
            }
            let text = decode(source, content.utf8Start, content.utf8End)
            let visible = shown.before + DisplayWidth.visible(text) + shown.after
            var output = gutter(String(number + 1)) + (visible.isEmpty ? "" : " " + visible) + "\n"
            let clamp = { (offset: Int) in min(max(offset, content.utf8Start), content.utf8End) }
            let shift = shown.before.utf8.count
            let left = shift + (from.map { column(source, content.utf8Start, clamp($0)) } ?? leadingBlank(text))
            let right = shift + (to.map { column(source, content.utf8Start, clamp($0)) } ?? DisplayWidth.width(text))
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

    /// Lines longer than this (in bytes) are shown as a window around the range, with `...`
    /// where they are cut: a generated line of megabytes would otherwise be printed whole, and
    /// measured, for every finding on it.
    static let longLine = 1000
    /// Bytes of the line shown on either side of the range in such a window.
    static let windowContext = 80

    /// The part of a long line around `from..<to` (nil: the line's start or end), at most
    /// `longLine` bytes, cut at character boundaries; and whether `...` goes before or after it.
    static func window(_ source: SourceFile, _ content: TextRange, from: Int?, to: Int?)
        -> (TextRange, (before: String, after: String)) {
        let left = min(max(from ?? content.utf8Start, content.utf8Start), content.utf8End)
        let right = min(max(to ?? content.utf8End, left), content.utf8End)
        var start = max(content.utf8Start, left - windowContext)
        var end = min(content.utf8End, right + windowContext, start + longLine)
        let bytes = source.bytes
        // Never cut inside a UTF-8 sequence: skip continuation bytes (10xxxxxx).
        while start < end, start > content.utf8Start, bytes[start] & 0xC0 == 0x80 { start += 1 }
        while end > start, end < content.utf8End, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return (TextRange(utf8Start: start, utf8End: end),
                (start > content.utf8Start ? "..." : "", end < content.utf8End ? "..." : ""))
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
