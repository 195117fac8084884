" Vim syntax file for Stroom value stream maps (.vsm). The rules are shared with
" benefit logics: see syntax/stroom.vim.
if exists('b:current_syntax')
  finish
endif
runtime syntax/stroom.vim
let b:current_syntax = 'vsm'
