" Stroom benefit logics (.batenlogica): settings shared with value stream maps, in ftplugin/stroom.vim.
if exists('b:did_ftplugin')
  finish
endif
runtime ftplugin/stroom.vim
