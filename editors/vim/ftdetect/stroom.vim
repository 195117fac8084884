" Stroom: value stream maps (.vsm) and benefit logics (.batenlogica).
autocmd BufNewFile,BufRead *.vsm setfiletype vsm
autocmd BufNewFile,BufRead *.batenlogica setfiletype batenlogica
