import StroomLSP

/// `shutdown`: answered with null. The server refuses requests from now on (see `Server`).
enum ShutdownHandler: RequestHandler {
    static func handle(_ request: ShutdownRequest, context: RequestContext) throws -> VoidResponse {
        context.state.log.info("shutdown")
        return VoidResponse()
    }
}
