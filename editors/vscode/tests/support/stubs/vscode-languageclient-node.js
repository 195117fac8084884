'use strict';
// A stand-in for `vscode-languageclient/node`: records every client made, its options, and
// whether it was started and stopped. `LanguageClient.failStart` makes start() reject.

const ErrorAction = { Continue: 1, Shutdown: 2 };
const CloseAction = { DoNotRestart: 1, Restart: 2 };
const TransportKind = { stdio: 0, ipc: 1, pipe: 2, socket: 3 };

class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    this.id = id;
    this.name = name;
    this.serverOptions = serverOptions;
    this.clientOptions = clientOptions;
    this.started = false;
    this.stopped = false;
    LanguageClient.instances.push(this);
  }

  start() {
    this.started = true;
    return LanguageClient.failStart ? Promise.reject(new Error('spawn failed')) : Promise.resolve();
  }

  stop() {
    this.stopped = true;
    return Promise.resolve();
  }
}
LanguageClient.instances = [];
LanguageClient.failStart = false;
LanguageClient.reset = () => { LanguageClient.instances = []; LanguageClient.failStart = false; };

module.exports = { LanguageClient, ErrorAction, CloseAction, TransportKind };
