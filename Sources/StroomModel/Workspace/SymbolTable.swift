import StroomSyntax

/// One namespace per workspace: maps by id, and per map its members by id. Nesting opens no
/// namespace, so an id is unique in its map however deep it is declared.
struct SymbolTable {
    var mapsByName: [String: [DeclarationID]] = [:]
    var membersByMap: [DeclarationID: [String: [DeclarationID]]] = [:]
    var membersInOrder: [DeclarationID: [DeclarationID]] = [:]
    let declarations: [Declaration]

    init(declarations: [Declaration]) {
        self.declarations = declarations
        for declaration in declarations {
            if let map = declaration.map {
                membersInOrder[map, default: []].append(declaration.id)
                if let name = declaration.name {
                    membersByMap[map, default: [:]][name, default: []].append(declaration.id)
                }
            } else if let name = declaration.name {
                mapsByName[name, default: []].append(declaration.id)
            }
        }
    }

    /// What a name written inside `map` means.
    enum Resolution {
        case found(DeclarationID)
        case undefined(suggestion: String?)
        case unknownMap(String)
    }

    func resolve(_ reference: Reference, from map: DeclarationID) -> Resolution {
        if let mapName = reference.map {
            guard let target = mapsByName[mapName]?.first else { return .unknownMap(mapName) }
            if let found = membersByMap[target]?[reference.name]?.first { return .found(found) }
            let names = membersByMap[target].map { Array($0.keys) } ?? []
            return .undefined(suggestion: Suggestions.nearest(to: reference.name, in: names).map { "\(mapName).\($0)" })
        }
        if let found = membersByMap[map]?[reference.name]?.first { return .found(found) }
        // A bare name may also be a map (`vervangt: leesdossier_oud`).
        if let found = mapsByName[reference.name]?.first { return .found(found) }
        // Declared in another map? Then say how to write it.
        for (otherMap, members) in membersByMap.sorted(by: { $0.key < $1.key }) where otherMap != map {
            if members[reference.name] != nil, let otherName = declarations[otherMap.index].name {
                return .undefined(suggestion: "\(otherName).\(reference.name)")
            }
        }
        let names = Array(membersByMap[map]?.keys ?? [:].keys) + Array(mapsByName.keys)
        return .undefined(suggestion: Suggestions.nearest(to: reference.name, in: names))
    }
}
