import StroomSyntax

/// One namespace per workspace: maps by id, and per map its members by id. Nesting opens no
/// namespace, so an id is unique in its map however deep it is declared.
///
/// Put together from the files' ``FileSymbols``: only the maps by name look across files; a
/// map's members are its file's part, taken as they are.
struct SymbolTable: Sendable {
    var mapsByName: [String: [DeclarationID]] = [:]
    var membersByMap: [DeclarationID: [String: DeclarationID]] = [:]
    var membersInOrder: [DeclarationID: [DeclarationID]] = [:]
    /// Every map, in workspace order.
    let maps: [DeclarationID]
    let declarations: DeclarationTable
    /// Suggestion indexes of maps with very many names (`SymbolTable+Suggestions`).
    let suggestionIndexes = MemoTable<NameSet, SuggestionIndex>()

    init(files: [FileAnalysis], declarations: DeclarationTable) {
        self.declarations = declarations
        var maps: [DeclarationID] = []
        for file in files {
            let part = file.symbols
            maps.append(contentsOf: part.maps)
            for map in part.maps {
                if let name = declarations[map].name { mapsByName[name, default: []].append(map) }
            }
            if files.count == 1 {
                membersByMap = part.membersByMap
                membersInOrder = part.membersInOrder
            } else {
                membersByMap.merge(part.membersByMap) { first, _ in first }
                membersInOrder.merge(part.membersInOrder) { first, _ in first }
            }
        }
        self.maps = maps
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
            if let found = membersByMap[target]?[reference.name] { return .found(found) }
            return .undefined(suggestion: suggestion(for: reference.name, among: target, withMaps: false).map { "\(mapName).\($0)" })
        }
        if let found = membersByMap[map]?[reference.name] { return .found(found) }
        // A bare name may also be a map (`vervangt: leesdossier_oud`).
        if let found = mapsByName[reference.name]?.first { return .found(found) }
        // Declared in another map? Then say how to write it (the first such map in the workspace).
        for otherMap in maps where otherMap != map {
            if membersByMap[otherMap]?[reference.name] != nil, let otherName = declarations[otherMap].name {
                return .undefined(suggestion: "\(otherName).\(reference.name)")
            }
        }
        return .undefined(suggestion: suggestion(for: reference.name, among: map, withMaps: true))
    }
}
