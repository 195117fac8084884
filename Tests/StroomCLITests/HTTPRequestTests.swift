@testable import StroomCLI
import Testing

/// The preview server's request parser, in-process: what it accepts and what it answers.
@Suite struct HTTPRequestTests {
    func parse(_ text: String, port: UInt16 = 8123) -> Result<HTTPRequest, HTTPRequest.Failure> {
        HTTPRequest.parse(Array(text.utf8), port: port)
    }

    @Test func acceptsAGetForThisServer() throws {
        let request = try parse("GET /events?x=1 HTTP/1.1\r\nHost: localhost:8123\r\nAccept: */*\r\n\r\n").get()
        #expect(request.path == "/events")
    }

    @Test(arguments: [
        ("", HTTPRequest.Failure.badRequest),
        ("GET / HTTP/1.1\r\n\r\n", .badRequest),
        ("GET / HTTP/2\r\nHost: localhost:8123\r\n\r\n", .badRequest),
        ("GET  / HTTP/1.1\r\nHost: localhost:8123\r\n\r\n", .badRequest),
        ("GET relative HTTP/1.1\r\nHost: localhost:8123\r\n\r\n", .badRequest),
        ("GET / HTTP/1.1\r\nHost: localhost:8123\r\nHost: localhost:8123\r\n\r\n", .badRequest),
        ("GET / HTTP/1.1\r\nHost: localhost:8123\r\nbroken header\r\n\r\n", .badRequest),
        ("GET / HTTP/1.1\r\nHost: localhost:8123\r\nContent-Length: 5\r\n\r\n", .badRequest),
        ("GET / HTTP/1.1\r\nHost: localhost:8124\r\n\r\n", .wrongHost),
        ("GET / HTTP/1.1\r\nHost: attacker.example:8123\r\n\r\n", .wrongHost),
        ("DELETE / HTTP/1.1\r\nHost: localhost:8123\r\n\r\n", .methodNotAllowed),
        ("GET / HTTP/1.1\r\nHost: localhost:8123\r\nX: " + String(repeating: "a", count: 9000) + "\r\n\r\n", .tooLarge),
        ("GET /\u{7F} HTTP/1.1\r\nHost: localhost:8123\r\n\r\n", .badRequest),
        ("GET /é HTTP/1.1\r\nHost: localhost:8123\r\n\r\n", .badRequest),
    ])
    func refuses(_ text: String, _ failure: HTTPRequest.Failure) {
        #expect(parse(text) == .failure(failure))
    }

    @Test func findsTheEndOfTheHead() {
        #expect(HTTPRequest.headLength(Array("GET / HTTP/1.1\r\n\r\nrest".utf8)) == 18)
        #expect(HTTPRequest.headLength(Array("GET / HTTP/1.1\r\n".utf8)) == nil)
        #expect(HTTPRequest.headLength([]) == nil)
    }
}
