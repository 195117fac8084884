import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `stroom preview` as a child process, and a raw-socket HTTP client for it
/// (loopback only, every read bounded by a deadline). ``stop()`` ends the process.
final class PreviewProcess: @unchecked Sendable {
    let process = Process()
    let port: UInt16
    private let errors = Pipe()

    /// Starts `stroom preview --port 0 ARGS…` and waits (up to 20 s) for its address.
    init(_ arguments: [String], environment: [String: String] = ["LANG": "en_US.UTF-8"]) throws {
        process.executableURL = CommandRunner.binary
        process.arguments = ["preview"] + arguments
        process.environment = environment.merging(["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]) { a, _ in a }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var line = ""
        let deadline = Date().addingTimeInterval(20)
        let handle = output.fileHandleForReading
        while !line.contains("\n"), Date() < deadline, process.isRunning {
            let data = handle.availableData
            if data.isEmpty { break }
            line += String(decoding: data, as: UTF8.self)
        }
        guard let match = line.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//), let port = UInt16(match.1) else {
            process.terminate()
            throw PreviewTestError("no address printed: \(line)")
        }
        self.port = port
    }

    /// SIGTERM, then (after 5 s) SIGKILL: a server that does not stop cannot hang the suite.
    func stop() {
        if process.isRunning { process.terminate() }
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Whether the process ended by itself on SIGTERM within 5 s.
    func stopsOnTerminate() -> Bool {
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        return !process.isRunning
    }

    /// Sends raw bytes and returns everything the server answers before it closes (at most 10 s).
    func exchange(_ request: [UInt8]) throws -> String {
        let connection = try PreviewConnection(port: port)
        defer { connection.close() }
        connection.send(request)
        return connection.read(until: { _ in false }, seconds: 10)
    }

    func get(_ path: String) throws -> String {
        try exchange(Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8))
    }
}

/// One TCP connection to 127.0.0.1.
final class PreviewConnection: @unchecked Sendable {
    let descriptor: Int32
    private(set) var received = ""

    init(port: UInt16) throws {
        #if canImport(Glibc)
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw PreviewTestError("cannot connect to port \(port)") }
        var time = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    }

    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads until `done` holds for everything received so far, the peer closes, or `seconds` pass.
    func read(until done: (String) -> Bool, seconds: TimeInterval) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65536)
        var bytes: [UInt8] = Array(received.utf8)
        while Date() < deadline, !done(received) {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 { break }
            if count > 0 {
                bytes += buffer[0..<count]
                received = String(decoding: bytes, as: UTF8.self)
            }
        }
        return received
    }

    func close() {
        _ = Glibc.close(descriptor)
    }
}

struct PreviewTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
