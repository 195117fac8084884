import Foundation
@testable import StroomCLI
import StroomSyntax
import Testing

/// What the CLI wrote with Foundation before it linked only `FoundationEssentials`
/// (docs/platform.md), held against Foundation here, where the tests may use it.
@Suite struct WithoutFoundationTests {
    @Test func decimalsAreWhatPrintfWrites() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let value = Double.random(in: 0...5000, using: &generator)
            // The callers round down first, so no value sits on a rounding boundary.
            let three = (value * 1000).rounded(.down) / 1000
            let one = (value * 10).rounded(.down) / 10
            #expect(Paper.fixed(three, places: 3) == String(format: "%.3f", three))
            #expect(Paper.fixed(one, places: 1) == String(format: "%.1f", one))
        }
        #expect(Paper.fixed(-1.25, places: 1) == String(format: "%.1f", -1.3))
        #expect(Paper.fixed(0, places: 3) == "0.000")
    }

    @Test func svgAttributesAreReadAsTheRegularExpressionsDid() throws {
        let svg = #"<svg width="100pt" viewBox="0.00 0.00 612.00 792.00"><text font-size="14.00">a</text>"#
            + #"<text font-size="9.5">b</text><text font-size="">c</text><g font-size="x1"></g></svg>"#
        func regex(_ pattern: String) throws -> [String] {
            let expression = try NSRegularExpression(pattern: pattern)
            return expression.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap {
                Range($0.range(at: 1), in: svg).map { String(svg[$0]) }
            }
        }
        #expect(SVGMeasure.attributeValues("viewBox", in: svg) == (try regex(#"viewBox="([^"]*)""#)))
        #expect(SVGMeasure.attributeValues("font-size", in: svg).compactMap(Double.init)
                == (try regex(#"font-size="([0-9.]+)""#)).compactMap(Double.init))
    }

    @Test func relativePathsArePercentEncodedAsFoundationDid() {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~/")
        for path in ["kaarten/a b.vsm", "école/ö.vsm", "a%20b/c#d?.vsm", "👍/[x]/y~z.vsm", "A-Z_0-9.batenlogica"] {
            #expect(SARIFPrinter.uri(path, style: .posix).uri == path.addingPercentEncoding(withAllowedCharacters: allowed))
        }
    }

    /// A write that failed for a reason Stroom does not name itself shows the system's words,
    /// not the error value (which printed as `CocoaError(code: …, userInfo: […])`).
    @Test func aWriteFailureReadsAsWords() {
        let folder = FileManager.default.temporaryDirectory.path
        let error = CocoaError(.fileWriteUnknown, userInfo: [NSUnderlyingErrorKey: POSIXError(.EIO)])
        let text = OutputFile.writeFailure(error, path: folder + "/kaart.svg")
        #expect(text.en == "writing failed (Input/output error)")
        #expect(text.nl == "het schrijven lukte niet (Input/output error)")
        #expect(OutputFile.writeFailure(CocoaError(.fileWriteUnknown), path: folder + "/kaart.svg").en == "writing failed")
        #expect(OutputFile.writeFailure(CocoaError(.fileWriteNoPermission), path: folder + "/kaart.svg").en == "no permission to write there")
    }

    @Test func pathPartsAreWhatNSStringGave() {
        for path in ["/maps/a.vsm", "/maps/a", "/maps/a.", "/maps/.hidden", "a.b.c", "/maps.d/a", "plain", "/x/y.tar.gz"] {
            #expect(PathStyle.posix.fileExtension(of: path) == (path as NSString).pathExtension, "\(path)")
            #expect(PathStyle.posix.baseName(of: path) == ((path as NSString).lastPathComponent as NSString).deletingPathExtension, "\(path)")
        }
    }
}
