import StroomModel
import StroomSyntax

/// How a user's text is laid out in a picture: wrapped into short lines (Graphviz does not
/// wrap). Words are never broken inside: lines break at spaces, and within a word only after
/// a hyphen it already has; a word longer than the width stays whole on its own line. Nothing
/// is cut: the whole text is drawn (and is in the SVG tooltip with the description).
enum TextLayout {
    /// Characters (grapheme clusters) a Mermaid label may show before it is cut with "…".
    static let maximumCharacters = 240

    /// The lines of `text` at most `width` characters wide where its words allow: existing
    /// line breaks are kept, lines break between words; a word wider than a line breaks only
    /// after a hyphen inside it ("leerlingvolg-" / "systeem"), and a longer piece gets a line
    /// of its own, unbroken.
    static func wrap(_ text: String, width: Int) -> [String] {
        precondition(width > 0, "a wrap width must be positive")
        var lines: [String] = []
        for paragraph in normalizedLines(text) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                // A word that fits on a line is never split, not even at its hyphen.
                let pieces = word.count <= width ? [String(word)] : hyphenPieces(word)
                for (index, piece) in pieces.enumerated() {
                    let glue = index == 0 ? " " : ""
                    if line.isEmpty {
                        line = piece
                    } else if line.count + glue.count + piece.count <= width {
                        line += glue + piece
                    } else {
                        lines.append(line)
                        line = piece
                    }
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// A word in the pieces a line may end after: each piece but the last ends in a hyphen
    /// that stands between two letters or digits ("ict-systeem" → "ict-", "systeem").
    static func hyphenPieces(_ word: Substring) -> [String] {
        var pieces: [String] = []
        var piece = ""
        let characters = Array(word)
        for (index, character) in characters.enumerated() {
            piece.append(character)
            let isInnerHyphen = character == "-" && index > 0 && index + 1 < characters.count
                && (characters[index - 1].isLetter || characters[index - 1].isNumber)
                && (characters[index + 1].isLetter || characters[index + 1].isNumber)
            if isInnerHyphen {
                pieces.append(piece)
                piece = ""
            }
        }
        pieces.append(piece)
        return pieces
    }

    /// `wrap`: the whole text, never cut (a picture shows what the team wrote).
    static func lines(_ text: String, width: Int) -> [String] {
        wrap(text, width: width)
    }

    /// The text cut to `limit` characters, with "…" when something was left out (Mermaid,
    /// which has no tooltip of its own per node here, keeps its labels short).
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
