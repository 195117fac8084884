/// An indented text dump of a tree: node kinds, token kinds with their UTF-8 ranges and text,
/// and at the end the syntax diagnostics. It is the golden format of the parser tests and the
/// output of `stroom dump-tree`.
public enum TreeDump {
    public static func dump(_ tree: SyntaxTree) -> String {
        var lines: [String] = []
        dump(tree.root, source: tree.source, depth: 0, into: &lines)
        for diagnostic in tree.diagnostics {
            lines.append("\(diagnostic.code) \(diagnostic.range): \(diagnostic.message.en)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func dump(_ node: SyntaxNode, source: SourceFile, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let range = node.range.map { " \($0)" } ?? ""
        lines.append("\(indent)\(node.kind.dumpName)\(range)")
        for child in node.children {
            switch child {
            case .node(let inner):
                dump(inner, source: source, depth: depth + 1, into: &lines)
            case .token(let token):
                var line = "\(indent)  \(token.kind.dumpName) \(token.range)"
                if token.isMissing {
                    line += " MISSING"
                } else if token.kind != .eof {
                    line += " \(escaped(source.text(in: token.range)))"
                }
                lines.append(line)
            }
        }
    }

    /// The text in quotes with line breaks and quotes made visible, so the dump stays one line
    /// per token.
    static func escaped(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
