import StroomPlatform
import StroomExport
import StroomSyntax

/// A sheet of paper `stroom render --paper` lays a picture out for: an ISO A size, upright or
/// landscape, less a margin of 10 mm all round. The picture is laid out for it (``PaperLayout``)
/// and scaled to fill it (Graphviz `size="W,H!"`); its smallest text must then be at least 9 pt.
struct Paper: Equatable, CustomStringConvertible {
    enum Size: String, CaseIterable {
        case a4, a3, a2, a1

        /// Width and height, upright, in points (1/72 inch).
        var points: (width: Double, height: Double) {
            switch self {
            case .a4: (595, 842)
            case .a3: (842, 1191)
            case .a2: (1191, 1684)
            case .a1: (1684, 2384)
            }
        }
    }

    let size: Size
    let landscape: Bool

    /// 10 mm in points.
    static let margin = 28.35
    /// The smallest text a team can read on a printed picture, in points.
    static let smallestText = 9.0

    /// The area the picture may fill, in points.
    var printable: (width: Double, height: Double) {
        let (short, long) = size.points
        let (width, height) = landscape ? (long, short) : (short, long)
        return (width - 2 * Paper.margin, height - 2 * Paper.margin)
    }

    /// `A3`, `A3 landscape` as the command line writes it: `--paper a3 --landscape`.
    var description: String { "--paper \(size.rawValue)" + (landscape ? " --landscape" : "") }

    /// Graphviz's `size` attribute for this sheet, in inches, `!` to scale up as well as down.
    var graphvizSize: String {
        "\(Paper.inches(printable.width)),\(Paper.inches(printable.height))!"
    }

    /// Inches with three decimals, rounded down: never larger than the sheet.
    static func inches(_ points: Double) -> String { fixed((points / 72 * 1000).rounded(.down) / 1000, places: 3) }

    /// A number with `places` decimals, rounded, with a point: `printf`'s `%.3f`.
    static func fixed(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let units = (abs(value) * scale).rounded()
        guard units < 1e15 else { return "\(value)" }
        let whole = Int(units) / Int(scale), fraction = Int(units) % Int(scale)
        var digits = String(fraction)
        while digits.count < places { digits = "0" + digits }
        let sign = value < 0 && units > 0 ? "-" : ""
        return places == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(digits)"
    }

    /// The factor the picture is drawn at on this sheet: as large as fits.
    func scale(for picture: SVGMeasure) -> Double {
        min(printable.width / picture.width, printable.height / picture.height)
    }

    /// The smallest text of the picture on this sheet, in points.
    func smallestText(of picture: SVGMeasure) -> Double {
        picture.smallestFontSize * scale(for: picture)
    }

    /// The smallest sheet (A4 first, upright before landscape) on which the text of one of the
    /// pictures (one view in several layouts) is large enough, or nil when even A1 is too small.
    static func needed(for pictures: [SVGMeasure]) -> Paper? {
        for size in Size.allCases {
            for landscape in [false, true] {
                let paper = Paper(size: size, landscape: landscape)
                if pictures.contains(where: { paper.smallestText(of: $0) >= smallestText }) { return paper }
            }
        }
        return nil
    }
}

/// What `stroom render --paper` needs to know of a picture Graphviz drew at its own size: the
/// size (the SVG's `viewBox`, in points) and its smallest text (`font-size`).
struct SVGMeasure {
    let width: Double
    let height: Double
    let smallestFontSize: Double

    init?(svg: String) {
        guard let box = SVGMeasure.attributeValues("viewBox", in: svg).first else { return nil }
        let numbers = box.split(separator: " ").compactMap { Double($0) }
        guard numbers.count == 4, numbers[2] > 0, numbers[3] > 0 else { return nil }
        width = numbers[2]
        height = numbers[3]
        smallestFontSize = SVGMeasure.attributeValues("font-size", in: svg).compactMap(Double.init).min() ?? 14
    }

    /// Every value of `name="…"` in the text, in order.
    static func attributeValues(_ name: String, in text: String) -> [String] {
        let opening = Array("\(name)=\"".utf8)
        let bytes = Array(text.utf8)
        var values: [String] = []
        var index = 0
        while index + opening.count <= bytes.count {
            guard bytes[index] == opening[0], bytes[index..<(index + opening.count)].elementsEqual(opening) else {
                index += 1
                continue
            }
            let start = index + opening.count
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            values.append(String(decoding: bytes[start..<end], as: UTF8.self))
            index = end + 1
        }
        return values
    }
}

/// How `stroom render --paper` lays a view out for its sheet: it draws the view in the
/// layouts of ``ExportLayout/candidates(for:)`` in order, has Graphviz measure each (its size
/// and its smallest text), and takes the first whose smallest text is at least 9 pt on the
/// sheet. The view's own layout comes first, so a picture that fits as it is stays as it is.
/// When none fits, it takes the one with the largest text and names the smallest sheet on
/// which one of them would fit. The same input gives the same choice.
struct PaperLayout {
    let layout: ExportLayout
    let picture: String
    let measure: SVGMeasure
    /// Whether the smallest text is at least 9 pt on the sheet.
    let fits: Bool
    /// When it does not fit: the smallest sheet on which one of the layouts would (nil: none up to A1).
    let needed: Paper?

    /// Nil when Graphviz could not measure even the view's own layout.
    static func choose(for paper: Paper, candidates: [ExportLayout], draw: (ExportLayout) -> String?,
                       measure: (String) -> SVGMeasure?) -> PaperLayout? {
        var tried: [(layout: ExportLayout, picture: String, measure: SVGMeasure)] = []
        var seen: Set<String> = []
        for layout in candidates {
            guard let picture = draw(layout), seen.insert(picture).inserted, let size = measure(picture) else { continue }
            if paper.smallestText(of: size) >= Paper.smallestText {
                return PaperLayout(layout: layout, picture: picture, measure: size, fits: true, needed: nil)
            }
            tried.append((layout, picture, size))
        }
        // The largest text on this sheet; of equals, the first.
        guard var best = tried.first else { return nil }
        for candidate in tried.dropFirst() where paper.smallestText(of: candidate.measure) > paper.smallestText(of: best.measure) {
            best = candidate
        }
        return PaperLayout(layout: best.layout, picture: best.picture, measure: best.measure, fits: false,
                           needed: Paper.needed(for: tried.map(\.measure)))
    }
}
