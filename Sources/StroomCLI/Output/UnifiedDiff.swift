import StroomSyntax

/// A line-based unified diff (`diff -u`), for `stroom fmt --diff`.
///
/// Lines are compared with their line break, so a changed line end shows. The edit script is
/// Myers' O(ND) greedy algorithm; when the files differ too much for it to be cheap, the diff
/// is one hunk that replaces everything (still correct, just not minimal).
enum UnifiedDiff {
    /// Lines of context around each change.
    static let context = 3
    /// The most `D` × `D` steps Myers may take before the fallback (about 32 MB of trace).
    static let maximumTraceSize = 4_000_000

    /// The diff from `old` to `new`, or "" when they are equal. `path` names both sides.
    static func render(old: [UInt8], new: [UInt8], path: String) -> String {
        let a = lines(old)
        let b = lines(new)
        guard a != b else { return "" }
        let operations = editScript(a, b)
        let prefixes = PathStyle.native.isAbsolute(path) ? ("", "") : ("a/", "b/")
        var output = "--- \(prefixes.0)\(path)\n+++ \(prefixes.1)\(path)\n"
        for hunk in hunks(operations) {
            output += header(hunk, operations)
            for operation in operations[hunk] {
                switch operation {
                case .equal(let i, _): output += line(" ", a[i])
                case .delete(let i): output += line("-", a[i])
                case .insert(let j): output += line("+", b[j])
                }
            }
        }
        return output
    }

    // MARK: - Lines

    /// The lines of a file, each with its line break (`\n`, `\r\n` or `\r`); the last one may
    /// have none.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
            if byte == 0x0A || byte == 0x0D {
                result.append(bytes[start..<index])
                start = index
            }
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    /// One diff line: the marker, the text, and a line break (`\r\n` kept, a lone `\r` shown as
    /// `\n`); a last line without a break gets the usual note.
    static func line(_ marker: String, _ bytes: ArraySlice<UInt8>) -> String {
        var content = bytes
        var lineBreak = "\n\\ No newline at end of file\n"
        if content.last == 0x0A {
            content.removeLast()
            lineBreak = "\n"
            if content.last == 0x0D { content.removeLast(); lineBreak = "\r\n" }
        } else if content.last == 0x0D {
            content.removeLast()
            lineBreak = "\n"
        }
        return marker + String(decoding: content, as: UTF8.self) + lineBreak
    }

    // MARK: - Edit script

    enum Operation: Equatable {
        case equal(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// The shortest edit script (Myers 1986), with a fallback for very different files.
    static func editScript(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Operation] {
        let n = a.count, m = b.count
        let maximum = n + m
        let offset = maximum + 1
        var v = [Int](repeating: 0, count: 2 * maximum + 3)
        var trace: [[Int]] = []
        var traceSize = 0
        for d in 0...maximum {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            traceSize += 2 * d + 1
            if traceSize > maximumTraceSize { break }
            for k in stride(from: -d, through: d, by: 2) {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { return backtrack(trace, n: n, m: m) }
            }
        }
        return (0..<n).map(Operation.delete) + (0..<m).map(Operation.insert)
    }

    /// Walks the trace back from the end; `trace[d]` is V before step `d`, indexed from `-d`.
    static func backtrack(_ trace: [[Int]], n: Int, m: Int) -> [Operation] {
        var operations: [Operation] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            func at(_ k: Int) -> Int { k >= -d && k <= d ? v[k + d] : 0 }
            let k = x - y
            let previousK = k == -d || (k != d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : at(previousK)
            let previousY = d == 0 ? 0 : previousX - previousK
            while x > previousX, y > previousY {
                x -= 1; y -= 1
                operations.append(.equal(x, y))
            }
            if d > 0 {
                operations.append(x == previousX ? .insert(previousY) : .delete(previousX))
            }
            x = previousX
            y = previousY
        }
        return operations.reversed()
    }

    // MARK: - Hunks

    /// Ranges of the edit script that form hunks: changes with `context` equal lines around
    /// them, merged when they would touch.
    static func hunks(_ operations: [Operation]) -> [Range<Int>] {
        let changes = operations.indices.filter { if case .equal = operations[$0] { false } else { true } }
        var result: [Range<Int>] = []
        for index in changes {
            let start = max(0, index - context)
            let end = min(operations.count, index + context + 1)
            if let last = result.last, start <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                result.append(start..<end)
            }
        }
        return result
    }

    /// `@@ -start,count +start,count @@`, 1-based; an empty side names the line before it.
    static func header(_ hunk: Range<Int>, _ operations: [Operation]) -> String {
        // Lines of each side before the hunk.
        var oldBefore = 0, newBefore = 0
        for operation in operations[..<hunk.lowerBound] {
            switch operation {
            case .equal: oldBefore += 1; newBefore += 1
            case .delete: oldBefore += 1
            case .insert: newBefore += 1
            }
        }
        var oldCount = 0, newCount = 0
        for operation in operations[hunk] {
            switch operation {
            case .equal: oldCount += 1; newCount += 1
            case .delete: oldCount += 1
            case .insert: newCount += 1
            }
        }
        func side(_ before: Int, _ count: Int) -> String {
            "\(count == 0 ? before : before + 1),\(count)"
        }
        return "@@ -\(side(oldBefore, oldCount)) +\(side(newBefore, newCount)) @@\n"
    }
}
