import StroomPlatform
import StroomSyntax

/// One place where a name is used: in an attribute value or at an arrow end. `map.id` gives
/// two uses: the map part names the map, the id part names the member.
public struct ReferenceOccurrence: Hashable, Sendable {
    /// Where the name is used.
    public enum Site: Hashable, Sendable {
        /// In `owner`'s attribute (`door: leraar`).
        case attribute(owner: DeclarationID, name: AttributeName)
        /// At one end of an arrow (`a -> b`).
        case arrowEnd
    }

    public let fileIndex: Int
    /// The whole reference as written: `id` or `map.id`.
    public let referenceRange: TextRange
    /// The part that names `target`: the id, or the map part of `map.id`.
    public let range: TextRange
    public let target: DeclarationID
    public let site: Site
    /// True for the map part of `map.id`.
    public let isMapPart: Bool
    /// False when the target's kind is not one the attribute expects (N103).
    public let kindFits: Bool
}

/// Every use of every name in the workspace, found once and looked up by target or place.
/// It is what references, rename, definition and semantic tokens share.
public struct ReferenceIndex: Sendable {
    public let occurrences: [ReferenceOccurrence]
    /// Names where a reference is expected that nothing declares, per file.
    public let unresolved: [(fileIndex: Int, reference: Reference)]
    let byTarget: [DeclarationID: [Int]]

    public init(_ analysis: Analysis) {
        ReferenceIndex.builds?.increment()
        let symbols = analysis.symbols
        var occurrences: [ReferenceOccurrence] = []
        var unresolved: [(Int, Reference)] = []
        func add(_ reference: Reference, target: DeclarationID, fileIndex: Int, site: ReferenceOccurrence.Site, fits: Bool) {
            let range = reference.range
            if let mapName = reference.map {
                let mapRange = TextRange(utf8Start: range.utf8Start, utf8End: range.utf8Start + mapName.utf8.count)
                let nameRange = TextRange(utf8Start: range.utf8End - reference.name.utf8.count, utf8End: range.utf8End)
                occurrences.append(ReferenceOccurrence(fileIndex: fileIndex, referenceRange: range, range: mapRange,
                                                       target: analysis.map(of: target), site: site, isMapPart: true,
                                                       kindFits: true))
                occurrences.append(ReferenceOccurrence(fileIndex: fileIndex, referenceRange: range, range: nameRange,
                                                       target: target, site: site, isMapPart: false, kindFits: fits))
            } else {
                let nameRange = TextRange(utf8Start: range.utf8Start, utf8End: range.utf8Start + reference.name.utf8.count)
                occurrences.append(ReferenceOccurrence(fileIndex: fileIndex, referenceRange: range, range: nameRange,
                                                       target: target, site: site, isMapPart: false, kindFits: fits))
            }
        }
        for declaration in analysis.declarations where declaration.kind != nil {
            let map = declaration.map ?? declaration.id
            for attribute in declaration.attributes {
                // Only the first of duplicate attributes is typed (A202); the later ones are
                // still names the author wrote, so they count as uses too.
                guard let spec = attribute.spec else { continue }
                for value in attribute.values {
                    switch ValueMeaning.of(value, type: spec.type, map: map, symbols: symbols) {
                    case .reference(let id, let fits):
                        if let reference = value.writtenReference {
                            add(reference, target: id, fileIndex: declaration.fileIndex,
                                site: .attribute(owner: declaration.id, name: spec.name), fits: fits)
                        }
                    case .unresolved(let reference):
                        unresolved.append((declaration.fileIndex, reference))
                    default:
                        break
                    }
                }
            }
        }
        for resolved in analysis.edges {
            let edge = resolved.edge
            for (reference, target) in [(edge.from, resolved.from), (edge.to, resolved.to)] {
                if let target {
                    add(reference, target: target, fileIndex: edge.fileIndex, site: .arrowEnd, fits: true)
                } else {
                    unresolved.append((edge.fileIndex, reference))
                }
            }
        }
        // A chain `a -> b -> c` gives the edges a→b and b→c: `b` is one use, not two.
        var unique: [ReferenceOccurrence] = []
        var seenPlaces: Set<[Int]> = []
        for occurrence in occurrences where seenPlaces.insert([occurrence.fileIndex, occurrence.range.utf8Start]).inserted {
            unique.append(occurrence)
        }
        var seenUnresolved: Set<[Int]> = []
        self.unresolved = unresolved.filter { seenUnresolved.insert([$0.0, $0.1.range.utf8Start]).inserted }
        self.occurrences = unique
        var byTarget: [DeclarationID: [Int]] = [:]
        for (index, occurrence) in unique.enumerated() { byTarget[occurrence.target, default: []].append(index) }
        self.byTarget = byTarget
    }

    /// Every use of a declaration, in workspace order.
    public func occurrences(of target: DeclarationID) -> [ReferenceOccurrence] {
        (byTarget[target] ?? []).map { occurrences[$0] }
    }

    /// The use whose name part holds or touches the range.
    public func occurrence(inFile fileIndex: Int, covering range: TextRange) -> ReferenceOccurrence? {
        occurrences.first { $0.fileIndex == fileIndex && $0.range.contains(range) }
    }
}

extension ReferenceIndex {
    /// Counts the indexes built while a test runs `ReferenceIndex.$builds.withValue(counter) { … }`
    /// (on its own task and thread): the editor queries must share the analysis's one index.
    @TaskLocal static var builds: BuildCounter?

    final class BuildCounter: @unchecked Sendable {
        private let lock = Lock()
        private var count = 0

        var value: Int { lock.withLock { count } }

        func increment() { lock.withLock { count += 1 } }
    }
}

extension Analysis {
    /// Every use of every name: built the first time a query asks, then kept with the analysis.
    public func referenceIndex() -> ReferenceIndex { references.value { ReferenceIndex(self) } }
}
