import StroomSyntax

extension Analysis {
    /// Where the name under the cursor is declared: from a use (in any file) to the
    /// declaration's name; on a declaration's own name, that name. Empty anywhere else.
    public func definition(at utf8Offset: Int, inFile fileIndex: Int) -> [TextLocation] {
        guard let symbol = symbol(at: utf8Offset, inFile: fileIndex), let target = symbol.declaration else { return [] }
        return [location(of: target)]
    }
}
