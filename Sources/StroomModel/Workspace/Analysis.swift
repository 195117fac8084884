import StroomSyntax

/// What a check needs from outside the files: today's date (for overdue actions) and the
/// workspace configuration.
public struct AnalysisOptions: Sendable {
    public var today: DayDate?
    public var configuration: Configuration

    public init(today: DayDate? = nil, configuration: Configuration = Configuration()) {
        self.today = today
        self.configuration = configuration
    }
}

/// What an analysis is given for one file.
public enum FileInput: Sendable {
    /// A document open in an editor: its tree is kept with its lowering, so that the next
    /// edit lowers again only the statements it touched (``LoweringReuse``), and the queries
    /// about the document read it.
    case tree(SyntaxTree)
    /// A file on disk (or a one-off check): parsed and lowered in one go, and the tree let
    /// go at once; only its syntax findings stay. A query that does need the tree after all
    /// parses the text again (``FileAnalysis/tree``).
    case source(SourceFile)

    public var source: SourceFile {
        switch self {
        case .tree(let tree): tree.source
        case .source(let source): source
        }
    }

    /// The tree, for a document given as one.
    public var tree: SyntaxTree? {
        if case .tree(let tree) = self { tree } else { nil }
    }
}

/// One file of the workspace, parsed and lowered. Everything here depends on the file alone
/// (and its ``FileID``), so an analysis that reuses an earlier one takes it as it was for a
/// file whose text did not change (see ``ReusableLowering``).
public struct FileAnalysis: Sendable {
    public let source: SourceFile
    /// The tree it was lowered from, when it was given as one (``FileInput/tree``).
    let keptTree: SyntaxTree?
    /// For a file given as its text: the tree parsed again when a query first asks for it
    /// (none for a file given as a tree: three allocations per file and analysis saved).
    let parsedAgain: Memo<SyntaxTree>?
    /// What the parser reported.
    public let syntaxDiagnostics: [Diagnostic]
    /// The file's id along a chain of analyses: the same for the same path.
    public let id: FileID
    public let directives: [Directive]
    /// The file's declarations in source order: the one with id `(id, i)` at `i`.
    public let declarations: [Declaration]
    /// The statements directly in its maps' blocks, as lowered (for the next lowering).
    let statements: [LoweredStatement]
    /// The line break the file uses (`\r\n` when it has both CR and LF, else `\n`), for fixes
    /// that write new lines.
    public let lineBreak: String
    /// The arrows as lowered, before their ends are resolved.
    let loweredEdges: [Edge]
    /// Its part of the workspace's names and lookups.
    let symbols: FileSymbols
    /// The names it declares, as far as other files can see them.
    let exportedNames: ExportedNames.File
    /// Where the file's edges lie in the analysis's `edges`.
    var edgeRange: Range<Int> = 0..<0

    init(source: SourceFile, tree: SyntaxTree?, syntaxDiagnostics: [Diagnostic], id: FileID, directives: [Directive],
         declarations: [Declaration], statements: [LoweredStatement], lineBreak: String, loweredEdges: [Edge],
         symbols: FileSymbols, exportedNames: ExportedNames.File, parsedAgain: Memo<SyntaxTree>? = nil) {
        self.source = source
        keptTree = tree
        self.parsedAgain = tree == nil ? parsedAgain ?? Memo() : nil
        self.syntaxDiagnostics = syntaxDiagnostics
        self.id = id
        self.directives = directives
        self.declarations = declarations
        self.statements = statements
        self.lineBreak = lineBreak
        self.loweredEdges = loweredEdges
        self.symbols = symbols
        self.exportedNames = exportedNames
    }

    /// The file's syntax tree: the one it was lowered from, or, for a file given as its text,
    /// its text parsed again the first time a query asks (the same tree: parsing depends on
    /// the text alone).
    public var tree: SyntaxTree {
        keptTree ?? parsedAgain!.value { SyntaxTree.parse(source) }
    }

    /// The maps declared in this file, in order.
    public var maps: [DeclarationID] { symbols.maps }
}

/// An arrow with its ends resolved (nil where the name is undefined).
public struct ResolvedEdge: Sendable {
    public let edge: Edge
    public let from: DeclarationID?
    public let to: DeclarationID?
    /// -1 for `polariteit: -`, else +1.
    public let polarity: Int
    /// Whether the author wrote a `polariteit`.
    public let hasPolarity: Bool
}

/// The semantic model of a whole workspace: every file, one symbol table, typed attributes,
/// resolved edges, and all diagnostics. Built in one go from the files; never throws.
public struct Analysis: Sendable {
    public let files: [FileAnalysis]
    /// Every declaration by id (see ``declarations`` for all of them in workspace order).
    let table: DeclarationTable
    public let edges: [ResolvedEdge]
    public let options: AnalysisOptions
    /// Maps by id; more than one entry is N104.
    public var mapsByName: [String: [DeclarationID]] { symbols.mapsByName }
    /// Per map, its members by id: the first with each id (a later one is N101).
    var membersByMap: [DeclarationID: [String: DeclarationID]] { symbols.membersByMap }
    /// Per map, its members in declaration order (nested ones included).
    public var membersInOrder: [DeclarationID: [DeclarationID]] { symbols.membersInOrder }
    /// Typed attribute values per file position (each ``FileTyping`` indexed like the file's
    /// `declarations`), implied ones included (a problem nested in a step is `bij:` that step).
    let typed: [FileTyping]
    public let valueFindings: [ValueFinding]
    /// Who refers to a declaration: from attributes and edges (``referrers(of:)``).
    let referrerIndex: ReferrerIndex
    /// Every declaration referred to, with who refers to it: built on each access, for tests
    /// that compare analyses (everything else asks ``referrers(of:)``).
    var referrers: [DeclarationID: [DeclarationID]] { referrerIndex.all }
    /// Lookups built once, so that no check or query scans every declaration or edge again.
    let index: AnalysisIndex
    /// The workspace's names, built once per analysis (the checks' and the queries' lookups).
    let symbols: SymbolTable
    /// Every use of every name, built when an editor query first asks (``referenceIndex()``).
    let references = Memo<ReferenceIndex>()
    /// The figures of every process and benefit logic, computed once (several checks, the
    /// hover and the exports read them).
    private(set) var figures = AnalysisFigures()
    /// Diagnostics per file (indexed like `files`), sorted by position, overrides applied.
    public private(set) var diagnosticsByFile: [[Diagnostic]] = []
    /// The names every file declares: when they and a file's tree stay the same, so do the
    /// findings of the ``RuleScope/map`` rules in that file.
    let exportedNames: ExportedNames
    /// Per file (indexed like `files`), the findings of the ``RuleScope/map`` rules before
    /// overrides: what the next analysis takes for the files that did not change.
    private(set) var mapFindings: [[Diagnostic]] = []
    /// Set only in the copy a ``RuleScope/map`` rule sees after an edit: the maps it checks.
    private(set) var mapsInScope: [DeclarationID]?
    /// Set with `mapsInScope`: the positions of the files whose maps those are.
    private(set) var filesInScope: [Int]?
    /// The ``FileID`` the next new path gets in an analysis that reuses this one.
    let nextFileID: UInt32

    /// Analyses files given as their texts (``FileInput/source``): what `stroom check` and the
    /// other commands do. Every file is parsed and lowered on every core, and its tree let go.
    public init(sources: [SourceFile], options: AnalysisOptions = AnalysisOptions()) {
        try! self.init(analysing: sources.map(FileInput.source), options: options, reusing: nil, cancellation: .never)
    }

    /// Analyses a workspace. With `previous` (an analysis of the same workspace a moment ago, as
    /// the language server has after each keystroke), files whose text did not change take
    /// their lowering from it instead of lowering again (an edited document given as a tree
    /// takes the statements the edit did not touch), and, when no file's names changed
    /// either, the findings of the rules that look at one map only; the result is the same
    /// either way.
    public init(trees: [SyntaxTree], options: AnalysisOptions = AnalysisOptions(), reusing previous: Analysis? = nil) {
        // Never cancelled, so never thrown.
        try! self.init(analysing: trees.map(FileInput.tree), options: options, reusing: previous, cancellation: .never)
    }

    /// The same for files given as trees or as texts (the language server gives the trees of
    /// the open documents and the texts of the files on disk), and nil as soon as
    /// `cancellation` says the result is no longer wanted (it is asked after lowering, between
    /// the steps that follow, and between rules).
    public init?(inputs: [FileInput], options: AnalysisOptions = AnalysisOptions(), reusing previous: Analysis? = nil,
                 cancellation: AnalysisCancellation = .never) {
        do {
            try self.init(analysing: inputs, options: options, reusing: previous, cancellation: cancellation)
        } catch {
            return nil
        }
    }

    private init(analysing inputs: [FileInput], options: AnalysisOptions, reusing previous: Analysis?,
                 cancellation: AnalysisCancellation) throws(AnalysisCancelled) {
        var reusable = ReusableLowering(previous: previous)
        let plans = inputs.enumerated().map { reusable.plan(for: $1, at: $0) }
        try cancellation.check()
        // Files are lowered on every core: a lowering reads only its own tree.
        var files = plans.concurrentMap(ReusableLowering.Plan.carryOut)
        var edgeCount = 0
        for index in files.indices {
            files[index].edgeRange = edgeCount..<edgeCount + files[index].loweredEdges.count
            edgeCount += files[index].loweredEdges.count
        }
        try cancellation.check()
        self.files = files
        nextFileID = reusable.nextID
        let table = DeclarationTable(files: files)
        self.table = table
        self.options = options
        exportedNames = ExportedNames(files: files)
        let unchanged = Analysis.unchangedFiles(files, exportedNames, previous: previous)
        let symbols = SymbolTable(files: files, declarations: table)
        self.symbols = symbols
        var typer = Typer(declarations: table, symbols: symbols)
        let reuse = previous.flatMap { unchanged.isEmpty ? nil : TypingReuse(previous: $0, files: unchanged) }
        typer.run(reusing: reuse)
        let resolvedEdges = typer.resolve(files, reusing: reuse)
        typed = typer.typed
        valueFindings = typer.findings
        edges = resolvedEdges
        referrerIndex = ReferrerIndex(typed: typer.typed, files: files, edges: resolvedEdges, table: table)
        index = AnalysisIndex(files: files, declarations: table, edges: resolvedEdges, valueFindings: typer.findings,
                              reusing: reuse)
        try cancellation.check()
        // Both need the analysis so far: the figures read the index, the checks read the figures.
        figures = AnalysisFigures(self, reusing: previous, reusable: unchanged)
        try cancellation.check()
        (diagnosticsByFile, mapFindings) = try Checker.run(self, reusing: previous, cancellation: cancellation)
    }

    /// The same analysis as seen by a rule of scope ``RuleScope/map`` that checks only some
    /// files: `maps` lists only theirs.
    func restricted(toFiles fileIndices: Set<Int>) -> Analysis {
        var copy = self
        copy.mapsInScope = index.maps.filter { fileIndices.contains(self[$0].fileIndex) }
        copy.filesInScope = fileIndices.sorted()
        return copy
    }

    /// The declarations a ``RuleScope/map`` rule looks at when it does not go map by map:
    /// every declaration of the workspace, or after an edit those of the files that changed.
    public var declarationsInScope: FlattenSequence<[[Declaration]]> {
        guard let filesInScope else { return declarations }
        return filesInScope.map { files[$0].declarations }.joined()
    }

    /// The same for arrows.
    public var edgesInScope: ArraySlice<ResolvedEdge> {
        guard let filesInScope else { return edges[...] }
        return ArraySlice(filesInScope.flatMap { edges[files[$0].edgeRange] })
    }

    /// All diagnostics of the file at a path.
    public func diagnostics(forPath path: String) -> [Diagnostic] {
        guard let index = files.firstIndex(where: { $0.source.path == path }) else { return [] }
        return diagnosticsByFile[index]
    }
}
