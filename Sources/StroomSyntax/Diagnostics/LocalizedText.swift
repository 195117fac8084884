/// The two languages Stroom speaks.
public enum Language: String, Sendable, CaseIterable, Codable {
    case nl
    case en

    /// The language a POSIX locale string asks for (`nl_NL.UTF-8` → nl, anything else → en).
    public init(localeIdentifier: String?) {
        let lowered = (localeIdentifier ?? "").lowercased()
        self = lowered.hasPrefix("nl") ? .nl : .en
    }
}

/// A text in Dutch and in English. Every message a user reads is one of these.
public struct LocalizedText: Hashable, Sendable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    public subscript(language: Language) -> String {
        language == .nl ? nl : en
    }

    /// Joins texts language by language.
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(nl: lhs.nl + rhs.nl, en: lhs.en + rhs.en)
    }
}
