/// How serious a diagnostic is: 1 error, 2 warning, 3 information, 4 hint.
public struct DiagnosticSeverity: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let error = DiagnosticSeverity(rawValue: 1)
    public static let warning = DiagnosticSeverity(rawValue: 2)
    public static let information = DiagnosticSeverity(rawValue: 3)
    public static let hint = DiagnosticSeverity(rawValue: 4)
}

/// Extra facts about a diagnostic: 1 unnecessary (faded), 2 deprecated (struck through).
public struct DiagnosticTag: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let unnecessary = DiagnosticTag(rawValue: 1)
    public static let deprecated = DiagnosticTag(rawValue: 2)
}

/// A place related to a diagnostic ("first declared here").
public struct DiagnosticRelatedInformation: Codable, Hashable, Sendable {
    public var location: Location
    public var message: String

    public init(location: Location, message: String) {
        self.location = location
        self.message = message
    }
}

/// Where the documentation of a code lives.
public struct CodeDescription: Codable, Hashable, Sendable {
    public var href: String

    public init(href: String) {
        self.href = href
    }
}

/// A finding in a document, as the editor shows it.
public struct Diagnostic: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var severity: DiagnosticSeverity?
    /// A stable code such as `V301` (the spec also allows a number; Stroom sends strings).
    public var code: String?
    public var codeDescription: CodeDescription?
    public var source: String?
    public var message: String
    public var tags: [DiagnosticTag]?
    public var relatedInformation: [DiagnosticRelatedInformation]?
    public var data: LSPAny?

    public init(range: LSPRange, severity: DiagnosticSeverity? = nil, code: String? = nil, codeDescription: CodeDescription? = nil,
                source: String? = nil, message: String, tags: [DiagnosticTag]? = nil,
                relatedInformation: [DiagnosticRelatedInformation]? = nil, data: LSPAny? = nil) {
        self.range = range
        self.severity = severity
        self.code = code
        self.codeDescription = codeDescription
        self.source = source
        self.message = message
        self.tags = tags
        self.relatedInformation = relatedInformation
        self.data = data
    }

    enum CodingKeys: String, CodingKey {
        case range, severity, code, codeDescription, source, message, tags, relatedInformation, data
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        range = try container.decode(LSPRange.self, forKey: .range)
        severity = try container.decodeIfPresent(DiagnosticSeverity.self, forKey: .severity)
        // Other servers' diagnostics come back in code actions; their codes may be numbers.
        if let text = try? container.decodeIfPresent(String.self, forKey: .code) {
            code = text
        } else if let number = try? container.decodeIfPresent(Int.self, forKey: .code) {
            code = String(number)
        }
        codeDescription = try container.decodeIfPresent(CodeDescription.self, forKey: .codeDescription)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        message = try container.decode(String.self, forKey: .message)
        tags = try container.decodeIfPresent([DiagnosticTag].self, forKey: .tags)
        relatedInformation = try container.decodeIfPresent([DiagnosticRelatedInformation].self, forKey: .relatedInformation)
        data = try container.decodeIfPresent(LSPAny.self, forKey: .data)
    }
}
