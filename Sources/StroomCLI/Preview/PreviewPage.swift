import StroomPlatform
import StroomExport
import StroomSyntax

/// The preview page: self-contained (styles and script inline, allowed by a fresh nonce in a
/// strict Content-Security-Policy), in the reader's language. Its script listens on `/events`:
/// `update` replaces (or inserts) a file's section, `remove` takes it away, and the scroll
/// position stays where it was.
enum PreviewPage {
    /// The header that allows only this page's own style and script, and `/events`.
    static func policy(nonce: String) -> String {
        "default-src 'none'; script-src 'nonce-\(nonce)'; style-src 'nonce-\(nonce)'; img-src data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    }

    static func html(sections: [(id: String, html: String)], path: String, language: Language, nonce: String) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscaping.text(PreviewText.title(language)))</title>
        <style nonce="\(nonce)">
        \(HTMLReportStyle.css)\(style)</style>
        </head>
        <body>
        <header>
        <h1>\(HTMLEscaping.text(PreviewText.title(language)))</h1>
        <p>\(HTMLEscaping.text(PreviewText.intro(path, language)))</p>
        </header>
        <main id="files">

        """
        html += "<p id=\"empty\"\(sections.isEmpty ? "" : " hidden")>\(HTMLEscaping.text(PreviewText.noFiles(language)))</p>\n"
        for section in sections { html += section.html }
        html += """
        </main>
        <script nonce="\(nonce)">
        \(script)</script>
        </body>
        </html>

        """
        return html
    }

    static let style = """
    section.file { border-top: 1px solid #c8ccd2; margin-top: 2rem; }
    .findings { border-left: 4px solid #a33a00; background: #fff4ee; padding: .2rem .8rem; margin: .6rem 0; }
    .findings li.error strong { color: #a33a00; }
    pre.dot { text-align: left; overflow: auto; background: #f2f4f7; padding: .6rem; }

    """

    /// Small and dependency-free: EventSource, a template element, and replaceWith.
    static let script = """
    (function () {
      var main = document.getElementById('files');
      var empty = document.getElementById('empty');
      function settle() { empty.hidden = main.querySelector('section.file') !== null; }
      var events = new EventSource('/events');
      events.addEventListener('update', function (event) {
        var change = JSON.parse(event.data);
        var template = document.createElement('template');
        template.innerHTML = change.html;
        var node = template.content.firstElementChild;
        if (!node) { return; }
        var x = window.scrollX, y = window.scrollY;
        var old = document.getElementById(change.id);
        if (old) {
          old.replaceWith(node);
        } else {
          var before = change.before ? document.getElementById(change.before) : null;
          main.insertBefore(node, before);
        }
        settle();
        window.scrollTo(x, y);
      });
      events.addEventListener('remove', function (event) {
        var change = JSON.parse(event.data);
        var old = document.getElementById(change.id);
        if (old) { old.remove(); }
        settle();
      });
    })();

    """
}
