import StroomSyntax

/// The outline of one file from its tree alone: lowered, with its own names, and in a benefit
/// logic the `wie:` and `thema:` values typed; no other file, no checks, no figures. The
/// language server answers `documentSymbol` with it, so that the outline of a large document
/// does not wait for the analysis of the workspace.
///
/// It is the outline ``Analysis/outline(ofFile:language:)`` gives, with one exception: a
/// benefit logic whose `wie:` or `thema:` names something that is not a member of the map
/// itself (`andere.x`, or a word that may be another file's map) depends on other files; then
/// ``isSelfContained`` is false and the workspace's analysis must answer.
public struct FileOutline: Sendable {
    let declarations: [Declaration]
    let maps: [DeclarationID]
    let membersInOrder: [DeclarationID: [DeclarationID]]
    /// What `wie:` and `thema:` of the members of benefit logics name (nothing else is read).
    let named: [DeclarationID: [AttributeName: [DeclarationID]]]
    /// Whether every name the outline reads is one of the file's own (see above).
    public let isSelfContained: Bool

    /// The attributes a benefit logic's outline reads.
    static let readAttributes: Set<AttributeName> = [.who, .theme]

    /// The file is lowered as if it were the only file, with file id 0 (so the items'
    /// `declaration` ids are not the workspace's).
    public init(tree: SyntaxTree) {
        let file = FileAnalysis(lowering: tree, id: FileID(0), fileIndex: 0)
        let numbered = file.declarations
        let maps = file.maps
        var named: [DeclarationID: [AttributeName: [DeclarationID]]] = [:]
        var selfContained = true
        let benefitLogics = maps.filter { numbered[$0.local].kind == .benefitLogic }
        if !benefitLogics.isEmpty {
            let table = DeclarationTable(files: [file])
            let symbols = SymbolTable(files: [file], declarations: table)
            var typer = Typer(declarations: table, symbols: symbols)
            for map in benefitLogics {
                let ownNames = symbols.membersByMap[map] ?? [:]
                for member in symbols.membersInOrder[map] ?? [] {
                    let declaration = numbered[member.local]
                    guard declaration.kind != nil else { continue }
                    if !FileOutline.namesOnlyMembers(declaration, ownNames) { selfContained = false }
                    let attributes = typer.attributes(of: declaration)
                    var targets: [AttributeName: [DeclarationID]] = [:]
                    for name in FileOutline.readAttributes {
                        targets[name] = (attributes[name] ?? []).compactMap(\.reference)
                    }
                    named[member] = targets
                }
            }
        }
        self.declarations = numbered
        self.maps = maps
        membersInOrder = file.symbols.membersInOrder
        self.named = named
        isSelfContained = selfContained
    }

    /// The outline of the file (see ``Analysis/outline(ofFile:language:)``).
    public func outline(language: Language) -> [OutlineItem] {
        outline(ofMaps: maps, language: language)
    }

    /// Whether every written `wie:` and `thema:` value of a declaration is a plain name of a
    /// member of its own map (which resolves the same in any workspace) or no name at all.
    static func namesOnlyMembers(_ declaration: Declaration, _ ownNames: [String: DeclarationID]) -> Bool {
        for attribute in declaration.attributes {
            guard let spec = attribute.spec, readAttributes.contains(spec.name) else { continue }
            for value in attribute.values {
                switch value.content {
                case .word(let reference) where reference.map == nil:
                    if ownNames[reference.name] == nil { return false }
                case .word, .qualified:
                    return false
                default:
                    continue
                }
            }
        }
        return true
    }
}

extension FileOutline: OutlineSource {
    subscript(id: DeclarationID) -> Declaration { declarations[id.local] }

    func references(_ id: DeclarationID, _ name: AttributeName) -> [DeclarationID] {
        named[id]?[name] ?? []
    }
}
