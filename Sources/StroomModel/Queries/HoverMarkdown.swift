import StroomSyntax

/// User text in hover texts: Markdown-safe text and ids as inline code. Figures are written by
/// ``FigureText`` (Metrics), as everywhere else.
enum HoverMarkdown {
    /// User text made safe for Markdown: characters with a meaning there get a backslash.
    static func markdown(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_{}[]<>#|!".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// An id as inline code.
    static func code(_ text: String) -> String { "`" + String(text.map { $0 == "`" ? "'" : $0 }) + "`" }
}
