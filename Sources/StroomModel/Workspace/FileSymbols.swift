import StroomSyntax

/// The part of the workspace's names and lookups that one file decides alone: its maps, and
/// per map its members by name, in order and by kind. A map's members are all written in the
/// map's file, so this depends on the file's lowering only and is kept with it: a file whose
/// tree did not change brings the part it had (see ``ReusableLowering``), and the workspace's
/// ``SymbolTable`` and ``AnalysisIndex`` merge the parts instead of scanning every declaration.
struct FileSymbols: Sendable {
    /// The file's maps, in order.
    var maps: [DeclarationID] = []
    /// Per map, its members by id; more than one entry is N101.
    var membersByMap: [DeclarationID: [String: [DeclarationID]]] = [:]
    /// Per map, its members in declaration order (nested ones included).
    var membersInOrder: [DeclarationID: [DeclarationID]] = [:]
    /// Per map, its members of each kind, in declaration order.
    var membersByKind: [DeclarationID: [DeclarationKind: [DeclarationID]]] = [:]
    /// The file's declarations of each kind, in source order.
    var declarationsByKind: [DeclarationKind: [DeclarationID]] = [:]

    init(declarations: [Declaration]) {
        for declaration in declarations {
            if let kind = declaration.kind { declarationsByKind[kind, default: []].append(declaration.id) }
            guard let map = declaration.map else {
                maps.append(declaration.id)
                continue
            }
            membersInOrder[map, default: []].append(declaration.id)
            if let kind = declaration.kind { membersByKind[map, default: [:]][kind, default: []].append(declaration.id) }
            if let name = declaration.name {
                membersByMap[map, default: [:]][name, default: []].append(declaration.id)
            }
        }
    }
}
