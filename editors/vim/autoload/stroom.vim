" Functions for the Stroom runtime files: indenting, and what the ALE linters
" (ale_linters/vsm/stroom.vim, ale_linters/batenlogica/stroom.vim) need to start `stroom lsp`.

" The `stroom` program: b:stroom_executable, else g:stroom_executable, else `stroom` on PATH.
function! stroom#Executable(buffer) abort
  return getbufvar(a:buffer, 'stroom_executable', get(g:, 'stroom_executable', 'stroom'))
endfunction

" The workspace of a buffer: the nearest folder at or above its file that holds `stroom.json`,
" else the file's own folder. Every Stroom file under it is read, so names from other files
" resolve.
function! stroom#ProjectRoot(buffer) abort
  let l:file = fnamemodify(bufname(a:buffer), ':p')
  if empty(l:file)
    return ''
  endif
  let l:folder = fnamemodify(l:file, ':h')
  let l:marker = findfile('stroom.json', fnameescape(l:folder) . ';')
  if !empty(l:marker)
    return fnamemodify(l:marker, ':p:h')
  endif
  return l:folder
endfunction

" Sent to the server as initializationOptions: g:stroom_lsp_options (a dictionary such as
" {'language': 'nl'}; see docs/language-server.md), else nothing.
function! stroom#InitializationOptions(buffer) abort
  return getbufvar(a:buffer, 'stroom_lsp_options', get(g:, 'stroom_lsp_options', {}))
endfunction

" The number of `{` minus the number of `}` on a line, outside text and comments.
function! s:BraceBalance(line) abort
  let l:balance = 0
  let l:in_text = 0
  let l:index = 0
  let l:length = strlen(a:line)
  while l:index < l:length
    let l:char = a:line[l:index]
    if l:in_text
      if l:char ==# '\'
        let l:index += 1
      elseif l:char ==# '"'
        let l:in_text = 0
      endif
    elseif l:char ==# '"'
      let l:in_text = 1
    elseif l:char ==# '#'
      break
    elseif l:char ==# '{'
      let l:balance += 1
    elseif l:char ==# '}'
      let l:balance -= 1
    endif
    let l:index += 1
  endwhile
  return l:balance
endfunction

" True when line `lnum` starts inside a """…""" text (then its indent is the writer's).
function! s:InText(lnum) abort
  return synIDattr(synID(a:lnum, 1, 1), 'name') ==# 'stroomString'
endfunction

" indentexpr: one shiftwidth more after a line that opens more `{` than it closes, one less
" for a line that starts with `}`.
function! stroom#Indent(lnum) abort
  if a:lnum > 1 && s:InText(a:lnum)
    return -1
  endif
  let l:previous = prevnonblank(a:lnum - 1)
  " After a """…""" text, count from the line that opened it.
  while l:previous > 1 && s:InText(l:previous)
    let l:previous = prevnonblank(l:previous - 1)
  endwhile
  if l:previous == 0
    return 0
  endif
  let l:indent = indent(l:previous)
  let l:text = getline(l:previous)
  " A line that starts with `}` was already moved back; count only the braces after it.
  let l:balance = s:BraceBalance(substitute(l:text, '^\s*}', '', ''))
  if l:balance > 0
    let l:indent += shiftwidth()
  elseif l:balance < 0 && l:text !~# '^\s*}'
    let l:indent += l:balance * shiftwidth()
  endif
  if getline(a:lnum) =~# '^\s*}'
    let l:indent -= shiftwidth()
  endif
  return max([l:indent, 0])
endfunction
