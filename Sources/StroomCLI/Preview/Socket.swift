import StroomPlatform
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX socket calls the preview server needs, on 127.0.0.1 only. (On a platform
/// without POSIX sockets, Windows for now, ``listen(port:)`` fails and `preview` says so.)
enum Socket {
    enum BindFailure: Error, Equatable {
        case inUse
        case failed(Int32)
    }

    #if canImport(Glibc) || canImport(Darwin)
    /// The next connection, or nil when accepting failed (the listener was closed, or a
    /// passing error: the caller decides).
    static func accept(_ listener: Int32) -> Int32? {
        while true {
            let client = Glibc_accept(listener)
            if client >= 0 { return client }
            if errno != EINTR { return nil }
        }
    }

    static func shutdown(_ descriptor: Int32) {
        _ = Glibc_shutdown(descriptor)
    }

    /// A listening socket on 127.0.0.1:`port` (0: a free port the system chooses) and its port.
    static func listen(port: UInt16) -> Result<(descriptor: Int32, port: UInt16), BindFailure> {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return .failure(.failed(errno)) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let code = errno
            close(descriptor)
            return .failure(code == EADDRINUSE ? .inUse : .failed(code))
        }
        guard Glibc_listen(descriptor, 64) == 0 else {
            let code = errno
            close(descriptor)
            return .failure(.failed(code))
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return .success((descriptor, UInt16(bigEndian: actual.sin_port)))
    }

    /// Waits up to `seconds` for a reader or writer of the descriptor (`SO_RCVTIMEO`/`SO_SNDTIMEO`).
    static func setTimeouts(_ descriptor: Int32, seconds: Int) {
        var time = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var one: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    /// Writes every byte; false when the other side has gone (no SIGPIPE).
    static func write(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let flags = Int32(MSG_NOSIGNAL)
            #else
            let flags: Int32 = 0
            #endif
            let sent = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress! + offset, bytes.count - offset, flags) }
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    /// Reads a request head: at most `HTTPRequest.limit + 1` bytes, stopping at the blank line.
    /// Nil when the peer closed or timed out before a complete head.
    static func readHead(_ descriptor: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 2048)
        while bytes.count <= HTTPRequest.limit {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return bytes.isEmpty ? nil : bytes }
            bytes += buffer[0..<count]
            if let length = HTTPRequest.headLength(bytes) { return Array(bytes[0..<length]) }
        }
        return bytes
    }

    static func close(_ descriptor: Int32) {
        _ = Glibc_close(descriptor)
    }
    #else
    static func listen(port: UInt16) -> Result<(descriptor: Int32, port: UInt16), BindFailure> { .failure(.failed(0)) }
    static func accept(_ listener: Int32) -> Int32? { nil }
    static func shutdown(_ descriptor: Int32) {}
    static func setTimeouts(_ descriptor: Int32, seconds: Int) {}
    static func write(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool { false }
    static func readHead(_ descriptor: Int32) -> [UInt8]? { nil }
    static func close(_ descriptor: Int32) {}
    #endif
}

#if canImport(Glibc) || canImport(Darwin)

// The C functions whose names the enum's own methods hide.
private func Glibc_listen(_ descriptor: Int32, _ backlog: Int32) -> Int32 { listen(descriptor, backlog) }
private func Glibc_close(_ descriptor: Int32) -> Int32 { close(descriptor) }
private func Glibc_accept(_ descriptor: Int32) -> Int32 { accept(descriptor, nil, nil) }
private func Glibc_shutdown(_ descriptor: Int32) -> Int32 { shutdown(descriptor, Int32(SHUT_RDWR)) }
#endif
