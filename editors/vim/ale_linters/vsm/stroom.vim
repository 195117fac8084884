" ALE: `stroom lsp` for Stroom files (.vsm). ALE runs every linter of a file type unless
" g:ale_linters names others, so nothing needs to be listed. See editors/vim/README.md.
" In Neovim with require('stroom').setup(), Neovim's own client runs the server; then ALE
" does not start it a second time.
if has('nvim') && get(g:, 'stroom_nvim_lsp', 0)
  finish
endif

call ale#linter#Define('vsm', {
\   'name': 'stroom',
\   'lsp': 'stdio',
\   'executable': function('stroom#Executable'),
\   'command': '%e lsp',
\   'project_root': function('stroom#ProjectRoot'),
\   'language': 'vsm',
\   'initialization_options': function('stroom#InitializationOptions'),
\})
