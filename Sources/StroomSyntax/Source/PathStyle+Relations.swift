/// How paths of one style relate: which folder holds which file, a path's parents up to its
/// root, its file name and its name relative to a folder. Pure text: nothing is looked up on disk.
/// Paths are expected absolute and ``PathStyle/standardized(_:)``; on Windows both `\` and `/`
/// separate and drive letters ignore case (`c:\maps` is `C:\Maps`'s drive, `C:\`).
extension PathStyle {
    /// The separator this style writes: `/`, or `\` on Windows.
    public var separator: Character { self == .windows ? "\\" : "/" }

    /// Whether a character separates folders (`/`, and also `\` on Windows).
    public func isSeparator(_ character: Character) -> Bool {
        character == "/" || (self == .windows && character == "\\")
    }

    /// A path made absolute against `currentDirectory` (when it is relative) and standardised.
    public func absolute(_ path: String, currentDirectory: String) -> String {
        standardized(isAbsolute(path) ? path : currentDirectory + String(separator) + path)
    }

    /// The part of a standardised path `..` cannot climb above: `/`, `C:\` or `\\server\share`;
    /// empty for a relative path.
    public func root(of path: String) -> String {
        guard self == .windows else { return path.hasPrefix("/") ? "/" : "" }
        let characters = Array(path)
        if characters.count >= 2, isSeparator(characters[0]), isSeparator(characters[1]) {
            // `\\server\share`: up to the separator after the share's name.
            var separators = 0
            for (index, character) in characters.enumerated().dropFirst(2) where isSeparator(character) {
                separators += 1
                if separators == 2 { return String(characters[..<index]) }
            }
            return path
        }
        if characters.count >= 3, characters[1] == ":", isSeparator(characters[2]) { return String(characters[..<3]) }
        return ""
    }

    /// The folder that holds a path, nil at a root (`/`, `C:\`, `\\server\share`).
    public func parent(of path: String) -> String? {
        let root = root(of: path)
        guard path.count > root.count, let last = path.lastIndex(where: isSeparator) else { return nil }
        let parent = String(path[..<last])
        return parent.count < root.count ? root : parent
    }

    /// A path and every folder above it, nearest first, ending at its root.
    public func ancestors(of path: String) -> [String] {
        var result = [path]
        while let parent = parent(of: result[result.count - 1]) { result.append(parent) }
        return result
    }

    /// A name inside a folder: `/maps` + `stroom.json` → `/maps/stroom.json`; `C:\` + `a.vsm` → `C:\a.vsm`.
    public func appending(_ name: String, to folder: String) -> String {
        folder.last.map(isSeparator) ?? true ? folder + name : folder + String(separator) + name
    }

    /// The last part of a path: `a.vsm` of `/maps/a.vsm` or `C:\Maps\a.vsm`.
    public func fileName(of path: String) -> String {
        guard let last = path.lastIndex(where: isSeparator) else { return path }
        return String(path[path.index(after: last)...])
    }

    /// The extension of a path's last part, without the dot: `vsm` of `/maps/a.vsm`; empty
    /// when there is none (`a`, `a.`, `.hidden`).
    public func fileExtension(of path: String) -> String {
        let name = fileName(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// The last part of a path without its extension: `a` of `/maps/a.vsm`.
    public func baseName(of path: String) -> String {
        let name = fileName(of: path)
        let suffix = fileExtension(of: name)
        return name.hasSuffix("." + suffix) ? String(name.dropLast(suffix.count + 1)) : name
    }

    /// Whether `path` lies below `folder` (at any depth; not the folder itself). `C:\Maps2\a.vsm`
    /// is not below `C:\Maps`; everything on a drive is below `C:\`.
    public func isInside(_ path: String, folder: String) -> Bool {
        relative(path, to: folder) != nil
    }

    /// The name of `path` below `folder` (`sub\a.vsm`), nil when it is not below it.
    public func relative(_ path: String, to folder: String) -> String? {
        let path = Array(path)
        var folder = Array(folder)
        // A final separator only marks a folder (`C:\`, `/`, `\\server\share\`).
        let endsWithSeparator = folder.last.map(isSeparator) ?? false
        if endsWithSeparator { folder.removeLast() }
        guard path.count > folder.count + 1, isSeparator(path[folder.count]) else { return nil }
        let hasDrive = folder.count >= 2 && folder[1] == ":"
        for (index, (mine, theirs)) in zip(path, folder).enumerated()
        where !sameCharacter(mine, theirs, isDriveLetter: hasDrive && index == 0) {
            return nil
        }
        return String(path[(folder.count + 1)...])
    }

    /// Whether two characters at the same place of two paths are the same: separators are, and
    /// so is the drive letter in either case on Windows.
    private func sameCharacter(_ left: Character, _ right: Character, isDriveLetter: Bool) -> Bool {
        if left == right { return true }
        guard self == .windows else { return false }
        if isSeparator(left) && isSeparator(right) { return true }
        return isDriveLetter && left.lowercased() == right.lowercased()
    }
}
