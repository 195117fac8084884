import StroomPlatform
import StroomModel
import StroomServer
import StroomSyntax

/// SARIF 2.1.0, as GitHub code scanning reads it: one run, the catalog as the driver's rules,
/// one result per diagnostic with its region (1-based lines, UTF-16 columns, end exclusive),
/// related locations for notes, and fixes.
enum SARIFPrinter {
    struct Message: Encodable { let text: String }
    struct ArtifactLocation: Encodable {
        let uri: String
        let uriBaseId: String?
    }
    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int
        let endLine: Int
        let endColumn: Int
    }
    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }
    struct Location: Encodable {
        let id: Int?
        let physicalLocation: PhysicalLocation
        let message: Message?
    }
    struct Replacement: Encodable {
        let deletedRegion: Region
        let insertedContent: Message
    }
    struct ArtifactChange: Encodable {
        let artifactLocation: ArtifactLocation
        let replacements: [Replacement]
    }
    struct SARIFFix: Encodable {
        let description: Message
        let artifactChanges: [ArtifactChange]
    }
    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Message
        let locations: [Location]
        let relatedLocations: [Location]?
        let fixes: [SARIFFix]?
    }
    struct Configuration: Encodable { let level: String }
    struct Rule: Encodable {
        let id: String
        let name: String
        let shortDescription: Message
        let fullDescription: Message
        let help: Message
        let helpUri: String
        let defaultConfiguration: Configuration
    }
    struct Driver: Encodable {
        let name: String
        let version: String
        let semanticVersion: String
        let rules: [Rule]
    }
    struct Tool: Encodable { let driver: Driver }
    struct BaseURI: Encodable { let uri: String }
    struct Notification: Encodable {
        let level: String
        let message: Message
    }
    /// Whether the run could read everything; a path it could not read makes it a failed run.
    struct Invocation: Encodable {
        let executionSuccessful: Bool
        let toolExecutionNotifications: [Notification]?
    }
    struct Run: Encodable {
        let tool: Tool
        let invocations: [Invocation]
        let columnKind: String
        let originalUriBaseIds: [String: BaseURI]
        let results: [Result]
    }
    struct Log: Encodable {
        let schema: String
        let version: String
        let runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version
            case runs
        }
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .hint: "note"
        }
    }

    static func region(_ source: SourceFile, _ range: TextRange) -> Region {
        let start = source.lineTable.utf16Column(of: range.utf8Start)
        let end = source.lineTable.utf16Column(of: range.utf8End)
        return Region(startLine: start.line + 1, startColumn: start.utf16Column + 1,
                      endLine: end.line + 1, endColumn: end.utf16Column + 1)
    }

    /// A relative URI reference for a path: `/` separators (also for a Windows path's `\`),
    /// everything but unreserved characters percent-encoded; an absolute path is a `file:` URI
    /// (``FileURI``, the one conversion of the server too).
    static func uri(_ path: String, style: PathStyle = .native) -> ArtifactLocation {
        if style.isAbsolute(path) { return ArtifactLocation(uri: FileURI.uri(fromPath: path, style: style), uriBaseId: nil) }
        let slashed = style == .windows ? String(path.map { $0 == "\\" ? "/" : $0 }) : path
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in slashed.utf8 {
            if isASCIIAlphanumeric(byte) || "-._~/".utf8.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        let encoded = String(decoding: bytes, as: UTF8.self)
        return ArtifactLocation(uri: encoded, uriBaseId: "SRCROOT")
    }

    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The section of `docs/checks.md` that explains a code: GitHub's anchor of its heading
    /// `### CODE Title` (lower case, punctuation dropped, spaces as hyphens).
    static func helpURI(_ info: RuleInfo) -> String {
        let heading = "\(info.code.rawValue) \(info.title.en)".lowercased()
        let anchor = String(heading.unicodeScalars.compactMap { scalar -> Character? in
            if scalar == " " { return "-" }
            if scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                return Character(scalar)
            }
            return nil
        })
        return ProjectInfo.homeURL + "/blob/main/docs/checks.md#" + anchor
    }

    static func render(_ report: DiagnosticReport, language: Language, currentDirectory: String,
                       failures: [LocalizedText] = []) -> String {
        let catalog = CodeCatalog.all
        let index = Dictionary(uniqueKeysWithValues: catalog.enumerated().map { ($1.code, $0) })
        let rules = catalog.map { info in
            Rule(id: info.code.rawValue, name: info.title.en.ruleName,
                 shortDescription: Message(text: info.title[language]),
                 fullDescription: Message(text: info.explanation[language]),
                 help: Message(text: info.explanation[language] + "\n\n" + info.example),
                 helpUri: helpURI(info),
                 defaultConfiguration: Configuration(level: level(info.severity)))
        }
        let results = report.entries.map { entry -> Result in
            let d = entry.diagnostic
            let location = Location(id: nil, physicalLocation: PhysicalLocation(artifactLocation: uri(entry.source.path),
                                                                               region: region(entry.source, d.range)), message: nil)
            let related = d.notes.enumerated().map { number, note -> Location in
                let source = note.path.flatMap { report.sourcesByPath[$0] } ?? entry.source
                return Location(id: number, physicalLocation: PhysicalLocation(artifactLocation: uri(source.path),
                                                                              region: region(source, note.range)),
                                message: Message(text: note.message[language]))
            }
            let fixes = d.fixes.map { fix in
                SARIFFix(description: Message(text: fix.title[language]), artifactChanges: [
                    ArtifactChange(artifactLocation: uri(entry.source.path), replacements: fix.edits.map {
                        Replacement(deletedRegion: region(entry.source, $0.range), insertedContent: Message(text: $0.newText))
                    }),
                ])
            }
            return Result(ruleId: d.code.rawValue, ruleIndex: index[d.code] ?? 0, level: level(d.severity),
                          message: Message(text: d.message[language]), locations: [location],
                          relatedLocations: related.isEmpty ? nil : related, fixes: fixes.isEmpty ? nil : fixes)
        }
        let folder = FileURI.uri(fromPath: currentDirectory)
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        let log = Log(
            schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0",
            runs: [Run(tool: Tool(driver: Driver(name: "stroom", version: StroomVersion.current,
                                                 semanticVersion: StroomVersion.current, rules: rules)),
                       invocations: [Invocation(
                           executionSuccessful: failures.isEmpty,
                           toolExecutionNotifications: failures.isEmpty ? nil : failures.map {
                               Notification(level: "error", message: Message(text: $0[language]))
                           })],
                       columnKind: "utf16CodeUnits",
                       originalUriBaseIds: ["SRCROOT": BaseURI(uri: base)],
                       results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension String {
    /// "Missing name after a kind" → "MissingNameAfterAKind" (SARIF's rule `name`).
    var ruleName: String {
        split { !$0.isLetter && !$0.isNumber }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
