import StroomSyntax

/// Questions the value stream map rules ask of the model.
extension Analysis {
    /// The steps a data item is written by (`bij:`, nesting included), each once.
    func writingSteps(of data: DeclarationID) -> [DeclarationID] {
        references(data, .at).filter { kind($0) == .step }.uniqued()
    }

    /// Whether `later` can be reached from `earlier` along the arrows of the flow (or the
    /// written order, when the map has no arrows).
    func flowLeads(from earlier: DeclarationID, to later: DeclarationID, in graph: FlowGraph) -> Bool {
        guard earlier != later else { return false }
        return graph.reachable(from: [earlier], along: graph.successors).contains(later)
    }
}

/// Lists of names for messages.
enum NameList {
    /// `‘a’, ‘b’ en ‘c’` / `‘a’, ‘b’ and ‘c’`.
    static func quoted(_ names: [String]) -> LocalizedText {
        LocalizedText(nl: join(names.map(MessageParts.q), last: " en "), en: join(names.map(MessageParts.q), last: " and "))
    }

    /// Joins with commas and a last word.
    static func join(_ parts: [String], last: String) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + last + parts[parts.count - 1]
    }

    /// The names of some declarations.
    static func quoted(_ ids: [DeclarationID], in analysis: Analysis) -> LocalizedText {
        let names = ids.map { MessageParts.named(analysis[$0]) }
        return LocalizedText(nl: join(names, last: " en "), en: join(names, last: " and "))
    }
}
