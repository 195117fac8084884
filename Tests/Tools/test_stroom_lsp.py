"""`stroom lsp` driven by a real, spec-typed client: pytest-lsp (pygls and lsprotocol).

Run by LanguageServerToolTests.swift as
    python -m pytest -o asyncio_mode=auto Tests/Tools/test_stroom_lsp.py
with STROOM_BINARY (the built stroom) and STROOM_SAMPLES (the Samples folder) set.
pytest-lsp checks the server's messages against the client capabilities it announced.
"""

import os
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

STROOM = os.environ["STROOM_BINARY"]
SAMPLES = pathlib.Path(os.environ["STROOM_SAMPLES"]).resolve()
SAMPLE = SAMPLES / "akkrum" / "groepsplannen.vsm"
# The sample with a known error: `door: leraar` misspelt.
TEXT = SAMPLE.read_text(encoding="utf-8").replace(
    "{ door: leraar  ict: ict_systeem }", "{ door: leeraar  ict: ict_systeem }"
)
LINE = 48
COLUMN = TEXT.split("\n")[LINE].index("leeraar")  # ASCII line: the same in UTF-8 and UTF-16


def initialize_params(client: str) -> types.InitializeParams:
    return types.InitializeParams(
        capabilities=client_capabilities(client),
        root_uri=SAMPLES.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=SAMPLES.as_uri(), name="Samples")],
        locale="en",
    )


def open_sample(client: LanguageClient) -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=SAMPLE.as_uri(), language_id="vsm", version=1, text=TEXT)
        )
    )


def check_known_error(diagnostics) -> None:
    errors = [d for d in diagnostics if d.severity == types.DiagnosticSeverity.Error]
    assert [d.code for d in errors] == ["N102"]
    error = errors[0]
    assert error.source == "stroom"
    assert error.range == types.Range(
        start=types.Position(line=LINE, character=COLUMN), end=types.Position(line=LINE, character=COLUMN + 7)
    )
    assert error.message == "‘leeraar’ is not declared. Did you mean ‘leraar’?"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[STROOM, "lsp"]))
async def vscode(lsp_client: LanguageClient):
    """VS Code 1.65: pushed diagnostics, UTF-16 positions, watchers registered dynamically."""
    lsp_client.registrations = []

    # pytest-lsp's client does not answer this request itself, though the VS Code
    # capabilities it sends allow the server to make it.
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        lsp_client.registrations.extend(params.registrations)

    result = await lsp_client.initialize_session(initialize_params("visual-studio-code"))
    assert result.server_info.name == "stroom"
    assert result.capabilities.position_encoding in (None, types.PositionEncodingKind.Utf16)
    assert result.capabilities.text_document_sync.change == types.TextDocumentSyncKind.Incremental
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[STROOM, "lsp"]))
async def neovim(lsp_client: LanguageClient):
    """Neovim 0.11: pulled diagnostics, UTF-8 positions."""
    result = await lsp_client.initialize_session(initialize_params("neovim@v0.11.0"))
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    assert result.capabilities.diagnostic_provider is not None
    yield
    await lsp_client.shutdown_session()


async def test_pushed_diagnostics(vscode: LanguageClient):
    open_sample(vscode)
    while not any(d.code == "N102" for d in vscode.diagnostics.get(SAMPLE.as_uri(), [])):
        await vscode.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    check_known_error(vscode.diagnostics[SAMPLE.as_uri()])
    # The other files of the workspace were read from disk and are published after it.
    other = (SAMPLES / "sws-balans" / "sws_balans.batenlogica").as_uri()
    while other not in vscode.diagnostics:
        await vscode.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert {d.code for d in vscode.diagnostics[other]} >= {"B411"}
    # The server asked to be told about changes to the Stroom files on disk.
    assert [r.method for r in vscode.registrations] == [types.WORKSPACE_DID_CHANGE_WATCHED_FILES]


async def test_pulled_diagnostics(neovim: LanguageClient):
    open_sample(neovim)
    report = await neovim.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=SAMPLE.as_uri()))
    )
    assert report.kind == "full"
    check_known_error(report.items)
    again = await neovim.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(
            text_document=types.TextDocumentIdentifier(uri=SAMPLE.as_uri()), previous_result_id=report.result_id
        )
    )
    assert again.kind == "unchanged"


async def test_unknown_request_is_method_not_found(vscode: LanguageClient):
    with pytest.raises(Exception) as caught:
        await vscode.protocol.send_request_async("stroom/noSuchMethod", {})
    assert "-32601" in str(caught.value) or "not found" in str(caught.value).lower()
