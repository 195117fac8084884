/// The Markdown Stroom writes (hover cards, keyword help) as readable plain text, for editors
/// that take no Markdown: no `**`, `*` or backticks, backslash escapes resolved, headings
/// without `#`, and a table as one line per row with its cells separated by ` · `.
public enum PlainText {
    public static func fromMarkdown(_ markdown: String) -> String {
        var lines: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix("|") {
                // A table row; the row of dashes under the header goes.
                if trimmed.allSatisfy({ "|-: ".contains($0) }) { continue }
                var cells = splitRow(trimmed)
                if cells.first?.isEmpty == true { cells.removeFirst() }
                if cells.last?.isEmpty == true { cells.removeLast() }
                lines.append(cells.map { inline($0.trimmingSpaces) }.joined(separator: " · "))
            } else if !trimmed.isEmpty, trimmed.count >= 3, trimmed.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" }) {
                lines.append("")
            } else if trimmed.hasPrefix("#") {
                lines.append(inline(String(trimmed.drop { $0 == "#" }).trimmingSpaces))
            } else if trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ") {
                let indent = line.prefix { $0 == " " }
                lines.append(indent + "- " + inline(String(trimmed.dropFirst(2))))
            } else {
                lines.append(inline(line))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The cells of a table row, split at the bars that are not escaped.
    static func splitRow(_ row: String) -> [String] {
        var cells: [String] = [""]
        var escaped = false
        for character in row {
            if escaped {
                cells[cells.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                cells[cells.count - 1].append(character)
                escaped = true
            } else if character == "|" {
                cells.append("")
            } else {
                cells[cells.count - 1].append(character)
            }
        }
        return cells
    }

    /// One line without emphasis marks, backticks and escapes.
    static func inline(_ text: String) -> String {
        var result = ""
        let characters = Array(text)
        var index = 0
        var inCode = false
        while index < characters.count {
            let character = characters[index]
            if inCode {
                if character == "`" { inCode = false } else { result.append(character) }
            } else if character == "`" {
                inCode = true
            } else if character == "\\", index + 1 < characters.count, !characters[index + 1].isLetter,
                      !characters[index + 1].isNumber, characters[index + 1] != " " {
                index += 1
                result.append(characters[index])
            } else if character == "*" {
                // Emphasis or strong: the marks go, the words stay.
            } else if character == "_", isBoundary(characters, index) {
                // `_emphasis_`, but not the underscore inside a word.
            } else {
                result.append(character)
            }
            index += 1
        }
        return result
    }

    static func isBoundary(_ characters: [Character], _ index: Int) -> Bool {
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + 1 < characters.count ? characters[index + 1] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}

extension HoverInfo {
    /// The same words without Markdown.
    public var plainText: String { PlainText.fromMarkdown(markdown) }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first == " " || slice.first == "\t" { slice.removeFirst() }
        while slice.last == " " || slice.last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
