import Foundation
import StroomSyntax

/// "Did you mean …?" for a name that resolves to nothing. In a map of more than
/// `Suggestions.wideSet` names the names are filed once in a ``SuggestionIndex``, kept by the
/// symbol table and shared by every unknown name of that map: a generated map with 50,000
/// steps and as many unknown names would otherwise compare every pair.
extension SymbolTable {
    /// The suggestion among the members of `map` (and the maps, when `withMaps`).
    func suggestion(for name: String, among map: DeclarationID, withMaps: Bool) -> String? {
        let members = membersByMap[map]?.keys ?? [:].keys
        let count = members.count + (withMaps ? mapsByName.count : 0)
        guard count > Suggestions.wideSet else {
            return withMaps ? Suggestions.nearest(to: name, in: members, mapsByName.keys) : Suggestions.nearest(to: name, in: members)
        }
        let index = suggestionIndexes.index(for: WideSet(map: map, withMaps: withMaps)) {
            SuggestionIndex(withMaps ? Array(members) + Array(mapsByName.keys) : Array(members))
        }
        return index.nearest(to: name)
    }

    struct WideSet: Hashable {
        let map: DeclarationID
        let withMaps: Bool
    }
}

/// The indexes of the wide name sets of one symbol table, made when first asked for. Copies of
/// the table share them; a new analysis makes a new table and so new indexes.
final class SuggestionIndexes: @unchecked Sendable {
    private let lock = NSLock()
    private var indexes: [SymbolTable.WideSet: SuggestionIndex] = [:]

    func index(for set: SymbolTable.WideSet, make: () -> SuggestionIndex) -> SuggestionIndex {
        lock.lock()
        defer { lock.unlock() }
        if let index = indexes[set] { return index }
        let index = make()
        indexes[set] = index
        return index
    }
}
