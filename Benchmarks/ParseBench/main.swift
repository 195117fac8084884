// stroom-parse-bench: full against incremental parsing of one edited file.
//
//   stroom-parse-bench FILE ROUNDS LABEL:OFFSET...
//
// For each edit (one `x` inserted at a UTF-8 offset) it times, ROUNDS times, building the
// edited `SourceFile` (the server does this anyway), a full parse of it, and
// `SyntaxTree.reparse` from the tree before the edit; it checks that both trees dump the same
// and prints the medians in milliseconds. Run it through Benchmarks/parse_incremental.py;
// it is not a test (no timing belongs in `swift test`).
import Dispatch
import Foundation
import StroomSyntax

func milliseconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

let arguments = CommandLine.arguments
guard arguments.count >= 4, let rounds = Int(arguments[2]), rounds > 0,
      let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: stroom-parse-bench FILE ROUNDS LABEL:OFFSET...\n".utf8))
    exit(2)
}
let original = SourceFile(path: arguments[1], bytes: Array(data))
let lines = original.lineTable.lineStarts.count
let before = SyntaxTree.parse(original)
print("\(lines) lines, \(original.bytes.count) bytes")
print("edit                      source ms   full ms   incremental ms   scope")
for spec in arguments[3...] {
    guard let colon = spec.lastIndex(of: ":"), let offset = Int(spec[spec.index(after: colon)...]),
          offset >= 0, offset <= original.bytes.count else {
        FileHandle.standardError.write(Data("bad edit \(spec)\n".utf8))
        exit(2)
    }
    var bytes = original.bytes
    bytes.insert(UInt8(ascii: "x"), at: offset)
    var sourceTimes: [Double] = [], fullTimes: [Double] = [], incrementalTimes: [Double] = []
    var scope = SyntaxTree.ReparseScope.unchanged
    var edited = SourceFile(path: original.path, bytes: bytes)
    for _ in 0..<rounds {
        sourceTimes.append(milliseconds { edited = SourceFile(path: original.path, bytes: bytes) })
        var full: SyntaxTree?
        fullTimes.append(milliseconds { full = SyntaxTree.parse(edited) })
        var incremental: (tree: SyntaxTree, scope: SyntaxTree.ReparseScope)?
        incrementalTimes.append(milliseconds { incremental = SyntaxTree.reparse(before, with: edited) })
        scope = incremental!.scope
        precondition(incremental!.tree.root == full!.root && incremental!.tree.diagnostics == full!.diagnostics,
                     "the incremental tree differs from the full parse")
    }
    let label = String(spec[..<colon]).padding(toLength: 24, withPad: " ", startingAt: 0)
    print("\(label)  \(String(format: "%9.3f", median(sourceTimes)))  \(String(format: "%8.3f", median(fullTimes)))  "
        + "\(String(format: "%15.3f", median(incrementalTimes)))   \(scope)")
}
