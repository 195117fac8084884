import StroomServer
import StroomSyntax
import Testing

/// `file:` URIs to paths and back, in both path styles, whatever platform the tests run on.
@Suite struct FileURITests {
    @Test func windowsDrivesInBothSpellings() {
        // VS Code writes the drive letter small and its colon encoded; RFC 8089 writes `C:`.
        #expect(FileURI.path(fromURI: "file:///c%3A/Users/Anja/Maps/a.vsm", style: .windows) == #"C:\Users\Anja\Maps\a.vsm"#)
        #expect(FileURI.path(fromURI: "file:///C:/Users/Anja/Maps/a.vsm", style: .windows) == #"C:\Users\Anja\Maps\a.vsm"#)
        #expect(FileURI.path(fromURI: "FILE:///d%3a/x.batenlogica", style: .windows) == #"D:\x.batenlogica"#)
        #expect(FileURI.uri(fromPath: #"C:\Users\Anja\Maps\a.vsm"#, style: .windows) == "file:///C:/Users/Anja/Maps/a.vsm")
        #expect(FileURI.uri(fromPath: #"c:\x.vsm"#, style: .windows) == "file:///C:/x.vsm")
        #expect(FileURI.uri(fromPath: "C:/Users/a.vsm", style: .windows) == "file:///C:/Users/a.vsm")
        #expect(FileURI.uri(fromPath: #"\\?\C:\Lang\a.vsm"#, style: .windows) == "file:///C:/Lang/a.vsm")
    }

    @Test func uncPaths() {
        #expect(FileURI.path(fromURI: "file://server/share/Maps/a.vsm", style: .windows) == #"\\server\share\Maps\a.vsm"#)
        #expect(FileURI.uri(fromPath: #"\\server\share\Maps\a.vsm"#, style: .windows) == "file://server/share/Maps/a.vsm")
        #expect(FileURI.uri(fromPath: #"\\?\UNC\server\share\a.vsm"#, style: .windows) == "file://server/share/a.vsm")
        // Another machine's file is not a local path on POSIX.
        #expect(FileURI.path(fromURI: "file://server/share/a.vsm", style: .posix) == nil)
        #expect(FileURI.path(fromURI: "file://localhost/tmp/a.vsm", style: .posix) == "/tmp/a.vsm")
    }

    @Test func percentEncoding() {
        let path = "/home/anja/Mijn kaarten/#1 ‘Groepsplan’ 100%.vsm"
        let uri = FileURI.uri(fromPath: path, style: .posix)
        #expect(uri == "file:///home/anja/Mijn%20kaarten/%231%20%E2%80%98Groepsplan%E2%80%99%20100%25.vsm")
        #expect(FileURI.path(fromURI: uri, style: .posix) == path)
        #expect(FileURI.uri(fromPath: #"C:\Scholen\Één school\a b.vsm"#, style: .windows) == "file:///C:/Scholen/%C3%89%C3%A9n%20school/a%20b.vsm")
        #expect(FileURI.path(fromURI: "file:///tmp/a%20b.vsm?x=1#frag", style: .posix) == "/tmp/a b.vsm")
        // Characters a path segment may hold as they are.
        #expect(FileURI.uri(fromPath: "/tmp/a(1)+b=c;d@e,f.vsm", style: .posix) == "file:///tmp/a(1)+b=c;d@e,f.vsm")
    }

    @Test func roundTrips() {
        let windows = [#"C:\Users\Anja\Maps\a.vsm"#, "\\\\server\\share\\a b\\#c.vsm", #"E:\ü\%\x.batenlogica"#, #"C:\"#]
        for path in windows {
            #expect(FileURI.path(fromURI: FileURI.uri(fromPath: path, style: .windows), style: .windows) == path)
        }
        let posix = ["/tmp/a.vsm", "/x/ĳs en weder/%41?.vsm", "/"]
        for path in posix {
            #expect(FileURI.path(fromURI: FileURI.uri(fromPath: path, style: .posix), style: .posix) == path)
        }
    }

    @Test func notFileURIs() {
        #expect(FileURI.path(fromURI: "untitled:Untitled-1", style: .posix) == nil)
        #expect(FileURI.path(fromURI: "https://example.org/a.vsm", style: .windows) == nil)
        #expect(FileURI.path(fromURI: "file:///tmp/%zz.vsm", style: .posix) == nil)
        #expect(FileURI.path(fromURI: "file:///tmp/%FF.vsm", style: .posix) == nil)
        #expect(FileURI.path(fromURI: "file:relative.vsm", style: .posix) == nil)
    }
}
