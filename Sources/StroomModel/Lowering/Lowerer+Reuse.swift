import StroomSyntax

/// One statement directly in a map's block, as lowered: its syntax and where what it gave
/// lies in the file's arrays. Kept with the file (``FileAnalysis/statements``) so that the
/// next lowering after an edit takes the statements the edit did not touch as they were.
struct LoweredStatement: Sendable {
    let node: SyntaxNode
    /// The position among the file's declarations of the map whose block holds it.
    let mapLocal: Int
    let declarations: Range<Int>
    let edges: Range<Int>
    let directives: Range<Int>
}

/// What a lowering of an edited file may take from the file's lowering before the edit: a
/// declaration or chain directly in a map's block whose bytes lie wholly before or wholly
/// after the changed bytes, and whose syntax is the old one moved by the edit, lowers to what
/// it lowered to before with its ranges moved — a file of one `proces { … }` is mostly such
/// statements, so a keystroke lowers one of them instead of all.
final class LoweringReuse: Sendable {
    let old: FileAnalysis
    let window: EditWindow
    /// The old statements' starts (their full ranges, trivia included), in order.
    private let starts: [Int]

    init?(old: FileAnalysis, new source: SourceFile, id: FileID) {
        guard old.id == id, !old.statements.isEmpty,
              let window = EditWindow(old: old.source.bytes, new: source.bytes) else { return nil }
        self.old = old
        self.window = window
        starts = old.statements.map { $0.node.fullRange?.utf8Start ?? -1 }
    }

    /// The old statement that `node` (in the new text, directly in the block of the map at
    /// `mapLocal`) is, and how far it moved; nil when the edit touched it or it is new.
    func unchanged(_ node: SyntaxNode, mapLocal: Int) -> (statement: LoweredStatement, delta: Int)? {
        guard let range = node.fullRange else { return nil }
        let delta: Int
        if range.utf8End <= window.oldStart {
            delta = 0
        } else if range.utf8Start - window.delta >= window.oldEnd {
            delta = window.delta
        } else {
            return nil
        }
        let oldStart = range.utf8Start - delta
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < oldStart { low = middle + 1 } else { high = middle }
        }
        guard low < starts.count, starts[low] == oldStart else { return nil }
        let statement = old.statements[low]
        guard statement.mapLocal == mapLocal, node.isSame(as: statement.node, shiftedBy: delta) else { return nil }
        return (statement, delta)
    }
}

extension Lowerer {
    /// A declaration or chain directly in a map's block: taken from the lowering before an
    /// edit when the edit did not touch it, else lowered; noted down for the next lowering.
    @inline(never)
    mutating func lowerMapStatement(_ statement: SyntaxNode, map: DeclarationID, children: inout [DeclarationID]) {
        if reuseStatement(statement, mapLocal: map.local, children: &children) { return }
        let before = (declarations: output.declarations.count, edges: output.edges.count, directives: output.directives.count)
        if statement.kind == .declaration {
            if let inner = DeclarationSyntax(statement), let innerKeyword = inner.keyword {
                let innerKind = DeclarationKind(keyword: source.text(in: innerKeyword.range))
                children.append(lowerDeclaration(inner, kind: innerKind, map: map, parent: map))
            }
        } else {
            collectStatementDirectives(statement)
            if let chain = ChainSyntax(statement) { lowerChain(chain, map: map) }
        }
        output.statements.append(LoweredStatement(
            node: statement, mapLocal: map.local, declarations: before.declarations..<output.declarations.count,
            edges: before.edges..<output.edges.count, directives: before.directives..<output.directives.count))
    }

    /// Takes an unchanged statement's declarations, edges and directives from the old
    /// lowering, moved; false when it cannot (the edit touched it, or the declarations before
    /// it are not numbered as before). `children` gets its top declaration.
    mutating func reuseStatement(_ node: SyntaxNode, mapLocal: Int, children: inout [DeclarationID]) -> Bool {
        guard let reuse, let (statement, delta) = reuse.unchanged(node, mapLocal: mapLocal),
              statement.declarations.isEmpty || statement.declarations.lowerBound == nextIndex else { return false }
        let old = reuse.old
        let placed = fileIndex != old.declarations.first?.fileIndex
        let start = (declarations: output.declarations.count, edges: output.edges.count, directives: output.directives.count)
        if delta == 0 && !placed {
            output.declarations += old.declarations[statement.declarations]
            output.edges += old.loweredEdges[statement.edges]
        } else {
            output.declarations += old.declarations[statement.declarations].map { $0.moved(by: delta, toFile: fileIndex) }
            output.edges += old.loweredEdges[statement.edges].map { $0.moved(by: delta, toFile: fileIndex) }
        }
        output.directives += delta == 0 ? Array(old.directives[statement.directives])
                                        : old.directives[statement.directives].map { $0.moved(by: delta) }
        if let top = statement.declarations.first {
            children.append(old.declarations[top].id)
            nextIndex += statement.declarations.count
        }
        output.statements.append(LoweredStatement(
            node: node, mapLocal: mapLocal, declarations: start.declarations..<output.declarations.count,
            edges: start.edges..<output.edges.count, directives: start.directives..<output.directives.count))
        return true
    }
}

extension Declaration {
    /// The same declaration `delta` bytes further on, in the file at `fileIndex`.
    func moved(by delta: Int, toFile fileIndex: Int) -> Declaration {
        Declaration(
            id: id, kind: kind, keyword: keyword, keywordRange: keywordRange.shifted(by: delta), name: name,
            nameRange: nameRange.shifted(by: delta), label: label, labelRange: labelRange?.shifted(by: delta),
            range: range.shifted(by: delta), fileIndex: fileIndex, map: map, parent: parent, children: children,
            attributes: delta == 0 ? attributes : attributes.map { $0.moved(by: delta) }, documentation: documentation)
    }
}

extension Attribute {
    func moved(by delta: Int) -> Attribute {
        Attribute(word: word, nameRange: nameRange.shifted(by: delta), range: range.shifted(by: delta),
                  values: values.mapped { $0.moved(by: delta) }, specNumber: specNumber)
    }
}

extension RawValue {
    func moved(by delta: Int) -> RawValue {
        let content: Content = switch content {
        case .word(let reference): .word(reference.moved(by: delta))
        case .qualified(let reference): .qualified(reference.moved(by: delta))
        default: content
        }
        return RawValue(range: range.shifted(by: delta), content: content, decimalComma: decimalComma)
    }
}

extension Reference {
    func moved(by delta: Int) -> Reference {
        Reference(map: map, name: name, range: range.shifted(by: delta))
    }
}

extension Edge {
    func moved(by delta: Int, toFile fileIndex: Int) -> Edge {
        Edge(from: delta == 0 ? from : from.moved(by: delta), to: delta == 0 ? to : to.moved(by: delta),
             attributes: delta == 0 ? attributes : attributes.map { $0.moved(by: delta) },
             range: range.shifted(by: delta), fileIndex: fileIndex, map: map)
    }
}

extension Directive {
    func moved(by delta: Int) -> Directive {
        Directive(action: action, codes: codes.map { Code(code: $0.code, range: $0.range.shifted(by: delta)) },
                  scope: scope?.shifted(by: delta), range: range.shifted(by: delta))
    }
}
