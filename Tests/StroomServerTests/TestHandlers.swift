import Foundation
import StroomJSONRPC
import StroomLSP
@testable import StroomServer

// Requests only the tests send, and the one router that answers them besides every standard
// method (`Router.withTestHandlers`).

/// A request that works until the client cancels it (as a long request would, checking
/// between its phases).
struct SlowRequest: LSPRequest {
    static let method = "test/slow"
    typealias Response = VoidResponse
}

struct EchoRequest: LSPRequest {
    static let method = "test/echo"
    typealias Response = String
    var text: String
}

enum SlowHandler: RequestHandler {
    static func handle(_ request: SlowRequest, context: RequestContext) throws -> VoidResponse {
        for _ in 0..<2000 {
            try context.checkCancellation()
            Thread.sleep(forTimeInterval: 0.005)
        }
        return VoidResponse()
    }
}

enum EchoHandler: RequestHandler {
    static func handle(_ request: EchoRequest, context: RequestContext) throws -> String { request.text }
}

/// How many analyses the server has started, finished and given up.
struct AnalysisCountRequest: LSPRequest {
    static let method = "test/analysisCount"
    typealias Response = AnalysisCount
}

enum AnalysisCountHandler: RequestHandler {
    static func handle(_ request: AnalysisCountRequest, context: RequestContext) throws -> AnalysisCount {
        context.state.analysisCount
    }
}

extension Router {
    /// The standard router with the tests' own requests: `test/slow`, `test/echo` and
    /// `test/analysisCount`.
    static var withTestHandlers: Router {
        var router = Router.standard
        router.on(SlowHandler.self)
        router.on(EchoHandler.self)
        router.on(AnalysisCountHandler.self)
        return router
    }
}
