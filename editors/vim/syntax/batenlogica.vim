" Vim syntax file for Stroom benefit logics (.batenlogica). The rules are shared with
" value stream maps: see syntax/stroom.vim.
if exists('b:current_syntax')
  finish
endif
runtime syntax/stroom.vim
let b:current_syntax = 'batenlogica'
