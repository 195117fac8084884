import StroomSyntax
import Testing

/// Containment, parents, file names and relative names for both path styles, whatever platform
/// the tests run on (Windows-shaped inputs on Linux too).
@Suite struct PathStyleRelationsTests {
    @Test func containmentPosix() {
        let posix = PathStyle.posix
        #expect(posix.isInside("/maps/a.vsm", folder: "/maps"))
        #expect(posix.isInside("/maps/sub/a.vsm", folder: "/maps/"))
        #expect(posix.isInside("/a.vsm", folder: "/"))
        #expect(!posix.isInside("/maps2/a.vsm", folder: "/maps"))
        #expect(!posix.isInside("/maps", folder: "/maps"))
        #expect(!posix.isInside("/Maps/a.vsm", folder: "/maps"))
        // A backslash is part of a name on Linux and macOS.
        #expect(!posix.isInside(#"/maps\a.vsm"#, folder: "/maps"))
    }

    @Test func containmentWindows() {
        let windows = PathStyle.windows
        #expect(windows.isInside(#"C:\Maps\a.vsm"#, folder: #"C:\Maps"#))
        #expect(windows.isInside(#"c:\Maps\a.vsm"#, folder: #"C:\Maps"#))
        #expect(windows.isInside(#"C:\Maps\sub\a.vsm"#, folder: "c:/Maps/"))
        #expect(windows.isInside(#"C:\a.vsm"#, folder: #"C:\"#))
        #expect(windows.isInside(#"\\server\share\a.vsm"#, folder: #"\\server\share"#))
        #expect(!windows.isInside(#"C:\Maps2\a.vsm"#, folder: #"C:\Maps"#))
        #expect(!windows.isInside(#"C:\Maps"#, folder: #"C:\Maps"#))
        #expect(!windows.isInside(#"D:\Maps\a.vsm"#, folder: #"C:\Maps"#))
        #expect(!windows.isInside(#"\\server\share2\a.vsm"#, folder: #"\\server\share"#))
    }

    @Test func relativeNames() {
        #expect(PathStyle.posix.relative("/maps/sub/a.vsm", to: "/maps") == "sub/a.vsm")
        #expect(PathStyle.posix.relative("/a.vsm", to: "/") == "a.vsm")
        #expect(PathStyle.posix.relative("/other/a.vsm", to: "/maps") == nil)
        #expect(PathStyle.windows.relative(#"C:\Maps\sub\a.vsm"#, to: #"c:\Maps"#) == #"sub\a.vsm"#)
        #expect(PathStyle.windows.relative(#"C:\a.vsm"#, to: #"C:\"#) == "a.vsm")
        #expect(PathStyle.windows.relative(#"\\srv\share\x\a.vsm"#, to: #"\\srv\share"#) == #"x\a.vsm"#)
        #expect(PathStyle.windows.relative(#"C:\Maps2\a.vsm"#, to: #"C:\Maps"#) == nil)
    }

    @Test func fileNames() {
        #expect(PathStyle.posix.fileName(of: "/maps/a.vsm") == "a.vsm")
        #expect(PathStyle.posix.fileName(of: #"/maps/a\b.vsm"#) == #"a\b.vsm"#)
        #expect(PathStyle.posix.fileName(of: "a.vsm") == "a.vsm")
        #expect(PathStyle.windows.fileName(of: #"C:\Maps\a.vsm"#) == "a.vsm")
        #expect(PathStyle.windows.fileName(of: "C:/Maps/b.vsm") == "b.vsm")
        #expect(PathStyle.posix.appending("stroom.json", to: "/maps") == "/maps/stroom.json")
        #expect(PathStyle.posix.appending("stroom.json", to: "/") == "/stroom.json")
        #expect(PathStyle.windows.appending("stroom.json", to: #"C:\Maps"#) == #"C:\Maps\stroom.json"#)
        #expect(PathStyle.windows.appending("stroom.json", to: #"C:"#) == #"C:\stroom.json"#)
    }

    @Test func rootsAndParents() {
        #expect(PathStyle.posix.root(of: "/a/b") == "/")
        #expect(PathStyle.windows.root(of: #"C:\a\b"#) == #"C:\"#)
        #expect(PathStyle.windows.root(of: #"\\srv\share\a"#) == #"\\srv\share"#)
        #expect(PathStyle.windows.root(of: #"\\srv\share"#) == #"\\srv\share"#)
        #expect(PathStyle.posix.parent(of: "/") == nil)
        #expect(PathStyle.posix.parent(of: "/a") == "/")
        #expect(PathStyle.windows.parent(of: #"C:\"#) == nil)
        #expect(PathStyle.windows.parent(of: #"C:\a"#) == #"C:\"#)
        #expect(PathStyle.windows.parent(of: #"\\srv\share"#) == nil)
        #expect(PathStyle.windows.parent(of: #"\\srv\share\a"#) == #"\\srv\share"#)
        #expect(PathStyle.posix.ancestors(of: "/home/anja/maps") == ["/home/anja/maps", "/home/anja", "/home", "/"])
        #expect(PathStyle.windows.ancestors(of: #"C:\Users\Anja"#) == [#"C:\Users\Anja"#, #"C:\Users"#, #"C:\"#])
        #expect(PathStyle.windows.ancestors(of: #"\\srv\share\maps"#) == [#"\\srv\share\maps"#, #"\\srv\share"#])
    }

    @Test func absolutePaths() {
        #expect(PathStyle.posix.absolute("maps/../a.vsm", currentDirectory: "/home/anja") == "/home/anja/a.vsm")
        #expect(PathStyle.posix.absolute("/tmp/a.vsm/", currentDirectory: "/home") == "/tmp/a.vsm")
        #expect(PathStyle.windows.absolute(#"maps\a.vsm"#, currentDirectory: #"C:\Users\Anja\"#) == #"C:\Users\Anja\maps\a.vsm"#)
        #expect(PathStyle.windows.absolute("D:/x/./a.vsm", currentDirectory: #"C:\Users"#) == #"D:\x\a.vsm"#)
    }
}
