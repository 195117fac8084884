'use strict';
// Every message the extension itself shows, in Dutch and English. The server and the `stroom`
// program write their own messages (in the language given by `stroom.language`).

const messages = {
  notFound: {
    nl: 'Stroom kan het programma ‘stroom’ niet vinden: de instelling stroom.path is leeg, de extensie heeft er geen bij zich en het staat niet op PATH ({searched}). Installeer Stroom, of zet het volledige pad naar het programma stroom in de instelling stroom.path.',
    en: 'Stroom cannot find the ‘stroom’ program: the setting stroom.path is empty, the extension has none of its own and it is not on PATH ({searched}). Install Stroom, or put the full path to the stroom program in the setting stroom.path.',
  },
  settingMissing: {
    nl: 'De instelling stroom.path wijst naar ‘{path}’, maar daar staat geen programma. Zet het volledige pad naar het programma stroom in de instelling stroom.path, of maak haar leeg om stroom op PATH te gebruiken.',
    en: 'The setting stroom.path points to ‘{path}’, but there is no program there. Put the full path to the stroom program in the setting stroom.path, or empty it to use stroom on PATH.',
  },
  notStroom: {
    nl: '‘{path}’ ({source}) start niet als Stroom: {reason}. Zet het volledige pad naar het programma stroom in de instelling stroom.path.',
    en: '‘{path}’ ({source}) does not start as Stroom: {reason}. Put the full path to the stroom program in the setting stroom.path.',
  },
  serverStopped: {
    nl: 'De Stroom-taalserver (‘{path}’) is gestopt en start niet opnieuw. Controleer de instelling stroom.path en kies daarna ‘Developer: Reload Window’.',
    en: 'The Stroom language server (‘{path}’) stopped and does not start again. Check the setting stroom.path, then choose ‘Developer: Reload Window’.',
  },
  reasonNotFound: { nl: 'het bestand bestaat niet', en: 'the file does not exist' },
  reasonNotAllowed: { nl: 'het mag niet worden uitgevoerd (geen programma, of geen rechten)', en: 'it may not be run (not a program, or no permission)' },
  reasonTimeout: { nl: 'geen antwoord binnen {seconds} s', en: 'no answer within {seconds} s' },
  reasonNotStroom: { nl: '‘--version’ gaf ‘{output}’ in plaats van ‘stroom VERSIE’', en: '‘--version’ printed ‘{output}’ instead of ‘stroom VERSION’' },
  reasonFailed: { nl: '{detail}', en: '{detail}' },
  pathEmpty: { nl: 'PATH is leeg', en: 'PATH is empty' },
  searchedPath: { nl: 'gezocht in {folders}', en: 'searched {folders}' },
  sourceSetting: { nl: 'uit de instelling stroom.path', en: 'from the setting stroom.path' },
  sourceBundled: { nl: 'meegeleverd met de extensie', en: 'bundled with the extension' },
  sourcePath: { nl: 'gevonden op PATH', en: 'found on PATH' },
  openSetting: { nl: 'Instelling openen', en: 'Open setting' },
  noStroomEditor: {
    nl: 'Open eerst een .vsm- of .batenlogica-bestand; het diagram hoort bij het bestand in de editor.',
    en: 'Open a .vsm or .batenlogica file first; the diagram belongs to the file in the editor.',
  },
  saveFirst: {
    nl: 'Sla het bestand eerst op: het diagram wordt gemaakt van het bestand op schijf.',
    en: 'Save the file first: the diagram is made from the file on disk.',
  },
  renderFailed: {
    nl: 'Stroom kon het diagram van {file} niet maken: {reason}',
    en: 'Stroom could not make the diagram of {file}: {reason}',
  },
  exitCode: { nl: 'stroom render stopte met afsluitcode {code}.', en: 'stroom render stopped with exit code {code}.' },
  noSvg: { nl: 'stroom render schreef geen SVG.', en: 'stroom render wrote no SVG.' },
  diagramTitle: { nl: 'Diagram: {file}', en: 'Diagram: {file}' },
  diagramLabel: { nl: 'Diagram van {file}', en: 'Diagram of {file}' },
};

/// The message `key` in `language` ("nl" or "en"), with `{name}` replaced by `values.name`.
function message(key, language, values = {}) {
  const entry = messages[key];
  if (!entry) throw new Error(`no message ${key}`);
  const text = entry[language === 'nl' ? 'nl' : 'en'];
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

module.exports = { message, messages };
