import StroomPlatform
import StroomExport
import StroomSyntax

/// `stroom render --paper a4|a3|a2|a1 [--landscape]` and `--dpi`/`--scale`: the Graphviz
/// arguments that size the picture for a sheet of paper and a PNG's resolution.
extension RenderCommand {
    static let paperOptions = [
        OptionSpec("paper", value: "SIZE", choices: Paper.Size.allCases.map(\.rawValue),
                   help: LocalizedText(nl: "Deel het plaatje in voor dit papier en maak het zo groot als het papier (a4, a3, a2, a1; staand, 1 cm marge): kaarten onder elkaar, een lange stroom in rijen, een weergave gedraaid, smallere labels, de eerste indeling waarin de kleinste tekst minstens 9 pt is. Lukt dat met geen enkele, dan zegt stroom welk papier nodig is.",
                                       en: "Lay the image out for this paper and size it to fill the paper (a4, a3, a2, a1; portrait, 1 cm margin): maps one under the other, a long flow in rows, a view turned, narrower labels, the first layout whose smallest text is at least 9 pt. If none is, stroom says which paper it needs.")),
        OptionSpec("landscape", help: LocalizedText(nl: "Het papier liggend (met --paper).", en: "The paper in landscape (with --paper).")),
        OptionSpec("dpi", value: "N", help: LocalizedText(
            nl: "Beeldpunten per inch van een .png (standaard 300 met --paper, anders 150).",
            en: "Pixels per inch of a .png (default 300 with --paper, else 150).")),
        OptionSpec("scale", value: "F", help: LocalizedText(
            nl: "Vergroting van een .png ten opzichte van een scherm (96 dpi): --scale 2 is 192 dpi.",
            en: "Magnification of a .png relative to a screen (96 dpi): --scale 2 is 192 dpi.")),
    ]

    /// What the command line asks of size and resolution, or the message of a wrong one.
    struct Sizing {
        var paper: Paper?
        var dpi: Int?
    }

    static func sizing(_ arguments: ParsedArguments, format: String) -> Result<Sizing, UsageError> {
        func wrong(_ nl: String, _ en: String) -> Result<Sizing, UsageError> {
            .failure(UsageError(message: LocalizedText(nl: nl, en: en)))
        }
        var sizing = Sizing()
        if let name = arguments.value("paper") {
            guard let size = Paper.Size(rawValue: name.lowercased()) else {
                return wrong("‘\(name)’ is geen papierformaat: kies a4, a3, a2 of a1.", "‘\(name)’ is no paper size: choose a4, a3, a2 or a1.")
            }
            sizing.paper = Paper(size: size, landscape: arguments.has("landscape"))
        } else if arguments.has("landscape") {
            return wrong("--landscape hoort bij --paper (bijvoorbeeld --paper a3 --landscape).",
                         "--landscape goes with --paper (for example --paper a3 --landscape).")
        }
        let dpiText = arguments.value("dpi"), scaleText = arguments.value("scale")
        if dpiText != nil || scaleText != nil, format != "png" {
            return wrong("--dpi en --scale zijn voor een .png.", "--dpi and --scale are for a .png.")
        }
        if dpiText != nil, scaleText != nil {
            return wrong("kies --dpi of --scale, niet allebei.", "choose --dpi or --scale, not both.")
        }
        if let dpiText {
            guard let dpi = Int(dpiText), (36...1200).contains(dpi) else {
                return wrong("--dpi \(dpiText): kies een geheel getal van 36 tot 1200.", "--dpi \(dpiText): choose a whole number from 36 to 1200.")
            }
            sizing.dpi = dpi
        }
        if let scaleText {
            guard let scale = Double(scaleText.replacingEvery(",", with: ".")), scale >= 0.5, scale <= 12 else {
                return wrong("--scale \(scaleText): kies een getal van 0,5 tot 12.", "--scale \(scaleText): choose a number from 0.5 to 12.")
            }
            sizing.dpi = Int((96 * scale).rounded())
        }
        if format == "png", sizing.dpi == nil { sizing.dpi = sizing.paper == nil ? 150 : 300 }
        return .success(sizing)
    }

    /// The DOT to draw and the Graphviz arguments for the sizing. For a paper, the view is laid
    /// out for the sheet (``PaperLayout``: each layout drawn by Graphviz at its own size and
    /// measured), and a warning says which paper it needs if even the best layout's smallest
    /// text would be below 9 pt on the one asked for.
    static func graphvizArguments(_ sizing: Sizing, format: String, dot: String, export: ExportOutput, redraw: (ExportLayout) -> String?,
                                  warn: (LocalizedText) -> Void) -> Result<(picture: String, arguments: [String]), UsageError> {
        var arguments: [String] = []
        var picture = export.text
        if let paper = sizing.paper {
            let measure = { (text: String) -> SVGMeasure? in
                let probe = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-measure-\(UUID().uuidString).svg").path
                defer { try? FileManager.default.removeItem(atPath: probe) }
                guard let outcome = Graphviz.run(dot, dot: text, format: "svg", output: probe), outcome.status == 0,
                      let data = FileManager.default.contents(atPath: probe) else { return nil }
                return SVGMeasure(svg: String(decoding: data, as: UTF8.self))
            }
            let draw = { (layout: ExportLayout) -> String? in layout == .standard ? export.text : redraw(layout) }
            guard let choice = PaperLayout.choose(for: paper, candidates: ExportLayout.candidates(for: export.view),
                                                  draw: draw, measure: measure) else {
                return .failure(UsageError(message: LocalizedText(nl: "Graphviz kon het plaatje niet opmeten.", en: "Graphviz could not measure the image.")))
            }
            if !choice.fits {
                warn(tooSmall(paper.smallestText(of: choice.measure), on: paper, needed: choice.needed))
            }
            picture = choice.picture
            arguments.append("-Gsize=\(paper.graphvizSize)")
            // A PDF page is the picture plus Graphviz's margin, half an inch by default: the
            // sheet's own margin instead, so the page is as wide (or high) as the sheet.
            if format == "pdf" { arguments.append("-Gmargin=\(Paper.inches(Paper.margin))") }
        }
        if let dpi = sizing.dpi { arguments.append("-Gdpi=\(dpi)") }
        return .success((picture, arguments))
    }

    static func tooSmall(_ size: Double, on paper: Paper, needed: Paper?) -> LocalizedText {
        // Rounded down: 8.96 pt is not "9.0 pt, below 9 pt".
        let points = Paper.fixed((size * 10).rounded(.down) / 10, places: 1)
        let intro = LocalizedText(
            nl: "met \(paper) wordt de kleinste tekst \(points.replacingEvery(".", with: ",")) pt, kleiner dan 9 pt; ",
            en: "with \(paper) the smallest text is \(points) pt, below 9 pt; ")
        guard let needed else {
            return intro + LocalizedText(nl: "zelfs A1 is te klein: teken één kaart tegelijk (--map) of print in delen.",
                                         en: "even A1 is too small: draw one map at a time (--map) or print in parts.")
        }
        return intro + LocalizedText(nl: "dit plaatje heeft \(needed) nodig.", en: "this image needs \(needed).")
    }
}
