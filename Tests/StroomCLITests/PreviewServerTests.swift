import Foundation
import StroomTestSupport
import Testing

/// `stroom preview` end to end: the built binary on an ephemeral port, spoken to over raw
/// loopback sockets. Every test stops its server.
@Suite(.serialized) struct PreviewServerTests {
    static let good = "proces q \"Q\" {\n  stap a \"Alfa\"\n}\n"
    static let renamed = "proces q \"Q\" {\n  stap a \"Bravo\"\n}\n"
    static let broken = "proces q \"Q\" {\n  stap a \"Charlie\"\n  stap a \"Dubbel\"\n}\n"
    static var hasGraphviz: Bool { ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].contains { FileManager.default.isExecutableFile(atPath: $0) } }

    @Test func pageShowsMapsFiguresAndFindingsWithAStrictPolicy() throws {
        let folder = try CommandRunner.folder(["q.vsm": Self.good])
        let server = try PreviewProcess(["--port", "0", folder.path])
        defer { server.stop() }
        let page = try server.get("/")
        #expect(page.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(page.contains("Content-Security-Policy: default-src 'none'; script-src 'nonce-"))
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("<h2>q.vsm</h2>"))
        #expect(page.contains("<h3>Figures</h3>"), "the report's figures")
        #expect(page.contains("<code>V303</code>"), "the checker's findings")
        if Self.hasGraphviz {
            #expect(page.contains("<svg role=\"img\" aria-label=\"Diagram of map q, view flow\""))
            #expect(page.contains(">Alfa</text>"))
        }
        // The length is the body's, in bytes.
        let parts = page.components(separatedBy: "\r\n\r\n")
        let length = try #require(page.firstMatch(of: /Content-Length: (\d+)/)).1
        #expect(Int(length) == parts.dropFirst().joined(separator: "\r\n\r\n").utf8.count)
    }

    @Test func pageIsDutchWithLangNl() throws {
        let folder = try CommandRunner.folder(["q.vsm": Self.good])
        let server = try PreviewProcess(["--lang", "nl", folder.path])
        defer { server.stop() }
        let page = try server.get("/")
        #expect(page.contains("<html lang=\"nl\">"))
        #expect(page.contains("<h1>Stroom: voorbeeld</h1>"))
        #expect(page.contains("waarschuwing"))
    }

    @Test func savedChangesErrorsAndDeletionsArriveAsEvents() throws {
        let folder = try CommandRunner.folder(["q.vsm": Self.good, "other.vsm": "proces o \"O\" {\n  stap b \"B\"\n}\n"])
        let file = folder.appendingPathComponent("q.vsm")
        let server = try PreviewProcess(["--port", "0", folder.path])
        defer { server.stop() }
        let events = try PreviewConnection(port: server.port)
        defer { events.close() }
        events.send(Array("GET /events HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n\r\n".utf8))
        let opened = events.read(until: { $0.contains("retry:") }, seconds: 10)
        #expect(opened.contains("Content-Type: text/event-stream"))

        let saved = Date()
        try Data(Self.renamed.utf8).write(to: file)
        let marker = Self.hasGraphviz ? ">Bravo<\\/text>" : "Bravo"
        let update = events.read(until: { $0.contains(marker) }, seconds: 10)
        let elapsed = Date().timeIntervalSince(saved)
        #expect(update.contains("event: update"))
        #expect(update.contains(marker), "no update with the new picture within 10 s")
        print("preview: save → event in \(Int(elapsed * 1000)) ms")

        // An error: the findings come, and the last good picture stays.
        try Data(Self.broken.utf8).write(to: file)
        let withError = events.read(until: { $0.contains("class=\\\"error\\\"") }, seconds: 10)
        let errorEvent = try #require(withError.components(separatedBy: "event: update").last)
        #expect(errorEvent.contains("class=\\\"error\\\""))
        #expect(errorEvent.contains("Bravo"), "the last good picture is kept")
        // The findings name the step by its new label; the picture must still be the old one.
        let picture = errorEvent.components(separatedBy: "<figure").dropFirst().joined()
        #expect(picture.contains("Bravo") && !picture.contains("Charlie"))
        let page = try server.get("/")
        #expect(page.contains("Bravo") && page.contains("class=\"error\""))

        // A deleted file is removed from the page.
        try FileManager.default.removeItem(at: file)
        let removed = events.read(until: { $0.contains("event: remove") }, seconds: 10)
        #expect(removed.contains("event: remove"))
        let after = try server.get("/")
        #expect(!after.contains("<h2>q.vsm</h2>") && after.contains("<h2>other.vsm</h2>"))
    }

    @Test func garbageGetsAnErrorAndTheServerKeepsServing() throws {
        let folder = try CommandRunner.folder(["q.vsm": Self.good])
        let server = try PreviewProcess([folder.path])
        defer { server.stop() }
        let host = "Host: 127.0.0.1:\(server.port)\r\n"
        var generator = SystemRandomNumberGenerator()
        let requests: [([UInt8], String)] = [
            (Array("garbage\r\n\r\n".utf8), "400"),
            ((0..<600).map { _ in UInt8.random(in: 0...255, using: &generator) } + [13, 10, 13, 10], "400"),
            (Array("GET / HTTP/1.1\r\n\r\n".utf8), "400"),
            (Array("GET / HTTP/1.1\r\nHost: evil.example:\(server.port)\r\n\r\n".utf8), "403"),
            (Array("POST / HTTP/1.1\r\n\(host)Content-Length: 0\r\n\r\n".utf8), "405"),
            (Array("GET / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n".utf8), "400"),
            (Array("GET / HTTP/1.1\r\n\(host)X: \(String(repeating: "a", count: 10_000))\r\n\r\n".utf8), "431"),
            (Array("GET /nothing HTTP/1.1\r\n\(host)\r\n".utf8), "404"),
            (Array("GET /\u{0} HTTP/1.1\r\n\(host)\r\n".utf8), "400"),
        ]
        for (request, status) in requests {
            let answer = try server.exchange(request)
            #expect(answer.hasPrefix("HTTP/1.1 \(status) "), "\(status) expected, got: \(answer.prefix(80))")
        }
        // A client that sends half a request and goes away.
        let half = try PreviewConnection(port: server.port)
        half.send(Array("GET / HT".utf8))
        half.close()
        #expect(try server.get("/").hasPrefix("HTTP/1.1 200 OK"))
        #expect(server.process.isRunning)
        // Started by a test runner that blocks SIGTERM, the server still stops on it.
        #expect(server.stopsOnTerminate())
    }

    @Test func connectionsBeyondTheLimitGetBusyAndTheServerRecovers() throws {
        let folder = try CommandRunner.folder(["q.vsm": Self.good])
        let server = try PreviewProcess([folder.path])
        defer { server.stop() }
        // 32 clients that connect and say nothing hold every place (each for at most 5 s).
        let idle = try (0..<32).map { _ in try PreviewConnection(port: server.port) }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try server.get("/").hasPrefix("HTTP/1.1 503 "))
        for connection in idle { connection.close() }
        var answer = ""
        let deadline = Date().addingTimeInterval(10)
        repeat {
            Thread.sleep(forTimeInterval: 0.1)
            answer = try server.get("/")
        } while !answer.hasPrefix("HTTP/1.1 200 ") && Date() < deadline
        #expect(answer.hasPrefix("HTTP/1.1 200 OK"))
    }

    @Test func aTakenPortIsAClearErrorInBothLanguages() throws {
        let folder = try CommandRunner.folder(["q.vsm": Self.good])
        let first = try PreviewProcess([folder.path])
        defer { first.stop() }
        let english = try CommandRunner.execute(["preview", "--port", "\(first.port)", folder.path])
        #expect(english.exitCode == 2)
        #expect(english.stderr.contains("port \(first.port) is already in use"))
        let dutch = try CommandRunner.execute(["preview", "--port", "\(first.port)", "--lang", "nl", folder.path])
        #expect(dutch.stderr.contains("poort \(first.port) is al in gebruik"))
        let wrong = try CommandRunner.execute(["preview", "--port", "seventy", folder.path])
        #expect(wrong.exitCode == 2 && wrong.stderr.contains("is not a port"))
    }

    @Test func withoutGraphvizThePageShowsTheDotTextAndAnInstallHint() throws {
        let folder = try CommandRunner.folder(["q.vsm": Self.good])
        let server = try PreviewProcess([folder.path], environment: ["LANG": "en_US.UTF-8", "PATH": "/nonexistent"])
        defer { server.stop() }
        let page = try server.get("/")
        #expect(page.contains("Graphviz (the dot program) was not found"))
        #expect(page.contains("<pre class=\"dot\">// stroom dot") && page.contains("digraph"))
        #expect(!page.contains("<svg"))
    }
}
