" Indent Stroom benefit logics (.batenlogica): see autoload/stroom.vim.
if exists('b:did_indent')
  finish
endif
runtime indent/stroom.vim
