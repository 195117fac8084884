#if os(Windows)
import Foundation

extension ChildProcess {
    static func runWithFoundation(_ executable: String, arguments: [String], input: [UInt8]?, timeout: Double?) -> Result<Outcome, Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let inputPipe = Pipe()
        let errors = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do { try process.run() } catch { return .failure(.notStarted("\(error)")) }
        if let input {
            let writer = inputPipe.fileHandleForWriting
            DispatchQueue.global().async {
                try? writer.write(contentsOf: Data(input))
                try? writer.close()
            }
        }
        let collected = DispatchSemaphore(value: 0)
        let box = Box()
        DispatchQueue.global().async {
            box.bytes = Array(errors.fileHandleForReading.readDataToEndOfFile())
            collected.signal()
        }
        if let timeout, ended.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            return .failure(.timedOut)
        } else if timeout == nil {
            ended.wait()
        }
        collected.wait()
        return .success(Outcome(status: process.terminationStatus, standardError: box.bytes))
    }

    private final class Box: @unchecked Sendable {
        var bytes: [UInt8] = []
    }
}
#endif
