@testable import StroomCLI
import StroomSyntax
import Testing

/// SARIF locations of Windows-shaped and POSIX paths, tested on any platform: an absolute path
/// is a `file:` URI (the server's `FileURI`), a relative one a `/`-separated reference to
/// SRCROOT.
@Suite struct SARIFPathTests {
    @Test func absolutePathsAreFileURIs() {
        #expect(SARIFPrinter.uri(#"C:\Maps\a b.vsm"#, style: .windows).uri == "file:///C:/Maps/a%20b.vsm")
        #expect(SARIFPrinter.uri(#"C:\Maps\a b.vsm"#, style: .windows).uriBaseId == nil)
        #expect(SARIFPrinter.uri(#"\\school\kaarten\a.vsm"#, style: .windows).uri == "file://school/kaarten/a.vsm")
        #expect(SARIFPrinter.uri("/tmp/a b.vsm", style: .posix).uri == "file:///tmp/a%20b.vsm")
    }

    @Test func relativePathsUseSlashesAndSRCROOT() {
        let windows = SARIFPrinter.uri(#"kaarten\groep 5.vsm"#, style: .windows)
        #expect(windows.uri == "kaarten/groep%205.vsm")
        #expect(windows.uriBaseId == "SRCROOT")
        // On POSIX a backslash is part of the name, not a separator.
        #expect(SARIFPrinter.uri(#"kaarten\a.vsm"#, style: .posix).uri == "kaarten%5Ca.vsm")
    }
}
