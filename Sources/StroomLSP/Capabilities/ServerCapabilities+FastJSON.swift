/// The answer to `initialize`, written by hand: it is the first thing an editor waits for,
/// and `JSONEncoder` spends about five million instructions on it in a fresh process (looking
/// up the protocol conformances of every type it meets for the first time) — a third of the
/// whole start-up. Tests check that it decodes to the same value as the `Codable` encoding.
extension InitializeResult: FastJSONEncodable {
    public func appendJSON(to output: inout [UInt8]) {
        var object = JSONObjectWriter(&output)
        object.field("capabilities", &output) { capabilities.appendJSON(to: &$0) }
        if let serverInfo {
            object.field("serverInfo", &output) { output in
                var info = JSONObjectWriter(&output)
                info.string("name", serverInfo.name, &output)
                if let version = serverInfo.version { info.string("version", version, &output) }
                info.close(&output)
            }
        }
        object.close(&output)
    }
}

extension ServerCapabilities: FastJSONEncodable {
    public func appendJSON(to output: inout [UInt8]) {
        var object = JSONObjectWriter(&output)
        if let positionEncoding { object.string("positionEncoding", positionEncoding.rawValue, &output) }
        if let sync = textDocumentSync {
            object.field("textDocumentSync", &output) { output in
                var options = JSONObjectWriter(&output)
                if let openClose = sync.openClose { options.bool("openClose", openClose, &output) }
                if let change = sync.change { options.integer("change", change.rawValue, &output) }
                if let save = sync.save {
                    options.field("save", &output) { output in
                        var saving = JSONObjectWriter(&output)
                        if let includeText = save.includeText { saving.bool("includeText", includeText, &output) }
                        saving.close(&output)
                    }
                }
                options.close(&output)
            }
        }
        if let diagnostics = diagnosticProvider {
            object.field("diagnosticProvider", &output) { output in
                var options = JSONObjectWriter(&output)
                if let identifier = diagnostics.identifier { options.string("identifier", identifier, &output) }
                options.bool("interFileDependencies", diagnostics.interFileDependencies, &output)
                options.bool("workspaceDiagnostics", diagnostics.workspaceDiagnostics, &output)
                options.close(&output)
            }
        }
        if let documentSymbolProvider { object.bool("documentSymbolProvider", documentSymbolProvider, &output) }
        if let hoverProvider { object.bool("hoverProvider", hoverProvider, &output) }
        if let definitionProvider { object.bool("definitionProvider", definitionProvider, &output) }
        if let referencesProvider { object.bool("referencesProvider", referencesProvider, &output) }
        if let rename = renameProvider {
            object.field("renameProvider", &output) { output in
                var options = JSONObjectWriter(&output)
                if let prepareProvider = rename.prepareProvider { options.bool("prepareProvider", prepareProvider, &output) }
                options.close(&output)
            }
        }
        if let completion = completionProvider {
            object.field("completionProvider", &output) { output in
                var options = JSONObjectWriter(&output)
                if let characters = completion.triggerCharacters { options.strings("triggerCharacters", characters, &output) }
                if let resolveProvider = completion.resolveProvider { options.bool("resolveProvider", resolveProvider, &output) }
                options.close(&output)
            }
        }
        if let codeAction = codeActionProvider {
            object.field("codeActionProvider", &output) { output in
                var options = JSONObjectWriter(&output)
                if let kinds = codeAction.codeActionKinds { options.strings("codeActionKinds", kinds.map(\.rawValue), &output) }
                if let resolveProvider = codeAction.resolveProvider { options.bool("resolveProvider", resolveProvider, &output) }
                options.close(&output)
            }
        }
        if let documentFormattingProvider { object.bool("documentFormattingProvider", documentFormattingProvider, &output) }
        if let documentRangeFormattingProvider {
            object.bool("documentRangeFormattingProvider", documentRangeFormattingProvider, &output)
        }
        if let tokens = semanticTokensProvider {
            object.field("semanticTokensProvider", &output) { output in
                var options = JSONObjectWriter(&output)
                options.field("legend", &output) { output in
                    var legend = JSONObjectWriter(&output)
                    legend.strings("tokenTypes", tokens.legend.tokenTypes, &output)
                    legend.strings("tokenModifiers", tokens.legend.tokenModifiers, &output)
                    legend.close(&output)
                }
                if let range = tokens.range { options.bool("range", range, &output) }
                if let full = tokens.full { options.bool("full", full, &output) }
                options.close(&output)
            }
        }
        if let foldingRangeProvider { object.bool("foldingRangeProvider", foldingRangeProvider, &output) }
        if let workspaceSymbolProvider { object.bool("workspaceSymbolProvider", workspaceSymbolProvider, &output) }
        if let execute = executeCommandProvider {
            object.field("executeCommandProvider", &output) { output in
                var options = JSONObjectWriter(&output)
                options.strings("commands", execute.commands, &output)
                options.close(&output)
            }
        }
        if let workspace {
            object.field("workspace", &output) { output in
                var options = JSONObjectWriter(&output)
                if let folders = workspace.workspaceFolders {
                    options.field("workspaceFolders", &output) { output in
                        var foldersObject = JSONObjectWriter(&output)
                        if let supported = folders.supported { foldersObject.bool("supported", supported, &output) }
                        if let changes = folders.changeNotifications { foldersObject.bool("changeNotifications", changes, &output) }
                        foldersObject.close(&output)
                    }
                }
                options.close(&output)
            }
        }
        object.close(&output)
    }
}

/// One JSON object being written: `{`, then `"name":value` pairs with commas between, then `}`.
struct JSONObjectWriter {
    private var first = true

    init(_ output: inout [UInt8]) {
        output.append(UInt8(ascii: "{"))
    }

    mutating func field(_ name: StaticString, _ output: inout [UInt8], value: (inout [UInt8]) -> Void) {
        if !first { output.append(UInt8(ascii: ",")) }
        first = false
        output.append(UInt8(ascii: "\""))
        JSONBytes.raw(name, &output)
        JSONBytes.raw("\":", &output)
        value(&output)
    }

    mutating func string(_ name: StaticString, _ value: String, _ output: inout [UInt8]) {
        field(name, &output) { JSONBytes.string(value, &$0) }
    }

    mutating func bool(_ name: StaticString, _ value: Bool, _ output: inout [UInt8]) {
        field(name, &output) { JSONBytes.raw(value ? "true" : "false", &$0) }
    }

    mutating func integer(_ name: StaticString, _ value: Int, _ output: inout [UInt8]) {
        field(name, &output) { JSONBytes.integer(value, &$0) }
    }

    mutating func strings(_ name: StaticString, _ values: [String], _ output: inout [UInt8]) {
        field(name, &output) { output in
            output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONBytes.string(value, &output)
            }
            output.append(UInt8(ascii: "]"))
        }
    }

    func close(_ output: inout [UInt8]) {
        output.append(UInt8(ascii: "}"))
    }
}
