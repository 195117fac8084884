'use strict';
// The command "Stroom: show diagram": the picture of the current file (`stroom render`) in a
// webview beside the editor, drawn again each time that file is saved. One panel; it shows
// one file at a time, the last one asked for.

const nodePath = require('path');
const { message } = require('./messages');
const { renderSvg } = require('./render');
const { svgElement, diagramPage, problemPage } = require('./diagramHtml');

const LANGUAGE_IDS = ['vsm', 'batenlogica'];
const VIEW_TYPE = 'stroom.diagram';

class DiagramController {
  /// `executable()` resolves to the program's path or undefined (having said why);
  /// `language()` gives { messages: "nl"|"en", args, env } for this moment's settings.
  constructor({ vscode, executable, language, render = renderSvg }) {
    this.vscode = vscode;
    this.executable = executable;
    this.language = language;
    this.render = render;
    this.panel = undefined;
    this.shownUri = undefined;
    this.generation = 0;
  }

  /// The command: draws the active editor's file.
  async show() {
    const { vscode } = this;
    const lang = this.language().messages;
    const document = vscode.window.activeTextEditor && vscode.window.activeTextEditor.document;
    if (!document || !LANGUAGE_IDS.includes(document.languageId)) {
      vscode.window.showErrorMessage(message('noStroomEditor', lang));
      return;
    }
    if (document.isUntitled || document.uri.scheme !== 'file') {
      vscode.window.showErrorMessage(message('saveFirst', lang));
      return;
    }
    const result = await this.draw(document.uri.fsPath);
    if (!result) return;
    if (result.error) {
      vscode.window.showErrorMessage(result.error);
      if (!this.panel) return;
    }
    this.open(document.uri, result);
  }

  /// On save: draws again when the saved file is the one shown.
  async refresh(document) {
    if (!this.panel || !this.shownUri || document.uri.toString() !== this.shownUri.toString()) return;
    const result = await this.draw(document.uri.fsPath);
    if (result && this.panel) this.update(result);
  }

  /// Resolves to { element } or { error } (a whole sentence), or undefined when there is no
  /// program (the executable lookup already said so) or a newer drawing has started.
  async draw(file) {
    const generation = ++this.generation;
    const executable = await this.executable();
    if (!executable) return undefined;
    const language = this.language();
    const outcome = await this.render({ executable, file, languageArgs: language.args, env: language.env });
    if (generation !== this.generation) return undefined;
    const name = nodePath.basename(file);
    if (outcome.error !== undefined || outcome.svg === undefined) {
      const reason = outcome.error || message('exitCode', language.messages, { code: outcome.exitCode });
      return { error: message('renderFailed', language.messages, { file: name, reason }), file: name };
    }
    const element = svgElement(outcome.svg);
    if (!element) return { error: message('renderFailed', language.messages, { file: name, reason: message('noSvg', language.messages) }), file: name };
    return { element, file: name };
  }

  open(uri, result) {
    const { vscode } = this;
    const lang = this.language().messages;
    const title = message('diagramTitle', lang, { file: result.file });
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableCommandUris: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => { this.panel = undefined; this.shownUri = undefined; });
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.shownUri = uri;
    this.update(result);
  }

  update(result) {
    const language = this.language().messages;
    const label = message('diagramLabel', language, { file: result.file });
    this.panel.title = message('diagramTitle', language, { file: result.file });
    this.panel.webview.html = result.error
      ? problemPage({ message: result.error, language, label })
      : diagramPage({ element: result.element, language, label });
  }

  dispose() {
    if (this.panel) this.panel.dispose();
    this.panel = undefined;
  }
}

/// Registers the command and the refresh on save; returns the controller.
function registerDiagram(context, options) {
  const { vscode } = options;
  const controller = new DiagramController(options);
  context.subscriptions.push(
    vscode.commands.registerCommand('stroom.showDiagram', () => controller.show()),
    vscode.workspace.onDidSaveTextDocument((document) => controller.refresh(document)),
    { dispose: () => controller.dispose() },
  );
  return controller;
}

module.exports = { DiagramController, registerDiagram, LANGUAGE_IDS };
