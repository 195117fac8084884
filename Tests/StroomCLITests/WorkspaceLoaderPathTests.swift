@testable import StroomCLI
import Testing

/// How `stroom check` names files: absolute from the current directory, and relative to it when
/// below it, for both path styles whatever platform the tests run on.
@Suite struct WorkspaceLoaderPathTests {
    @Test func posixPaths() {
        let loader = WorkspaceLoader(currentDirectory: "/home/anja/", pathStyle: .posix)
        #expect(loader.absolutePath("maps/./a.vsm") == "/home/anja/maps/a.vsm")
        #expect(loader.absolutePath("../bob/b.vsm") == "/home/bob/b.vsm")
        #expect(loader.absolutePath("/tmp/maps/") == "/tmp/maps")
        #expect(loader.displayPath("/home/anja/maps/a.vsm") == "maps/a.vsm")
        #expect(loader.displayPath("/home/anja2/a.vsm") == "/home/anja2/a.vsm")
        #expect(loader.displayPath("/tmp/a.vsm") == "/tmp/a.vsm")
        #expect(WorkspaceLoader(currentDirectory: "/", pathStyle: .posix).displayPath("/a.vsm") == "a.vsm")
    }

    @Test func windowsPaths() {
        let loader = WorkspaceLoader(currentDirectory: #"C:\Users\Anja"#, pathStyle: .windows)
        #expect(loader.absolutePath(#"Maps\a.vsm"#) == #"C:\Users\Anja\Maps\a.vsm"#)
        #expect(loader.absolutePath("Maps/./sub/../b.vsm") == #"C:\Users\Anja\Maps\b.vsm"#)
        #expect(loader.absolutePath(#"D:\Team\"#) == #"D:\Team"#)
        #expect(loader.absolutePath(#"\\server\share\a.vsm"#) == #"\\server\share\a.vsm"#)
        #expect(loader.displayPath(#"C:\Users\Anja\Maps\a.vsm"#) == #"Maps\a.vsm"#)
        #expect(loader.displayPath(#"c:\Users\Anja\a.vsm"#) == "a.vsm")
        #expect(loader.displayPath(#"C:\Users\Anja2\a.vsm"#) == #"C:\Users\Anja2\a.vsm"#)
        #expect(loader.displayPath(#"D:\a.vsm"#) == #"D:\a.vsm"#)
        #expect(WorkspaceLoader(currentDirectory: #"C:\"#, pathStyle: .windows).displayPath(#"C:\a.vsm"#) == "a.vsm")
    }
}
