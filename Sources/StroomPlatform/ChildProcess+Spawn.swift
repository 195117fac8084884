#if !os(Windows)
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension ChildProcess {
    static func runWithSpawn(_ executable: String, arguments: [String], input: [UInt8]?, timeout: Double?) -> Result<Outcome, Failure> {
        var inputPipe: [Int32] = [-1, -1]
        var errorPipe: [Int32] = [-1, -1]
        spawning.lock()
        guard closedOnExec(&errorPipe) == 0 else {
            spawning.unlock()
            return .failure(.notStarted(String(cString: strerror(errno))))
        }
        if input != nil, closedOnExec(&inputPipe) != 0 {
            let reason = String(cString: strerror(errno))
            close(errorPipe[0]); close(errorPipe[1])
            spawning.unlock()
            return .failure(.notStarted(reason))
        }
        let spawned = spawn(executable, arguments: arguments,
                            standardInput: input == nil ? nil : (child: inputPipe[0], parent: inputPipe[1]),
                            standardError: (child: errorPipe[1], parent: errorPipe[0]))
        spawning.unlock()
        if input != nil { close(inputPipe[0]) }
        close(errorPipe[1])
        guard case .success(let pid) = spawned else {
            if input != nil { close(inputPipe[1]) }
            close(errorPipe[0])
            if case .failure(let failure) = spawned { return .failure(failure) }
            return .failure(.notStarted("posix_spawn"))
        }
        // The input is written and the errors read on threads of their own, so that neither a
        // full pipe nor a program that never ends can block the caller past the timeout.
        let done = Condition()
        let collected = Collected()
        if let input {
            let descriptor = inputPipe[1]
            BackgroundThread.start {
                ignoreBrokenPipeOnThisThread()
                writeAll(input, to: descriptor)
                close(descriptor)
            }
        }
        let errorDescriptor = errorPipe[0]
        BackgroundThread.start {
            let bytes = Descriptors.readAll(errorDescriptor)
            close(errorDescriptor)
            done.withLock {
                collected.standardError = bytes
                collected.finished = true
                done.broadcast()
            }
        }
        var status: Int32 = 0
        if let timeout {
            let deadline = Date(timeIntervalSinceNow: timeout)
            while waitpid(pid, &status, WNOHANG) == 0 {
                if Date() >= deadline {
                    kill(pid, SIGTERM)
                    _ = waitpid(pid, &status, 0)
                    return .failure(.timedOut)
                }
                BackgroundThread.sleep(seconds: 0.01)
            }
        } else {
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        }
        // The program ended; its standard error reaches its end once every copy is closed.
        let errors = done.withLock { () -> [UInt8] in
            while !collected.finished { done.wait() }
            return collected.standardError
        }
        return .success(Outcome(status: exitStatus(status), standardError: errors))
    }

    /// `posix_spawn` with standard output on the null device; the standard input and error on
    /// the given pipe ends (the null device for nil). The parent's ends are closed in the child.
    static func spawn(_ executable: String, arguments: [String], standardInput: (child: Int32, parent: Int32)?,
                      standardError: (child: Int32, parent: Int32)?) -> Result<pid_t, Failure> {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let standardInput {
            posix_spawn_file_actions_adddup2(&actions, standardInput.child, 0)
            posix_spawn_file_actions_addclose(&actions, standardInput.parent)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        if let standardError {
            posix_spawn_file_actions_adddup2(&actions, standardError.child, 2)
            posix_spawn_file_actions_addclose(&actions, standardError.parent)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        #if os(Linux)
        // Every other descriptor is closed in the child (after the three above are in place):
        // a descriptor opened without close-on-exec elsewhere in the process, such as a pipe of
        // a connection, would otherwise stay open in the child, and its reader wait for its end
        // as long as the child runs.
        if let addCloseFrom = closeFrom { _ = addCloseFrom(&actions, 3) }
        #endif
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        #if canImport(Darwin)
        // Darwin has no `pipe2`: close every descriptor not named above in the child.
        var attributes: posix_spawnattr_t?
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_CLOEXEC_DEFAULT))
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        #else
        let result = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        #endif
        guard result == 0 else { return .failure(.notStarted(String(cString: strerror(result)))) }
        return .success(pid)
    }

    /// A pipe whose ends a child does not inherit unless it is given them: without this, a
    /// second program started meanwhile keeps the first one's input open, and the first never
    /// sees its end. (`pipe2` is not in Swift's Glibc module; ``spawning`` keeps any other
    /// start out between `pipe` and `fcntl`.)
    static func closedOnExec(_ ends: inout [Int32]) -> Int32 {
        guard pipe(&ends) == 0 else { return -1 }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return 0
    }

    #if os(Linux)
    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc
    /// module does not declare: looked up once; nil with an older C library.
    static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32)? = {
        guard let handle = dlopen(nil, RTLD_NOW),
              let symbol = dlsym(handle, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32).self)
    }()
    #endif

    /// Held while pipes are made and a program is started.
    static let spawning = Lock()

    /// The exit status of a `waitpid` status; 128 + the signal for a program a signal ended.
    static func exitStatus(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { return }
            }
        }
    }

    /// A program that stops reading its input early must give this thread EPIPE, not end
    /// Stroom: SIGPIPE is blocked on the writing thread only (it is sent to the thread that
    /// wrote, and a pending one goes with the thread).
    static func ignoreBrokenPipeOnThisThread() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    private final class Collected: @unchecked Sendable {
        var standardError: [UInt8] = []
        var finished = false
    }
}
#endif
