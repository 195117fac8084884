@testable import StroomModel
import StroomSyntax
import Testing

/// ``FileTyping`` keeps each declaration's typed attributes in flat arrays: read back, they are
/// what the typer built, declaration by declaration.
@Suite struct FileTypingTests {
    static func attributes(_ entries: [(AttributeName, [Typed])]) -> TypedAttributes {
        var attributes = TypedAttributes(capacity: entries.count)
        for (name, values) in entries { attributes[name] = values }
        return attributes
    }

    @Test func readsBackWhatWasAppended() {
        let target = DeclarationID(file: FileID(3), local: 7)
        let built = [
            Self.attributes([(.time, [.number(5)]), (.at, [.reference(target), .text("x")])]),
            Self.attributes([]),
            Self.attributes([(.note, []), (.at, [.text("y")])]),
        ]
        var file = FileTyping(declarations: 1, attributes: 1, values: 1)
        for attributes in built { file.append(attributes) }
        #expect(file.count == 3)
        for (local, attributes) in built.enumerated() {
            for name in AttributeName.allCases {
                #expect(file[local, name].map(Array.init) == attributes[name], "\(local) \(name)")
                #expect(file.hasValues(local, name) == !(attributes[name] ?? []).isEmpty)
                #expect(file.first(local, name) == attributes[name]?.first)
            }
        }
        var all: [(Int, Typed)] = []
        file.forEachValue { all.append(($0, $1)) }
        #expect(all.map(\.0) == [0, 0, 0, 2])
        #expect(all.map(\.1) == [.number(5), .reference(target), .text("x"), .text("y")])
        #expect(file.refers(0, to: target, via: .at))
        #expect(!file.refers(0, to: target, via: .time))
        #expect(!file.refers(2, to: target, via: .at))
        // An attribute written without a value is there, empty; one never written is not.
        #expect(file[2, .note] == [])
        #expect(file[2, .time] == nil)
        // A declaration past the end has nothing (and does not read the next one's).
        #expect(file[3, .at] == nil && !file.hasValues(3, .at) && file.first(3, .at) == nil)
    }
}
