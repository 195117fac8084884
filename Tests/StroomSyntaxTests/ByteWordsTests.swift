@testable import StroomSyntax
import Testing

/// The scans that go eight bytes at a time (``ByteWords``: where an edit starts and ends, the
/// line table, the UTF-8 check) find what a byte-by-byte loop finds, on random texts made of
/// the bytes they look for: line breaks, non-ASCII, invalid UTF-8, and runs longer than a word.
@Suite struct ByteWordsTests {
    /// A small deterministic generator (SplitMix64), so that a failure names its seed.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var x = state
            x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
            x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((x ^ (x >> 31)) % UInt64(bound))
        }
    }

    static let pieces: [[UInt8]] = [
        Array("stap a \"A\" { tijd: 5min }".utf8), [0x0A], [0x0D], [0x0D, 0x0A], Array("é".utf8), Array("🙂".utf8),
        [0xFF], [0xC3], [0xE2, 0x82], Array("aaaaaaaaaaaaaaaaa".utf8), [0x00], [0x7F], [0x80], [0x0B, 0x0C],
    ]

    static func text(_ random: inout Random) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<random.next(30) { bytes += pieces[random.next(pieces.count)] }
        return bytes
    }

    @Test func hasByteFindsEachByteInEachPlace() {
        for byte in UInt8(0)..<0x80 {
            for place in 0..<8 {
                var bytes = [UInt8](repeating: byte == 0x20 ? 0x21 : 0x20, count: 8)
                bytes[place] = byte
                let word = bytes.withUnsafeBufferPointer { ByteWords.load($0, at: 0) }
                #expect(!ByteWords.hasNonASCII(word))
                for probe: UInt8 in [byte, 0x0A, 0x0D, 0x00, 0x7F, 0x20] {
                    #expect(ByteWords.hasByte(word, probe) == bytes.contains(probe), "\(probe) in \(bytes)")
                }
            }
        }
        let plain = Array("abcdefgh".utf8).withUnsafeBufferPointer { ByteWords.load($0, at: 0) }
        #expect(!ByteWords.hasByte(plain, 0x0A) && !ByteWords.hasByte(plain, 0x0D))
    }

    @Test(arguments: [UInt64(1), 7, 2026])
    func scansAgreeWithByteLoops(seed: UInt64) {
        var random = Random(state: seed)
        for round in 0..<400 {
            let old = Self.text(&random)
            // The new text: the old one with a random range replaced.
            let start = random.next(old.count + 1)
            let end = start + random.next(old.count - start + 1)
            let new = Array(old[..<start]) + Self.text(&random).prefix(random.next(12)) + Array(old[end...])

            // Where the edit starts and ends.
            let shorter = min(old.count, new.count)
            var prefix = 0
            while prefix < shorter, old[prefix] == new[prefix] { prefix += 1 }
            var suffix = 0
            while suffix < shorter - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
            if let window = EditWindow(old: old, new: new) {
                #expect(window.oldStart == prefix && window.oldEnd == old.count - suffix, "seed \(seed), round \(round)")
            } else {
                #expect(old == new, "seed \(seed), round \(round)")
            }

            // The line table: a line ends at CR, LF or CRLF.
            var starts = [0]
            var ends: [Int] = []
            var index = 0
            while index < new.count {
                if new[index] == 0x0A || new[index] == 0x0D {
                    ends.append(index)
                    if new[index] == 0x0D, index + 1 < new.count, new[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
            ends.append(new.count)
            let table = LineTable(bytes: new)
            #expect(table.lineStarts == starts && table.lineContentEnds == ends, "seed \(seed), round \(round)")
            for line in starts.indices where !(line == 0 && table.bomLength > 0) {
                #expect(table.isASCII(line: line) == !new[starts[line]..<ends[line]].contains { $0 >= 0x80 })
            }

            // The first byte that is not UTF-8: Swift's own decoder says where valid text stops.
            let valid = String(validating: new, as: UTF8.self) != nil
            let offset = UTF8Scanner.firstInvalidOffset(in: new)
            #expect((offset == nil) == valid, "seed \(seed), round \(round)")
            if let offset {
                #expect(String(validating: new[..<offset], as: UTF8.self) != nil, "seed \(seed), round \(round)")
            }
        }
    }
}
