" Settings for Stroom files (.vsm and .batenlogica), as `stroom fmt` writes them:
" `#` comments, two spaces per level, spaces instead of tabs.
if exists('b:did_ftplugin')
  finish
endif
let b:did_ftplugin = 1

setlocal commentstring=#\ %s
setlocal comments=:#
setlocal formatoptions-=t formatoptions+=croql
setlocal expandtab shiftwidth=2 softtabstop=2 tabstop=8
" Names may hold Dutch letters (ideeën), so `w`, `*` and completion see them as one word.
setlocal iskeyword=@,48-57,_,192-255
setlocal suffixesadd=.vsm,.batenlogica

let b:undo_ftplugin = 'setlocal commentstring< comments< formatoptions< expandtab< shiftwidth<'
      \ . ' softtabstop< tabstop< iskeyword< suffixesadd<'
