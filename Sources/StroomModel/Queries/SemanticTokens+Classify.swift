import StroomSyntax

extension Analysis {
    /// Every token of a file classified by meaning: kind keywords, declared names and
    /// references by the kind they name, attribute names, allowed words, texts, numbers,
    /// comments (documentation comments marked), directives and arrows.
    public func semanticTokens(inFile fileIndex: Int) -> [SemanticToken] {
        guard files.indices.contains(fileIndex) else { return [] }
        var classifier = SemanticClassifier(analysis: self, fileIndex: fileIndex)
        classifier.run()
        return classifier.tokens.sorted { $0.range < $1.range }
    }
}

/// Walks a file's tree once, looking up what the model knows by offset.
struct SemanticClassifier {
    let analysis: Analysis
    let fileIndex: Int
    let file: FileAnalysis
    /// References by the start of their name part: the type of what they name.
    var names: [Int: (SemanticTokenType, DeclarationKind?)] = [:]
    /// Words in attribute values that are not names, by start.
    var words: [Int: SemanticTokenType] = [:]
    var documentationComments: Set<Int> = []
    /// Keyword offsets of the declarations that have a documentation comment.
    var documented: Set<Int> = []
    var tokens: [SemanticToken] = []

    init(analysis: Analysis, fileIndex: Int) {
        self.analysis = analysis
        self.fileIndex = fileIndex
        file = analysis.files[fileIndex]
        let index = analysis.referenceIndex()
        for occurrence in index.occurrences where occurrence.fileIndex == fileIndex {
            let kind = analysis.kind(occurrence.target)
            names[occurrence.range.utf8Start] = (kind.map(SemanticTokenType.init(naming:)) ?? .unresolved, kind)
        }
        for unresolved in index.unresolved where unresolved.fileIndex == fileIndex {
            words[unresolved.reference.range.utf8Start] = .unresolved
        }
        let symbols = analysis.symbols
        for id in analysis.declarations(inFile: fileIndex) {
            let declaration = analysis[id]
            if declaration.documentation != nil { documented.insert(declaration.keywordRange.utf8Start) }
            for attribute in declaration.attributes {
                guard let spec = attribute.spec else { continue }
                for value in attribute.values {
                    switch ValueMeaning.of(value, type: spec.type, map: analysis.map(of: id), symbols: symbols) {
                    case .enumValue, .frequencyWord: words[value.range.utf8Start] = .enumValue
                    case .plainWord: words[value.range.utf8Start] = .string
                    default: break
                    }
                }
            }
        }
        for resolved in analysis.edges where resolved.edge.fileIndex == fileIndex {
            for attribute in resolved.edge.attributes where attribute.spec?.name == .polarity {
                for value in attribute.values { words[value.range.utf8Start] = .operator }
            }
        }
    }

    mutating func run() {
        visit(file.tree.root)
        for token in file.tokenList.tokens where !token.triviaRange.isEmpty {
            for comment in TriviaReader.comments(in: token.triviaRange, of: file.source) {
                let isDirective = TriviaReader.parseDirective(in: file.source, range: comment.range, scope: nil) != nil
                let modifiers: SemanticTokenModifiers = documentationComments.contains(comment.range.utf8Start) ? .documentation : []
                emit(comment.range, isDirective ? .directive : .comment, modifiers)
            }
        }
    }

    mutating func visit(_ node: SyntaxNode) {
        switch node.kind {
        case .declaration:
            visitDeclaration(node)
        case .attribute:
            if let name = node.childTokens.first { emit(name.range, .attribute) }
            node.childNodes.forEach { visit($0) }
        case .reference:
            visitReference(node)
        case .literal:
            for token in node.childTokens where !token.isMissing {
                emit(token.range, token.kind == .string ? .string : .number)
            }
        case .frequency:
            let parts = node.childTokens.filter { !$0.isMissing }
            for (position, token) in parts.enumerated() {
                emit(token.range, position == 0 ? .number : position == 1 ? .keyword : .enumValue)
            }
        case .sign:
            node.childTokens.forEach { emit($0.range, .operator) }
        case .chain:
            for token in node.childTokens where token.kind == .arrow { emit(token.range, .operator) }
            node.childNodes.forEach { visit($0) }
        case .error:
            node.childNodes.forEach { visit($0) }
        case .file, .block:
            node.childNodes.forEach { visit($0) }
        }
    }

    mutating func visitDeclaration(_ node: SyntaxNode) {
        let syntax = DeclarationSyntax(node)
        let kind = syntax?.keyword.flatMap { DeclarationKind(keyword: file.text($0)) }
        if let keyword = syntax?.keyword, let kind {
            emit(keyword.range, .kindKeyword, kind: kind)
            markDocumentation(above: keyword)
        }
        if let name = syntax?.name, !name.isMissing, let kind {
            emit(name.range, SemanticTokenType(naming: kind), .declaration, kind: kind)
        }
        if let label = syntax?.label { emit(label.range, .string) }
        node.childNodes.forEach { visit($0) }
    }

    mutating func visitReference(_ node: SyntaxNode) {
        guard let reference = ReferenceSyntax(node) else { return }
        let start = reference.range.utf8Start
        for part in reference.parts {
            if let (type, kind) = names[part.start] {
                emit(part.range, type, kind: kind)
            } else if part.start == start, let type = words[start] {
                emit(part.range, type)
            }
        }
    }

    /// Marks the comment lines that document the declaration of `keyword`.
    mutating func markDocumentation(above keyword: Token) {
        guard documented.contains(keyword.start) else { return }
        let lines = file.source.lineTable
        var expected = lines.line(containing: keyword.start) - 1
        for comment in TriviaReader.comments(in: keyword.triviaRange, of: file.source).reversed() {
            guard lines.line(containing: comment.range.utf8Start) == expected,
                  TriviaReader.parseDirective(in: file.source, range: comment.range, scope: nil) == nil else { break }
            documentationComments.insert(comment.range.utf8Start)
            expected -= 1
        }
    }

    /// Adds a token, split at line ends.
    mutating func emit(_ range: TextRange, _ type: SemanticTokenType, _ modifiers: SemanticTokenModifiers = [], kind: DeclarationKind? = nil) {
        guard !range.isEmpty else { return }
        let lines = file.source.lineTable
        let first = lines.line(containing: range.utf8Start)
        let last = lines.line(containing: max(range.utf8Start, range.utf8End - 1))
        for line in first...last {
            let content = lines.contentRange(ofLine: line)
            let start = max(range.utf8Start, content.utf8Start)
            let end = min(range.utf8End, content.utf8End)
            guard start < end else { continue }
            tokens.append(SemanticToken(range: TextRange(utf8Start: start, utf8End: end), type: type, modifiers: modifiers, declarationKind: kind))
        }
    }
}
