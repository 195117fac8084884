import Foundation
import StroomSyntax
import StroomTestSupport

/// A workspace that changes at random, the ways an editor and a file system change it: text
/// typed or deleted anywhere (in a label, an id, a keyword, across lines), a declaration added
/// or a line removed, braces and quotes that break the syntax and the original text back,
/// files added (maps that name each other's members), removed and renamed (also to another
/// extension). Starts from a sample and two generated maps.
struct WorkspaceWalk {
    var random: SplitMix64
    /// Path and tree of each file; an unchanged file keeps its tree (as the server does).
    private(set) var trees: [SyntaxTree] = []
    /// The text each path started with, to go back to.
    private var originals: [String: [UInt8]] = [:]
    private var added = 0

    static let samplePaths = ["akkrum/lesvoorbereiding.vsm"]

    init(seed: UInt64) throws {
        random = SplitMix64(state: seed)
        for path in Self.samplePaths {
            let bytes = RepositoryPaths.read(RepositoryPaths.samples.appendingPathComponent(path))
            originals[path] = Array(bytes)
            trees.append(SyntaxTree.parse(SourceFile(path: path, bytes: bytes)))
        }
        addGeneratedFile()
        addGeneratedFile()
    }

    /// One random change; returns what it did.
    mutating func step() -> String {
        switch random.next() % 100 {
        // At most six files, so that a step costs about the same all along the walk.
        case 0..<4 where trees.count < 6: addGeneratedFile(); return "file added"
        case 0..<7 where trees.count > 1: return removeFile()
        case 7..<10: return renameFile()
        case 10..<16: return restoreFile()
        default: return editFile()
        }
    }

    mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(max(count, 1))) }

    mutating func addGeneratedFile() {
        added += 1
        let name = "g\(added)"
        let other = "g\(max(1, added - 1))"
        let steps = 1 + pick(4)
        // `ib` is used only by the next generated map (`door: g1.ib`): whether it is unused
        // depends on another file.
        var text = "proces \(name) \"Gegenereerd \(added)\" {\n  methode: vsm\n  persoon leraar \"Leraar\"\n  persoon ib \"IB\"\n"
        for index in 1...steps {
            let time = pick(3) == 0 ? "" : " tijd: \(1 + pick(90))m"
            let actor = index == 1 && pick(2) == 0 ? "\(other).ib" : "leraar"
            text += "  stap s\(index) \"Stap \(index)\" { door: \(actor)\(time) }\n"
        }
        for index in 1..<steps { text += "  s\(index) -> s\(index + 1)\n" }
        // An arrow into another file: that step's time counts in this map's figures.
        if pick(3) == 0 { text += "  s\(steps) -> \(other).s1\n" }
        // A problem at a step of another generated map: a name that crosses files.
        text += "  probleem p1 \"Probleem\" { bij: \(pick(2) == 0 ? "s1" : "\(other).s1") fase: 1 }\n"
        if pick(2) == 0 { text += "  idee i1 \"Idee\" { lost_op: p1 categorie: ict }\n" }
        text += "}\n"
        let path = "gen/\(name).vsm"
        originals[path] = Array(text.utf8)
        trees.append(SyntaxTree.parse(SourceFile(path: path, text: text)))
    }

    mutating func removeFile() -> String {
        let index = pick(trees.count)
        return "removed \(trees.remove(at: index).source.path)"
    }

    mutating func renameFile() -> String {
        let index = pick(trees.count)
        let old = trees[index].source
        let stem = old.path.split(separator: "/").last.map(String.init) ?? old.path
        let extensionSwap = pick(4) == 0
        let base = stem.hasSuffix(".vsm") == extensionSwap ? "batenlogica" : "vsm"
        let path = "renamed\(added)/\(stem.split(separator: ".").first ?? "x").\(base)"
        originals[path] = originals[old.path]
        trees[index] = SyntaxTree.parse(SourceFile(path: path, bytes: old.bytes))
        return "renamed \(old.path) to \(path)"
    }

    mutating func restoreFile() -> String {
        let index = pick(trees.count)
        let path = trees[index].source.path
        guard let original = originals[path] else { return "nothing restored" }
        trees[index] = SyntaxTree.parse(SourceFile(path: path, bytes: original))
        return "restored \(path)"
    }

    static let snippets: [String] = [
        "x", "_", "1", " ", "\n", "\"", "{", "}", ":", ",", "->", "#", "é",
        "\n  stap nieuw \"Nieuw\" { door: leraar tijd: 5m }\n", "\n  probleem q \"Q\" { bij: s1 }\n",
        " tijd: 2u", " bij: onbekend", "\n  persoon leraar \"Dubbel\"\n", " s1 -> s2\n",
    ]

    mutating func editFile() -> String {
        let index = pick(trees.count)
        let source = trees[index].source
        var bytes = Array(source.bytes)
        let offset = pick(bytes.count + 1)
        let what: String
        switch pick(10) {
        case 0..<5:
            let snippet = Self.snippets[pick(Self.snippets.count)]
            bytes.insert(contentsOf: Array(snippet.utf8), at: offset)
            what = "inserted \(snippet.debugDescription) at \(offset)"
        case 5..<8:
            let end = min(bytes.count, offset + 1 + pick(8))
            bytes.removeSubrange(offset..<end)
            what = "deleted \(offset)..<\(end)"
        default:
            // A whole line removed: often a declaration, sometimes a brace.
            let start = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let end = bytes[offset...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            bytes.removeSubrange(start..<end)
            what = "line \(start)..<\(end) removed"
        }
        trees[index] = SyntaxTree.reparse(trees[index], with: SourceFile(path: source.path, bytes: bytes)).tree
        return "\(source.path): \(what)"
    }
}
