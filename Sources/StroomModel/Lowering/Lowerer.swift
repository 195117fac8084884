import StroomSyntax

/// What one file contributes to the model, before names are resolved.
struct LoweredFile {
    var declarations: [Declaration] = []
    var edges: [Edge] = []
    var directives: [Directive] = []
    /// The statements directly in the maps' blocks, for the next lowering (``LoweringReuse``).
    var statements: [LoweredStatement] = []
}

/// Turns one syntax tree into declarations, attributes and edges. Ids are the file's
/// ``FileID`` and the position among its declarations, so a file's lowering depends on no
/// other file.
struct Lowerer {
    let tree: SyntaxTree
    let fileIndex: Int
    let file: FileID
    var output = LoweredFile()
    var nextIndex = 0
    /// The file's lowering before an edit, when there is one to take unchanged statements from.
    var reuse: LoweringReuse?

    var source: SourceFile { tree.source }

    static func lower(_ tree: SyntaxTree, fileIndex: Int, file: FileID, reusing reuse: LoweringReuse? = nil) -> LoweredFile {
        var lowerer = Lowerer(tree: tree, fileIndex: fileIndex, file: file)
        lowerer.reuse = reuse
        lowerer.run()
        return lowerer.output
    }

    mutating func run() {
        collectFileDirectives()
        for node in tree.root.childNodes {
            // Only maps start a model; anything else at the top was reported as S012 or S006.
            guard let declaration = DeclarationSyntax(node), let keyword = declaration.keyword,
                  let kind = DeclarationKind(keyword: source.text(in: keyword.range)), kind.isMap else { continue }
            _ = lowerDeclaration(declaration, kind: kind, map: nil, parent: nil)
        }
    }

    /// Directives above the first token of the file apply to the whole file; others to the
    /// statement they stand above.
    mutating func collectFileDirectives() {
        guard let first = tree.root.firstToken else { return }
        for comment in TriviaReader.comments(in: first.triviaRange, of: source) {
            if let directive = TriviaReader.parseDirective(in: source, range: comment.range, scope: nil) {
                output.directives.append(directive)
            }
        }
    }

    mutating func collectStatementDirectives(_ node: SyntaxNode) {
        guard let first = node.firstToken, first.triviaStart > 0, let range = node.range else { return }
        for comment in TriviaReader.comments(in: first.triviaRange, of: source) {
            if let directive = TriviaReader.parseDirective(in: source, range: comment.range, scope: range) {
                output.directives.append(directive)
            }
        }
    }

    /// Lowers a declaration and everything inside it; returns its id.
    mutating func lowerDeclaration(_ syntax: DeclarationSyntax, kind: DeclarationKind?, map: DeclarationID?, parent: DeclarationID?) -> DeclarationID {
        let id = DeclarationID(file: file, local: nextIndex)
        nextIndex += 1
        collectStatementDirectives(syntax.node)
        let keywordToken = syntax.keyword!
        let nameToken = syntax.name.flatMap { $0.isMissing ? nil : $0 }
        let labelToken = syntax.label
        // Reserve the slot so that children get higher ids and parents come first.
        let slot = output.declarations.count
        output.declarations.append(placeholder(id))
        var attributes: [Attribute] = []
        var children: [DeclarationID] = []
        let memberMap = map ?? id
        // The kind's attribute table, looked up once for all its attributes.
        let specs = kind.flatMap { Schema.specNumbers.byWord[$0] }
        if let block = syntax.block {
            // Room for the attributes only: a map's block holds hundreds of members, and
            // reserving for all of them was a fifth of `stroom check`'s heap.
            var attributeCount = 0
            for child in block.node.children {
                if case .node(let statement) = child, statement.kind == .attribute { attributeCount += 1 }
            }
            attributes.reserveCapacity(attributeCount)
            // The block's children, not `block.statements`: no array per declaration.
            for child in block.node.children {
                guard case .node(let statement) = child else { continue }
                // A map's declarations and chains go through `lowerMapStatement` (not inline: this
                // function recurses once per level of nesting, so its frame stays small).
                if map == nil, statement.kind == .declaration || statement.kind == .chain {
                    lowerMapStatement(statement, map: id, children: &children)
                    continue
                }
                switch statement.kind {
                case .attribute:
                    collectStatementDirectives(statement)
                    if let attribute = AttributeSyntax(statement) { attributes.append(lowerAttribute(attribute, specs: specs)) }
                case .declaration:
                    guard let inner = DeclarationSyntax(statement), let innerKeyword = inner.keyword else { continue }
                    let innerKind = DeclarationKind(keyword: source.text(in: innerKeyword.range))
                    children.append(lowerDeclaration(inner, kind: innerKind, map: memberMap, parent: id))
                case .chain:
                    collectStatementDirectives(statement)
                    if let chain = ChainSyntax(statement) { lowerChain(chain, map: memberMap) }
                default:
                    break
                }
            }
        }
        output.declarations[slot] = Declaration(
            id: id,
            kind: kind,
            keyword: source.text(in: keywordToken.range),
            keywordRange: keywordToken.range,
            name: nameToken.map { source.text(in: $0.range) },
            nameRange: nameToken?.range ?? keywordToken.range,
            label: labelToken.map { StringLiteral.value(of: $0, in: source) },
            labelRange: labelToken?.range,
            range: syntax.node.range ?? keywordToken.range,
            fileIndex: fileIndex,
            map: map,
            parent: parent,
            children: children,
            attributes: attributes,
            documentation: TriviaReader.documentation(before: keywordToken, in: source))
        return id
    }

    func placeholder(_ id: DeclarationID) -> Declaration {
        Declaration(id: id, kind: nil, keyword: "", keywordRange: .empty(at: 0), name: nil, nameRange: .empty(at: 0),
                    label: nil, labelRange: nil, range: .empty(at: 0), fileIndex: fileIndex, map: nil, parent: nil,
                    children: [], attributes: [], documentation: nil)
    }

    /// `specs` is the owner kind's attribute table (``Schema/specNumbers``); nil for an unknown kind.
    func lowerAttribute(_ syntax: AttributeSyntax, specs: [String: Schema.SpecNumber]?) -> Attribute {
        let nameToken = syntax.name!
        let word = source.text(in: nameToken.range)
        return Attribute(
            word: word,
            nameRange: nameToken.range,
            range: syntax.node.range ?? nameToken.range,
            values: lowerValues(of: syntax),
            specNumber: specs?[word] ?? 0)
    }

    /// The attribute's values, lowered. A loop rather than `syntax.values.map(lowerValue)`,
    /// which builds an intermediate array and copies the lowerer into a closure per attribute.
    func lowerValues(of syntax: AttributeSyntax) -> RawValues {
        var values = RawValues()
        for child in syntax.node.children {
            guard case .node(let node) = child else { continue }
            if let value = ValueSyntax(node) {
                values.append(lowerValue(value))
            } else if node.kind == .error, let last = values.last, case .number = last.content,
                      let first = node.firstToken, spacedUnit(first) || writtenDate(from: last, to: node) {
                // `tijd: 1 week`, `gereed: 15-02-2027`: S010 already says to write 1w or 2027-02-15;
                // no second finding (A203) on the number.
                values.replaceLast(with: RawValue(range: last.range, content: .invalid, decimalComma: last.decimalComma))
            }
        }
        return values
    }

    /// `1 week`: a unit after a number.
    func spacedUnit(_ token: Token) -> Bool {
        let word = source.text(in: token.range)
        return token.kind == .identifier && (DurationUnit(spelling: word) ?? DurationUnit(writtenOut: word)) != nil
    }

    /// `15-02-2027`: a date written day first, from the number to the end of the skipped line.
    func writtenDate(from number: RawValue, to node: SyntaxNode) -> Bool {
        guard let end = node.range?.utf8End else { return false }
        return WrittenDate.yearMonthDay(source.text(in: TextRange(utf8Start: number.range.utf8Start, utf8End: end))) != nil
    }

    /// `a -> b -> c { … }` becomes the edges a→b and b→c, each with the block's attributes.
    mutating func lowerChain(_ chain: ChainSyntax, map: DeclarationID) {
        let references = chain.references.compactMap(reference)
        let attributes = chain.block?.attributes.map { attribute -> Attribute in
            let nameToken = attribute.name!
            let word = source.text(in: nameToken.range)
            return Attribute(word: word, nameRange: nameToken.range, range: attribute.node.range ?? nameToken.range,
                             values: lowerValues(of: attribute), specNumber: Schema.specNumbers.byWord[nil]?[word] ?? 0)
        } ?? []
        guard references.count >= 2 else { return }
        for (from, to) in zip(references, references.dropFirst()) {
            output.edges.append(Edge(from: from, to: to, attributes: attributes,
                                     range: from.range.union(to.range), fileIndex: fileIndex, map: map))
        }
    }

    /// `map.id` or `id`. Walks the node's children once (this runs for every name in every
    /// file on every keystroke) instead of building `syntax.parts`.
    func reference(_ syntax: ReferenceSyntax) -> Reference? {
        var first: Token?
        var last: Token?
        var count = 0
        for child in syntax.node.children {
            guard case .token(let token) = child, token.kind == .identifier, !token.isMissing else { continue }
            if first == nil { first = token }
            last = token
            count += 1
        }
        guard let first, let last else { return nil }
        let map = count > 1 ? source.text(in: first.range) : nil
        return Reference(map: map, name: source.text(in: last.range), range: syntax.range)
    }
}
