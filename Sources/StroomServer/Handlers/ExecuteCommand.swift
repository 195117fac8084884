import StroomExport
import StroomJSONRPC
import StroomLSP
import StroomModel
import StroomSyntax

/// `workspace/executeCommand`: the pictures of `stroom dot`, for an editor's preview.
///
/// - `stroom.exportDot` — Graphviz DOT text;
/// - `stroom.exportMermaid` — a Mermaid flowchart.
///
/// Arguments: the document's URI, then optionally the view (`flow`, `causes`, `board`,
/// `benefits`; null for the map's default) and the id of one map (null for every map of the
/// file): `["file:///…/groepsplannen.vsm", "causes"]`. One object works too:
/// `[{"uri": "…", "view": "causes", "map": "groepsplannen"}]`. The result is the text. Unlike
/// `stroom dot`, a file with errors is drawn as far as it goes: the editor shows the errors
/// already. The words Stroom adds (legend, time ladder) are in the reader's language.
enum ExecuteCommandHandler: RequestHandler {
    static let exportDot = "stroom.exportDot"
    static let exportMermaid = "stroom.exportMermaid"

    static func handle(_ request: ExecuteCommandRequest, context: RequestContext) throws -> LSPAny? {
        guard request.command == exportDot || request.command == exportMermaid else {
            throw JSONRPCError.invalidParams("unknown command \(request.command); this server has \(exportDot) and \(exportMermaid)")
        }
        let arguments = try ExportArguments(request.arguments ?? [])
        let file = try context.state.requireFileContext(for: arguments.uri)
        var view: ExportView?
        if let name = arguments.view {
            guard let known = ExportView(rawValue: name) else {
                let names = ExportView.allCases.map(\.rawValue).joined(separator: ", ")
                throw JSONRPCError.refused(LocalizedText(nl: "Onbekende weergave ‘\(name)’: kies uit \(names).",
                                                         en: "Unknown view ‘\(name)’: choose from \(names)."), language: file.language)
            }
            view = known
        }
        let options = ExportOptions(view: view, language: file.language, mapName: arguments.map)
        let result = request.command == exportDot
            ? DotExporter.export(file.analysis, path: file.source.path, options: options)
            : MermaidExporter.export(file.analysis, path: file.source.path, options: options)
        switch result {
        case .success(let output): return .string(output.text)
        case .failure(let problem): throw JSONRPCError.refused(problem.message, language: file.language)
        }
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.executeCommandProvider = ExecuteCommandOptions(commands: [exportDot, exportMermaid])
    }
}

/// The arguments of the export commands: `[uri, view?, map?]` or `[{uri, view?, map?}]`.
struct ExportArguments: Equatable {
    let uri: DocumentURI
    let view: String?
    let map: String?

    init(_ arguments: [LSPAny]) throws {
        var values = arguments
        if case .object? = arguments.first, let object = arguments.first {
            values = [object["uri"] ?? .null, object["view"] ?? .null, object["map"] ?? .null]
        }
        guard let uri = values.first?.stringValue else {
            throw JSONRPCError.invalidParams("the first argument must be the document's URI")
        }
        func text(_ index: Int, _ name: String) throws -> String? {
            guard values.count > index, values[index] != .null else { return nil }
            guard let value = values[index].stringValue else { throw JSONRPCError.invalidParams("the \(name) must be a string or null") }
            return value.isEmpty ? nil : value
        }
        self.uri = uri
        view = try text(1, "view")
        map = try text(2, "map")
    }
}
