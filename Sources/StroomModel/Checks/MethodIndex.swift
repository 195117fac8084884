import StroomSyntax

/// The method of every map, worked out once per check run, so that a rule's finding is kept
/// or dropped with one lookup of its map (see `RuleMethods`).
struct MethodIndex: Sendable {
    /// Per file: each map's whole range and method, in order.
    private let mapsByFile: [[(range: TextRange, id: DeclarationID, method: Method?)]]
    private let methodByMap: [DeclarationID: Method]

    init(_ analysis: Analysis) {
        var byFile = Array(repeating: [(range: TextRange, id: DeclarationID, method: Method?)](), count: analysis.files.count)
        var byMap: [DeclarationID: Method] = [:]
        for map in analysis.maps {
            let declaration = analysis[map]
            let method = analysis.followedMethod(of: map)
            byFile[declaration.fileIndex].append((declaration.range, map, method))
            byMap[map] = method
        }
        mapsByFile = byFile
        methodByMap = byMap
    }

    /// The method of the map `map`, or of the map whose text holds `range`.
    func method(map: DeclarationID?, fileIndex: Int, range: TextRange) -> Method? {
        if let map { return methodByMap[map] }
        guard mapsByFile.indices.contains(fileIndex) else { return nil }
        return mapsByFile[fileIndex].first { $0.range.utf8Start <= range.utf8Start && range.utf8End <= $0.range.utf8End }?.method
    }
}
