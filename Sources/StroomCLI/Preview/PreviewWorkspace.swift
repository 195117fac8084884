import StroomPlatform
import StroomExport
import StroomModel
import StroomSyntax

/// What the preview shows: one section of HTML per Stroom file under the path, rebuilt from
/// disk by ``refresh()``. A file with errors keeps the maps of its last version without errors
/// (its last good picture), with the findings above them.
final class PreviewWorkspace: @unchecked Sendable {
    /// A change to send to open pages.
    enum Change: Equatable {
        /// The section with this id is new or changed; `before`: the id of the section after it.
        case update(id: String, before: String?, html: String)
        case remove(id: String)
    }

    let path: String
    let view: ExportView?
    let languageFlag: String?
    let context: CommandContext
    private let lock = Lock()
    private var sections: [(id: String, html: String)] = []
    private var lastGoodMaps: [String: String] = [:]
    private(set) var language: Language = .en

    init(path: String, view: ExportView?, languageFlag: String?, context: CommandContext) {
        self.path = path
        self.view = view
        self.languageFlag = languageFlag
        self.context = context
        language = context.language(flag: languageFlag)
    }

    /// The sections as they are now, and the language of the page.
    var snapshot: (sections: [(id: String, html: String)], language: Language) {
        lock.withLock { (sections, language) }
    }

    /// Reads and analyses the files again; returns what changed since the last time.
    func refresh() -> [Change] {
        let workspaces = AnalyzedWorkspaces(paths: [path], context: context)
        let language = context.language(flag: languageFlag, configuration: workspaces.configuration)
        let figures = PreviewFigures(view: view, language: language, environment: context.environment)
        let loader = WorkspaceLoader(currentDirectory: context.currentDirectory)
        var fresh: [(id: String, html: String)] = []
        for entry in workspaces.entries {
            for (index, file) in entry.requestedFiles {
                let path = file.source.path
                let diagnostics = entry.analysis.diagnosticsByFile[index]
                var maps: String
                if diagnostics.contains(where: { $0.severity == .error }) {
                    maps = lock.withLock { lastGoodMaps[path] } ?? ""
                } else {
                    let report = ReportBuilder(analysis: entry.analysis).build(paths: [path])
                    maps = HTMLReportRenderer.mapSections(report, language: language) { mapID in
                        figures.figure(entry.analysis, path: path, mapID: mapID)
                    }.map(\.html).joined()
                    lock.withLock { lastGoodMaps[path] = maps }
                }
                let display = PathStyle.native.relative(path, to: self.path) ?? loader.displayPath(path)
                fresh.append((Self.id(for: path), Self.section(id: Self.id(for: path), title: display, source: file.source,
                                                               diagnostics: diagnostics, maps: maps, language: language)))
            }
        }
        return lock.withLock {
            let old = Dictionary(sections.map { ($0.id, $0.html) }, uniquingKeysWith: { first, _ in first })
            let newIDs = Set(fresh.map(\.id))
            var changes: [Change] = old.keys.filter { !newIDs.contains($0) }.sorted().map { .remove(id: $0) }
            for (position, section) in fresh.enumerated() where old[section.id] != section.html {
                let before = position + 1 < fresh.count ? fresh[position + 1].id : nil
                changes.append(.update(id: section.id, before: before, html: section.html))
            }
            sections = fresh
            self.language = language
            return changes
        }
    }

    /// A stable element id for a file: `file-` and a hash of its path (FNV-1a, 64 bits).
    static func id(for path: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "file-" + String(hash, radix: 16)
    }

    /// One file: its name, its findings (errors first), then its maps.
    static func section(id: String, title: String, source: SourceFile, diagnostics: [Diagnostic], maps: String,
                        language: Language) -> String {
        var html = "<section class=\"file\" id=\"\(id)\">\n<h2>\(HTMLEscaping.text(title))</h2>\n"
        let findings = diagnostics.sorted { (-$0.severity.rawValue, $0.range.utf8Start) < (-$1.severity.rawValue, $1.range.utf8Start) }
        if !findings.isEmpty {
            let errors = findings.filter { $0.severity == .error }.count
            html += "<div class=\"findings\">\n<h3>\(HTMLEscaping.text(PreviewText.findings(findings.count, language)))</h3>\n<ul>\n"
            for diagnostic in findings {
                let position = source.lineTable.humanPosition(of: diagnostic.range.utf8Start)
                html += "<li class=\"\(diagnostic.severity.name)\"><strong>\(HTMLEscaping.text(diagnostic.severity.word(language)))</strong> "
                    + "\(PreviewText.line(language)) \(position.line):\(position.column): "
                    + "\(HTMLEscaping.text(diagnostic.message[language])) <code>\(diagnostic.code)</code></li>\n"
            }
            html += "</ul>\n"
            if errors > 0 {
                html += "<p class=\"note\">\(HTMLEscaping.text(PreviewText.keptPicture(hasPicture: !maps.isEmpty, language)))</p>\n"
            }
            html += "</div>\n"
        }
        return html + maps + "</section>\n"
    }
}
