import StroomPlatform
import StroomSyntax

/// The workspace settings from a `stroom.json` at the workspace root:
///
/// ```json
/// { "taal": "nl", "ernst": { "V302": "negeer", "V304": "waarschuwing", "C503": "hint" } }
/// ```
/// English keys (`language`, `severity`) and values (`ignore`, `warning` …) work too.
public struct Configuration: Sendable {
    public var severities: [DiagnosticCode: Directive.Action]
    public var language: Language?
    /// Files larger than this many bytes are not read (W607): `"maxBestandsgrootte"` /
    /// `"maxFileSize"` in megabytes (1 MB = 1,000,000 bytes); nil for the default.
    public var maxFileSize: Int?

    /// 64 MB: far more than any map, far less than what would exhaust memory.
    public static let defaultMaxFileSize = 64_000_000

    /// The limit in bytes that applies.
    public var fileSizeLimit: Int { maxFileSize ?? Configuration.defaultMaxFileSize }

    public init(severities: [DiagnosticCode: Directive.Action] = [:], language: Language? = nil, maxFileSize: Int? = nil) {
        self.severities = severities
        self.language = language
        self.maxFileSize = maxFileSize
    }

    /// Megabytes as written on the command line (a positive number, fractions allowed) as
    /// bytes; nil for anything else.
    public static func bytes(megabytes text: String) -> Int? {
        Double(text).flatMap(bytes(megabytes:))
    }

    /// Megabytes as bytes: a positive number, capped at 10^15 bytes (no overflow); nil otherwise.
    static func bytes(megabytes number: Double) -> Int? {
        guard number.isFinite, number > 0 else { return nil }
        return Int(min(number, 1_000_000_000) * 1_000_000)
    }

    /// A `stroom.json` value of megabytes: a number, or a number written as a string.
    static func bytes(megabytes value: ConfigurationValue) -> Int? {
        switch value {
        case .number(let number): bytes(megabytes: number)
        case .string(let text): bytes(megabytes: text)
        default: nil
        }
    }

    /// The file name looked for at a workspace root.
    public static let fileName = "stroom.json"

    /// Reads a `stroom.json`. Never throws: what cannot be used becomes a W606 diagnostic on
    /// that file, and the rest still applies.
    public static func parse(_ source: SourceFile) -> (Configuration, [Diagnostic]) {
        var configuration = Configuration()
        var diagnostics: [Diagnostic] = []
        func problem(_ message: LocalizedText, _ range: TextRange = .empty(at: 0)) {
            diagnostics.append(Diagnostic(code: InvalidConfiguration.info.code, severity: InvalidConfiguration.info.severity,
                                          range: range, message: message))
        }
        guard let object = ConfigurationValue.parse(source.bytes) else {
            problem(InvalidConfiguration.notJSON, TextRange(utf8Start: 0, utf8End: min(1, source.bytes.count)))
            return (configuration, diagnostics)
        }
        guard let dictionary = object.object else {
            problem(InvalidConfiguration.notJSON)
            return (configuration, diagnostics)
        }
        for key in dictionary.keys.sorted() {
            let value = dictionary[key]!
            let range = rangeOfKey(key, in: source)
            switch key {
            case "taal", "language":
                if let word = value.string, let language = Language(rawValue: word.lowercased()) {
                    configuration.language = language
                } else {
                    problem(InvalidConfiguration.badLanguage, range)
                }
            case "maxBestandsgrootte", "maxFileSize":
                if let bytes = Configuration.bytes(megabytes: value) {
                    configuration.maxFileSize = bytes
                } else {
                    problem(InvalidConfiguration.badMaxFileSize, range)
                }
            case "ernst", "severity", "severities":
                guard let table = value.object else {
                    problem(InvalidConfiguration.badSeverityTable, range)
                    continue
                }
                for code in table.keys.sorted() {
                    let codeRange = rangeOfKey(code, in: source)
                    let diagnosticCode = DiagnosticCode(code.uppercased())
                    guard let info = CodeCatalog.info(for: diagnosticCode) else {
                        problem(InvalidConfiguration.unknownCode(code), codeRange)
                        continue
                    }
                    guard let word = table[code]?.string, let action = Directive.Action(word: word) else {
                        problem(InvalidConfiguration.badSeverity(code), codeRange)
                        continue
                    }
                    guard info.canBeSilenced else {
                        problem(InvalidConfiguration.cannotSilence(code), codeRange)
                        continue
                    }
                    configuration.severities[diagnosticCode] = action
                }
            default:
                problem(InvalidConfiguration.unknownKey(key), range)
            }
        }
        return (configuration, diagnostics)
    }

    /// Where `"key"` is written, for a squiggle in the right place.
    static func rangeOfKey(_ key: String, in source: SourceFile) -> TextRange {
        let needle = Array("\"\(key)\"".utf8)
        let bytes = source.bytes
        guard needle.count <= bytes.count else { return .empty(at: 0) }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if Array(bytes[start..<(start + needle.count)]) == needle {
                return TextRange(utf8Start: start, utf8End: start + needle.count)
            }
        }
        return .empty(at: 0)
    }
}
