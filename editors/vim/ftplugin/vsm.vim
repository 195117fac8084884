" Stroom value stream maps (.vsm): settings shared with benefit logics, in ftplugin/stroom.vim.
if exists('b:did_ftplugin')
  finish
endif
runtime ftplugin/stroom.vim
