import StroomSyntax

extension SyntaxTree {
    /// Parses files on every core. Parsing one file needs nothing from another, and a
    /// workspace of many files (what `stroom check` reads) parses in about half the time on
    /// two cores. The trees come back in the order of the files.
    static func parseAll(_ sources: [SourceFile]) -> [SyntaxTree] {
        sources.concurrentMap(SyntaxTree.parse)
    }
}

extension FileAnalysis {
    /// The same lowering with the tree let go, for an analysis whose options say not to keep
    /// trees: the source and the syntax findings stay, the nodes (and the statements a next
    /// lowering would reuse, which hold nodes) go.
    func withoutTree() -> FileAnalysis {
        let bare = SyntaxTree(source: tree.source, root: SyntaxNode(kind: tree.root.kind, children: []),
                              diagnostics: tree.diagnostics)
        return FileAnalysis(source: source, tree: bare, id: id, directives: directives, declarations: declarations,
                            statements: [], lineBreak: lineBreak, loweredEdges: loweredEdges, symbols: symbols,
                            exportedNames: exportedNames)
    }
}
