import StroomJSONRPC
import Testing

/// The framing state machine on the inputs editors and broken clients really send: split
/// reads, several messages in one read, garbage, broken headers and lengths that lie.
@Suite struct MessageFramingTests {
    static func frame(_ text: String) -> [UInt8] { MessageFraming.frame(Array(text.utf8)) }

    /// Feeds the chunks one by one and collects every event.
    static func events(_ chunks: [[UInt8]]) -> [FramingEvent] {
        var framing = MessageFraming()
        var result: [FramingEvent] = []
        for chunk in chunks {
            framing.append(chunk)
            while let event = framing.next() { result.append(event) }
        }
        return result
    }

    static func messages(_ events: [FramingEvent]) -> [String] {
        events.compactMap { if case .message(let body) = $0 { String(decoding: body, as: UTF8.self) } else { nil } }
    }

    static func problems(_ events: [FramingEvent]) -> [FramingProblem] {
        events.compactMap { if case .problem(let problem) = $0 { problem } else { nil } }
    }

    @Test func oneMessage() {
        let events = Self.events([Self.frame(#"{"a":1}"#)])
        #expect(events == [.message(Array(#"{"a":1}"#.utf8))])
    }

    @Test func everySplitPointGivesTheSameMessages() {
        let bytes = Self.frame(#"{"jsonrpc":"2.0","method":"ë 😀"}"#) + Self.frame("{}")
        for split in 0...bytes.count {
            let events = Self.events([Array(bytes[..<split]), Array(bytes[split...])])
            #expect(Self.messages(events) == [#"{"jsonrpc":"2.0","method":"ë 😀"}"#, "{}"], "split at \(split)")
            #expect(Self.problems(events).isEmpty, "split at \(split)")
        }
    }

    @Test func byteByByte() {
        let bytes = Self.frame("[1,2]") + Self.frame(#"{"x":"y"}"#)
        let events = Self.events(bytes.map { [$0] })
        #expect(Self.messages(events) == ["[1,2]", #"{"x":"y"}"#])
    }

    @Test func severalMessagesInOneRead() {
        let bytes = (1...5).flatMap { Self.frame("{\"n\":\($0)}") }
        #expect(Self.messages(Self.events([bytes])) == (1...5).map { "{\"n\":\($0)}" })
    }

    @Test func contentTypeAndCaseInsensitiveNames() {
        let bytes = Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 2\r\n\r\n{}".utf8)
        #expect(Self.events([bytes]) == [.message(Array("{}".utf8))])
    }

    @Test func garbageBetweenMessagesIsSkippedAndReported() {
        let bytes = Self.frame("{}") + Array("garbage!\r\n".utf8) + Self.frame("[]")
        let events = Self.events([bytes])
        #expect(Self.messages(events) == ["{}", "[]"])
        #expect(Self.problems(events) == [.garbageSkipped(byteCount: 10)])
    }

    @Test func garbageRightBeforeAHeaderOnTheSameLine() {
        let bytes = Array("xx}".utf8) + Self.frame("[]")
        let events = Self.events([bytes])
        #expect(Self.messages(events) == ["[]"])
        #expect(Self.problems(events) == [.garbageSkipped(byteCount: 3)])
    }

    @Test func missingContentLengthIsSkipped() {
        let bytes = Array("Content-Type: text/plain\r\n\r\n{\"lost\":1}".utf8) + Self.frame("{}")
        let events = Self.events([bytes])
        #expect(Self.messages(events) == ["{}"])
        #expect(Self.problems(events).first == .missingContentLength)
    }

    @Test func invalidContentLengthIsSkipped() {
        for length in ["abc", "-5", "", "1.5", "99999999999999999"] {
            let bytes = Array("Content-Length: \(length)\r\n\r\n{}".utf8) + Self.frame("[]")
            let events = Self.events([bytes])
            #expect(Self.messages(events) == ["[]"], "length ‘\(length)’")
            #expect(Self.problems(events).first == .invalidContentLength(length), "length ‘\(length)’")
        }
    }

    @Test func tooLargeLengthIsRefusedNotAwaited() {
        let bytes = Array("Content-Length: \(MessageFraming.maximumBodyLength + 1)\r\n\r\n".utf8) + Self.frame("[]")
        let events = Self.events([bytes])
        #expect(Self.messages(events) == ["[]"])
        #expect(Self.problems(events).first == .lengthTooLarge(MessageFraming.maximumBodyLength + 1))
    }

    @Test func lengthTooLongIsCutAtTheNextHeader() {
        // The first header claims 50 bytes; the body has 2 and the next message follows.
        let bytes = Array("Content-Length: 50\r\n\r\n{}".utf8) + Self.frame(#"{"next":true}"#)
        for chunks in [[bytes], bytes.map { [$0] }] {
            let events = Self.events(chunks)
            #expect(Self.messages(events) == ["{}", #"{"next":true}"#])
            #expect(Self.problems(events) == [.lengthMismatch(announced: 50, actual: 2)])
        }
    }

    @Test func lengthTooShortLeavesGarbageThatIsSkipped() {
        let bytes = Array("Content-Length: 3\r\n\r\n{\"a\":1}".utf8) + Self.frame("[]")
        let events = Self.events([bytes])
        #expect(Self.messages(events) == [#"{"a"#, "[]"])
        #expect(Self.problems(events) == [.garbageSkipped(byteCount: 4)])
    }

    @Test func aHeaderWithoutItsEmptyLineDoesNotSwallowTheNextMessage() {
        let bytes = Array("Content-Length: 2\r\n{}".utf8) + Self.frame(#"{"b":2}"#)
        let events = Self.events([bytes])
        #expect(Self.messages(events) == [#"{"b":2}"#])
        #expect(!Self.problems(events).isEmpty)
    }

    @Test func endOfStreamInsideABodyIsReported() {
        var framing = MessageFraming()
        framing.append(Array("Content-Length: 10\r\n\r\n{\"a\"".utf8))
        #expect(framing.next() == nil)
        #expect(framing.finish() == .truncatedBody(expected: 10, received: 4))
    }

    @Test func whitespaceBetweenMessagesIsNotGarbage() {
        let bytes = Self.frame("{}") + Array("\r\n\r\n".utf8) + Self.frame("[]")
        let events = Self.events([bytes])
        #expect(Self.messages(events) == ["{}", "[]"])
        #expect(Self.problems(events).isEmpty)
    }

    @Test func endlessGarbageIsDroppedWithoutGrowingTheBuffer() {
        var framing = MessageFraming()
        for _ in 0..<100 {
            framing.append([UInt8](repeating: UInt8(ascii: "x"), count: 10_000))
            while framing.next() != nil {}
        }
        #expect(framing.bufferedByteCount < 100)
        framing.append(Self.frame("{}"))
        var events: [FramingEvent] = []
        while let event = framing.next() { events.append(event) }
        #expect(Self.messages(events) == ["{}"])
        #expect(Self.problems(events) == [.garbageSkipped(byteCount: 1_000_000)])
    }

    @Test func randomBytesNeverHangOrCrash() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("Content-Length: 12\r\n{}\"ab".utf8)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<200, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            var framing = MessageFraming()
            framing.append(bytes)
            var steps = 0
            while framing.next() != nil {
                steps += 1
                if steps > 1000 { Issue.record("no end of events"); break }
            }
            // A good message after any garbage still comes through.
            framing.append(Array("\r\n\r\n".utf8) + Self.frame(#"{"ok":1}"#))
            var found = false
            while let event = framing.next() { if case .message(let body) = event, body == Array(#"{"ok":1}"#.utf8) { found = true } }
            #expect(found, "lost sync after \(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
    }
}
