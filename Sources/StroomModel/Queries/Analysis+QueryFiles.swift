import StroomSyntax

/// Finding files and declarations by place: what every editor query starts with.
extension Analysis {
    /// The index of the file with this path (as given in its `SourceFile`), if it is in the
    /// workspace.
    public func fileIndex(forPath path: String) -> Int? {
        files.firstIndex { $0.source.path == path }
    }

    /// The declarations of one file, in source order (parents before their children).
    public func declarations(inFile fileIndex: Int) -> [DeclarationID] {
        files[fileIndex].declarations.map(\.id)
    }

    /// The innermost declaration whose text (keyword to closing brace) holds the offset or
    /// touches it at either end.
    public func declaration(enclosing utf8Offset: Int, inFile fileIndex: Int) -> DeclarationID? {
        var best: DeclarationID?
        for id in declarations(inFile: fileIndex) where self[id].range.touches(utf8Offset) {
            // Later declarations that also hold the offset are nested deeper.
            if best == nil || self[best!].range.contains(self[id].range) { best = id }
        }
        return best
    }

    /// The declaration written with its keyword at this offset (the model's link back to a
    /// declaration node of the syntax tree).
    public func declaration(keywordAt utf8Offset: Int, inFile fileIndex: Int) -> DeclarationID? {
        files[fileIndex].declarations.first { $0.keywordRange.utf8Start == utf8Offset }?.id
    }

    /// The map a declaration belongs to (itself for a map).
    public func map(of id: DeclarationID) -> DeclarationID {
        self[id].map ?? id
    }

    /// The language a map is written in: English when its keyword is (`process`, `study`,
    /// `benefits`), else Dutch. New text (completions, fixes) follows it.
    public func language(ofMap map: DeclarationID) -> Language {
        MessageParts.isEnglish(self[map]) ? .en : .nl
    }

    /// The language the file's first map is written in; nil when it has no map (then the
    /// server falls back to English for messages, and completion offers Dutch first).
    public func language(ofFile fileIndex: Int) -> Language? {
        files[fileIndex].maps.first.map { language(ofMap: $0) }
    }
}
