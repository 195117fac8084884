import StroomSyntax

/// A declaration found by a workspace symbol search.
public struct WorkspaceSymbol: Hashable, Sendable {
    public let name: String
    public let label: String?
    public let kind: DeclarationKind?
    public let declaration: DeclarationID
    /// The map it belongs to (nil for a map).
    public let containerName: String?
    /// Its name in its file.
    public let location: TextLocation
}

extension Analysis {
    /// Every named declaration of every file whose id matches `query`, best first: the query's
    /// letters appear in the id in order, ignoring case (`gpm` finds `groepsplan_maken`). An
    /// exact id ranks first, then ids that start with the query, ids that hold it, ids that
    /// hold its letters in order, and last declarations whose label holds it. Ties go to the
    /// shorter id, then to workspace order. An empty query lists everything.
    public func workspaceSymbols(matching query: String, limit: Int = 500) -> [WorkspaceSymbol] {
        let needle = query.lowercased()
        var scored: [(score: Int, length: Int, order: Int, id: DeclarationID)] = []
        for (order, declaration) in declarations.enumerated() {
            guard let name = declaration.name else { continue }
            guard let score = Analysis.symbolScore(needle, name: name.lowercased(), label: declaration.label?.lowercased()) else { continue }
            scored.append((score, name.count, order, declaration.id))
        }
        scored.sort { ($0.score, $0.length, $0.order) < ($1.score, $1.length, $1.order) }
        return scored.prefix(limit).map { entry in
            let declaration = self[entry.id]
            return WorkspaceSymbol(name: declaration.name ?? declaration.keyword, label: declaration.label, kind: declaration.kind,
                                   declaration: entry.id, containerName: declaration.map.flatMap { self[$0].name },
                                   location: location(of: entry.id))
        }
    }

    /// Lower is better; nil when it does not match.
    static func symbolScore(_ query: String, name: String, label: String?) -> Int? {
        if query.isEmpty { return 0 }
        if name == query { return 0 }
        if name.hasPrefix(query) { return 1 }
        if name.contains(query) { return 2 }
        if isSubsequence(query, of: name) { return 3 }
        if let label, label.contains(query) { return 4 }
        return nil
    }

    static func isSubsequence(_ query: String, of text: String) -> Bool {
        var remaining = query[...]
        for character in text where character == remaining.first {
            remaining = remaining.dropFirst()
            if remaining.isEmpty { return true }
        }
        return remaining.isEmpty
    }
}
