import Foundation
import StroomTestSupport
import Testing

/// `stroom render --paper`: every view of every sample on every paper (A4 to A1, upright and
/// landscape), in the layout chosen for it, goes through the real `dot` with no word from
/// Graphviz; the SVG fits the sheet, and its smallest text, at the scale Graphviz drew it, is
/// at least 9 pt, or the command said which paper it needs, and on that paper it is.
@Suite(.enabled(if: ExternalTools.dotEnabled, "needs Graphviz dot (see .ci/run)"))
struct RenderPaperTests {
    static let papers: [(name: String, landscape: Bool, width: Double, height: Double)] = [
        ("a4", false, 595, 842), ("a3", false, 842, 1191), ("a2", false, 1191, 1684), ("a1", false, 1684, 2384),
        ("a4", true, 842, 595), ("a3", true, 1191, 842), ("a2", true, 1684, 1191), ("a1", true, 2384, 1684),
    ]

    @Test(arguments: SampleWorkspace.paths)
    func everyViewOnEveryPaperIsReadableOrSaysWhichPaperItNeeds(_ sample: String) throws {
        let folder = try CommandRunner.folder(["uit/.keep": ""])
        for view in ["flow", "causes", "board", "benefits", "stakeholders"] {
            for paper in Self.papers {
                let target = folder.appendingPathComponent("uit/\(view)-\(paper.name)\(paper.landscape ? "-l" : "").svg").path
                let arguments = ["render", "Samples/" + sample, "--view", view, "--paper", paper.name, "-o", target]
                    + (paper.landscape ? ["--landscape"] : [])
                let output = CommandRunner.run(arguments, environment: environment)
                if output.exitCode == 2, output.stderr.contains("no ‘\(view)’ view") { continue }
                #expect(output.exitCode == 0, "\(arguments): \(output.stderr)")
                let svg = try String(contentsOfFile: target, encoding: .utf8)
                let measure = try #require(Printed(svg: svg), "\(arguments): no size in the SVG")
                #expect(measure.width <= paper.width - 56 + 1 && measure.height <= paper.height - 56 + 1,
                        "\(arguments): \(measure.width)×\(measure.height) pt does not fit the sheet")
                let warnings = output.stderr.split(separator: "\n")
                #expect(warnings.allSatisfy { $0.hasPrefix("stroom render: with --paper") }, "\(arguments): \(output.stderr)")
                // Graphviz writes the scale with two decimals: within 0.05 pt of 9 either answer is right.
                if measure.smallestText >= 9.05 || (measure.smallestText >= 8.95 && warnings.isEmpty) {
                    #expect(warnings.isEmpty, "\(arguments): warned although the text is \(measure.smallestText) pt")
                    continue
                }
                // Too small: the command said so, and named a paper (or said that even A1 is too small).
                let warning = try #require(warnings.first.map(String.init), "\(arguments): text \(measure.smallestText) pt without a word")
                if let needed = warning.range(of: "this image needs ") {
                    let advice = warning[needed.upperBound...].dropLast().split(separator: " ").map(String.init)
                    let retry = CommandRunner.run(["render", "Samples/" + sample, "--view", view, "-o", target] + advice, environment: environment)
                    #expect(retry.exitCode == 0 && retry.stderr.isEmpty, "\(advice): \(retry.stderr)")
                    let again = try #require(Printed(svg: try String(contentsOfFile: target, encoding: .utf8)))
                    #expect(again.smallestText >= 8.95, "\(sample) \(view) \(advice): still \(again.smallestText) pt")
                } else {
                    #expect(warning.contains("even A1 is too small"), "\(arguments): \(warning)")
                }
            }
        }
    }

    /// The flow of the largest sample (rapportage.vsm, eight steps and waits in a row, 4:1
    /// wide) is laid out again for an upright A4: in rows, so the picture is much closer to
    /// the sheet's shape and its text larger than the one-row picture scaled down.
    @Test func aLongFlowIsSplitIntoRowsForUprightA4() throws {
        let folder = try CommandRunner.folder(["uit/.keep": ""])
        func printed(_ extra: [String]) throws -> (Printed, String) {
            let target = folder.appendingPathComponent("uit/flow.svg").path
            let output = CommandRunner.run(["render", "Samples/borgstee/rapportage.vsm", "--view", "flow", "-o", target] + extra,
                                           environment: environment)
            #expect(output.exitCode == 0, "\(extra): \(output.stderr)")
            return (try #require(Printed(svg: try String(contentsOfFile: target, encoding: .utf8))), output.stderr)
        }
        let (own, _) = try printed([])
        let (onA4, warning) = try printed(["--paper", "a4"])
        let sheet = (595.0 - 56.7) / (842 - 56.7)
        func distance(_ picture: Printed) -> Double { abs(log(picture.width / picture.height / sheet)) }
        #expect(own.width / own.height > 2, "the one-row flow is \(own.width)×\(own.height)")
        #expect(distance(onA4) < distance(own) / 2, "on A4 \(onA4.width)×\(onA4.height), one row \(own.width)×\(own.height)")
        // The one row scaled to the sheet's width would print its 9 pt text at this size.
        let scaledDown = own.smallestText * min((595 - 56.7) / own.width, (842 - 56.7) / own.height)
        #expect(onA4.smallestText > scaledDown * 1.5, "\(onA4.smallestText) pt against \(scaledDown) pt in one row")
        #expect(onA4.smallestText >= 9 || warning.contains("this image needs"), "\(warning)")
    }

    /// A PDF's page is the sheet (less nothing): the picture fills the printable area and the
    /// page adds the 1 cm margin, not Graphviz's own half inch, which made an A4 page 611 pt wide.
    @Test func aPDFPageIsNoLargerThanTheSheet() throws {
        let folder = try CommandRunner.folder(["uit/.keep": ""])
        for paper in [Self.papers[0], Self.papers[5]] {
            let target = folder.appendingPathComponent("uit/plaat.pdf").path
            let arguments = ["render", "Samples/akkrum/groepsplannen.vsm", "--paper", paper.name, "-o", target]
                + (paper.landscape ? ["--landscape"] : [])
            let output = CommandRunner.run(arguments, environment: environment)
            #expect(output.exitCode == 0, "\(arguments): \(output.stderr)")
            let pdf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: target)), as: UTF8.self)
            let box = try #require(pdf.components(separatedBy: "/MediaBox [").dropFirst().first?.prefix { $0 != "]" })
            let numbers = box.split(separator: " ").compactMap { Double($0) }
            try #require(numbers.count == 4, "\(box)")
            let (width, height) = (numbers[2], numbers[3])
            #expect(width <= paper.width + 0.5 && height <= paper.height + 0.5, "\(arguments): page \(width)×\(height)")
            #expect(abs(width - paper.width) <= 1 || abs(height - paper.height) <= 1, "\(arguments): page \(width)×\(height)")
        }
    }

    @Test func pngResolutionFollowsDpiAndScale() throws {
        let folder = try CommandRunner.folder(["uit/.keep": ""])
        func width(_ extra: [String]) throws -> Int {
            let target = folder.appendingPathComponent("uit/plaat.png").path
            let output = CommandRunner.run(["render", "Samples/akkrum/groepsplannen.vsm", "--view", "causes", "-o", target] + extra,
                                           environment: environment)
            #expect(output.exitCode == 0, "\(extra): \(output.stderr)")
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: target)))
            return bytes[16...19].reduce(0) { $0 << 8 | Int($1) }
        }
        let at96 = try width(["--dpi", "96"])
        let at192 = try width(["--scale", "2"])
        let standard = try width([])
        #expect(abs(Double(at192) / Double(at96) - 2) < 0.02, "\(at96) → \(at192)")
        #expect(abs(Double(standard) / Double(at96) - 150.0 / 96) < 0.02, "default \(standard) vs 96 dpi \(at96)")
    }

    @Test func wrongSizingIsRefusedInBothLanguages() {
        let cases: [([String], String, String)] = [
            (["--landscape", "-o", "x.svg"], "--landscape goes with --paper", "--landscape hoort bij --paper"),
            (["--dpi", "300", "-o", "x.svg"], "--dpi and --scale are for a .png.", "--dpi en --scale zijn voor een .png."),
            (["--dpi", "300", "--scale", "2", "-o", "x.png"], "choose --dpi or --scale, not both.", "kies --dpi of --scale, niet allebei."),
            (["--dpi", "9000", "-o", "x.png"], "choose a whole number from 36 to 1200.", "kies een geheel getal van 36 tot 1200."),
            (["--scale", "nul", "-o", "x.png"], "choose a number from 0.5 to 12.", "kies een getal van 0,5 tot 12."),
        ]
        for (extra, english, dutch) in cases {
            for (language, message) in [("en", english), ("nl", dutch)] {
                let output = CommandRunner.run(["render", "Samples/akkrum/groepsplannen.vsm", "--lang", language] + extra, environment: environment)
                #expect(output.exitCode == 2, "\(extra)")
                #expect(output.stderr.contains(message), "\(extra) \(language): \(output.stderr)")
            }
        }
    }

    var environment: [String: String] {
        ["LANG": "en_US.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    }
}

/// The printed size of an SVG Graphviz drew: its width and height in points, and its smallest
/// text times the scale of its drawing (`transform="scale(s s)"`).
struct Printed {
    let width: Double
    let height: Double
    let smallestText: Double

    init?(svg: String) {
        func numbers(_ pattern: String) -> [Double] {
            let expression = try! NSRegularExpression(pattern: pattern)
            return expression.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap {
                Range($0.range(at: 1), in: svg).flatMap { Double(svg[$0]) }
            }
        }
        guard let width = numbers(#"<svg width="([0-9.]+)pt""#).first, let height = numbers(#"height="([0-9.]+)pt""#).first,
              let font = numbers(#"font-size="([0-9.]+)""#).min() else { return nil }
        let scale = numbers(#"transform="scale\(([0-9.]+) "#).first ?? 1
        self.width = width
        self.height = height
        smallestText = font * scale
    }
}
