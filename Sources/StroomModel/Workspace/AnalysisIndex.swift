import StroomSyntax

/// Lookups an ``Analysis`` builds once, right after names and types are resolved.
///
/// Some sixty checks each ask "the steps of this map", "the flow arrows of this map" or "the
/// undefined names"; answered by scanning every member, edge or finding, that is sixty scans of
/// the whole workspace per keystroke. Here each scan is done once and the questions become
/// lookups. Every list keeps the order a scan would give (declaration order, edge order,
/// finding order), so the checks report in the same order as before.
struct AnalysisIndex: Sendable {
    /// Every map, in file and declaration order.
    let maps: [DeclarationID]
    /// Every declaration of each kind, in workspace order.
    let declarationsByKind: [DeclarationKind: [DeclarationID]]
    /// Per map, its members of each kind, in declaration order.
    let membersByKind: [DeclarationID: [DeclarationKind: [DeclarationID]]]
    /// Per map, the edges written in it with both ends resolved, in order.
    let edgesByMap: [DeclarationID: [ResolvedEdge]]
    /// Per map, those edges by what they mean.
    let edgesByRole: [DeclarationID: [EdgeRole: [ResolvedEdge]]]
    /// The value findings of each rule, in order.
    let findingsByCode: [DiagnosticCode: [ValueFinding]]

    /// The declarations and members by kind are the files' ``FileSymbols`` put together; the
    /// edges, which depend on other files' names, are sorted anew, except those of the maps of
    /// the files in `reuse` (their edges resolve as before: `Analysis.unchangedFiles`).
    init(files: [FileAnalysis], declarations: DeclarationTable, edges: [ResolvedEdge], valueFindings: [ValueFinding],
         reusing reuse: TypingReuse? = nil) {
        maps = files.flatMap(\.symbols.maps)
        var declarationsByKind: [DeclarationKind: [DeclarationID]] = [:]
        var membersByKind: [DeclarationID: [DeclarationKind: [DeclarationID]]] = [:]
        for file in files {
            if files.count == 1 {
                declarationsByKind = file.symbols.declarationsByKind
                membersByKind = file.symbols.membersByKind
                break
            }
            for (kind, ids) in file.symbols.declarationsByKind { declarationsByKind[kind, default: []].append(contentsOf: ids) }
            membersByKind.merge(file.symbols.membersByKind) { first, _ in first }
        }
        self.declarationsByKind = declarationsByKind
        self.membersByKind = membersByKind
        var edgesByMap: [DeclarationID: [ResolvedEdge]] = [:]
        var edgesByRole: [DeclarationID: [EdgeRole: [ResolvedEdge]]] = [:]
        for (position, file) in files.enumerated() {
            if let reuse, reuse.files.contains(position) {
                for map in file.symbols.maps {
                    edgesByMap[map] = reuse.previous.index.edgesByMap[map]
                    edgesByRole[map] = reuse.previous.index.edgesByRole[map]
                }
                continue
            }
            for edge in edges[file.edgeRange] {
                guard let from = edge.from, let to = edge.to else { continue }
                edgesByMap[edge.edge.map, default: []].append(edge)
                let role = EdgeRole(from: declarations[from].kind, to: declarations[to].kind,
                                    inMapOfKind: declarations[edge.edge.map].kind)
                edgesByRole[edge.edge.map, default: [:]][role, default: []].append(edge)
            }
        }
        self.edgesByMap = edgesByMap
        self.edgesByRole = edgesByRole
        var findingsByCode: [DiagnosticCode: [ValueFinding]] = [:]
        for finding in valueFindings {
            findingsByCode[finding.problem.code, default: []].append(finding)
        }
        self.findingsByCode = findingsByCode
    }
}

extension ValueFinding.Problem {
    /// The rule that reports this problem.
    var code: DiagnosticCode {
        switch self {
        case .wrongType, .listNotAllowed: "A203"
        case .notAllowed: "A204"
        case .decimalComma: "A205"
        case .percentOutOfRange: "A206"
        case .tooLarge: "A208"
        case .undefined: "N102"
        case .wrongKind: "N103"
        case .unknownMap: "W602"
        }
    }
}

extension Analysis {
    /// Every declaration of some kinds in the workspace, in workspace order.
    func declarations(of kinds: DeclarationKind...) -> [DeclarationID] {
        if kinds.count == 1 { return index.declarationsByKind[kinds[0]] ?? [] }
        return Set(kinds).flatMap { index.declarationsByKind[$0] ?? [] }.sorted(by: table.precedes)
    }

    /// The value findings a rule reports, in the order they were found.
    func valueFindings(for code: DiagnosticCode) -> [ValueFinding] {
        index.findingsByCode[code] ?? []
    }
}
