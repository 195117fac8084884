import StroomSyntax

/// A range of lines an editor can fold.
public struct Fold: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A `{ … }` block.
        case block
        /// Two or more comment lines in a row.
        case comment
    }

    /// 0-based line where the fold starts (it stays visible).
    public let startLine: Int
    /// 0-based last line that folds away. For a block this is the line before its `}` when
    /// the `}` starts a line, so the brace stays visible.
    public let endLine: Int
    public let kind: Kind

    public init(startLine: Int, endLine: Int, kind: Kind) {
        self.startLine = startLine
        self.endLine = endLine
        self.kind = kind
    }
}

extension Analysis {
    /// The blocks and comment runs of a file, by line, in order of their first line.
    public func foldingRanges(inFile fileIndex: Int) -> [Fold] {
        guard files.indices.contains(fileIndex) else { return [] }
        let file = files[fileIndex]
        let lines = file.source.lineTable
        var result: [Fold] = []
        file.tree.root.walk { node in
            guard let block = BlockSyntax(node), let lBrace = block.lBrace, let rBrace = block.rBrace, !lBrace.isMissing else { return }
            let start = lines.line(containing: lBrace.start)
            var end: Int
            if rBrace.isMissing {
                end = lines.line(containing: max(lBrace.start, rBrace.start - 1))
            } else {
                end = lines.line(containing: rBrace.start)
                if rBrace.startsLine { end -= 1 }
            }
            if end > start { result.append(Fold(startLine: start, endLine: end, kind: .block)) }
        }
        // Runs of lines that hold only a comment.
        var runStart: Int?
        var runEnd = -1
        func close() {
            if let start = runStart, runEnd > start { result.append(Fold(startLine: start, endLine: runEnd, kind: .comment)) }
            runStart = nil
        }
        for comment in file.comments {
            let line = lines.line(containing: comment.utf8Start)
            let before = file.source.text(in: TextRange(utf8Start: lines.lineStarts[line] + (line == 0 ? lines.bomLength : 0),
                                                        utf8End: comment.utf8Start))
            guard before.allSatisfy({ $0 == " " || $0 == "\t" }) else { close(); continue }
            if runStart != nil, line == runEnd + 1 {
                runEnd = line
            } else {
                close()
                runStart = line
                runEnd = line
            }
        }
        close()
        return result.sorted { ($0.startLine, $0.endLine) < ($1.startLine, $1.endLine) }
    }
}
