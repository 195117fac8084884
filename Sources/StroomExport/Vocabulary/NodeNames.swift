import StroomModel
import StroomSyntax

/// Stable node ids for the declarations of the maps a picture shows: `map__id`
/// (`groepsplannen__schrijven`), derived from the names the author wrote and never from a hash
/// or an address. A name written twice (N101) or missing (S004) still gets an id of its own,
/// numbered in declaration order, so a picture can be drawn with `--force`.
struct NodeNames {
    private var byDeclaration: [DeclarationID: String] = [:]

    init(analysis: Analysis, maps: [DeclarationID]) {
        var taken: Set<String> = []
        func claim(_ base: String) -> String {
            var candidate = base
            var number = 2
            while taken.contains(candidate) {
                candidate = "\(base)_\(number)"
                number += 1
            }
            taken.insert(candidate)
            return candidate
        }
        for map in maps {
            let mapName = claim(analysis[map].name ?? "kaart")
            byDeclaration[map] = mapName
            for member in analysis.membersInOrder[map] ?? [] {
                let declaration = analysis[member]
                byDeclaration[member] = claim("\(mapName)__\(declaration.name ?? declaration.keyword)")
            }
        }
    }

    /// The id of a declaration of a drawn map; for one outside them (a cross-file reference),
    /// an id made the same way from its own map.
    func id(_ declaration: DeclarationID, in analysis: Analysis) -> String {
        if let known = byDeclaration[declaration] { return known }
        let owner = analysis[declaration].map.map { analysis[$0].quotedName } ?? "kaart"
        return "\(owner)__\(analysis[declaration].quotedName)"
    }

    /// An id for something Stroom adds to a map (a ladder cell, a legend entry): `map.part`.
    /// A `.` never occurs in a declaration's id, so these cannot collide with one.
    func internalID(_ map: DeclarationID?, _ part: String) -> String {
        guard let map, let mapName = byDeclaration[map] else { return "stroom.\(part)" }
        return "\(mapName).\(part)"
    }
}
