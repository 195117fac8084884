import StroomSyntax

/// What a check needs from outside the files: today's date (for overdue actions) and the
/// workspace configuration.
public struct AnalysisOptions: Sendable {
    public var today: DayDate?
    public var configuration: Configuration
    /// Whether each file keeps its syntax tree. A one-off check (`stroom check` without
    /// `--fix`) reads only findings after lowering, and sets it false: every file is then
    /// parsed and lowered in one go and its tree let go at once (only its syntax findings stay),
    /// so a large workspace never holds all its trees. Queries, fixes and an analysis that
    /// reuses this one need the trees.
    public var keepsTrees: Bool

    public init(today: DayDate? = nil, configuration: Configuration = Configuration(), keepsTrees: Bool = true) {
        self.today = today
        self.configuration = configuration
        self.keepsTrees = keepsTrees
    }
}

/// One file of the workspace, parsed and lowered. Everything here depends on the file alone
/// (and its ``FileID``), so an analysis that reuses an earlier one takes it as it was for a
/// file whose tree did not change (see ``ReusableLowering``).
public struct FileAnalysis: Sendable {
    public let source: SourceFile
    /// Without nodes (only the root, empty) when the analysis's options say not to keep trees.
    public let tree: SyntaxTree
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
    /// Typed attribute values per file position and then per declaration of the file (indexed
    /// like its `declarations`), implied ones included (a problem nested in a step is `bij:`
    /// that step).
    let typed: [[TypedAttributes]]
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

    public init(sources: [SourceFile], options: AnalysisOptions = AnalysisOptions()) {
        guard !options.keepsTrees else {
            self.init(trees: SyntaxTree.parseAll(sources), options: options)
            return
        }
        // Parsed and lowered on every core, each tree let go as soon as its file is lowered.
        let files = Array(sources.indices).concurrentMap { index in
            FileAnalysis(lowering: SyntaxTree.parse(sources[index]), id: FileID(UInt32(index)), fileIndex: index).withoutTree()
        }
        try! self.init(lowered: files, nextFileID: UInt32(files.count), options: options, reusing: nil, cancellation: .never)
    }

    /// Analyses a workspace. With `previous` (an analysis of the same workspace a moment ago, as
    /// the language server has after each keystroke), files whose tree did not change take
    /// their lowering from it instead of lowering again, and, when no file's names changed
    /// either, the findings of the rules that look at one map only; the result is the same
    /// either way.
    public init(trees: [SyntaxTree], options: AnalysisOptions = AnalysisOptions(), reusing previous: Analysis? = nil) {
        // Never cancelled, so never thrown.
        try! self.init(analysing: trees, options: options, reusing: previous, cancellation: .never)
    }

    /// The same, but nil as soon as `cancellation` says the result is no longer wanted (it is
    /// asked after lowering, between the steps that follow, and between rules).
    public init?(trees: [SyntaxTree], options: AnalysisOptions = AnalysisOptions(), reusing previous: Analysis? = nil,
                 cancellation: AnalysisCancellation) {
        do {
            try self.init(analysing: trees, options: options, reusing: previous, cancellation: cancellation)
        } catch {
            return nil
        }
    }

    private init(analysing trees: [SyntaxTree], options: AnalysisOptions, reusing previous: Analysis?,
                 cancellation: AnalysisCancellation) throws(AnalysisCancelled) {
        var reusable = ReusableLowering(previous: previous)
        let plans = trees.enumerated().map { reusable.plan(for: $1, at: $0) }
        try cancellation.check()
        // Files are lowered on every core: a lowering reads only its own tree.
        let files = plans.concurrentMap(ReusableLowering.Plan.carryOut)
        try self.init(lowered: files, nextFileID: reusable.nextID, options: options, reusing: previous, cancellation: cancellation)
    }

    /// The analysis of files lowered already, in workspace order.
    private init(lowered lowering: [FileAnalysis], nextFileID: UInt32, options: AnalysisOptions, reusing previous: Analysis?,
                 cancellation: AnalysisCancellation) throws(AnalysisCancelled) {
        var files = lowering
        var edgeCount = 0
        for index in files.indices {
            files[index].edgeRange = edgeCount..<edgeCount + files[index].loweredEdges.count
            edgeCount += files[index].loweredEdges.count
        }
        try cancellation.check()
        self.files = files
        self.nextFileID = nextFileID
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
