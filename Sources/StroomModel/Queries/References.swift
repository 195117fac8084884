import StroomSyntax

extension Analysis {
    /// Every use of the declaration under the cursor (on its name or on any use of it), across
    /// the workspace: attribute values, arrow ends, and the map part of `map.id` for a map.
    /// With `includeDeclaration`, the declaration's own name comes first. Uses follow in file
    /// and position order.
    public func references(at utf8Offset: Int, inFile fileIndex: Int, includeDeclaration: Bool) -> [TextLocation] {
        let index = referenceIndex()
        guard let target = symbol(at: utf8Offset, inFile: fileIndex, index: index)?.declaration else { return [] }
        return references(to: target, includeDeclaration: includeDeclaration, index: index)
    }

    /// Every use of a declaration.
    public func references(to target: DeclarationID, includeDeclaration: Bool, index: ReferenceIndex? = nil) -> [TextLocation] {
        let uses = (index ?? referenceIndex()).occurrences(of: target)
            .map { location(fileIndex: $0.fileIndex, range: $0.range) }
            .sorted { ($0.fileIndex, $0.range) < ($1.fileIndex, $1.range) }
        guard includeDeclaration, self[target].name != nil else { return uses }
        return [location(of: target)] + uses
    }
}
