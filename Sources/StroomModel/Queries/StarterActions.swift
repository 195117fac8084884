import StroomSyntax

extension Analysis {
    /// In an empty file (nothing but white space): "Begin een kaart volgens methode …", one
    /// action per method whose maps live in a file with this extension, each replacing the text
    /// with that method's starter map (``StarterMap``) in `language`, named after the file.
    public func starterAssists(inFile fileIndex: Int, language: Language) -> [Assist] {
        guard files.indices.contains(fileIndex) else { return [] }
        let source = files[fileIndex].source
        guard source.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return [] }
        let fileName = source.path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? source.path
        let dot = fileName.lastIndex(of: ".")
        let base = dot.map { String(fileName[..<$0]) } ?? fileName
        let ext = dot.map { String(fileName[fileName.index(after: $0)...]) } ?? ""
        let whole = TextRange(utf8Start: 0, utf8End: source.bytes.count)
        return StarterMap.methods(forExtension: ext).map { method in
            let text = StarterMap.text(for: method, name: base, language: language)
            return Assist(
                title: LocalizedText(nl: "Begin een kaart volgens methode \(method.name.nl)",
                                     en: "Start a map following method \(method.name.en)"),
                diagnostic: nil, edit: SourceChange([(fileIndex, TextEdit(range: whole, newText: text))], in: self),
                isPreferred: false)
        }
    }
}
