#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif os(Windows)
import Foundation
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#endif

/// Runs another program (Graphviz's `dot`, a headless browser, the desktop's opener): what
/// Stroom needed `Foundation.Process` for. On POSIX systems with `posix_spawn`, so that the
/// executable needs no Foundation beyond `FoundationEssentials`; on Windows through
/// `Foundation.Process`.
public enum ChildProcess {
    /// How a program that ran ended.
    public struct Outcome: Sendable {
        /// The exit status; for a program ended by a signal, 128 plus the signal's number.
        public let status: Int32
        /// What it wrote to its standard error.
        public let standardError: [UInt8]
    }

    public enum Failure: Error, Sendable, Equatable {
        /// It could not be started (the system's reason).
        case notStarted(String)
        /// It did not end within the time given and was stopped.
        case timedOut
    }

    /// Runs `executable` with `arguments`, `input` on its standard input (nothing when nil), its
    /// standard output discarded and its standard error kept; waits for it to end, or stops it
    /// after `timeout` seconds.
    public static func run(_ executable: String, arguments: [String], input: [UInt8]? = nil,
                           timeout: Double? = nil) -> Result<Outcome, Failure> {
        #if os(Windows)
        return runWithFoundation(executable, arguments: arguments, input: input, timeout: timeout)
        #else
        return runWithSpawn(executable, arguments: arguments, input: input, timeout: timeout)
        #endif
    }

    /// Starts `executable` and does not wait for it (its output is discarded); false when it
    /// could not be started.
    @discardableResult
    public static func launch(_ executable: String, arguments: [String]) -> Bool {
        #if os(Windows)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return (try? process.run()) != nil
        #else
        guard let pid = try? spawning.withLock({ spawn(executable, arguments: arguments, standardInput: nil, standardError: nil) }).get() else {
            return false
        }
        // Reaped on a thread of its own, so that it does not linger as a zombie.
        BackgroundThread.start { var status: Int32 = 0; _ = waitpid(pid, &status, 0) }
        return true
        #endif
    }
}
