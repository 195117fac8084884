/// A limit on nesting. Every walk over the tree (printing, lowering, checks, the formatter's
/// layout, the exporters, the editor queries) recurses once per level, and worker threads have
/// small stacks; a file of thousands of nested `{` would overflow them. So the parser opens at
/// most `maxNesting` blocks inside each other. A `{` deeper than that gets one S014, and
/// everything up to its matching `}` (or the end of the file) is kept as the flat tokens of one
/// error node: the tree still prints back byte for byte, and no later walk goes deeper than
/// the limit.
extension Parser {
    /// Blocks inside each other, the map's own block included. Real maps use four or five.
    static let maxNesting = 64

    /// The current token is a `{` at the limit: skips to its matching `}` without recursion.
    mutating func skipNestedTooDeep() -> SyntaxNode {
        let opener = current
        var children: [SyntaxElement] = [bump()]
        var open = 1
        while !at(.eof) {
            if at(.lBrace) {
                open += 1
            } else if at(.rBrace) {
                open -= 1
            }
            children.append(bump())
            if open == 0 { break }
        }
        report("S014", opener.range, SyntaxMessages.nestedTooDeep(limit: Parser.maxNesting))
        return SyntaxNode(kind: .error, children: children)
    }
}
