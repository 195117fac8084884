/// What the client can do per document feature (`capabilities.textDocument`).
public struct TextDocumentClientCapabilities: Codable, Hashable, Sendable {
    public var synchronization: SynchronizationCapabilities?
    public var publishDiagnostics: PublishDiagnosticsClientCapabilities?
    /// Present when the client can pull diagnostics (`textDocument/diagnostic`).
    public var diagnostic: DiagnosticClientCapabilities?
    public var hover: HoverClientCapabilities?
    public var documentSymbol: DocumentSymbolClientCapabilities?
    public var completion: CompletionClientCapabilities?
    public var rename: RenameClientCapabilities?
    public var definition: DefinitionClientCapabilities?
    public var codeAction: CodeActionClientCapabilities?
    public var foldingRange: FoldingRangeClientCapabilities?
    public var semanticTokens: DynamicRegistrationCapability?

    public init(synchronization: SynchronizationCapabilities? = nil, publishDiagnostics: PublishDiagnosticsClientCapabilities? = nil,
                diagnostic: DiagnosticClientCapabilities? = nil, hover: HoverClientCapabilities? = nil,
                documentSymbol: DocumentSymbolClientCapabilities? = nil, completion: CompletionClientCapabilities? = nil,
                rename: RenameClientCapabilities? = nil, definition: DefinitionClientCapabilities? = nil,
                codeAction: CodeActionClientCapabilities? = nil, foldingRange: FoldingRangeClientCapabilities? = nil,
                semanticTokens: DynamicRegistrationCapability? = nil) {
        self.synchronization = synchronization
        self.publishDiagnostics = publishDiagnostics
        self.diagnostic = diagnostic
        self.hover = hover
        self.documentSymbol = documentSymbol
        self.completion = completion
        self.rename = rename
        self.definition = definition
        self.codeAction = codeAction
        self.foldingRange = foldingRange
        self.semanticTokens = semanticTokens
    }

    enum CodingKeys: String, CodingKey {
        case synchronization, publishDiagnostics, diagnostic, hover, documentSymbol, completion, rename, definition, codeAction
        case foldingRange, semanticTokens
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        synchronization = container.lenient(SynchronizationCapabilities.self, forKey: .synchronization)
        publishDiagnostics = container.lenient(PublishDiagnosticsClientCapabilities.self, forKey: .publishDiagnostics)
        diagnostic = container.lenient(DiagnosticClientCapabilities.self, forKey: .diagnostic)
        hover = container.lenient(HoverClientCapabilities.self, forKey: .hover)
        documentSymbol = container.lenient(DocumentSymbolClientCapabilities.self, forKey: .documentSymbol)
        completion = container.lenient(CompletionClientCapabilities.self, forKey: .completion)
        rename = container.lenient(RenameClientCapabilities.self, forKey: .rename)
        definition = container.lenient(DefinitionClientCapabilities.self, forKey: .definition)
        codeAction = container.lenient(CodeActionClientCapabilities.self, forKey: .codeAction)
        foldingRange = container.lenient(FoldingRangeClientCapabilities.self, forKey: .foldingRange)
        semanticTokens = container.lenient(DynamicRegistrationCapability.self, forKey: .semanticTokens)
    }
}

public struct SynchronizationCapabilities: Codable, Hashable, Sendable {
    public var dynamicRegistration: Bool?
    public var didSave: Bool?

    public init(dynamicRegistration: Bool? = nil, didSave: Bool? = nil) {
        self.dynamicRegistration = dynamicRegistration
        self.didSave = didSave
    }
}

public struct PublishDiagnosticsClientCapabilities: Codable, Hashable, Sendable {
    public var relatedInformation: Bool?
    public var tagSupport: TagSupport?
    public var versionSupport: Bool?
    public var codeDescriptionSupport: Bool?
    public var dataSupport: Bool?

    /// The tags the client knows, as raw numbers (so that a tag this package lacks still reads).
    public struct TagSupport: Codable, Hashable, Sendable {
        public var valueSet: [Int]

        public init(valueSet: [Int]) {
            self.valueSet = valueSet
        }
    }

    public init(relatedInformation: Bool? = nil, tagSupport: TagSupport? = nil, versionSupport: Bool? = nil,
                codeDescriptionSupport: Bool? = nil, dataSupport: Bool? = nil) {
        self.relatedInformation = relatedInformation
        self.tagSupport = tagSupport
        self.versionSupport = versionSupport
        self.codeDescriptionSupport = codeDescriptionSupport
        self.dataSupport = dataSupport
    }
}

public struct DiagnosticClientCapabilities: Codable, Hashable, Sendable {
    public var dynamicRegistration: Bool?
    public var relatedDocumentSupport: Bool?

    public init(dynamicRegistration: Bool? = nil, relatedDocumentSupport: Bool? = nil) {
        self.dynamicRegistration = dynamicRegistration
        self.relatedDocumentSupport = relatedDocumentSupport
    }
}

public struct HoverClientCapabilities: Codable, Hashable, Sendable {
    public var contentFormat: [MarkupKind]?

    public init(contentFormat: [MarkupKind]? = nil) {
        self.contentFormat = contentFormat
    }
}

public struct DocumentSymbolClientCapabilities: Codable, Hashable, Sendable {
    public var hierarchicalDocumentSymbolSupport: Bool?

    public init(hierarchicalDocumentSymbolSupport: Bool? = nil) {
        self.hierarchicalDocumentSymbolSupport = hierarchicalDocumentSymbolSupport
    }
}

public struct CompletionClientCapabilities: Codable, Hashable, Sendable {
    public var completionItem: CompletionItemCapabilities?
    public var contextSupport: Bool?

    public struct CompletionItemCapabilities: Codable, Hashable, Sendable {
        public var snippetSupport: Bool?
        public var documentationFormat: [MarkupKind]?
        public var labelDetailsSupport: Bool?

        public init(snippetSupport: Bool? = nil, documentationFormat: [MarkupKind]? = nil, labelDetailsSupport: Bool? = nil) {
            self.snippetSupport = snippetSupport
            self.documentationFormat = documentationFormat
            self.labelDetailsSupport = labelDetailsSupport
        }
    }

    public init(completionItem: CompletionItemCapabilities? = nil, contextSupport: Bool? = nil) {
        self.completionItem = completionItem
        self.contextSupport = contextSupport
    }
}

public struct RenameClientCapabilities: Codable, Hashable, Sendable {
    public var prepareSupport: Bool?

    public init(prepareSupport: Bool? = nil) {
        self.prepareSupport = prepareSupport
    }
}

public struct DefinitionClientCapabilities: Codable, Hashable, Sendable {
    public var linkSupport: Bool?

    public init(linkSupport: Bool? = nil) {
        self.linkSupport = linkSupport
    }
}

public struct CodeActionClientCapabilities: Codable, Hashable, Sendable {
    /// Present when the client takes `CodeAction` literals (not only `Command`s).
    public var codeActionLiteralSupport: LSPAny?
    public var isPreferredSupport: Bool?

    public init(codeActionLiteralSupport: LSPAny? = nil, isPreferredSupport: Bool? = nil) {
        self.codeActionLiteralSupport = codeActionLiteralSupport
        self.isPreferredSupport = isPreferredSupport
    }
}

public struct FoldingRangeClientCapabilities: Codable, Hashable, Sendable {
    public var lineFoldingOnly: Bool?

    public init(lineFoldingOnly: Bool? = nil) {
        self.lineFoldingOnly = lineFoldingOnly
    }
}
