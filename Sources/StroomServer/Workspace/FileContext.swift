import StroomJSONRPC
import StroomLSP
import StroomModel
import StroomSyntax

/// One file of an analysed workspace, with the conversions a feature handler needs: what a
/// request about a document works on. Handlers get it from ``ServerState/fileContext(for:)``.
struct FileContext {
    let key: DocumentKey
    let uri: DocumentURI
    let workspace: AnalyzedWorkspace
    /// The index of the file in `analysis.files`.
    let fileIndex: Int
    let encoding: PositionEncoding
    let language: Language
    /// The version of the open document, nil for a file read from disk.
    let version: Int?
    private let uriOfKey: (DocumentKey) -> DocumentURI

    init(key: DocumentKey, uri: DocumentURI, workspace: AnalyzedWorkspace, fileIndex: Int, encoding: PositionEncoding,
         language: Language, version: Int?, uriOfKey: @escaping (DocumentKey) -> DocumentURI) {
        self.key = key
        self.uri = uri
        self.workspace = workspace
        self.fileIndex = fileIndex
        self.encoding = encoding
        self.language = language
        self.version = version
        self.uriOfKey = uriOfKey
    }

    var analysis: Analysis { workspace.analysis }
    var file: FileAnalysis { analysis.files[fileIndex] }
    var source: SourceFile { file.source }
    var lineTable: LineTable { source.lineTable }

    /// The UTF-8 offset of a position of this file (clamped into it).
    func utf8Offset(of position: Position) -> Int {
        lineTable.utf8Offset(of: position, in: encoding).utf8Offset
    }

    func range(of textRange: TextRange) -> LSPRange {
        lineTable.range(of: textRange, in: encoding)
    }

    /// A range in any file of the workspace, by its index in `analysis.files`.
    func location(inFile index: Int, _ textRange: TextRange) -> Location {
        let key = workspace.keys[index]
        return Location(uri: uriOfKey(key), range: analysis.files[index].source.lineTable.range(of: textRange, in: encoding))
    }

    /// The URI of any file of the workspace, by its index in `analysis.files`.
    func uri(ofFile index: Int) -> DocumentURI {
        uriOfKey(workspace.keys[index])
    }
}

extension ServerState {
    /// The analysed file behind a URI, analysing its workspace now if it changed. Nil when the
    /// document is neither open nor a file of a workspace.
    func fileContext(for uri: DocumentURI) -> FileContext? {
        let key = DocumentKey(uri: uri)
        guard let index = workspaces.index(of: key) else { return nil }
        let analyzed = analyze(index)
        guard let fileIndex = analyzed.indexByKey[key] else { return nil }
        return FileContext(key: key, uri: self.uri(for: key), workspace: analyzed, fileIndex: fileIndex, encoding: encoding,
                           language: language(for: workspaces[index]), version: analyzed.versions[key],
                           uriOfKey: { [unowned self] in self.uri(for: $0) })
    }

    /// Like ``fileContext(for:)``, but throws `InvalidParams` for an unknown document.
    func requireFileContext(for uri: DocumentURI) throws -> FileContext {
        guard let context = fileContext(for: uri) else {
            throw JSONRPCError.invalidParams("\(uri) is not a Stroom document of this workspace")
        }
        return context
    }
}
