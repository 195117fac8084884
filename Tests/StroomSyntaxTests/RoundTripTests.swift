import Foundation
import StroomSyntax
import StroomTestSupport
import Testing

/// Printing the tree gives back the input, byte for byte: for every sample, every fixture,
/// and for arbitrary bytes.
@Suite struct RoundTripTests {
    static let files: [URL] = RepositoryPaths.files(under: RepositoryPaths.samples, extensions: ["vsm", "batenlogica"])
        + RepositoryPaths.files(under: RepositoryPaths.tests, extensions: ["vsm", "batenlogica", "fixture"])

    @Test func thereAreFilesToCheck() {
        #expect(RoundTripTests.files.count > 20)
        #expect(RoundTripTests.files.contains { $0.path.contains("/Samples/") })
    }

    @Test(arguments: files.map { $0.path.replacingOccurrences(of: RepositoryPaths.root.path + "/", with: "") })
    func roundTrip(path: String) {
        let bytes = RepositoryPaths.read(RepositoryPaths.root.appendingPathComponent(path))
        let tree = SyntaxTree.parse(SourceFile(path: path, bytes: bytes))
        #expect(tree.printedBytes() == bytes)
        for diagnostic in tree.diagnostics {
            #expect(diagnostic.range.utf8End <= bytes.count)
        }
    }

    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Random bytes, and random splices of real Stroom text: never a crash, always a round trip,
    /// every diagnostic inside the file.
    @Test func arbitraryInputRoundTrips() {
        var random = SplitMix64(state: 20261124)
        let pieces = Array("proces stap probleem idee { } : , -> . \" \"\"\" # 45min 1,5u 2026-13-01 08:61 3x per week ë 💡 \r\n \n @ “ ”".utf8)
        for round in 0..<400 {
            var bytes: [UInt8] = []
            let length = Int(random.next() % 300)
            for _ in 0..<length {
                if round % 2 == 0 {
                    bytes.append(UInt8(truncatingIfNeeded: random.next()))
                } else {
                    bytes.append(pieces[Int(random.next() % UInt64(pieces.count))])
                }
            }
            let tree = SyntaxTree.parse(SourceFile(path: "random.vsm", bytes: bytes))
            #expect(tree.printedBytes() == bytes, "round \(round)")
            for diagnostic in tree.diagnostics {
                #expect(diagnostic.range.utf8Start >= 0 && diagnostic.range.utf8End <= bytes.count, "round \(round)")
            }
        }
    }
}
