import StroomPlatform

/// One HTTP/1.1 request head, as the preview server accepts it: `GET` only, no body, a `Host`
/// that names this server (so that a web page elsewhere cannot reach it through DNS
/// rebinding), and at most ``limit`` bytes. Anything else is an answer, never a crash.
struct HTTPRequest: Equatable {
    /// The largest request head read; more is 431.
    static let limit = 8192

    let path: String
    let host: String

    enum Failure: Error, Equatable {
        case badRequest
        case methodNotAllowed
        case tooLarge
        case wrongHost

        var status: Int {
            switch self {
            case .badRequest: 400
            case .methodNotAllowed: 405
            case .tooLarge: 431
            case .wrongHost: 403
            }
        }
    }

    /// The bytes up to and including the blank line that ends the head, or nil when it has not
    /// come yet.
    static func headLength(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index + 4
        }
        return nil
    }

    /// Parses a complete head; `port` is this server's, for the `Host` check.
    static func parse(_ head: [UInt8], port: UInt16) -> Result<HTTPRequest, Failure> {
        guard head.count <= limit else { return .failure(.tooLarge) }
        // Only printable ASCII, tab and line ends belong in a head.
        guard head.allSatisfy({ $0 == 9 || $0 == 10 || $0 == 13 || (32...126).contains($0) }) else {
            return .failure(.badRequest)
        }
        let text = String(decoding: head, as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        while lines.last == "" { lines.removeLast() }
        guard let requestLine = lines.first else { return .failure(.badRequest) }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0",
              parts[1].hasPrefix("/"), !parts[0].isEmpty, parts[0].allSatisfy({ $0.isUppercase }) else {
            return .failure(.badRequest)
        }
        var host: String?
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                  !line[..<colon].contains(" "), !line[..<colon].contains("\t") else { return .failure(.badRequest) }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingBlanks()
            switch name {
            case "host":
                guard host == nil else { return .failure(.badRequest) }
                host = value
            case "content-length":
                guard value == "0" else { return .failure(.badRequest) }
            case "transfer-encoding":
                return .failure(.badRequest)
            default:
                break
            }
        }
        guard parts[0] == "GET" else { return .failure(.methodNotAllowed) }
        guard let host else { return .failure(.badRequest) }
        guard ["127.0.0.1:\(port)", "localhost:\(port)"].contains(host.lowercased()) else { return .failure(.wrongHost) }
        var path = String(parts[1])
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        return .success(HTTPRequest(path: path, host: host))
    }
}
