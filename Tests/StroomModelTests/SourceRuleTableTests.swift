import Foundation
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// The table "Every stated rule" in docs/checks.md: each rule of the source documents with its
/// line and the code that checks it, or why it is not a check. The table is written by hand;
/// this test keeps it honest against the registry.
@Suite struct SourceRuleTableTests {
    struct Row {
        let source: String
        let lines: String
        let methods: [String]
        let checkedBy: String
        var codes: [String] {
            let pattern = try! NSRegularExpression(pattern: #"\b[SNAVBCWH][0-9]{3}\b"#)
            return pattern.matches(in: checkedBy, range: NSRange(checkedBy.startIndex..., in: checkedBy)).map {
                String(checkedBy[Range($0.range, in: checkedBy)!])
            }
        }
    }

    static func rows() throws -> [Row] {
        let text = try DocsTests.read("docs/checks.md")
        let start = try #require(text.range(of: "<!-- sources:start"))
        let end = try #require(text.range(of: "<!-- sources:end -->"))
        let body = text[start.upperBound..<end.lowerBound].split(separator: "\n").dropFirst()
        return body.filter { $0.hasPrefix("| ") && !$0.hasPrefix("| source ") && !$0.hasPrefix("| ---") }.map { line in
            let cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
            return Row(source: cells[0], lines: cells.count > 2 ? cells[2] : "",
                       methods: cells.count > 3 ? cells[3].components(separatedBy: ", ") : [],
                       checkedBy: cells.count > 4 ? cells[4] : "")
        }
    }

    @Test func everyRowHasItsLinesMethodAndAnAnswer() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 140, "only \(rows.count) rules in the table")
        let linePattern = try NSRegularExpression(pattern: #"^[0-9]{3}:[0-9]+(-[0-9]+)?(, [0-9]{3}:[0-9]+(-[0-9]+)?)*$"#)
        for row in rows {
            let range = NSRange(row.lines.startIndex..., in: row.lines)
            #expect(linePattern.firstMatch(in: row.lines, range: range) != nil || row.lines.hasPrefix("("),
                    "\(row.source): lines ‘\(row.lines)’ are not like 000:131-136")
            for method in row.methods {
                #expect(method == "all" || Method(word: method) != nil, "\(row.source): unknown method ‘\(method)’")
            }
            let answered = !row.codes.isEmpty || row.checkedBy.hasPrefix("not ")
            #expect(answered, "\(row.source): neither a code nor why it is not a check: ‘\(row.checkedBy)’")
        }
        #expect(Set(rows.map(\.source)).count == rows.count, "a rule is listed twice")
    }

    /// Every code named exists, and belongs to the method of the rule (or is general).
    @Test func everyCodeNamedExistsAndFitsTheMethod() throws {
        let known = Dictionary(uniqueKeysWithValues: CodeCatalog.all.map { ($0.code.rawValue, $0) })
        for row in try Self.rows() {
            for code in row.codes {
                #expect(known[code] != nil, "\(row.source) names \(code), which is no code")
                guard !row.methods.contains("all") else { continue }
                let methods = RuleMethods.methods(of: DiagnosticCode(code))
                let rowMethods = Set(row.methods.compactMap(Method.init(word:)))
                #expect(methods.isEmpty || !methods.isDisjoint(with: rowMethods),
                        "\(row.source) (\(row.methods)) names \(code), a rule of \(methods.map(\.word).sorted())")
            }
        }
    }

    /// Every rule of a method is traced to a stated rule of that method's source.
    @Test func everyRuleOfAMethodIsTracedToTheSource() throws {
        let named = Set(try Self.rows().flatMap(\.codes))
        for (code, methods) in RuleMethods.table where !methods.isEmpty {
            #expect(named.contains(code.rawValue), "\(code) belongs to \(methods.map(\.word).sorted()) but no stated rule in docs/checks.md names it")
        }
    }
}
