import Foundation
import StroomPlatform
import Testing

/// `StroomPlatform` replaces pieces of Foundation; each is held against the piece it replaces
/// (the tests may link Foundation, the product does not).
@Suite struct PlatformTests {
    /// Strings with the characters the helpers treat specially: blanks of several kinds, line
    /// breaks (CR LF is one `Character` but two scalars), combining marks, emoji.
    static func randomText(_ generator: inout SystemRandomNumberGenerator, length: Int, combining: Bool = true) -> String {
        let pieces = ["a", "b", "ab", " ", "\t", "\u{00A0}", "\u{2003}", "\n", "\r", "\r\n", "é", "👍🏽", "%", ",", "."]
            + (combining ? ["e\u{0301}"] : [])
        return (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test func replacingEveryDoesWhatReplacingOccurrencesDoes() {
        var generator = SystemRandomNumberGenerator()
        // ASCII targets, as Stroom's are. (Foundation does not find `e` at the start of an `e`
        // with a combining accent; Stroom never looks for one.)
        let targets = ["a", "ab", "\r", "\n", "\r\n", " ", "e", ".", "aa", "%", "# zo wel"]
        for _ in 0..<2000 {
            let text = Self.randomText(&generator, length: Int.random(in: 0...12, using: &generator), combining: false)
            let target = targets.randomElement(using: &generator)!
            let replacement = ["", "x", "%0A", "ab"].randomElement(using: &generator)!
            #expect(text.replacingEvery(target, with: replacement) == text.replacingOccurrences(of: target, with: replacement),
                    "\(text.debugDescription) \(target.debugDescription)")
        }
    }

    @Test func trimmingDoesWhatFoundationDoes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = Self.randomText(&generator, length: Int.random(in: 0...8, using: &generator))
            #expect(text.trimmingBlanks() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }

    @Test func theLockKeepsCountsWhole() {
        let lock = Lock()
        final class Counter: @unchecked Sendable { var value = 0 }
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<10_000 { lock.withLock { counter.value += 1 } }
        }
        #expect(counter.value == 80_000)
    }

    @Test func aConditionWakesItsWaiterAndTimesOut() {
        let condition = Condition()
        final class Flag: @unchecked Sendable { var set = false }
        let flag = Flag()
        let timedOut = condition.withLock { condition.wait(until: Date(timeIntervalSinceNow: 0.05)) }
        #expect(!timedOut)
        BackgroundThread.start {
            BackgroundThread.sleep(seconds: 0.02)
            condition.withLock {
                flag.set = true
                condition.signal()
            }
        }
        let woken = condition.withLock { () -> Bool in
            let deadline = Date(timeIntervalSinceNow: 10)
            while !flag.set { if !condition.wait(until: deadline) { return false } }
            return true
        }
        #expect(woken)
    }

    #if os(Linux)
    /// The thread runs its body, with the stack it asked for (read back from the thread
    /// itself; the default would be the process's limit, usually 8 MB).
    @Test(arguments: [1 << 20, 24 << 20])
    func aBackgroundThreadGetsTheStackItAskedFor(size: Int) {
        let done = DispatchSemaphore(value: 0)
        final class Seen: @unchecked Sendable { var stack = 0 }
        let seen = Seen()
        BackgroundThread.start(stackSize: size) {
            // The size of the mapping that holds a local variable: the thread's stack.
            var local = 0
            let address = withUnsafeMutablePointer(to: &local) { UInt(bitPattern: $0) }
            // Read again when the line is missing: /proc/self/maps is read in pieces, and a line
            // can slip between two while another thread maps or unmaps memory. Decoded leniently:
            // a mapped file's path need not be UTF-8 (other tests read files with such names).
            for _ in 0..<20 where seen.stack == 0 {
                let bytes = FileHandle(forReadingAtPath: "/proc/self/maps")?.readDataToEndOfFile() ?? Data()
                let maps = String(decoding: bytes, as: UTF8.self)
                for line in maps.split(separator: "\n") {
                    let bounds = line.prefix { $0 != " " }.split(separator: "-").compactMap { UInt($0, radix: 16) }
                    if bounds.count == 2, bounds[0] <= address, address < bounds[1] { seen.stack = Int(bounds[1] - bounds[0]) }
                }
            }
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 60) == .success)
        #expect(seen.stack >= size - (64 << 10) && seen.stack < size + (1 << 20), "stack mapping of \(seen.stack) bytes")
    }
    #endif

    #if os(Linux)
    /// A descriptor the process opened without close-on-exec (as a connection's pipe is) is not
    /// open in a child: else the pipe's reader would wait for its end as long as the child runs.
    @Test func aChildProcessDoesNotKeepOtherDescriptorsOpen() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { for end in ends { close(end) } }
        // `test` is built into the shell: it looks at the shell's own descriptors.
        let script = "test -e /proc/$$/fd/\(ends[0]) || test -e /proc/$$/fd/\(ends[1]); exit $(( ! $? ))"
        let outcome = try ChildProcess.run("/bin/sh", arguments: ["-c", script], input: nil).get()
        #expect(outcome.status == 0, "the child had descriptor \(ends[0]) or \(ends[1]) open")
        // The same script does see a descriptor it was given: the check can fail.
        let control = try ChildProcess.run("/bin/sh", arguments: ["-c", "test -e /proc/$$/fd/0; exit $(( ! $? ))"], input: [1]).get()
        #expect(control.status == 1)
    }
    #endif

    #if !os(Windows)
    @Test func aChildProcessGetsItsInputAndGivesItsErrorsAndStatus() throws {
        let input = Array(String(repeating: "regel ∑\n", count: 50_000).utf8) // more than a pipe holds
        let result = ChildProcess.run("/bin/sh", arguments: ["-c", "cat >&2; exit 3"], input: input)
        let outcome = try result.get()
        #expect(outcome.status == 3)
        #expect(outcome.standardError == input)
    }

    /// Programs started at the same time (as `stroom render --paper` measures layouts) each see
    /// the end of their own input: none inherits another's pipe.
    @Test func childProcessesStartedTogetherEachEnd() {
        final class Results: @unchecked Sendable { var statuses: [Int32?] = Array(repeating: nil, count: 6) }
        let results = Results()
        let lock = Lock()
        DispatchQueue.concurrentPerform(iterations: 6) { index in
            let input = Array(String(repeating: "\(index)", count: 100_000).utf8)
            let result = ChildProcess.run("/bin/sh", arguments: ["-c", "cat >/dev/null; exit \(index)"], input: input, timeout: 30)
            let status = try? result.get().status
            lock.withLock { results.statuses[index] = status }
        }
        #expect(results.statuses == (0..<6).map { Int32($0) })
    }

    @Test func aChildProcessThatDoesNotEndIsStopped() {
        let started = Date()
        let result = ChildProcess.run("/bin/sh", arguments: ["-c", "sleep 30"], timeout: 0.2)
        #expect(result.failureValue == .timedOut)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aProgramThatIsNotThereIsNotStarted() {
        let result = ChildProcess.run("/nonexistent/dot", arguments: [])
        guard case .failure(.notStarted(let reason))? = Optional(result) else {
            Issue.record("expected notStarted, got \(result)")
            return
        }
        #expect(!reason.isEmpty)
    }

    @Test func aProgramThatStopsReadingDoesNotEndStroom() throws {
        let input = [UInt8](repeating: 0x61, count: 4 << 20)
        let outcome = try ChildProcess.run("/bin/sh", arguments: ["-c", "head -c 10 >/dev/null; echo done >&2"], input: input).get()
        #expect(outcome.status == 0)
        #expect(String(decoding: outcome.standardError, as: UTF8.self) == "done\n")
    }

    @Test func readAllReadsToTheEnd() {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0) }
        let writer = ends[1]
        BackgroundThread.start {
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count { offset += max(0, write(writer, buffer.baseAddress! + offset, buffer.count - offset)) }
            }
            close(writer)
        }
        #expect(Descriptors.readAll(ends[0]) == bytes)
        close(ends[0])
    }
    #endif

    @Test func itemKindAndSizeTellFilesFromFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-platform-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/a.vsm"
        try Data(repeating: 7, count: 1234).write(to: URL(fileURLWithPath: file))
        #expect(FileManager.default.itemKind(atPath: folder) == .folder)
        #expect(FileManager.default.itemKind(atPath: file) == .file)
        #expect(FileManager.default.itemKind(atPath: folder + "/missing") == nil)
        #expect(FileManager.default.sizeOfItem(atPath: file) == 1234)
        #expect(FileManager.default.sizeOfItem(atPath: folder + "/missing") == nil)
    }
}

extension Result {
    var failureValue: Failure? { if case .failure(let failure) = self { failure } else { nil } }
}
