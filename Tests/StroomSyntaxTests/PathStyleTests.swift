import StroomSyntax
import Testing

/// Paths of both styles made absolute and tidy, whatever platform the tests run on.
@Suite struct PathStyleTests {
    @Test func standardizedPaths() {
        #expect(PathStyle.posix.standardized("/tmp/x/../c.vsm") == "/tmp/c.vsm")
        #expect(PathStyle.posix.standardized("/tmp//a/./b/") == "/tmp/a/b")
        #expect(PathStyle.posix.standardized("/../a") == "/a")
        #expect(PathStyle.posix.standardized("/") == "/")
        #expect(PathStyle.windows.standardized(#"C:\a\.\b\..\c\"#) == #"C:\a\c"#)
        #expect(PathStyle.windows.standardized("C:/a/b") == #"C:\a\b"#)
        #expect(PathStyle.windows.standardized(#"C:\..\a"#) == #"C:\a"#)
        #expect(PathStyle.windows.standardized(#"\\server\share\..\a"#) == #"\\server\share\a"#)
        #expect(PathStyle.windows.isAbsolute(#"C:\a"#) && PathStyle.windows.isAbsolute(#"\\s\x"#))
        #expect(!PathStyle.windows.isAbsolute("a\\b") && !PathStyle.windows.isAbsolute("C:a"))
        #expect(PathStyle.posix.isAbsolute("/a") && !PathStyle.posix.isAbsolute("a"))
    }
}
