#!/usr/bin/env python3
"""Drives `stroom preview` in a real headless Chromium through the DevTools protocol.

Loads the page, rewrites a file on disk and waits (up to ten seconds) for the new text in the
DOM without a reload; then runs axe-core in the page and fails on any violation, and on any
Content-Security-Policy report in the browser's log. Loopback only; the standard library only
(a tiny WebSocket client of RFC 6455). Prints one JSON line with what it measured.
"""
import argparse, base64, json, os, re, socket, struct, subprocess, sys, tempfile, time, urllib.request


class WebSocket:
    def __init__(self, url):
        match = re.match(r"ws://([^:/]+):(\d+)(/.*)", url)
        host, port, path = match.group(1), int(match.group(2)), match.group(3)
        self.sock = socket.create_connection((host, port), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise RuntimeError("websocket handshake failed")
            head += chunk
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError("websocket handshake refused: %r" % head[:80])

    def send(self, text):
        data = text.encode()
        header = bytes([0x81])
        if len(data) < 126:
            header += bytes([0x80 | len(data)])
        elif len(data) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(data))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(data))
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _exactly(self, count):
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise RuntimeError("websocket closed")
            data += chunk
        return data

    def receive(self):
        message = b""
        while True:
            first, second = self._exactly(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._exactly(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._exactly(8))[0]
            payload = self._exactly(length)
            if first & 0x0F == 8:
                raise RuntimeError("websocket closed by the browser")
            message += payload
            if first & 0x80:
                return message.decode()


class DevTools:
    def __init__(self, url):
        self.ws = WebSocket(url)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression, await_promise=False):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=await_promise)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")


def wait(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def main():
    parser = argparse.ArgumentParser()
    for name in ("chromium", "axe", "url", "file", "text", "marker"):
        parser.add_argument("--" + name, required=True)
    args = parser.parse_args()
    profile = tempfile.mkdtemp(prefix="stroom-chromium-")
    browser = subprocess.Popen([args.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                                f"--user-data-dir={profile}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        endpoint = None
        deadline = time.monotonic() + 60
        while endpoint is None and time.monotonic() < deadline:
            line = browser.stderr.readline()
            if not line:
                break
            match = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            if match:
                endpoint = int(match.group(1))
        if endpoint is None:
            raise RuntimeError("Chromium did not start its DevTools endpoint")
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{endpoint}/json/list", timeout=10))
        page = next(t for t in targets if t.get("type") == "page")
        tools = DevTools(page["webSocketDebuggerUrl"])
        tools.call("Page.enable")
        tools.call("Log.enable")
        tools.call("Runtime.enable")
        tools.call("Page.navigate", url=args.url)
        if not wait(lambda: tools.evaluate("document.readyState") == "complete", 20):
            raise RuntimeError("the page did not load")
        # The stream is open when the server has said hello; then mark this document.
        time.sleep(0.5)
        tools.evaluate("window.stroomMarker = 'same page'")
        saved = time.monotonic()
        with open(args.file, "w", encoding="utf-8") as handle:
            handle.write(args.text)
        seen = wait(lambda: args.marker in tools.evaluate("document.body.innerHTML"), 10)
        elapsed = time.monotonic() - saved
        same = tools.evaluate("window.stroomMarker") == "same page"
        svgs = tools.evaluate("document.querySelectorAll('svg[role=img][aria-label]').length")
        with open(args.axe, encoding="utf-8") as handle:
            tools.evaluate(handle.read())
        violations = json.loads(tools.evaluate(
            "axe.run(document).then(r => JSON.stringify(r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.length}))))",
            await_promise=True))
        csp = [e["params"]["entry"]["text"] for e in tools.events
               if e.get("method") == "Log.entryAdded" and "Content Security Policy" in e["params"]["entry"].get("text", "")]
        print(json.dumps({"updated": seen, "seconds": round(elapsed, 3), "samePage": same, "labelledSVGs": svgs,
                          "violations": violations, "csp": csp}))
        return 0 if seen and same and not violations and not csp else 1
    finally:
        browser.terminate()
        try:
            browser.wait(10)
        except subprocess.TimeoutExpired:
            browser.kill()


if __name__ == "__main__":
    sys.exit(main())
