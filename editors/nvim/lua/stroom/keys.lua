-- What the plugin sets in a buffer when `stroom lsp` attaches: completion through 'omnifunc',
-- go to definition through 'tagfunc',
-- and the LSP keys of Neovim 0.11 (`K` of 0.10) on versions that do not have them yet.
-- From the version on that maps a key itself, that key is left to Neovim.
local M = {}

-- name = { default key, the Neovim version that maps it itself, modes, action }.
M.actions = {
  hover = { "K", "nvim-0.10", { "n" }, function() vim.lsp.buf.hover() end },
  rename = { "grn", "nvim-0.11", { "n" }, function() vim.lsp.buf.rename() end },
  references = { "grr", "nvim-0.11", { "n" }, function() vim.lsp.buf.references() end },
  -- With a selection from Neovim 0.8 on (0.7's code_action does not take one).
  code_action = { "gra", "nvim-0.11", vim.fn.has("nvim-0.8") == 1 and { "n", "x" } or { "n" },
                  function() vim.lsp.buf.code_action() end },
  implementation = { "gri", "nvim-0.11", { "n" }, function() vim.lsp.buf.implementation() end },
  -- The whole message of the diagnostic under the cursor, wrapped in a float (a long message
  -- is cut at the window's edge where it is shown as virtual text).
  diagnostic = { "<C-W>d", "nvim-0.10", { "n" }, function()
    vim.diagnostic.open_float({ border = "rounded" })
  end },
}

-- The key for an action under the `keys` option: nil when this plugin leaves it alone.
-- keys = false: none; keys = { rename = false }: not that one; keys = { rename = "<F2>" }:
-- that key on every version (a key of your own is never Neovim's).
function M.key(keys, name)
  if keys == false then
    return nil
  end
  local default, since = M.actions[name][1], M.actions[name][2]
  local chosen = nil
  if type(keys) == "table" then
    chosen = keys[name]
  end
  if chosen == false then
    return nil
  end
  if type(chosen) == "string" and chosen ~= default then
    return chosen
  end
  if vim.fn.has(since) == 1 then
    return nil
  end
  return default
end

-- Called when the server attaches to a buffer, before the user's on_attach.
function M.attach(bufnr, keys)
  vim.api.nvim_buf_set_option(bufnr, "omnifunc", "v:lua.vim.lsp.omnifunc")
  -- <C-]> goes to the definition of the name under the cursor.
  vim.api.nvim_buf_set_option(bufnr, "tagfunc", "v:lua.vim.lsp.tagfunc")
  for name, action in pairs(M.actions) do
    local lhs = M.key(keys, name)
    if lhs then
      vim.keymap.set(action[3], lhs, action[4], { buffer = bufnr, desc = "stroom: " .. name })
    end
  end
end

return M
