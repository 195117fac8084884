import StroomSyntax

/// The part of the workspace's names and lookups that one file decides alone: its maps, and
/// per map its members by name, in order and by kind. A map's members are all written in the
/// map's file, so this depends on the file's lowering only and is kept with it: a file whose
/// text did not change brings the part it had (see ``ReusableLowering``), and the workspace's
/// ``SymbolTable`` and ``AnalysisIndex`` merge the parts instead of scanning every declaration.
struct FileSymbols: Sendable {
    /// The file's maps, in order.
    var maps: [DeclarationID] = []
    /// Per map, its members by id: the first with each id (a later one is N101). One id, not a
    /// list per name: a list each was an allocation per member on every keystroke.
    var membersByMap: [DeclarationID: [String: DeclarationID]] = [:]
    /// Per map, its members in declaration order (nested ones included).
    var membersInOrder: [DeclarationID: [DeclarationID]] = [:]
    /// Per map, its members of each kind, in declaration order.
    var membersByKind: [DeclarationID: [DeclarationKind: [DeclarationID]]] = [:]
    /// The file's declarations of each kind, in source order.
    var declarationsByKind: [DeclarationKind: [DeclarationID]] = [:]

    init(declarations: [Declaration]) {
        // By index, each field read where it lies: `for declaration in` copied every declaration
        // (a retain per text and array), a twentieth of a keystroke in a large map.
        for index in declarations.indices {
            let id = declarations[index].id
            let kind = declarations[index].kind
            if let kind { declarationsByKind[kind, default: []].append(id) }
            guard let map = declarations[index].map else {
                maps.append(id)
                continue
            }
            membersInOrder[map, default: []].append(id)
            if let kind { membersByKind[map, default: [:]][kind, default: []].append(id) }
            if let name = declarations[index].name, membersByMap[map]?[name] == nil {
                membersByMap[map, default: [:]][name] = id
            }
        }
    }
}
