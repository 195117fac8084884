/// Receives what a connection reads, one message at a time, in the order it was read.
///
/// Calls come from the connection's reading thread. A handler that does real work hands the
/// message on to a queue of its own, so that the connection can keep reading (and so see a
/// `$/cancelRequest` while a request waits).
public protocol MessageHandler: AnyObject, Sendable {
    func receive(_ message: JSONRPCMessage)
    /// The input ended (or the connection was closed): no more calls follow.
    func connectionClosed()
}

/// A two-way JSON-RPC channel: framed bytes in, framed bytes out.
public protocol Connection: AnyObject, Sendable {
    /// Starts reading; every message goes to `handler`.
    func start(handler: any MessageHandler)
    /// Sends one message. Safe from any thread; messages are written whole, never interleaved.
    func send(_ message: JSONRPCMessage)
    /// Stops sending (closes the output). Reading ends when the other side closes.
    func close()
}

/// Where the transport writes what went wrong in the byte stream. Never stdout.
public typealias TransportLog = @Sendable (String) -> Void

/// The receiving half shared by every connection: framing, decoding, and the transport's own
/// answers (`ParseError`, `InvalidRequest`) to messages that never reach the handler.
final class InboundStream {
    private var framing = MessageFraming()
    private let handler: any MessageHandler
    private let reply: (JSONRPCMessage) -> Void
    private let log: TransportLog

    init(handler: any MessageHandler, reply: @escaping (JSONRPCMessage) -> Void, log: @escaping TransportLog) {
        self.handler = handler
        self.reply = reply
        self.log = log
    }

    /// Takes the bytes of one read and delivers every message they complete.
    func feed(_ bytes: some Sequence<UInt8>) {
        framing.append(bytes)
        while let event = framing.next() {
            switch event {
            case .problem(let problem):
                log("transport: \(problem)")
            case .message(let body):
                switch JSONRPCMessage.decode(body) {
                case .success(let message):
                    handler.receive(message)
                case .failure(let failure):
                    log("transport: could not decode a message (\(failure.error.message)): \(Self.excerpt(body))")
                    if let answer = failure.reply { reply(answer) }
                }
            }
        }
    }

    /// The end of input.
    func finish() {
        if let problem = framing.finish() { log("transport: \(problem)") }
    }

    private static func excerpt(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        return body.count > 200 ? text + "…" : text
    }
}
