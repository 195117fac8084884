'use strict';
// The page of the diagram webview: the SVG of `stroom render` inline, under a strict Content
// Security Policy (no scripts at all, no loads from anywhere; only our own style element).

const crypto = require('crypto');

/// One escaping function for HTML text and attribute values.
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/// The SVG element of a Graphviz file, without the XML declaration, DOCTYPE and comments
/// before it (they are not allowed inside HTML), or undefined when there is none.
function svgElement(svgFile) {
  const start = svgFile.search(/<svg[\s>]/);
  const end = svgFile.lastIndexOf('</svg>');
  if (start < 0 || end < start) return undefined;
  return svgFile.slice(start, end + '</svg>'.length);
}

function contentSecurityPolicy(nonce) {
  return `default-src 'none'; img-src data:; style-src 'nonce-${nonce}'; script-src 'none'; ` +
    "font-src 'none'; connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";
}

function page({ language, title, body, nonce = crypto.randomBytes(16).toString('base64') }) {
  return `<!DOCTYPE html>
<html lang="${language === 'nl' ? 'nl' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">
  body { margin: 0; padding: 12px; background: #ffffff; color: #1f1f1f; font-family: sans-serif; }
  main svg { max-width: 100%; height: auto; }
  .problem { white-space: pre-wrap; font-family: monospace; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/// The page that shows the picture (`element` from svgElement).
function diagramPage({ element, language, label, nonce }) {
  return page({ language, title: label, nonce, body: `<figure aria-label="${escapeHtml(label)}">\n${element}\n</figure>` });
}

/// The page that says why there is no picture.
function problemPage({ message, language, label, nonce }) {
  return page({ language, title: label, nonce, body: `<p class="problem" role="alert">${escapeHtml(message)}</p>` });
}

module.exports = { diagramPage, problemPage, svgElement, escapeHtml, contentSecurityPolicy };
