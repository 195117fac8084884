import StroomSyntax

/// "Did you mean …?" for a name that resolves to nothing. In a map of more than
/// `Suggestions.wideSet` names the names are filed once in a ``SuggestionIndex``, kept by the
/// symbol table and shared by every unknown name of that map: a generated map with 50,000
/// steps and as many unknown names would otherwise compare every pair.
extension SymbolTable {
    /// The suggestion among the members of `map` (and the maps, when `withMaps`).
    func suggestion(for name: String, among map: DeclarationID, withMaps: Bool) -> String? {
        let members = membersByMap[map]?.keys ?? [:].keys
        func names() -> [String] { Array(members) + (withMaps ? Array(mapsByName.keys) : []) }
        guard members.count + (withMaps ? mapsByName.count : 0) > Suggestions.wideSet else {
            return Suggestions.nearest(to: name, in: names())
        }
        return suggestionIndexes.value(for: NameSet(map: map, withMaps: withMaps)) { SuggestionIndex(names()) }.nearest(to: name)
    }

    /// The names a suggestion is looked for among.
    struct NameSet: Hashable {
        let map: DeclarationID
        let withMaps: Bool
    }
}
