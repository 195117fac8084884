-- Stroom for Neovim: filetypes for .vsm and .batenlogica files, and `stroom lsp` started for
-- them. Works on Neovim 0.7.2 (Debian's) and later: on 0.7 the client is started with
-- vim.lsp.start_client and attached with vim.lsp.buf_attach_client; where vim.lsp.start exists
-- (0.8 and later) that is used instead. See editors/nvim/README.md.
local keys = require("stroom.keys")
local M = {}

-- The defaults; `setup(opts)` overrides any of them.
M.defaults = {
  -- The command that starts the server (`stroom` must be on PATH, or give the full path).
  cmd = { "stroom", "lsp" },
  -- Extension → filetype.
  filetypes = { vsm = "vsm", batenlogica = "batenlogica" },
  -- A folder with one of these is the workspace (all Stroom files under it are read).
  root_markers = { "stroom.json", ".git" },
  -- Sent as initializationOptions: { language = "nl" | "en", diagnostics = "push" | "pull",
  -- today = "YYYY-MM-DD" }. See docs/language-server.md.
  init_options = nil,
  -- Called as on_attach(client, bufnr) when the server is attached to a buffer, after the
  -- plugin set 'omnifunc' and its keys.
  on_attach = nil,
  -- The LSP keys of Neovim 0.11 (and `K`), mapped in the buffer on versions before the one
  -- that maps them itself: false for none, or a table such as { rename = false,
  -- references = "<leader>r" }. See lua/stroom/keys.lua.
  keys = true,
  -- Put editors/vim (next to this folder) on the runtime path: colours for Neovim 0.7 and
  -- later (syntax/), comment and indent settings (ftplugin/, indent/).
  vim_runtime = true,
  -- Client capabilities; nil for Neovim's own.
  capabilities = nil,
}

-- Root folder → client id, for Neovim without vim.lsp.start.
local clients = {}

local function merged(opts)
  local config = vim.deepcopy(M.defaults)
  for key, value in pairs(opts or {}) do
    config[key] = value
  end
  return config
end

-- The nearest folder at or above `dir` that holds one of the markers, else `dir` itself.
function M.root_dir(dir, markers)
  for _, marker in ipairs(markers) do
    local file = vim.fn.findfile(marker, dir .. ";")
    if file ~= "" then
      return vim.fn.fnamemodify(file, ":p:h")
    end
    local folder = vim.fn.finddir(marker, dir .. ";")
    if folder ~= "" then
      -- ":p" ends a folder with "/"; the first ":h" takes that off, the second the marker.
      return vim.fn.fnamemodify(folder, ":p:h:h")
    end
  end
  return dir
end

local function client_config(config, root)
  return {
    name = "stroom",
    cmd = config.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ":t") } },
    init_options = config.init_options,
    -- nil keeps Neovim's own, with semantic tokens from 0.9 on.
    capabilities = config.capabilities,
    on_attach = function(client, bufnr)
      keys.attach(bufnr, config.keys)
      if config.on_attach then
        config.on_attach(client, bufnr)
      end
    end,
  }
end

-- Starts (or reuses) the server for the workspace of a buffer and attaches it.
function M.attach(bufnr, config)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == "" then
    return nil
  end
  local root = M.root_dir(vim.fn.fnamemodify(name, ":p:h"), config.root_markers)
  if vim.lsp.start then
    -- Neovim 0.8.0 attaches vim.lsp.start to the current buffer whatever opts.bufnr says.
    return vim.api.nvim_buf_call(bufnr, function()
      return vim.lsp.start(client_config(config, root), { bufnr = bufnr })
    end)
  end
  local id = clients[root]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or client.is_stopped() then
    id = vim.lsp.start_client(client_config(config, root))
    clients[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

-- The folder editors/vim next to this plugin (editors/nvim), if it is there. Links are
-- followed, so a package that links to editors/nvim finds it too.
function M.vim_runtime()
  local source = debug.getinfo(1, "S").source:gsub("^@", "")
  source = vim.loop.fs_realpath(source) or source
  local folder = vim.fn.fnamemodify(source, ":p:h:h:h:h") .. "/vim"
  if vim.fn.isdirectory(folder .. "/syntax") == 1 then
    return folder
  end
  return nil
end

function M.setup(opts)
  local config = merged(opts)
  -- The ALE linters in editors/vim do not start the server a second time.
  vim.g.stroom_nvim_lsp = 1
  local runtime = config.vim_runtime and M.vim_runtime()
  if runtime and not vim.tbl_contains(vim.opt.runtimepath:get(), runtime) then
    vim.opt.runtimepath:append(runtime)
  end
  local group = vim.api.nvim_create_augroup("stroom", { clear = true })
  local patterns, filetypes = {}, {}
  for extension, filetype in pairs(config.filetypes) do
    table.insert(patterns, "*." .. extension)
    if not vim.tbl_contains(filetypes, filetype) then
      table.insert(filetypes, filetype)
    end
  end
  vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
    group = group,
    pattern = patterns,
    callback = function(args)
      local extension = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ":e")
      vim.api.nvim_buf_set_option(args.buf, "filetype", config.filetypes[extension])
    end,
  })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = filetypes,
    callback = function(args)
      -- `# comment`, and the words of the language may hold letters like ë.
      vim.api.nvim_buf_set_option(args.buf, "commentstring", "# %s")
      M.attach(args.buf, config)
    end,
  })
  -- Buffers opened before setup ran.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) then
      local extension = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ":e")
      if config.filetypes[extension] then
        vim.api.nvim_buf_set_option(bufnr, "filetype", config.filetypes[extension])
      end
    end
  end
  return config
end

return M
