extension String {
    /// The text with every occurrence of `target` replaced, left to right, without overlaps,
    /// compared by Unicode scalars (so `\n` is found inside `\r\n`). For the targets Stroom
    /// replaces (ASCII) this is what Foundation's `replacingOccurrences(of:with:)` does;
    /// `FoundationEssentials` lacks it.
    public func replacingEvery(_ target: String, with replacement: String) -> String {
        let needle = Array(target.unicodeScalars)
        guard !needle.isEmpty else { return self }
        let scalars = Array(unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if index + needle.count <= scalars.count, scalars[index..<(index + needle.count)].elementsEqual(needle) {
                result.append(contentsOf: replacement.unicodeScalars)
                index += needle.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }
}

extension StringProtocol {
    /// The text without the spaces and tabs (any Unicode space, not line breaks) at either
    /// end: Foundation's `trimmingCharacters(in: .whitespaces)`.
    public func trimmingBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0.isWhitespace && !$0.isNewline }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }

    /// The text without white space (line breaks too) at either end: Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    public func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
