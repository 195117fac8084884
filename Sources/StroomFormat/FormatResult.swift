import StroomSyntax

/// What the formatter made of a file: the new text and the edits that get there, or the
/// reason it left the file alone.
public enum FormatResult: Hashable, Sendable {
    case formatted(FormattedFile)
    case refused(FormatRefusal)

    /// The formatted file, or nil when the formatter refused.
    public var formatted: FormattedFile? {
        if case .formatted(let file) = self { file } else { nil }
    }

    public var refusal: FormatRefusal? {
        if case .refused(let refusal) = self { refusal } else { nil }
    }
}

/// A formatted file. Only trivia (whitespace and the place of line breaks) differs from the
/// input; every token and every comment is the same, in the same order.
public struct FormattedFile: Hashable, Sendable {
    /// The whole formatted file (a BOM kept where there was one).
    public let bytes: [UInt8]
    /// The smallest replacements, in UTF-8 ranges of the *input*, sorted and not overlapping,
    /// that turn the input into `bytes`. Empty when the file was already formatted.
    public let edits: [TextEdit]

    public init(bytes: [UInt8], edits: [TextEdit]) {
        self.bytes = bytes
        self.edits = edits
    }

    /// The formatted text. The formatter only formats valid UTF-8, so this loses nothing.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    /// Whether formatting changes anything.
    public var isChanged: Bool { !edits.isEmpty }
}

/// Why the formatter left a file as it was. It refuses rather than risk damaging a file.
public enum FormatRefusal: Hashable, Sendable {
    /// The file has syntax errors (S0xx, in source order): the tree may not be what the author
    /// meant, so moving its whitespace could make things worse.
    case syntaxErrors([Diagnostic])
    /// The file is not valid UTF-8 (W603 says where): its bytes cannot be rewritten safely.
    case invalidUTF8(utf8Offset: Int)
    /// The new layout would have read back differently (a token, a comment or the tree changed).
    /// This is a bug in the formatter; the file is left alone.
    case layoutChangedMeaning

    /// A short explanation for a person, in both languages.
    public var message: LocalizedText {
        switch self {
        case .syntaxErrors(let diagnostics):
            let count = diagnostics.count
            return LocalizedText(
                nl: "Niet opgemaakt: het bestand heeft \(count == 1 ? "een syntaxfout" : "\(count) syntaxfouten"). Los \(count == 1 ? "die" : "ze") eerst op.",
                en: "Not formatted: the file has \(count == 1 ? "a syntax error" : "\(count) syntax errors"). Fix \(count == 1 ? "it" : "them") first.")
        case .invalidUTF8:
            return LocalizedText(
                nl: "Niet opgemaakt: het bestand is geen geldige UTF-8. Sla het op als UTF-8.",
                en: "Not formatted: the file is not valid UTF-8. Save it as UTF-8.")
        case .layoutChangedMeaning:
            return LocalizedText(
                nl: "Niet opgemaakt: de opmaak zou de inhoud veranderen. Dat is een fout in stroom; meld het graag.",
                en: "Not formatted: formatting would change the content. That is a bug in stroom; please report it.")
        }
    }
}
