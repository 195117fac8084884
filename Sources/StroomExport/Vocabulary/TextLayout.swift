import StroomModel
import StroomSyntax

/// How a user's text is laid out in a picture: wrapped into short lines (Graphviz does not
/// wrap), with very long texts cut, so that every node stays readable on a poster. The full
/// text stays in the source and in the SVG tooltip.
enum TextLayout {
    /// Characters (grapheme clusters) a label may show before it is cut with "…".
    static let maximumCharacters = 240

    /// The lines of `text` at most `width` characters wide: existing line breaks are kept,
    /// lines break between words, and a word longer than the width is broken inside.
    static func wrap(_ text: String, width: Int) -> [String] {
        precondition(width > 0, "a wrap width must be positive")
        var lines: [String] = []
        for paragraph in normalizedLines(text) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = Substring(word)
                if !line.isEmpty, line.count + 1 + word.count <= width {
                    line += " " + word
                    continue
                }
                if !line.isEmpty {
                    lines.append(line)
                    line = ""
                }
                while word.count > width {
                    lines.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                }
                line = String(word)
            }
            lines.append(line)
        }
        return lines
    }

    /// `wrap`, after cutting the text to `maximumCharacters`.
    static func lines(_ text: String, width: Int) -> [String] {
        wrap(shortened(text), width: width)
    }

    /// The text cut to `limit` characters, with "…" when something was left out.
    static func shortened(_ text: String, limit: Int = maximumCharacters) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)).trimmingTrailingSpaces() + "…"
    }

    /// Lines of the text with `\r\n` and `\r` as line ends, tabs as spaces, and leading and
    /// trailing spaces of each line removed.
    static func normalizedLines(_ text: String) -> [String] {
        let unified = text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n").replacingAll("\t", with: " ")
        return unified.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).trimmingLeadingSpaces().trimmingTrailingSpaces()
        }
    }

    /// What a person calls a declaration: its label, else its id (an empty label counts as none).
    static func title(of declaration: Declaration) -> String {
        if let label = declaration.label, !label.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" }) { return label }
        return declaration.quotedName
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " }) }

    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

extension StringProtocol {
    /// The first range of `target`, comparing characters (no Foundation needed).
    func range(of target: String) -> Range<Index>? {
        guard let first = target.first else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index] == first, self[index...].starts(with: target) {
                return index..<self.index(index, offsetBy: target.count)
            }
            index = self.index(after: index)
        }
        return nil
    }
}
