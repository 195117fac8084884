/// Splits a byte stream into message bodies by their `Content-Length` headers.
///
/// An I/O-free state machine: feed it whatever a `read` returned with ``append(_:)``, then take
/// events with ``next()`` until it returns nil. It never waits for bytes that a broken header
/// or a lying length makes impossible to come:
///
/// * bytes before a header (garbage, or the tail of a body whose length was too short) are
///   skipped up to the next `Content-Length:` and reported once;
/// * a header block without a usable `Content-Length` is reported and skipped;
/// * a header that starts inside an announced body means the length was too long: the body is
///   cut there, reported, and still delivered (the JSON layer decides whether it is valid).
///
/// The last rule is safe because a header line ends in a raw CR LF, which valid JSON can only
/// hold between tokens, where the header's name cannot stand.
public struct MessageFraming: Sendable {
    /// Bodies longer than this are refused rather than waited for (64 MiB).
    public static let maximumBodyLength = 64 << 20
    /// Header blocks longer than this without an end are skipped (8 KiB).
    static let maximumHeaderLength = 8 << 10

    enum State: Sendable {
        case header
        case body(length: Int)
    }

    private var buffer: [UInt8] = []
    /// Index of the first unread byte in `buffer`.
    private var start = 0
    private var state = State.header
    /// In the body state: how far the body was already searched for a header (absolute index).
    private var scannedUpTo = 0
    private var pending: [FramingEvent] = []

    public init() {}

    /// Bytes not yet turned into events.
    public var bufferedByteCount: Int { buffer.count - start }

    /// Adds bytes as they came from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete message or problem, or nil when more bytes are needed.
    public mutating func next() -> FramingEvent? {
        if !pending.isEmpty { return pending.removeFirst() }
        while true {
            switch state {
            case .header:
                switch readHeader() {
                case .needMoreBytes:
                    compact()
                    return pending.isEmpty ? nil : pending.removeFirst()
                case .progress:
                    if !pending.isEmpty { return pending.removeFirst() }
                }
            case .body(let length):
                guard let event = readBody(length: length) else {
                    compact()
                    return nil
                }
                pending.append(contentsOf: event)
                return pending.removeFirst()
            }
        }
    }

    /// Call at the end of the stream: what was left unfinished, if anything.
    public mutating func finish() -> FramingProblem? {
        defer {
            buffer.removeAll()
            start = 0
            state = .header
        }
        switch state {
        case .body(let length):
            return .truncatedBody(expected: length, received: buffer.count - start)
        case .header:
            let rest = buffer[start...]
            return rest.allSatisfy(HeaderSyntax.isWhitespace) ? nil : .garbageSkipped(byteCount: rest.count)
        }
    }

    /// Frames a body for sending: `Content-Length: N\r\n\r\n` followed by the body.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        var framed = header(forBodyOf: body.count)
        framed.append(contentsOf: body)
        return framed
    }

    /// The header block of a body of `count` bytes (what ``frame(_:)`` puts before it).
    public static func header(forBodyOf count: Int) -> [UInt8] {
        Array("Content-Length: \(count)\r\n\r\n".utf8)
    }

    // MARK: - Header

    private enum HeaderStep { case needMoreBytes, progress }

    private mutating func readHeader() -> HeaderStep {
        // Resynchronise: a header block starts at a header name.
        guard let headerStart = HeaderSyntax.firstHeaderName(in: buffer, from: start) else {
            // Keep a tail that may be the start of a name split across reads.
            let keep = HeaderSyntax.longestNameLength - 1
            let skippable = max(0, buffer.count - start - keep)
            if skippable > 0 { skipGarbage(to: start + skippable, reportNow: false) }
            return .needMoreBytes
        }
        if headerStart > start { skipGarbage(to: headerStart, reportNow: true) }
        flushGarbage()
        guard let end = HeaderSyntax.blockEnd(in: buffer, from: headerStart) else {
            if buffer.count - headerStart > MessageFraming.maximumHeaderLength {
                pending.append(.problem(.malformedHeader))
                start = headerStart + 1
                return .progress
            }
            return .needMoreBytes
        }
        switch HeaderSyntax.parseBlock(buffer[headerStart..<end.contentEnd]) {
        case .success(let length):
            start = end.bodyStart
            if length > MessageFraming.maximumBodyLength {
                pending.append(.problem(.lengthTooLarge(length)))
                return .progress
            }
            state = .body(length: length)
            scannedUpTo = start
        case .failure(let problem):
            pending.append(.problem(problem))
            // Go on at the next header name: a broken block may hide a good header further on
            // (a line end missing between two messages), and what is skipped is counted.
            start = headerStart + 1
        }
        return .progress
    }

    private var garbageCount = 0

    private mutating func skipGarbage(to index: Int, reportNow: Bool) {
        if !buffer[start..<index].allSatisfy(HeaderSyntax.isWhitespace) || garbageCount > 0 {
            garbageCount += index - start
        }
        start = index
        if reportNow { flushGarbage() }
    }

    private mutating func flushGarbage() {
        guard garbageCount > 0 else { return }
        pending.append(.problem(.garbageSkipped(byteCount: garbageCount)))
        garbageCount = 0
    }

    // MARK: - Body

    private mutating func readBody(length: Int) -> [FramingEvent]? {
        let available = buffer.count - start
        let searchEnd = start + min(length, available)
        // Search only what is new, backing up far enough for a header split across reads.
        let searchStart = max(start, scannedUpTo - HeaderSyntax.longestNameLength - 24)
        if let cut = HeaderSyntax.firstCompleteHeaderLine(in: buffer, from: searchStart, to: searchEnd, bodyStart: start) {
            let body = Array(buffer[start..<cut])
            start = cut
            state = .header
            return [.problem(.lengthMismatch(announced: length, actual: body.count)), .message(body)]
        }
        scannedUpTo = searchEnd
        guard available >= length else { return nil }
        let body = Array(buffer[start..<(start + length)])
        start += length
        state = .header
        return [.message(body)]
    }

    /// Drops consumed bytes once they are a large part of the buffer.
    private mutating func compact() {
        guard start > 0, start >= 4096 || start == buffer.count else { return }
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
        } else if start > buffer.count / 2 {
            buffer.removeFirst(start)
        } else {
            return
        }
        scannedUpTo = max(0, scannedUpTo - start)
        start = 0
    }
}

/// What the framing found in the byte stream.
public enum FramingEvent: Equatable, Sendable {
    /// The body of one message.
    case message([UInt8])
    /// Bytes that were not a well-formed message; the framing went on with the next header.
    case problem(FramingProblem)
}

/// Why bytes were skipped. Each is logged; none stops the stream.
public enum FramingProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// Bytes outside any message were skipped up to the next header.
    case garbageSkipped(byteCount: Int)
    /// A header line was not `Name: value`.
    case malformedHeader
    /// A header block had no `Content-Length`.
    case missingContentLength
    /// `Content-Length` was not a non-negative whole number.
    case invalidContentLength(String)
    case lengthTooLarge(Int)
    /// A new header began before the announced number of bytes had arrived.
    case lengthMismatch(announced: Int, actual: Int)
    /// The stream ended inside a body.
    case truncatedBody(expected: Int, received: Int)

    public var description: String {
        switch self {
        case .garbageSkipped(let count): "skipped \(count) bytes that were not part of a message"
        case .malformedHeader: "skipped a malformed header line"
        case .missingContentLength: "skipped a header without Content-Length"
        case .invalidContentLength(let value): "skipped a header with an invalid Content-Length ‘\(value)’"
        case .lengthTooLarge(let length): "skipped a message of \(length) bytes (more than \(MessageFraming.maximumBodyLength))"
        case .lengthMismatch(let announced, let actual):
            "Content-Length said \(announced) bytes but the next header came after \(actual); cut the message there"
        case .truncatedBody(let expected, let received): "the stream ended \(expected - received) bytes into a \(expected)-byte message"
        }
    }
}
