import StroomLSP
import StroomModel
import StroomSyntax

/// What the client accepts in a diagnostic, from `textDocument.publishDiagnostics`.
struct DiagnosticFeatures: Sendable {
    var relatedInformation = true
    /// The tags the client knows; tags outside this set are left out.
    var tags: Set<Int> = [StroomLSP.DiagnosticTag.unnecessary.rawValue]

    init() {}

    init(_ capabilities: ClientCapabilities) {
        let publish = capabilities.textDocument?.publishDiagnostics
        relatedInformation = publish?.relatedInformation ?? false
        tags = Set(publish?.tagSupport?.valueSet ?? [])
    }
}

/// Where the files of a workspace are, for notes that point into another file.
struct NoteResolver {
    let analyzed: AnalyzedWorkspace
    let uri: (DocumentKey) -> DocumentURI

    func location(path: String, range: TextRange, encoding: PositionEncoding) -> Location? {
        guard let key = analyzed.keyByPath[path], let index = analyzed.indexByKey[key] else { return nil }
        let lineTable = analyzed.analysis.files[index].source.lineTable
        return Location(uri: uri(key), range: lineTable.range(of: range, in: encoding))
    }
}

extension StroomSyntax.Diagnostic {
    /// The diagnostic as the editor shows it: range in the negotiated encoding, message in the
    /// reader's language, notes as related information, `unnecessary` as a tag.
    func lspDiagnostic(in source: SourceFile, uri: DocumentURI, encoding: PositionEncoding, language: Language,
                       features: DiagnosticFeatures, notes resolver: NoteResolver?) -> StroomLSP.Diagnostic {
        var related: [DiagnosticRelatedInformation]?
        if features.relatedInformation, !notes.isEmpty {
            related = notes.compactMap { note in
                let location: Location?
                if let path = note.path, path != source.path {
                    location = resolver?.location(path: path, range: note.range, encoding: encoding)
                } else {
                    location = Location(uri: uri, range: source.lineTable.range(of: note.range, in: encoding))
                }
                return location.map { DiagnosticRelatedInformation(location: $0, message: note.message[language]) }
            }
        }
        let lspTags = tags.map(\.lspTag).filter { features.tags.contains($0.rawValue) }
        return StroomLSP.Diagnostic(
            range: source.lineTable.range(of: range, in: encoding),
            severity: severity.lspSeverity,
            code: code.rawValue,
            source: "stroom",
            message: message[language],
            tags: lspTags.isEmpty ? nil : lspTags.sorted { $0.rawValue < $1.rawValue },
            relatedInformation: related?.isEmpty == false ? related : nil)
    }
}

extension Severity {
    fileprivate var lspSeverity: DiagnosticSeverity {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .information
        case .hint: .hint
        }
    }
}

extension StroomSyntax.DiagnosticTag {
    fileprivate var lspTag: StroomLSP.DiagnosticTag {
        switch self {
        case .unnecessary: .unnecessary
        }
    }
}
