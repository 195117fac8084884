/// `textDocument/completion`: what may be typed at the cursor.
public struct CompletionRequest: LSPRequest {
    public static let method = "textDocument/completion"
    public typealias Response = CompletionList?

    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var context: CompletionContext?

    public init(textDocument: TextDocumentIdentifier, position: Position, context: CompletionContext? = nil) {
        self.textDocument = textDocument
        self.position = position
        self.context = context
    }
}

public struct CompletionContext: Codable, Hashable, Sendable {
    /// 1 invoked, 2 trigger character, 3 re-trigger of an incomplete list.
    public var triggerKind: Int
    public var triggerCharacter: String?

    public init(triggerKind: Int, triggerCharacter: String? = nil) {
        self.triggerKind = triggerKind
        self.triggerCharacter = triggerCharacter
    }
}

public struct CompletionList: Codable, Hashable, Sendable {
    public var isIncomplete: Bool
    public var items: [CompletionItem]

    public init(isIncomplete: Bool, items: [CompletionItem]) {
        self.isIncomplete = isIncomplete
        self.items = items
    }
}

public struct CompletionItem: Codable, Hashable, Sendable {
    public var label: String
    public var kind: CompletionItemKind?
    public var detail: String?
    public var documentation: MarkupContent?
    public var sortText: String?
    public var filterText: String?
    public var insertText: String?
    public var insertTextFormat: InsertTextFormat?
    public var textEdit: TextEdit?
    public var data: LSPAny?

    public init(label: String, kind: CompletionItemKind? = nil, detail: String? = nil, documentation: MarkupContent? = nil,
                sortText: String? = nil, filterText: String? = nil, insertText: String? = nil,
                insertTextFormat: InsertTextFormat? = nil, textEdit: TextEdit? = nil, data: LSPAny? = nil) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = documentation
        self.sortText = sortText
        self.filterText = filterText
        self.insertText = insertText
        self.insertTextFormat = insertTextFormat
        self.textEdit = textEdit
        self.data = data
    }
}

/// The kind of a completion, as a number (1 text … 25 type parameter).
public struct CompletionItemKind: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let text = CompletionItemKind(rawValue: 1)
    public static let method = CompletionItemKind(rawValue: 2)
    public static let function = CompletionItemKind(rawValue: 3)
    public static let constructor = CompletionItemKind(rawValue: 4)
    public static let field = CompletionItemKind(rawValue: 5)
    public static let variable = CompletionItemKind(rawValue: 6)
    public static let `class` = CompletionItemKind(rawValue: 7)
    public static let interface = CompletionItemKind(rawValue: 8)
    public static let module = CompletionItemKind(rawValue: 9)
    public static let property = CompletionItemKind(rawValue: 10)
    public static let unit = CompletionItemKind(rawValue: 11)
    public static let value = CompletionItemKind(rawValue: 12)
    public static let `enum` = CompletionItemKind(rawValue: 13)
    public static let keyword = CompletionItemKind(rawValue: 14)
    public static let snippet = CompletionItemKind(rawValue: 15)
    public static let color = CompletionItemKind(rawValue: 16)
    public static let file = CompletionItemKind(rawValue: 17)
    public static let reference = CompletionItemKind(rawValue: 18)
    public static let folder = CompletionItemKind(rawValue: 19)
    public static let enumMember = CompletionItemKind(rawValue: 20)
    public static let constant = CompletionItemKind(rawValue: 21)
    public static let `struct` = CompletionItemKind(rawValue: 22)
    public static let event = CompletionItemKind(rawValue: 23)
    public static let `operator` = CompletionItemKind(rawValue: 24)
    public static let typeParameter = CompletionItemKind(rawValue: 25)
}

/// 1 plain text, 2 snippet (with `$1` placeholders).
public struct InsertTextFormat: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let plainText = InsertTextFormat(rawValue: 1)
    public static let snippet = InsertTextFormat(rawValue: 2)
}
