import StroomSyntax

/// The files of an earlier analysis, for a new analysis of the same workspace, and the
/// numbering of files along the chain.
///
/// A file keeps its ``FileID`` from one analysis to the next (matched by path; the second file
/// with the same path by the second, and so on), and a new path gets a fresh one. Lowering is
/// a pure function of a file's text and its id (and its position, which only declarations and
/// edges note down), so when a file's text is the same as before, its ``FileAnalysis`` —
/// declarations, edges, directives, its ``FileSymbols`` and ``ExportedNames`` part — is taken
/// as it is: no other file's change moves its ids. Everything that looks across files is
/// computed again (or taken over when nothing it reads changed, see `unchangedFiles`).
struct ReusableLowering {
    let previous: Analysis?
    /// Per path, the earlier positions of the files with it, in order.
    let earlier: [String: [Int]]
    /// How many files of each path this analysis numbered so far.
    var seen: [String: Int] = [:]
    /// The ``FileID/value`` a new path gets next.
    private(set) var nextID: UInt32

    init(previous: Analysis?) {
        self.previous = previous
        var earlier: [String: [Int]] = [:]
        for (index, file) in (previous?.files ?? []).enumerated() { earlier[file.source.path, default: []].append(index) }
        self.earlier = earlier
        nextID = previous?.nextFileID ?? 0
    }

    /// What to do for the file at a position: take the earlier analysis when its text is the
    /// same, else lower it anew (with the earlier id of its path, if any; a document given as
    /// a tree reuses the statements the edit did not touch, a text is lowered whole). Decided
    /// in order, since new paths are numbered in order; carried out on every core.
    mutating func plan(for input: FileInput, at fileIndex: Int) -> Plan {
        let path = input.source.path
        let occurrence = seen[path, default: 0]
        seen[path] = occurrence + 1
        guard let previous, let positions = earlier[path], occurrence < positions.count else {
            defer { nextID += 1 }
            return .lower(input, id: FileID(nextID), at: fileIndex)
        }
        let old = previous.files[positions[occurrence]]
        guard old.source.isSameText(as: input.source) else {
            guard let tree = input.tree else { return .lower(input, id: old.id, at: fileIndex) }
            return .lowerReusing(old, tree, at: fileIndex)
        }
        return .reuse(old, input: input, at: fileIndex, previousPosition: positions[occurrence])
    }

    enum Plan: Sendable {
        case lower(FileInput, id: FileID, at: Int)
        /// An edited document: lowered again, taking what the edit did not touch from the old one.
        case lowerReusing(FileAnalysis, SyntaxTree, at: Int)
        case reuse(FileAnalysis, input: FileInput, at: Int, previousPosition: Int)

        @Sendable static func carryOut(_ plan: Plan) -> FileAnalysis {
            switch plan {
            case .lower(.tree(let tree), let id, let fileIndex):
                FileAnalysis(lowering: tree, id: id, fileIndex: fileIndex)
            case .lower(.source(let source), let id, let fileIndex):
                FileAnalysis(lowering: SyntaxTree.parse(source), id: id, fileIndex: fileIndex, keepingTree: false)
            case .lowerReusing(let old, let tree, let fileIndex):
                FileAnalysis(lowering: tree, id: old.id, fileIndex: fileIndex,
                             reusing: LoweringReuse(old: old, new: tree.source, id: old.id))
            case .reuse(let old, let input, let fileIndex, let previousPosition):
                old.reused(for: input, at: fileIndex, previousPosition: previousPosition)
            }
        }
    }
}

extension FileAnalysis {
    /// A tree lowered. Without `keepingTree`, the tree (and the statements a next lowering of
    /// an edit would reuse, which hold its nodes) is let go; its syntax findings stay.
    init(lowering tree: SyntaxTree, id: FileID, fileIndex: Int, reusing reuse: LoweringReuse? = nil, keepingTree: Bool = true) {
        let lowered = Lowerer.lower(tree, fileIndex: fileIndex, file: id, reusing: reuse)
        self.init(source: tree.source, tree: keepingTree ? tree : nil, syntaxDiagnostics: tree.diagnostics, id: id,
                  directives: lowered.directives, declarations: lowered.declarations,
                  statements: keepingTree ? lowered.statements : [],
                  lineBreak: FileAnalysis.lineBreak(of: tree.source), loweredEdges: lowered.edges,
                  symbols: FileSymbols(declarations: lowered.declarations),
                  exportedNames: ExportedNames.File(path: tree.source.path, declarations: lowered.declarations))
    }

    /// This file's analysis for the same text, as it is, with the tree the input gives (none
    /// for a text: a document that was closed lets its tree go). Only when the file now stands
    /// at another position (a file before it was added or removed) are its declarations and
    /// edges copied to note the new position down. A document just opened whose file was
    /// analysed from its text has no statements to reuse: its first edit lowers it whole.
    func reused(for input: FileInput, at fileIndex: Int, previousPosition: Int) -> FileAnalysis {
        let same = fileIndex == previousPosition
        let tree = input.tree
        return FileAnalysis(
            source: input.source, tree: tree, syntaxDiagnostics: syntaxDiagnostics, id: id, directives: directives,
            declarations: same ? declarations : declarations.map { $0.moved(by: 0, toFile: fileIndex) },
            statements: tree == nil ? [] : statements, lineBreak: lineBreak,
            loweredEdges: same ? loweredEdges : loweredEdges.map { $0.moved(by: 0, toFile: fileIndex) },
            symbols: symbols, exportedNames: exportedNames, parsedAgain: parsedAgain)
    }
}

extension Analysis {
    /// The files whose typing and figures are what they were in `previous`: the file's text is
    /// the same, and every name of the workspace is declared where it was — same files at
    /// the same positions, same names, kinds and places in their files (``ExportedNames``), so
    /// every name a file writes resolves to the same id of the same kind as before. (Ids of
    /// files do not move, so other files may have changed in any other way.)
    static func unchangedFiles(_ files: [FileAnalysis], _ names: ExportedNames, previous: Analysis?) -> Set<Int> {
        guard let previous, previous.files.count == files.count, previous.exportedNames == names else { return [] }
        return Set(files.indices.filter {
            previous.files[$0].id == files[$0].id && previous.files[$0].source.isSameText(as: files[$0].source)
        })
    }
}

extension SourceFile {
    /// Whether two sources are the same file: same path, same bytes (or the same size above
    /// the same limit). Parsing and lowering depend on nothing else, so a file with the same
    /// text has the same tree and lowering (an edited document's tree, parsed again only where
    /// the edit was, is the same as one parsed whole: `IncrementalParseTests`). Quick for a
    /// text that was kept (arrays that share storage compare without a scan) and for one that
    /// changed (a different length, or a scan up to the first changed byte).
    func isSameText(as other: SourceFile) -> Bool {
        path == other.path && bytes == other.bytes && notRead == other.notRead
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
