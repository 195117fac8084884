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
    assert error.message == "‘leeraar’ is not the name of anything. Did you mean ‘leraar’?"


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


def position_of(needle: str, occurrence: int = 0, utf8: bool = False, offset: int = 0) -> types.Position:
    """The position of the `occurrence`-th `needle` in TEXT, in UTF-16 code units or UTF-8 bytes."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(needle, start + 1)
    line = TEXT.count("\n", 0, start)
    prefix = TEXT[TEXT.rfind("\n", 0, start) + 1 : start]
    width = len(prefix.encode("utf-8")) if utf8 else len(prefix.encode("utf-16-le")) // 2
    return types.Position(line=line, character=width + offset)


DOCUMENT = types.TextDocumentIdentifier(uri=SAMPLE.as_uri())


async def test_outline_hover_and_definition(vscode: LanguageClient):
    open_sample(vscode)
    symbols = await vscode.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=DOCUMENT))
    assert [s.name for s in symbols] == ["groepsplannen"]
    assert [side.name for side in symbols[0].children] == ["Input", "Control", "Process", "Data", "Action points"]
    assert [s.name for s in symbols[0].children[2].children] == ["informatie_zoeken", "groepsplan_maken"]

    use = position_of("{ door: leraar }", offset=8)
    hover = await vscode.text_document_hover_async(types.HoverParams(text_document=DOCUMENT, position=use))
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert hover.contents.value.startswith("**Person** `leraar` — Leraar")

    declaration = position_of("persoon leraar", offset=8)
    found = await vscode.text_document_definition_async(types.DefinitionParams(text_document=DOCUMENT, position=use))
    assert list(found) == [
        types.Location(
            uri=SAMPLE.as_uri(),
            range=types.Range(start=declaration, end=types.Position(line=declaration.line, character=declaration.character + 6)),
        )
    ]


async def test_completion_and_code_action_for_the_known_error(vscode: LanguageClient):
    open_sample(vscode)
    typed = position_of("leeraar")
    cursor = types.Position(line=typed.line, character=typed.character + 3)
    result = await vscode.text_document_completion_async(types.CompletionParams(text_document=DOCUMENT, position=cursor))
    items = result.items if isinstance(result, types.CompletionList) else result
    person = next(item for item in items if item.label == "leraar")
    misspelt = types.Range(start=typed, end=types.Position(line=typed.line, character=typed.character + 7))
    assert person.text_edit == types.TextEdit(range=misspelt, new_text="leraar")

    actions = await vscode.text_document_code_action_async(
        types.CodeActionParams(text_document=DOCUMENT, range=misspelt, context=types.CodeActionContext(diagnostics=[]))
    )
    fix = next(action for action in actions if action.title == "Replace with ‘leraar’")
    assert fix.kind == types.CodeActionKind.QuickFix
    assert {uri: list(edits) for uri, edits in fix.edit.changes.items()} == {
        SAMPLE.as_uri(): [types.TextEdit(range=misspelt, new_text="leraar")]
    }


async def test_formatting_semantic_tokens_and_export_in_utf8(neovim: LanguageClient):
    open_sample(neovim)
    edits = await neovim.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=DOCUMENT, options=types.FormattingOptions(tab_size=2, insert_spaces=True))
    )
    assert list(edits) == []  # the samples are formatted

    result = await neovim.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=DOCUMENT))
    data = result.data
    assert len(data) % 5 == 0
    # The label after ’ (three UTF-8 bytes) is measured in bytes: decode to absolute positions.
    tokens, line, column = [], 0, 0
    for index in range(0, len(data), 5):
        line += data[index]
        column = column + data[index + 1] if data[index] == 0 else data[index + 1]
        tokens.append((line, column, data[index + 2]))
    label = "\"opzet groepsplan verbeteren door meer gebruik te maken van schema’s\""
    start = position_of(label, utf8=True)
    assert (start.line, start.character, len(label.encode("utf-8"))) in tokens

    dot = await neovim.workspace_execute_command_async(
        types.ExecuteCommandParams(command="stroom.exportDot", arguments=[SAMPLE.as_uri(), "causes"])
    )
    assert dot.startswith("// stroom dot --view causes --lang en groepsplannen.vsm\ndigraph")
