import StroomTestSupport

/// Labels that try to break Mermaid: its own syntax (`%%`, `%%{init…}%%`, `click`, `:::`,
/// backticks, quotes, `#`, `;`, every bracket), HTML and entity-looking text, line breaks and
/// controls (the shared HostileStrings), a seeded random Unicode set and long texts; and two
/// small maps that use each label for steps, problems, causes, stakeholders and purposes.
enum MermaidHostileLabels {
    static let mermaidSyntax: [String] = [
        "%%", "a %% b", "%% comment", "%%{init: {\"theme\": \"dark\"}}%%", "%%{init: {'theme':'forest'}}%%",
        "%%{wrap}%%", "}%%", "click A call alert()", "click A href \"https://x\"", "A:::klasse", ":::", "x:::y;z",
        "`code`", "\"`markdown`\"", "**vet** _schuin_", "\"", "'", "\"\"", "#", "#quot;", "#35;", "#amp;", "&amp;",
        "&quot;", "&#35;", "&lt;b&gt;", ";", "a;b", "A-->B;C", "[", "]", "(", ")", "{", "}", "[[x]]", "((x))", "{{x}}",
        "[(x)]", "([x])", ">x]", "[/x/]", "[\\x\\]", "|x|", "<br>", "<br/>", "a<br>b", "<b>vet</b>", "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>", "<a href=\"https://x\">link</a>", "end", "subgraph", "graph TD", "flowchart LR",
        "style A fill:#f00", "classDef x fill:#f00", "lifestyle a:b#c;d", "10:00 – 10:30;", "linkStyle 0 stroke:red", "A --> B", "A -.-> B", "A ==> B", "---",
        "title: x", "accTitle: x", "\\", "\\n", "\\\"", "50% klaar", "100%%", "#;%&<>\"'`", "😀 👩‍🏫 🇳🇱",
    ]

    static let long: [String] = [
        String(repeating: "lang ", count: 400), String(repeating: "x", count: 3_000),
        String(repeating: "%%{init}%% ", count: 100), String(repeating: "\"#;<", count: 300),
    ]

    /// Random Unicode from many scripts and blocks, the same on every run (SplitMix64, seed 11).
    static let random: [String] = {
        let blocks: [ClosedRange<UInt32>] = [
            0x21...0x7E, 0xA0...0x24F, 0x370...0x3FF, 0x400...0x4FF, 0x591...0x5F4, 0x600...0x6FF, 0x900...0x97F,
            0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2200...0x22FF, 0x2500...0x257F,
            0x3041...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xE000...0xE0FF, 0xFE00...0xFE0F, 0x1F300...0x1FAFF,
            0x10000...0x1007F, 0x1D400...0x1D4FF,
        ]
        var state: UInt64 = 11
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return (0..<60).map { _ in
            let length = 1 + Int(next() % 24)
            return String(String.UnicodeScalarView((0..<length).compactMap { _ in
                let block = blocks[Int(next() % UInt64(blocks.count))]
                return Unicode.Scalar(block.lowerBound + UInt32(next() % UInt64(block.upperBound - block.lowerBound + 1)))
            }))
        }
    }()

    static let all: [String] = mermaidSyntax + random + HostileStrings.all + long

    /// A map title with an HTML tag, double-quoted attributes, a directive and entity codes.
    static let title = #"<a href="https://example.org/?a=1&b=2" title="x">Kaart</a> %%{init: {"theme":"dark"}}%% #quot; 50% ; style A fill:#f00;x \n"#

    /// A label short and plain enough to be drawn whole, character for character.
    static func showsWhole(_ text: String) -> Bool {
        HostileStrings.literal.contains(text) || (mermaidSyntax + random).contains(text) && text.count <= 20
    }

    static func vsm(title: String, labels: [String]) -> String {
        var text = "proces kaart \(HostileStrings.stroomLiteral(title)) {\n  persoon p \"P\"\n"
        for (index, label) in labels.enumerated() {
            let literal = HostileStrings.stroomLiteral(label)
            text += "  stap s\(index) \(literal) { door: p  tijd: 10min }\n"
            text += "  probleem q\(index) \(literal) { bij: s\(index)  fase: uitvoering }\n"
            text += "  oorzaak c\(index) \(literal)\n  c\(index) -> q\(index)\n"
        }
        text += "  " + labels.indices.map { "s\($0)" }.joined(separator: " -> ") + "\n}\n"
        return text
    }

    static func benefits(title: String, labels: [String]) -> String {
        var text = "batenlogica logica \(HostileStrings.stroomLiteral(title)) {\n"
        for (index, label) in labels.enumerated() {
            let literal = HostileStrings.stroomLiteral(label)
            text += "  stakeholder k\(index) \(literal)\n  bedoeling b\(index) \(literal) { wie: k\(index) }\n"
            text += "  oorzaak oz\(index) \(literal)\n"
        }
        return text + "}\n"
    }
}
