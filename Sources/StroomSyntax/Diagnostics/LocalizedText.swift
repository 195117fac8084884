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
///
/// `LocalizedText(nl: "…\(x)…", en: "…")` builds neither text: each argument is kept as a
/// deferred builder and runs when its language is read. A checker finds many diagnostics on
/// every keystroke, and a client reads one language of those it is sent, so most texts are
/// never built; fix titles are read only when the user asks for code actions. Reading a text
/// twice builds it twice, so a text read again and again (a finding kept for the next
/// analysis) is `resolved()` once. Equality and hashing read both texts.
public struct LocalizedText: Hashable, Sendable {
    private enum Storage: Sendable {
        case built(nl: String, en: String)
        case deferred(nl: @Sendable () -> String, en: @Sendable () -> String)
    }

    private var storage: Storage

    /// Both texts, built when read. Captured values must be constants (`let`) and Sendable.
    public init(nl: @autoclosure @escaping @Sendable () -> String, en: @autoclosure @escaping @Sendable () -> String) {
        storage = .deferred(nl: nl, en: en)
    }

    /// Both texts, built already (no builder is kept: for texts that exist as strings).
    public init(built nl: String, en: String) {
        storage = .built(nl: nl, en: en)
    }

    public var nl: String {
        get {
            switch storage {
            case .built(let nl, _): nl
            case .deferred(let nl, _): nl()
            }
        }
        set { storage = .built(nl: newValue, en: en) }
    }

    public var en: String {
        get {
            switch storage {
            case .built(_, let en): en
            case .deferred(_, let en): en()
            }
        }
        set { storage = .built(nl: nl, en: newValue) }
    }

    public subscript(language: Language) -> String {
        language == .nl ? nl : en
    }

    /// Whether the texts are strings already, not builders still to run.
    public var isBuilt: Bool {
        if case .built = storage { return true }
        return false
    }

    /// The same texts, built now: for a text that will be read many times.
    public func resolved() -> LocalizedText {
        isBuilt ? self : LocalizedText(built: nl, en: en)
    }

    /// Joins texts language by language; the joined text is built when read, as its parts.
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        if lhs.isBuilt, rhs.isBuilt {
            return LocalizedText(built: lhs.nl + rhs.nl, en: lhs.en + rhs.en)
        }
        return LocalizedText(nl: lhs.nl + rhs.nl, en: lhs.en + rhs.en)
    }

    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        lhs.nl == rhs.nl && lhs.en == rhs.en
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nl)
        hasher.combine(en)
    }
}
