"""What the benchmark scripts share: a minimal LSP client over a child's stdio, the nearest-rank
percentile, the memory of a running process (/proc/PID/status) and the one way results are
written (`write_json`: the load average goes with them)."""
import json
import os
import subprocess
import threading
import time
from pathlib import Path
from queue import Empty, Queue


class Client:
    """A minimal JSON-RPC client over a child's stdio (Content-Length framing). A reading thread
    decodes every message into a queue; requests from the server are answered with null."""

    def __init__(self, command, cwd):
        self.started = time.perf_counter()
        self.process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.next_id = 0
        self.timeout = 30  # seconds an answer may take
        self.inbox = Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = stream.read(length)
            self.inbox.put(json.loads(body))

    def send(self, message):
        data = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.process.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.next_id

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, predicate, timeout=None):
        timeout = timeout or self.timeout
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            try:
                message = self.inbox.get(timeout=max(remaining, 0.001))
            except Empty:
                raise TimeoutError("no answer in %d s" % timeout) from None
            if "id" in message and "method" in message:  # a request from the server: answer it
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                continue
            if predicate(message):
                return message

    def response(self, request_id):
        message = self.wait(lambda m: m.get("id") == request_id and "method" not in m)
        if "error" in message:
            raise RuntimeError(f"error answer: {message['error']}")
        return message

    def close(self):
        try:
            self.response(self.request("shutdown", None))
            self.notify("exit", None)
            self.process.wait(timeout=5)
        except Exception:
            self.process.kill()
            self.process.wait()


CAPABILITIES = {
    "textDocument": {"diagnostic": {"dynamicRegistration": False},
                     "publishDiagnostics": {"versionSupport": True, "relatedInformation": True},
                     "synchronization": {"didSave": False}},
    "general": {"positionEncodings": ["utf-16"]},
}


def start(command, folder, initialization_options):
    """Starts a server and initializes it; returns the client, the milliseconds from starting
    the process to the answer, and the server's capabilities."""
    client = Client(command, cwd=folder)
    params = {"processId": os.getpid(), "rootUri": folder.as_uri(), "capabilities": CAPABILITIES,
              "workspaceFolders": [{"uri": folder.as_uri(), "name": folder.name}]}
    if initialization_options is not None:
        params["initializationOptions"] = initialization_options
    init = client.response(client.request("initialize", params))
    initialize_ms = (time.perf_counter() - client.started) * 1000
    client.notify("initialized", {})
    return client, initialize_ms, init.get("result", {}).get("capabilities", {})


def percentile(sorted_values, fraction):
    """The value below which `fraction` of the values lie (nearest rank)."""
    rank = max(1, int(round(fraction * len(sorted_values) + 0.4999)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def process_memory(pid):
    """VmRSS and VmHWM (peak resident) of a running process, in bytes, from /proc/PID/status
    (Linux); None for a field the system does not give."""
    fields = {}
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                name, _, value = line.partition(":")
                if name in ("VmRSS", "VmHWM"):
                    fields[name] = int(value.split()[0]) * 1024
    except OSError:
        pass
    return fields.get("VmRSS"), fields.get("VmHWM")


def process_cpu_seconds(pid):
    """User and system time a running process has used so far (Linux, /proc/PID/stat): on a
    shared machine wall time is inflated by the load, CPU time much less. None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_average():
    return os.getloadavg()[0]


def write_json(path, results, load):
    """Writes one script's results with the load average before and after the run."""
    if path:
        Path(path).write_text(json.dumps({"load": list(load), "results": results}, indent=2))
