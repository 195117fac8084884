/// How a platform spells file paths: `/home/anja/a.vsm` or `C:\Users\Anja\a.vsm`.
public enum PathStyle: Sendable {
    case posix
    case windows

    /// The style of the platform this runs on.
    public static var native: PathStyle {
        #if os(Windows)
        .windows
        #else
        .posix
        #endif
    }

    /// Whether the path starts at a root: `/…`; `C:\…`, `C:/…` or `\\server\…` on Windows.
    public func isAbsolute(_ path: String) -> Bool {
        guard self == .windows else { return path.hasPrefix("/") }
        let characters = Array(path.prefix(3))
        if characters.count >= 2, characters[0] == characters[1], characters[0] == "\\" || characters[0] == "/" { return true }
        return characters.count == 3 && characters[0].isASCII && characters[0].isLetter && characters[1] == ":"
            && (characters[2] == "\\" || characters[2] == "/")
    }

    /// An absolute path without `.` and `..` segments, doubled separators or a final separator
    /// (`/tmp/x/../c.vsm` → `/tmp/c.vsm`; `C:\a\.\b\` → `C:\a\b`). Nothing is looked up on disk.
    public func standardized(_ path: String) -> String {
        let separator: Character = self == .windows ? "\\" : "/"
        let unified = self == .windows ? String(path.map { $0 == "/" ? "\\" : $0 }) : path
        // The part `..` cannot climb above: `/`, `C:\` or `\\server\share\`.
        var root = ""
        var rest = Substring(unified)
        if self == .windows, unified.hasPrefix("\\\\") {
            let parts = unified.dropFirst(2).split(separator: "\\", maxSplits: 2, omittingEmptySubsequences: false)
            root = "\\\\" + parts.prefix(2).joined(separator: "\\")
            rest = parts.count > 2 ? parts[2] : ""
        } else if self == .windows, unified.count >= 2, unified.dropFirst().first == ":" {
            root = String(unified.prefix(2))
            rest = unified.dropFirst(2)
        }
        if rest.first == separator { root.append(separator) }
        var segments: [Substring] = []
        for segment in rest.split(separator: separator) where segment != "." {
            if segment == ".." {
                if let last = segments.last, last != ".." { segments.removeLast() } else if root.isEmpty { segments.append(segment) }
            } else {
                segments.append(segment)
            }
        }
        let joined = segments.joined(separator: String(separator))
        if root.hasSuffix(String(separator)) || root.isEmpty || joined.isEmpty { return root + joined }
        return root + String(separator) + joined
    }
}
