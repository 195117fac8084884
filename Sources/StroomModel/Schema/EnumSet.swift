import StroomSyntax

/// One allowed word of an enumerated attribute, with its English spelling and silent aliases.
public struct EnumValue: Hashable, Sendable {
    /// The canonical (Dutch) word; the model stores this.
    public let dutch: String
    public let english: String
    /// Other words that mean the same and are accepted without a diagnostic.
    public let aliases: [String]

    public init(_ dutch: String, _ english: String? = nil, aliases: [String] = []) {
        self.dutch = dutch
        self.english = english ?? dutch
        self.aliases = aliases
    }

    public func spelling(_ language: Language) -> String { language == .nl ? dutch : english }
    var spellings: [String] { [dutch, english] + aliases }
}

/// The words an enumerated attribute accepts. Lookup is exact (case-sensitive, like ids), with
/// a case-insensitive fallback so that `Hoog` still means `hoog`.
public struct EnumSet: Hashable, Sendable {
    public let name: String
    public let values: [EnumValue]
    /// Words that are not accepted but have an obvious meaning: "did you mean" for A204.
    public let nearMisses: [String: String]

    public init(_ name: String, _ values: [EnumValue], nearMisses: [String: String] = [:]) {
        self.name = name
        self.values = values
        self.nearMisses = nearMisses
    }

    /// The canonical word for a spelling, if the set accepts it.
    public func canonical(_ word: String) -> String? {
        // `spellings` without building it: this runs for every enumerated value on every keystroke.
        if let value = values.first(where: { $0.dutch == word || $0.english == word || $0.aliases.contains(word) }) {
            return value.dutch
        }
        let lowered = word.lowercased()
        return values.first(where: { $0.spellings.contains { $0.lowercased() == lowered } })?.dutch
    }

    /// The closest accepted word, for "did you mean".
    public func suggestion(for word: String) -> String? {
        if let mapped = nearMisses[word.lowercased()] { return mapped }
        return Suggestions.nearest(to: word, in: values.flatMap(\.spellings))
    }

    public func listing(_ language: Language) -> String {
        values.map { $0.spelling(language) }.joined(separator: ", ")
    }
}
