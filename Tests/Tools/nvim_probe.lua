-- Run by NeovimTests.swift as the only init file of a headless Neovim:
--   nvim --headless --noplugin -i NONE -n -u Tests/Tools/nvim_probe.lua FILE
-- with STROOM_NVIM_RUNTIME (editors/nvim), STROOM_BINARY (the built stroom) and STROOM_NVIM_OUT
-- (where to write what was received). It sets up the shipped config, waits for the diagnostics
-- of FILE, asks for its document symbols, writes both as JSON and quits. It never waits for
-- input: every wait has a deadline, and a timer quits with an error code after 60 seconds.
local out = assert(os.getenv("STROOM_NVIM_OUT"), "STROOM_NVIM_OUT is not set")

local function write(result)
  local file = assert(io.open(out, "w"))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function fail(message)
  write({ error = message })
  vim.cmd("cquit 3")
end

vim.defer_fn(function() fail("timed out after 60 seconds") end, 60000)

-- STROOM_NVIM_SHIM_START=1 stands in for a newer Neovim on 0.7: a vim.lsp.start as 0.8 and
-- later have it (reuse a client of the same name and root, attach the buffer), so that the
-- config's other branch runs too.
if os.getenv("STROOM_NVIM_SHIM_START") == "1" and not vim.lsp.start then
  _G.stroom_shim_calls = 0
  vim.lsp.start = function(config, opts)
    _G.stroom_shim_calls = _G.stroom_shim_calls + 1
    assert(opts.bufnr == vim.api.nvim_get_current_buf(), "vim.lsp.start runs in the buffer it attaches")
    for _, client in pairs(vim.lsp.get_active_clients()) do
      if client.name == config.name and client.config.root_dir == config.root_dir then
        vim.lsp.buf_attach_client(opts.bufnr, client.id)
        return client.id
      end
    end
    local id = vim.lsp.start_client(config)
    if id then vim.lsp.buf_attach_client(opts.bufnr, id) end
    return id
  end
end

-- STROOM_NVIM_KEYS: "off" sets keys = false, "no-rename" keys = { rename = false }.
local keys_option = ({ off = false, ["no-rename"] = { rename = false } })[os.getenv("STROOM_NVIM_KEYS") or ""]
if keys_option == nil then keys_option = true end

vim.opt.runtimepath:prepend(assert(os.getenv("STROOM_NVIM_RUNTIME"), "STROOM_NVIM_RUNTIME is not set"))
require("stroom").setup({
  cmd = { assert(os.getenv("STROOM_BINARY"), "STROOM_BINARY is not set"), "lsp" },
  init_options = { language = "nl" },
  keys = keys_option,
})

local termcodes = function(keys) return vim.api.nvim_replace_termcodes(keys, true, false, true) end

-- The floating windows that are open now.
local function floats()
  local found = {}
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= "" then table.insert(found, win) end
  end
  return found
end

local function close_floats()
  for _, win in ipairs(floats()) do vim.api.nvim_win_close(win, true) end
end

-- Puts the cursor on the first match of a pattern, presses keys (with mappings) and waits for
-- a float: its text, width, height and 'wrap', or nil.
local function press_for_float(pattern, keys)
  close_floats()
  vim.fn.cursor(1, 1)
  assert(vim.fn.search(pattern, "c") > 0, "not found: " .. pattern)
  vim.api.nvim_feedkeys(termcodes(keys), "mx", false)
  if not vim.wait(20000, function() return #floats() > 0 end, 50) then return nil end
  local win = floats()[1]
  local lines = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false)
  return { text = table.concat(lines, "\n"), width = vim.api.nvim_win_get_width(win),
           height = vim.api.nvim_win_get_height(win), wrap = vim.wo[win].wrap, columns = vim.o.columns }
end

-- What the plugin set in the buffer: 'omnifunc', the keys, and the colour of a kind.
local function buffer_setup(bufnr)
  local maps = {}
  for _, lhs in ipairs({ "K", "grn", "grr", "gra", "gri", "<C-W>d" }) do
    local map = vim.fn.maparg(lhs, "n", false, true)
    maps[lhs] = { buffer = map.buffer or 0, desc = map.desc or "" }
  end
  local line = vim.fn.search("^proces ", "nw")
  local id = vim.fn.synID(line, 1, 1)
  return { omnifunc = vim.bo[bufnr].omnifunc, tagfunc = vim.bo[bufnr].tagfunc, maps = maps, commentstring = vim.bo[bufnr].commentstring,
           syntax = { name = vim.fn.synIDattr(id, "name"), linked = vim.fn.synIDattr(vim.fn.synIDtrans(id), "name") } }
end

-- Presses the keys of the plugin and looks at what they did.
local function press_keys(bufnr)
  local pressed = {}
  -- K on a declared name: its hover in a float.
  pressed.hover = press_for_float("^  persoon \\zsleraar", "K")
  -- grr on it: its references in the quickfix list.
  close_floats()
  vim.fn.setqflist({})
  vim.api.nvim_feedkeys("grr", "mx", false)
  vim.wait(20000, function() return #vim.fn.getqflist() > 0 end, 50)
  pressed.references = #vim.fn.getqflist()
  vim.cmd("cclose")
  -- <C-]> on a use of it: to its declaration ('tagfunc').
  vim.fn.cursor(1, 1)
  vim.fn.search("groepsplan_maken .*door: \\zsleraar", "c")
  local from = vim.fn.line(".")
  pcall(vim.api.nvim_feedkeys, termcodes("<C-]>"), "mx", false)
  vim.wait(20000, function() return vim.fn.line(".") ~= from end, 50)
  pressed.definition = { from = from, to = vim.fn.line("."), declaration = vim.fn.search("^  persoon leraar", "nw") }
  -- <C-W>d on the line of the error, in a narrow window: the whole message, wrapped.
  vim.o.columns = 30
  pressed.diagnostic = press_for_float("leeraar", "<C-W>d")
  close_floats()
  return pressed
end

-- Completion through 'omnifunc': on a new line after `door: `, <C-X><C-O> in Insert mode.
-- The keys run after the VimEnter callback returns; a timer then reads the completion menu,
-- adds its words to the result, writes it and quits.
local function write_after_completion(bufnr, result)
  vim.o.columns = 80
  local line = vim.fn.search("^  persoon leraar", "nw")
  vim.api.nvim_buf_set_lines(bufnr, line, line, false, { '  stap nieuw "Nieuw" { door: }' })
  vim.api.nvim_win_set_cursor(0, { line + 1, #'  stap nieuw "Nieuw" { door:' })
  vim.api.nvim_feedkeys(termcodes("a<C-X><C-O>"), "m", false)
  local timer, deadline = vim.loop.new_timer(), vim.loop.now() + 20000
  timer:start(100, 100, vim.schedule_wrap(function()
    local items = vim.fn.complete_info({ "items" }).items or {}
    if #items == 0 and vim.loop.now() < deadline then return end
    timer:stop()
    local words = {}
    for _, item in ipairs(items) do table.insert(words, item.word) end
    result.pressed.completion = words
    write(result)
    vim.cmd("qall!")
  end))
end

local function probe()
  local bufnr = vim.api.nvim_get_current_buf()
  local found = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  if not found then
    return fail("no diagnostics within 30 seconds (filetype " .. vim.bo[bufnr].filetype .. ")")
  end
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(diagnostics, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message,
                                code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
                                source = d.source })
  end
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }
  local responses, err = vim.lsp.buf_request_sync(bufnr, "textDocument/documentSymbol", params, 20000)
  if not responses then
    return fail("documentSymbol: " .. tostring(err))
  end
  local symbols, clients = nil, {}
  for id, response in pairs(responses) do
    if response.err then
      return fail("documentSymbol: " .. vim.inspect(response.err))
    end
    symbols = response.result
    table.insert(clients, vim.lsp.get_client_by_id(id).name)
  end
  local setup = buffer_setup(bufnr)
  -- Semantic tokens, where Neovim asks for them (0.9 and later): the type at the kind `proces`.
  if vim.lsp.semantic_tokens and vim.lsp.semantic_tokens.get_at_pos then
    local row = vim.fn.search("^proces ", "nw") - 1
    local token
    vim.wait(20000, function()
      local tokens = vim.lsp.semantic_tokens.get_at_pos(bufnr, row, 0)
      token = tokens and tokens[1]
      return token ~= nil
    end, 50)
    setup.semantic_token = token and token.type or ""
  end
  local pressed = keys_option and press_keys(bufnr) or nil
  local result = { filetype = vim.bo[bufnr].filetype, clients = clients, diagnostics = diagnostics,
                  symbols = symbols, version = vim.version(), shim_calls = _G.stroom_shim_calls,
                  root_dir = vim.lsp.get_client_by_id(next(responses)).config.root_dir,
                  setup = setup, pressed = pressed }
  if pressed then return write_after_completion(bufnr, result) end
  write(result)
  vim.cmd("qall!")
end

vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    local ok, message = pcall(probe)
    if not ok then fail(tostring(message)) end
  end,
})
