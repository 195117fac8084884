/// One JSON-RPC 2.0 message. Payloads stay raw JSON: this layer knows the envelope, not the
/// methods.
public enum JSONRPCMessage: Hashable, Sendable {
    case request(id: RequestID, method: String, params: RawJSON?)
    case notification(method: String, params: RawJSON?)
    case response(id: RequestID, result: RawJSON)
    /// An error response; the id is nil when the request's id could not be read.
    case errorResponse(id: RequestID?, error: JSONRPCError)

    /// The method of a request or notification.
    public var method: String? {
        switch self {
        case .request(_, let method, _), .notification(let method, _): method
        case .response, .errorResponse: nil
        }
    }

    /// The message as JSON text (UTF-8), without framing.
    public func encoded() -> [UInt8] {
        var output: [UInt8] = []
        // Room for the whole message at once: a large result (a 20 MB document's outline is
        // 40 MB of JSON) would otherwise be copied into a buffer that then doubles for the
        // closing brace.
        output.reserveCapacity(128 + payloadSize)
        JSONWriter.append("{\"jsonrpc\":\"2.0\"", to: &output)
        switch self {
        case .request(let id, let method, let params):
            JSONWriter.append(",\"id\":", to: &output)
            id.append(to: &output)
            JSONWriter.append(",\"method\":", to: &output)
            JSONWriter.appendString(method, to: &output)
            if let params {
                JSONWriter.append(",\"params\":", to: &output)
                output.append(contentsOf: params.bytes)
            }
        case .notification(let method, let params):
            JSONWriter.append(",\"method\":", to: &output)
            JSONWriter.appendString(method, to: &output)
            if let params {
                JSONWriter.append(",\"params\":", to: &output)
                output.append(contentsOf: params.bytes)
            }
        case .response(let id, let result):
            JSONWriter.append(",\"id\":", to: &output)
            id.append(to: &output)
            JSONWriter.append(",\"result\":", to: &output)
            output.append(contentsOf: result.bytes)
        case .errorResponse(let id, let error):
            JSONWriter.append(",\"id\":", to: &output)
            if let id { id.append(to: &output) } else { JSONWriter.append("null", to: &output) }
            JSONWriter.append(",\"error\":{\"code\":\(error.code),\"message\":", to: &output)
            JSONWriter.appendString(error.message, to: &output)
            if let data = error.data {
                JSONWriter.append(",\"data\":", to: &output)
                output.append(contentsOf: data.bytes)
            }
            JSONWriter.append("}", to: &output)
        }
        JSONWriter.append("}", to: &output)
        return output
    }

    /// The message framed for the wire: `Content-Length` header and body.
    public func framed() -> [UInt8] {
        MessageFraming.frame(encoded())
    }

    /// The bytes of its parameters, result or error data, and of its error message.
    private var payloadSize: Int {
        switch self {
        case .request(_, let method, let params), .notification(let method, let params):
            method.utf8.count + (params?.bytes.count ?? 0)
        case .response(_, let result):
            result.bytes.count
        case .errorResponse(_, let error):
            error.message.utf8.count * 2 + (error.data?.bytes.count ?? 0)
        }
    }
}
