import StroomSyntax

/// The lowering of the files of an earlier analysis, for a new analysis of the same workspace.
///
/// Lowering is a pure function of a file's tree, its index in the workspace and the first
/// ``DeclarationID`` it may use. So when a file's tree is the same as before, its declarations,
/// edges and directives are the earlier ones with every id moved by the difference in first id
/// and every file index set to the new one: exactly what lowering the tree again would give.
/// (Ids must stay one dense numbering across the workspace: a file whose declaration count
/// changed moves the ids of every file after it, which is why they are moved, not kept.)
/// Everything that looks across files — names, types, checks — is computed again.
struct ReusableLowering {
    let previous: Analysis
    /// The earlier file index of each path (the first, should two files share one).
    let indexByPath: [String: Int]

    init(_ previous: Analysis) {
        self.previous = previous
        var indexByPath: [String: Int] = [:]
        for (index, file) in previous.files.enumerated() where indexByPath[file.source.path] == nil {
            indexByPath[file.source.path] = index
        }
        self.indexByPath = indexByPath
    }

    /// The earlier lowering of this tree, moved to its new place; nil when the tree is new.
    func lowering(of tree: SyntaxTree, fileIndex: Int, firstID: Int) -> (lowered: LoweredFile, lineBreak: String)? {
        guard let oldIndex = indexByPath[tree.source.path] else { return nil }
        let old = previous.files[oldIndex]
        guard old.tree.isSameParse(as: tree) else { return nil }
        let delta = firstID - old.declarationRange.lowerBound
        var lowered = LoweredFile()
        lowered.directives = old.directives
        lowered.declarations.reserveCapacity(old.declarationRange.count)
        lowered.edges.reserveCapacity(old.edgeRange.count)
        if delta == 0 && oldIndex == fileIndex {
            lowered.declarations.append(contentsOf: previous.declarations[old.declarationRange])
            for edge in previous.edges[old.edgeRange] { lowered.edges.append(edge.edge) }
        } else {
            for declaration in previous.declarations[old.declarationRange] {
                lowered.declarations.append(declaration.moved(by: delta, toFile: fileIndex))
            }
            for edge in previous.edges[old.edgeRange] { lowered.edges.append(edge.edge.moved(by: delta, toFile: fileIndex)) }
        }
        return (lowered, old.lineBreak)
    }
}

extension Analysis {
    /// The files whose typing and figures are what they were in `previous`: every id means what
    /// it meant there (same files, paths and declaration ranges, same names: ``ExportedNames``),
    /// and the file's tree is the same parse.
    static func unchangedFiles(_ files: [FileAnalysis], _ names: ExportedNames, previous: Analysis?) -> Set<Int> {
        guard let previous, previous.files.count == files.count, previous.exportedNames == names,
              zip(previous.files, files).allSatisfy({ $0.declarationRange == $1.declarationRange && $0.source.path == $1.source.path })
        else { return [] }
        return Set(files.indices.filter { previous.files[$0].tree.isSameParse(as: files[$0].tree) })
    }
}

extension SyntaxTree {
    /// Whether two trees are the parse of the same file: same path, same bytes, same nodes.
    /// Quick for a tree that was kept (arrays that share storage compare without a scan) and
    /// for a file that changed (a different length, or a scan up to the first changed byte).
    func isSameParse(as other: SyntaxTree) -> Bool {
        source.path == other.source.path && source.bytes == other.source.bytes && root == other.root
    }
}

extension Declaration {
    /// The same declaration with every id moved by `delta` and in another file.
    func moved(by delta: Int, toFile fileIndex: Int) -> Declaration {
        func move(_ id: DeclarationID) -> DeclarationID { DeclarationID(id.index + delta) }
        return Declaration(
            id: move(id), kind: kind, keyword: keyword, keywordRange: keywordRange, name: name, nameRange: nameRange,
            label: label, labelRange: labelRange, range: range, fileIndex: fileIndex, map: map.map(move),
            parent: parent.map(move), children: children.map(move), attributes: attributes, documentation: documentation)
    }
}

extension Edge {
    /// The same edge with its map id moved by `delta` and in another file.
    func moved(by delta: Int, toFile fileIndex: Int) -> Edge {
        Edge(from: from, to: to, attributes: attributes, range: range, fileIndex: fileIndex, map: DeclarationID(map.index + delta))
    }
}

extension FileAnalysis {
    /// `\r\n` when the file has both CR and LF, else `\n` (what fixes write for a new line).
    /// Every CR and LF of a file ends a line, so the line table's breaks tell without a scan
    /// of every byte.
    static func lineBreak(of source: SourceFile) -> String {
        let table = source.lineTable
        var hasCR = false
        var hasLF = false
        for line in 0..<max(0, table.lineStarts.count - 1) {
            let breakStart = table.lineContentEnds[line]
            let breakEnd = table.lineStarts[line + 1]
            if source.bytes[breakStart] == 0x0D { hasCR = true }
            if source.bytes[breakEnd - 1] == 0x0A { hasLF = true }
            if hasCR && hasLF { return "\r\n" }
        }
        return "\n"
    }
}
