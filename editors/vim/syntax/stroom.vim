" Vim syntax rules for the Stroom language, shared by syntax/vsm.vim and syntax/batenlogica.vim
" (and by Neovim, which puts this folder on its runtime path: see editors/nvim/README.md).
"
" Stroom's keywords are never reserved: `ict` is a kind (`ict lvs "…"`), an attribute
" (`ict: lvs`) and a value (`categorie: ict`). So a kind is coloured only where it opens a
" declaration (first word of a line, followed by a name), an attribute only before `:`.
" The lists are the Dutch and English words of Sources/StroomSyntax/Keywords/DeclarationKind.swift
" and AttributeName.swift; a test (EditorFilesTests) keeps them in step.

if exists('b:current_syntax')
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

" Names may hold Dutch letters (ideeën, één).
syntax iskeyword @,48-57,_,192-255

syntax case match

" Kinds, Dutch and English, where they open a declaration.
syntax match stroomKind
      \ /\%(^\|{\)\s*\zs\<\%(proces\|process\|onderzoek\|study\|batenlogica\|benefits\|leverancier\|supplier\|klant\|customer\|persoon\|person\|ict\|extern\|external\|stap\|step\|wacht\|wait\|verstoring\|disruption\|data\|probleem\|problem\|oorzaak\|cause\|idee\|idea\|actie\|action\|conclusie\|finding\|observatie\|observation\|moment\|stakeholder\|bedoeling\|purpose\|baat\|benefit\|thema\|theme\|activiteit\|activity\|initiatief\|initiative\|principe\|principle\|werkdruk\|workload\|kans\|opportunity\|doel\|goal\|situatie\|situation\)\>\ze\s\+\k/
      \ nextgroup=stroomDeclared skipwhite
" The name a declaration gives.
syntax match stroomDeclared /\k\+/ contained

" Attribute names, Dutch and English, before `:`.
syntax match stroomAttribute
      \ /\<\%(omschrijving\|description\|notitie\|note\|school\|eigenaar\|owner\|datum\|date\|toestand\|state\|vervangt\|replaces\|methode\|method\|stadium\|stage\|werkdag\|workday\|werkweek\|workweek\|frequentie\|frequency\|nuttig\|useful\|tijdsbeslag\|time_spent\|levert\|delivers\|ontvangt\|receives\|rol\|role\|soort\|type\|door\|by\|ict\|tijd\|time\|waarde\|value\|fase\|phase\|ca\|handmatig\|manual\|automatisch\|automatic\|aandeel\|share\|energie\|energy\|duur\|duration\|reden\|reason\|bij\|at\|in\|doel\|purpose\|verplicht\|required\|aspect\|impact\|effect\|risico\|risk\|bron\|source\|lost_op\|solves\|categorie\|category\|haalbaar\|feasible\|termijn\|horizon\|moeite\|effort\|uit\|from\|gereed\|due\|status\|todo\|tijdpad\|timeline\|werkbelasting\|workload_effect\|wie\|who\|om\|stap\|step\|context\|probleem\|problem\|facilitator\|supportgroep\|support_group\|gevalideerd\|validated\|werkniveau\|work_level\|verbetergebied\|improvement_area\|onderhoud\|maintenance\|overeenstemming\|agreement\|meting\|measure\|letter\|thema\|theme\|gekozen\|selected\|principes\|principles\|gemeld_door\|reported_by\|vermindert\|reduces\|polariteit\|polarity\|gepland\|planned\|urgentie\|urgency\|amo\|bouwsteen\|building_block\|slagingskans\|chance_of_success\|belang\|interest\|invloed\|influence\|niveau\|level\|gerealiseerd\|realised\|huidig\|current\|gewenst\|desired\|verschil\|gap\|actie_nodig\|action_needed\)\>\ze\s*:/

" Chains: `a -> b -> map.c`.
syntax match stroomArrow /->/
syntax match stroomChainName /\<\k\+\%(\.\k\+\)*\ze\s*->/
syntax match stroomChainName /->\s*\zs\k\+\%(\.\k\+\)*/

" Values. At the same place the last rule wins: a date over a number.
syntax match stroomNumber /\<\d\+\%([.,]\d\+\)\=\>/
syntax match stroomDuration /\<\d\+\%([.,]\d\+\)\=\%(sec\|s\|min\|uur\|u\|h\|dagen\|dag\|d\|weken\|week\|wk\|w\|maand\|mnd\)\>/
syntax match stroomPercentage /\<\d\+\%([.,]\d\+\)\=%/
syntax match stroomDate /\<\d\{4}-\d\d-\d\d\>/
syntax match stroomClock /\<\d\d\=:\d\d\>/

syntax match stroomBrace /[{}]/
syntax match stroomComma /,/

" Text: "…" on one line, """…""" over several.
syntax match stroomEscape /\\\%(["\\nt]\|u{\x\+}\)/ contained
syntax region stroomString start=/"/ skip=/\\\\\|\\"/ end=/"/ oneline contains=stroomEscape
syntax region stroomString start=/"""/ end=/"""/ contains=stroomEscape
" A """…""" text may span many lines: parse from the start (Stroom files are small).
syntax sync fromstart

" Comments run from `#` to the end of the line.
syntax keyword stroomTodo TODO FIXME XXX contained
syntax match stroomComment /#.*$/ contains=stroomTodo,@Spell

highlight default link stroomKind Keyword
highlight default link stroomDeclared Function
highlight default link stroomAttribute Type
highlight default link stroomArrow Operator
highlight default link stroomChainName Identifier
highlight default link stroomNumber Number
highlight default link stroomDuration Number
highlight default link stroomPercentage Number
highlight default link stroomDate Constant
highlight default link stroomClock Constant
highlight default link stroomBrace Delimiter
highlight default link stroomComma Delimiter
highlight default link stroomEscape SpecialChar
highlight default link stroomString String
highlight default link stroomTodo Todo
highlight default link stroomComment Comment

let &cpo = s:cpo_save
unlet s:cpo_save
