import StroomPlatform
import StroomSyntax

/// A Chromium-based browser (Chromium, Google Chrome, Microsoft Edge) run headless to print
/// the HTML report as a PDF (`stroom report --format pdf`). The one place that finds it:
/// STROOM_CHROMIUM, else the usual names on `PATH`, else the standard install folders of
/// macOS and Windows.
enum Chromium {
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "chrome", "msedge"]

    static func find(environment: [String: String], platform: HostPlatform = .current) -> String? {
        let isExecutable: (String) -> Bool = { candidate in
            return FileManager.default.itemKind(atPath: candidate) == .file
                && FileManager.default.isExecutableFile(atPath: candidate)
        }
        if let path = environment["STROOM_CHROMIUM"], isExecutable(path) { return path }
        for name in names {
            if let found = platform.findExecutable(name, environment: environment, isExecutable: isExecutable) { return found }
        }
        return standardPaths(platform, environment: environment).first(where: isExecutable)
    }

    /// Where the installers of Chrome, Chromium and Edge put the program.
    static func standardPaths(_ platform: HostPlatform, environment: [String: String]) -> [String] {
        switch platform {
        case .linux:
            return []
        case .macOS:
            return ["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium",
                    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"]
        case .windows:
            func folder(_ name: String, _ fallback: String) -> String {
                environment.first { $0.key.uppercased() == name }?.value ?? fallback
            }
            let programFiles = folder("PROGRAMFILES", #"C:\Program Files"#)
            let programFiles86 = folder("PROGRAMFILES(X86)", #"C:\Program Files (x86)"#)
            let local = folder("LOCALAPPDATA", #"C:\Users\Default\AppData\Local"#)
            return [programFiles + #"\Google\Chrome\Application\chrome.exe"#, programFiles86 + #"\Google\Chrome\Application\chrome.exe"#,
                    local + #"\Google\Chrome\Application\chrome.exe"#, programFiles86 + #"\Microsoft\Edge\Application\msedge.exe"#,
                    programFiles + #"\Microsoft\Edge\Application\msedge.exe"#]
        }
    }

    /// What to say when no browser was found: what to install on the user's system.
    static func notInstalled(on platform: HostPlatform = .current) -> LocalizedText {
        let (nl, en): (String, String)
        switch platform {
        case .linux:
            nl = "bijvoorbeeld met ‘sudo apt-get install chromium’ (Debian, Ubuntu) of ‘sudo dnf install chromium’ (Fedora)"
            en = "for example with ‘sudo apt-get install chromium’ (Debian, Ubuntu) or ‘sudo dnf install chromium’ (Fedora)"
        case .macOS:
            nl = "bijvoorbeeld Google Chrome, of ‘brew install --cask chromium’"
            en = "for example Google Chrome, or ‘brew install --cask chromium’"
        case .windows:
            nl = "Microsoft Edge of Google Chrome (Edge staat standaard op Windows)"
            en = "Microsoft Edge or Google Chrome (Edge comes with Windows)"
        }
        return LocalizedText(
            nl: "Voor een PDF is Chromium, Google Chrome of Microsoft Edge nodig, en die is niet gevonden. Installeer er een, \(nl), of wijs hem aan met STROOM_CHROMIUM=/pad/naar/browser. Zonder browser kun je --format html maken en die pagina zelf als PDF afdrukken.",
            en: "A PDF needs Chromium, Google Chrome or Microsoft Edge, and none was found. Install one, \(en), or point to it with STROOM_CHROMIUM=/path/to/browser. Without a browser, make --format html and print that page to PDF yourself.")
    }

    /// Prints `html` to a PDF at `output` with the browser headless. `--no-sandbox` is always
    /// given: Chromium refuses to start as root without it (CI, containers), and the page is
    /// Stroom's own, with no script and nothing from the network, so the sandbox guards
    /// nothing here. Returns nil when it worked, else what went wrong.
    static func printPDF(_ executable: String, html: String, output: String, timeout: Double = 180) -> String? {
        let style = PathStyle.native
        let folder = style.appending("stroom-pdf-\(UUID().uuidString)", to: FileManager.default.temporaryDirectory.path)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = style.appending("report.html", to: folder)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: URL(fileURLWithPath: page))
        } catch { return "\(error)" }
        let arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
                         "--user-data-dir=" + style.appending("profile", to: folder),
                         "--print-to-pdf=" + output, URL(fileURLWithPath: page).absoluteString]
        switch ChildProcess.run(executable, arguments: arguments, timeout: timeout) {
        case .failure(.timedOut):
            return "timed out after \(Int(timeout)) s"
        case .failure(.notStarted(let reason)):
            return reason
        case .success(let ran):
            let size = FileManager.default.sizeOfItem(atPath: output) ?? 0
            if ran.status != 0 || size == 0 {
                return "exit \(ran.status): " + String(decoding: ran.standardError.suffix(2000), as: UTF8.self)
            }
            return nil
        }
    }
}
