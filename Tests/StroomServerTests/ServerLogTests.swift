#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import StroomServer
import Testing

/// The log never holds the server up and never takes it down: lines to a FIFO nobody reads
/// are queued or dropped at once (and the gap is marked), a log on a full device reports its
/// failure once and then keeps quiet.
@Suite struct ServerLogTests {
    @Test(.timeLimit(.minutes(1))) func aFIFOWithoutReaderNeverBlocksAndMarksTheGap() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("log.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let started = Date()
        let log = try ServerLog.file(atPath: fifo)
        let line = String(repeating: "x", count: 200)
        for index in 0..<20_000 { log.info("\(index) \(line)") }
        // 4 MB for a 64 kB FIFO and a 1 MB queue: most lines are dropped, none waited.
        #expect(Date().timeIntervalSince(started) < 5)

        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        var text = ""
        func drain(for seconds: Double) {
            let deadline = Date(timeIntervalSinceNow: seconds)
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while Date() < deadline {
                let count = buffer.withUnsafeMutableBytes { read(reader, $0.baseAddress, $0.count) }
                if count > 0 { text += String(decoding: buffer[..<count], as: UTF8.self) } else { usleep(5_000) }
            }
        }
        drain(for: 1.5)
        log.info("after the gap")
        log.flush(timeout: 2)
        drain(for: 0.5)
        #expect(text.contains("] ServerLogTests.swift:"), "\(text.prefix(200))")
        #expect(text.contains("log lines dropped: the log did not keep up"))
        #expect(text.contains("after the gap"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full (Linux)"))
    func aFullDeviceIsReportedOnce() async throws {
        let log = try ServerLog.file(atPath: "/dev/full")
        let reports = ReportList()
        log.onFailure { reports.add($0) }
        for index in 0..<100 { log.warning("line \(index)") }
        // Generous timeouts: the writer thread may wait long for a core while the whole suite
        // runs in parallel (flush returns as soon as the write fails).
        log.flush(timeout: 30)
        // Registering late still hears it, once.
        let late = ReportList()
        log.onFailure { late.add($0) }
        for index in 0..<100 { log.warning("more \(index)") }
        log.flush(timeout: 30)
        let deadline = Date(timeIntervalSinceNow: 30)
        while reports.all.count + late.all.count == 0, Date() < deadline { try await Task.sleep(nanoseconds: 20_000_000) }
        #expect(reports.all.count + late.all.count == 1, "\(reports.all) \(late.all)")
        #expect((reports.all + late.all).first?.contains("No space left") == true)
    }

    final class ReportList: @unchecked Sendable {
        private let lock = NSLock()
        private var reasons: [String] = []
        func add(_ reason: String) { lock.withLock { reasons.append(reason) } }
        var all: [String] { lock.withLock { reasons } }
    }
}
