extension JSONRPCMessage {
    /// Reads one message body. Never throws: what is wrong comes back as a
    /// ``MessageDecodingError`` that carries the id whenever it could be read.
    public static func decode(_ bytes: [UInt8]) -> Result<JSONRPCMessage, MessageDecodingError> {
        let members: [JSONScanner.Member]
        switch JSONScanner.scan(bytes) {
        case .failure(let syntax):
            // The id may have been read before the error: then the reply can name it.
            let id = syntax.membersSoFar.last { $0.key == "id" }.flatMap { requestID(bytes, $0.value) }
            return .failure(MessageDecodingError(id: id, error: .parseError("\(syntax.reason) at byte \(syntax.offset)")))
        case .success(.array):
            return .failure(MessageDecodingError(id: nil, error: .invalidRequest("batches are not supported")))
        case .success(.scalar):
            return .failure(MessageDecodingError(id: nil, error: .invalidRequest("a message must be a JSON object")))
        case .success(.object(let found)):
            members = found
        }
        func member(_ key: String) -> Range<Int>? { members.last { $0.key == key }?.value }
        func raw(_ range: Range<Int>) -> RawJSON { RawJSON(trusted: Array(bytes[range])) }
        func isNull(_ range: Range<Int>) -> Bool { bytes[range].elementsEqual("null".utf8) }

        let idRange = member("id")
        let id = idRange.flatMap { requestID(bytes, $0) }
        let methodRange = member("method")
        let isNotification = idRange == nil && methodRange != nil
        func invalid(_ detail: String) -> Result<JSONRPCMessage, MessageDecodingError> {
            .failure(MessageDecodingError(id: id, isNotification: isNotification, error: .invalidRequest(detail)))
        }

        guard let version = member("jsonrpc"), JSONScanner.decodeString(bytes, version) == "2.0" else {
            return invalid("\"jsonrpc\" must be \"2.0\"")
        }
        if let idRange, id == nil, !(isNull(idRange) && methodRange == nil) {
            return invalid("the id must be a whole number or a string")
        }
        if let methodRange {
            guard let method = JSONScanner.decodeString(bytes, methodRange) else { return invalid("the method must be a string") }
            var params: RawJSON?
            if let paramsRange = member("params") {
                let first = bytes[paramsRange].first
                guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || isNull(paramsRange) else {
                    return invalid("params must be an object or an array")
                }
                params = isNull(paramsRange) ? nil : raw(paramsRange)
            }
            if let id { return .success(.request(id: id, method: method, params: params)) }
            return .success(.notification(method: method, params: params))
        }
        if let resultRange = member("result") {
            guard let id else { return invalid("a response needs an id") }
            guard member("error") == nil else { return invalid("a response has a result or an error, not both") }
            return .success(.response(id: id, result: raw(resultRange)))
        }
        if let errorRange = member("error") {
            guard let error = errorObject(Array(bytes[errorRange])) else {
                return invalid("the error must have a numeric code and a message")
            }
            return .success(.errorResponse(id: id, error: error))
        }
        return invalid("a message needs a method, a result or an error")
    }

    private static func requestID(_ bytes: [UInt8], _ range: Range<Int>) -> RequestID? {
        if let number = JSONScanner.decodeInteger(bytes, range) { return .number(number) }
        if let text = JSONScanner.decodeString(bytes, range) { return .string(text) }
        return nil
    }

    /// The error object of an error response: `code`, `message` and raw `data`.
    private static func errorObject(_ bytes: [UInt8]) -> JSONRPCError? {
        guard case .success(.object(let members)) = JSONScanner.scan(bytes),
              let codeRange = members.last(where: { $0.key == "code" })?.value,
              let code = JSONScanner.decodeInteger(bytes, codeRange),
              let messageRange = members.last(where: { $0.key == "message" })?.value,
              let message = JSONScanner.decodeString(bytes, messageRange) else { return nil }
        let data = members.last { $0.key == "data" }.map { RawJSON(trusted: Array(bytes[$0.value])) }
        return JSONRPCError(code: code, message: message, data: data)
    }
}
