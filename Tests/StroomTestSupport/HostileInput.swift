import Foundation

/// Inputs that once crashed Stroom (issue 12), at ten times the size that crashed, and a way to
/// run code on a thread with the small stack of a worker thread.
public enum HostileInput {
    /// About 4,400 nested declarations overflowed the stack; this is ten times that.
    public static let deepDeclarationCount = 44_000
    /// About 36,000 stray `{` overflowed the stack; this is ten times that.
    public static let strayBraceCount = 360_000

    /// `proces a "A" {` then `count` steps each inside the one before, closed properly.
    public static func nestedDeclarations(_ count: Int = deepDeclarationCount) -> String {
        var text = "proces diep \"Diep\" {\n"
        text.reserveCapacity(count * 16)
        for index in 0..<count { text += "stap s\(index) {\n" }
        for _ in 0..<count { text += "}\n" }
        return text + "}\n"
    }

    /// `count` stray `{` on one line.
    public static func strayBraces(_ count: Int = strayBraceCount) -> String {
        String(repeating: "{", count: count) + "\n"
    }

    /// A small map with known findings: `leeraar` is not declared (N102).
    public static let normalMap = """
        proces gewoon "Gewoon" {
          persoon leraar "Leraar"
          stap s "Schrijven" { door: leeraar  tijd: 1u }
        }

        """

    /// Runs `body` on a new thread with a 512 KiB stack (what Dispatch and `concurrentMap` worker
    /// threads get, far less than the main thread's 8 MiB) and waits for it.
    public static func onSmallStack<T>(_ body: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        return box.value!
    }

    final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }

    /// The greatest depth of nested nodes below `node`, counted without recursion.
    public static func depthOf<Node>(_ root: Node, children: (Node) -> [Node]) -> Int {
        var deepest = 0
        var stack = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            deepest = max(deepest, depth)
            for child in children(node) { stack.append((child, depth + 1)) }
        }
        return deepest
    }
}
