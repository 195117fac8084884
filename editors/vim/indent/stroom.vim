" Indent Stroom files one level (shiftwidth) after a line that opens a `{`, and back after `}`.
if exists('b:did_indent')
  finish
endif
let b:did_indent = 1

setlocal indentexpr=stroom#Indent(v:lnum)
setlocal indentkeys=0{,0},0#,!^F,o,O
setlocal autoindent nosmartindent nocindent

let b:undo_indent = 'setlocal indentexpr< indentkeys< autoindent< smartindent< cindent<'
