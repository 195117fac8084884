" Run by VimTests.swift as the only vimrc of a real Vim without a terminal:
"   vim -N -u Tests/Tools/vim_probe.vim -i NONE -n --not-a-term FILE
" with STROOM_VIM_RUNTIME (editors/vim), STROOM_BINARY (the built stroom), STROOM_VIM_OUT
" (where to write what was seen, as JSON) and optionally STROOM_VIM_LANGUAGE. It sets up Debian's ALE (vim-ale) and the shipped
" runtime as editors/vim/README.md says, opens FILE, waits for ALE's diagnostics from
" `stroom lsp`, writes them with the file type, colours, options and indentation, and quits.
" Every wait has a deadline: after 60 seconds it writes an error and quits with an error code.
set nocompatible
let s:out = $STROOM_VIM_OUT

" The install of the README.
silent! packadd ale
execute 'set runtimepath+=' . fnameescape($STROOM_VIM_RUNTIME)
filetype plugin indent on
syntax on
let g:stroom_executable = $STROOM_BINARY
" STROOM_VIM_LANGUAGE: the option of the README that is sent as initializationOptions.
if !empty($STROOM_VIM_LANGUAGE)
  let g:stroom_lsp_options = {'language': $STROOM_VIM_LANGUAGE}
endif

function! s:Write(result) abort
  call writefile([json_encode(a:result)], s:out)
endfunction

function! s:Fail(message) abort
  call s:Write({'error': a:message})
  cquit 3
endfunction

" The highlight group at the first match of a pattern (0 if not found).
function! s:GroupAt(pattern) abort
  let [l:line, l:column] = searchpos(a:pattern, 'nw')
  if l:line == 0
    return ''
  endif
  return synIDattr(synID(l:line, l:column, 1), 'name')
endfunction

" The buffer's lines, flattened and indented again with the file type's indentexpr.
function! s:Reindented() abort
  let l:lines = getline(1, '$')
  new
  call setline(1, map(copy(l:lines), {_, line -> substitute(line, '^\s\+', '', '')}))
  let &l:filetype = getbufvar(bufnr('#'), '&filetype')
  silent normal! gg=G
  let l:result = getline(1, '$')
  bwipeout!
  return l:result
endfunction

function! s:Poll(timer) abort
  let l:loclist = ale#engine#GetLoclist(bufnr(''))
  if empty(l:loclist)
    return
  endif
  call timer_stop(a:timer)
  let l:diagnostics = []
  for l:item in l:loclist
    call add(l:diagnostics, {'lnum': l:item.lnum, 'col': l:item.col, 'type': get(l:item, 'type', ''),
          \ 'text': l:item.text, 'code': get(l:item, 'code', ''), 'linter': get(l:item, 'linter_name', '')})
  endfor
  call s:Write({
        \ 'filetype': &filetype,
        \ 'linters': map(copy(ale#linter#Get(&filetype)), {_, linter -> linter.name}),
        \ 'diagnostics': l:diagnostics,
        \ 'commentstring': &commentstring,
        \ 'shiftwidth': &shiftwidth,
        \ 'expandtab': &expandtab,
        \ 'groups': {
        \   'kind': s:GroupAt('^\%(proces\|batenlogica\) '),
        \   'declared': s:GroupAt('^proces \zsrooster'),
        \   'attribute': s:GroupAt('door:'),
        \   'duration': s:GroupAt('45min'),
        \   'string': s:GroupAt('"Leraar"'),
        \   'comment': s:GroupAt('^#'),
        \   'arrow': s:GroupAt('->'),
        \   'value_ict': s:GroupAt('categorie: \zsict'),
        \   'text_block': s:GroupAt('geen commentaar'),
        \ },
        \ 'root': stroom#ProjectRoot(bufnr('')),
        \ 'indented': s:Reindented(),
        \ })
  qall!
endfunction

function! s:Start() abort
  if !exists('g:loaded_ale')
    call s:Fail('ALE is not installed (apt-get install vim-ale)')
  endif
  call timer_start(60000, {-> s:Fail('timed out after 60 seconds; loclist: '
        \ . string(ale#engine#GetLoclist(bufnr(''))))})
  call timer_start(100, function('s:Poll'), {'repeat': -1})
endfunction

autocmd VimEnter * call s:Start()
