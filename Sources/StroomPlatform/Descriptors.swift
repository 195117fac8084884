#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif os(Windows)
import ucrt
#endif

public enum Descriptors {
    /// Everything a descriptor gives, up to its end (or a failure other than an interruption).
    public static func readAll(_ descriptor: Int32) -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            #if os(Windows)
            let count = Int(buffer.withUnsafeMutableBytes { _read(descriptor, $0.baseAddress, UInt32($0.count)) })
            #else
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            #endif
            if count > 0 {
                result += buffer[0..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return result
            }
        }
    }
}
