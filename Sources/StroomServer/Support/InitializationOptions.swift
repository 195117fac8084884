import StroomPlatform
import StroomLSP
import StroomModel
import StroomSyntax

/// What a client may set in `initializationOptions`:
///
/// ```json
/// { "language": "nl", "diagnostics": "push", "today": "2026-06-01" }
/// ```
/// `taal` works for `language`; an empty `language` follows the rest (``LanguageChoice``).
/// Unknown keys and bad values are logged and ignored.
struct InitializationOptions: Sendable, Equatable {
    /// Overrides the locale of `initialize` and the `taal` of `stroom.json`.
    var language: Language?
    /// Forces push or pull diagnostics; by default pull is used when the client supports it.
    var diagnosticsMode: DiagnosticsMode?
    /// The date the date checks (overdue action points) count from; the clock by default.
    var today: DayDate?

    init() {}

    /// Reads the options; what cannot be used is returned as problems for the log.
    init(_ value: LSPAny?, problems: inout [String]) {
        guard let value, value != .null else { return }
        guard case .object(let members) = value else {
            problems.append("initializationOptions must be an object")
            return
        }
        for (key, member) in members.sorted(by: { $0.key < $1.key }) {
            switch key {
            case "language", "taal":
                switch InitializationOptions.language(member) {
                case .success(let language): self.language = language
                case .failure: problems.append("initializationOptions.\(key) must be \"nl\", \"en\" or \"\"")
                }
            case "diagnostics":
                switch member.stringValue {
                case "push": diagnosticsMode = .push
                case "pull": diagnosticsMode = .pull
                case "auto": diagnosticsMode = nil
                default: problems.append("initializationOptions.diagnostics must be \"push\", \"pull\" or \"auto\"")
                }
            case "today":
                if let text = member.stringValue, let day = DayDate(text), day.isCalendarDay {
                    today = day
                } else {
                    problems.append("initializationOptions.today must be a date like \"2026-06-01\"")
                }
            default:
                problems.append("unknown initializationOptions.\(key) ignored")
            }
        }
    }

    struct BadLanguage: Error {}

    /// A language setting: `"nl"` or `"en"` (any case), or `""` or null for none.
    static func language(_ value: LSPAny) -> Result<Language?, BadLanguage> {
        if value == .null { return .success(nil) }
        guard let word = value.stringValue?.trimmingBlanks().lowercased() else { return .failure(BadLanguage()) }
        if word.isEmpty { return .success(nil) }
        return Language(rawValue: word).map { .success($0) } ?? .failure(BadLanguage())
    }
}
