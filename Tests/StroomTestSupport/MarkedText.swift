import StroomModel
import StroomSyntax

/// A text with position markers `1️⃣` … `9️⃣` (the swift-syntax and sourcekit-lsp way): the
/// markers are taken out, and each is remembered at the UTF-8 offset where it stood. A marker
/// may appear more than once (every place a symbol is named, say).
public struct MarkedText {
    /// The text without markers.
    public let text: String
    /// Every marker in order of appearance, with its offset in `text`.
    public let markers: [(name: String, utf8Offset: Int)]

    public init(_ marked: String) {
        var text = ""
        var markers: [(String, Int)] = []
        var utf8Offset = 0
        let scalars = Array(marked.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if index + 2 < scalars.count, ("0"..."9").contains(scalar), scalars[index + 1] == "\u{FE0F}", scalars[index + 2] == "\u{20E3}" {
                markers.append((String(scalar) + "\u{FE0F}\u{20E3}", utf8Offset))
                index += 3
                continue
            }
            text.unicodeScalars.append(scalar)
            utf8Offset += String(scalar).utf8.count
            index += 1
        }
        self.text = text
        self.markers = markers
    }

    /// Marker → UTF-8 offset of its first appearance.
    public var utf8Offsets: [String: Int] {
        var result: [String: Int] = [:]
        for marker in markers where result[marker.name] == nil { result[marker.name] = marker.utf8Offset }
        return result
    }

    /// The offsets of a marker, in order.
    public func offsets(_ marker: String) -> [Int] {
        markers.filter { $0.name == marker }.map(\.utf8Offset)
    }

    /// The offset of a marker that appears once (a test fails loudly otherwise).
    public subscript(marker: String) -> Int {
        let found = offsets(marker)
        precondition(found.count == 1, "marker \(marker) appears \(found.count) times")
        return found[0]
    }
}

/// Several marked files in one text, separated by `#- file: NAME` lines (as in ``Fixture``);
/// without such a line the text is one file called `defaultName`.
public struct MarkedWorkspace {
    /// Where a marker stands: which file, and the offset in it.
    public struct Position: Hashable, CustomStringConvertible {
        public let fileIndex: Int
        public let utf8Offset: Int
        public var description: String { "file \(fileIndex) @\(utf8Offset)" }

        public init(fileIndex: Int, utf8Offset: Int) {
            self.fileIndex = fileIndex
            self.utf8Offset = utf8Offset
        }
    }

    public let names: [String]
    public let files: [MarkedText]

    public init(_ marked: String, defaultName: String = "test.vsm") {
        let fixture = Fixture(text: marked, defaultName: defaultName)
        names = fixture.files.map(\.name)
        files = fixture.files.map { MarkedText($0.text) }
    }

    public var sources: [SourceFile] {
        zip(names, files).map { SourceFile(path: $0, text: $1.text) }
    }

    public func analysis() -> Analysis {
        Analysis(sources: sources, options: AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1)))
    }

    /// Every place a marker stands, in file order.
    public func positions(_ marker: String) -> [Position] {
        files.enumerated().flatMap { index, file in file.offsets(marker).map { Position(fileIndex: index, utf8Offset: $0) } }
    }

    /// The one place of a marker.
    public subscript(marker: String) -> Position {
        let found = positions(marker)
        precondition(found.count == 1, "marker \(marker) appears \(found.count) times")
        return found[0]
    }

    /// Every marker name used, sorted.
    public var markerNames: [String] {
        Array(Set(files.flatMap { $0.markers.map(\.name) })).sorted()
    }
}
