;;; stroom-mode.el --- Major mode for Stroom files  -*- lexical-binding: t; -*-

;; Version: 0.1
;; Package-Requires: ((emacs "28.1"))
;; Keywords: languages
;; URL: https://github.com/stroom-lang/stroom (editors/emacs)

;;; Commentary:

;; `stroom-mode' is for Stroom files: value stream maps (.vsm) and benefit
;; logics (.batenlogica).  It colours them, indents them by their braces,
;; lists their declarations in imenu, and registers `stroom lsp' (the
;; language server) with eglot and with lsp-mode, whichever of them is
;; loaded.  See editors/emacs/README.md.
;;
;; Stroom's keywords are never reserved: `ict' is a kind (ict lvs "..."),
;; an attribute (ict: lvs) and a value (categorie: ict).  So a kind is
;; coloured only where it opens a declaration, an attribute only before `:'.
;; The word lists are the Dutch and English words of
;; Sources/StroomSyntax/Keywords/DeclarationKind.swift and AttributeName.swift;
;; a test (EditorFilesTests) keeps them in step.

;;; Code:

(require 'project)

(defgroup stroom nil
  "Stroom value stream maps and benefit logics."
  :group 'languages
  :prefix "stroom-")

(defcustom stroom-executable "stroom"
  "The `stroom' program: a name on `exec-path' or a full path."
  :type 'string)

(defcustom stroom-indent-offset 2
  "Columns per level of braces, as `stroom fmt' writes them."
  :type 'integer
  :safe #'integerp)

(defcustom stroom-lsp-initialization-options nil
  "Sent to `stroom lsp' as initializationOptions.
A plist such as (:language \"nl\").  Keys: :language (\"nl\" or
\"en\"), :diagnostics (\"push\", \"pull\" or \"auto\"), :today
(\"YYYY-MM-DD\").  See docs/language-server.md.  Nil sends nothing."
  :type '(plist :key-type symbol :value-type string))

(defconst stroom-kinds
  '("proces" "process" "onderzoek" "study" "batenlogica" "benefits"
    "leverancier" "supplier" "klant" "customer" "persoon" "person" "ict"
    "extern" "external" "stap" "step" "wacht" "wait" "verstoring" "disruption"
    "data" "probleem" "problem" "oorzaak" "cause" "idee" "idea" "actie" "action"
    "conclusie" "finding" "observatie" "observation" "moment"
    "stakeholder" "bedoeling" "purpose" "baat" "benefit" "thema" "theme"
    "activiteit" "activity" "initiatief" "initiative" "principe" "principle"
    "werkdruk" "workload" "kans" "opportunity" "doel" "goal" "situatie" "situation")
  "The kinds of declaration, Dutch and English.")

(defconst stroom-attributes
  '("omschrijving" "description" "notitie" "note" "school" "eigenaar" "owner"
    "datum" "date" "toestand" "state" "vervangt" "replaces" "methode" "method"
    "stadium" "stage" "werkdag" "workday" "werkweek" "workweek" "frequentie"
    "frequency" "nuttig" "useful" "tijdsbeslag" "time_spent" "gepland" "planned" "levert" "delivers"
    "ontvangt" "receives" "rol" "role" "soort" "type" "door" "by" "ict" "tijd"
    "time" "waarde" "value" "fase" "phase" "ca" "handmatig" "manual"
    "automatisch" "automatic" "aandeel" "share" "energie" "energy" "duur"
    "duration" "reden" "reason" "bij" "at" "in" "doel" "purpose" "verplicht"
    "required" "aspect" "impact" "effect" "risico" "risk" "bron" "source"
    "lost_op" "solves" "categorie" "category" "haalbaar" "feasible" "termijn"
    "horizon" "moeite" "effort" "uit" "from" "gereed" "due" "status" "todo"
    "tijdpad" "timeline" "werkbelasting" "workload_effect" "wie" "who" "om"
    "stap" "step" "context" "probleem" "problem" "facilitator" "meting"
    "supportgroep" "support_group" "gevalideerd" "validated" "werkniveau" "work_level"
    "verbetergebied" "improvement_area" "onderhoud" "maintenance" "overeenstemming" "agreement"
    "measure" "letter" "thema" "theme" "gekozen" "selected" "principes"
    "principles" "gemeld_door" "reported_by" "vermindert" "reduces"
    "polariteit" "polarity" "urgentie" "urgency" "amo" "bouwsteen" "building_block"
    "slagingskans" "chance_of_success" "belang" "interest" "invloed" "influence"
    "niveau" "level" "gerealiseerd" "realised" "huidig" "current" "gewenst" "desired"
    "verschil" "gap" "actie_nodig" "action_needed")
  "The attribute names, Dutch and English.")

(defconst stroom--name "\\(?:\\sw\\|\\s_\\)+"
  "A name: letters (Dutch ones too), digits and `_'.")

(defconst stroom--declaration-regexp
  (concat "\\(?:^\\|{\\)[ \t]*\\_<\\(" (regexp-opt stroom-kinds)
          "\\)\\_>[ \t]+\\(" stroom--name "\\)")
  "A declaration: group 1 the kind, group 2 the name it declares.")

(defconst stroom--number "[0-9]+\\(?:[.,][0-9]+\\)?"
  "A number, with a decimal point or a Dutch decimal comma.")

(defface stroom-value-face '((t :inherit font-lock-constant-face))
  "Face for numbers, durations, percentages, dates and clock times.")

(defface stroom-arrow-face '((t :inherit font-lock-keyword-face))
  "Face for the arrows of a chain (->).")

(defvar stroom-font-lock-keywords
  `((,stroom--declaration-regexp
     (1 font-lock-keyword-face) (2 font-lock-function-name-face))
    (,(concat "\\_<" (regexp-opt stroom-attributes) "\\_>[ \t]*:")
     . font-lock-builtin-face)
    ("->" . 'stroom-arrow-face)
    (,(concat "\\(\\(?:" stroom--name "\\.\\)*" stroom--name "\\)[ \t]*->")
     1 font-lock-variable-name-face)
    (,(concat "->[ \t]*\\(\\(?:" stroom--name "\\.\\)*" stroom--name "\\)")
     1 font-lock-variable-name-face)
    ("\\_<[0-9]\\{4\\}-[0-9][0-9]-[0-9][0-9]\\_>" . 'stroom-value-face)
    ("\\_<[0-9][0-9]?:[0-9][0-9]\\_>" . 'stroom-value-face)
    (,(concat "\\_<" stroom--number "%") . 'stroom-value-face)
    (,(concat "\\_<" stroom--number
              (regexp-opt '("sec" "s" "min" "uur" "u" "h" "dagen" "dag" "d"
                            "weken" "week" "wk" "w" "maand" "mnd"))
              "\\_>")
     . 'stroom-value-face)
    (,(concat "\\_<" stroom--number "\\_>") . 'stroom-value-face))
  "What `stroom-mode' colours, besides comments and text.")

(defvar stroom-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?{ "(}" table)
    (modify-syntax-entry ?} "){" table)
    (modify-syntax-entry ?- "." table)
    (modify-syntax-entry ?> "." table)
    (modify-syntax-entry ?: "." table)
    (modify-syntax-entry ?% "." table)
    table)
  "Syntax table of `stroom-mode': `#' comments, \"text\", {blocks}.")

(defun stroom-indent-line ()
  "Indent the current line by its depth in braces.
A line that starts with `}' goes one level less; a line inside a
\"\"\"...\"\"\" text keeps its indentation."
  (interactive)
  (let* ((state (save-excursion (syntax-ppss (line-beginning-position))))
         (depth (car state))
         (offset (- (current-column) (current-indentation))))
    (unless (nth 3 state)
      (save-excursion
        (back-to-indentation)
        (when (eq (char-after) ?})
          (setq depth (1- depth))))
      (indent-line-to (* (max depth 0) stroom-indent-offset))
      (when (> offset 0)
        (forward-char offset)))))

(defun stroom-imenu-index ()
  "The declarations of the buffer, as \"KIND NAME\" entries for imenu."
  (let ((index '()))
    (save-excursion
      (goto-char (point-min))
      (while (re-search-forward stroom--declaration-regexp nil t)
        (let ((start (match-beginning 1)))
          (unless (nth 8 (save-excursion (syntax-ppss start)))
            (push (cons (concat (match-string-no-properties 1) " "
                                (match-string-no-properties 2))
                        start)
                  index)))))
    (nreverse index)))

;;; The workspace: the folder with stroom.json.

(defun stroom-project-find (directory)
  "The Stroom workspace of DIRECTORY, for project.el.
That is the nearest folder at or above DIRECTORY with a stroom.json.
eglot and lsp-mode (with `lsp-auto-guess-root') take it as the root."
  (let ((root (locate-dominating-file directory "stroom.json")))
    (when root
      (cons 'stroom (file-name-as-directory (expand-file-name root))))))

(cl-defmethod project-root ((project (head stroom)))
  "The folder of a Stroom workspace PROJECT."
  (cdr project))

;;; The language server.

(defun stroom--server-command ()
  "The command line that starts the language server."
  (list stroom-executable "lsp"))

(defun stroom--eglot-contact (&optional _interactive)
  "How eglot starts `stroom lsp'."
  (append (stroom--server-command)
          (when stroom-lsp-initialization-options
            (list :initializationOptions stroom-lsp-initialization-options))))

(with-eval-after-load 'eglot
  (defvar eglot-server-programs)
  (add-to-list 'eglot-server-programs
               (cons 'stroom-mode #'stroom--eglot-contact)))

(declare-function lsp-register-client "lsp-mode" (client))
(declare-function make-lsp-client "lsp-mode" (&rest args))
(declare-function lsp-stdio-connection "lsp-mode"
                  (command &optional test-command))

(with-eval-after-load 'lsp-mode
  (defvar lsp-language-id-configuration)
  (add-to-list 'lsp-language-id-configuration '(stroom-mode . "stroom"))
  (add-to-list 'lsp-language-id-configuration
               '("\\.batenlogica\\'" . "batenlogica"))
  (add-to-list 'lsp-language-id-configuration '("\\.vsm\\'" . "vsm"))
  (lsp-register-client
   (make-lsp-client
    :new-connection (lsp-stdio-connection #'stroom--server-command)
    :major-modes '(stroom-mode)
    :server-id 'stroom
    :initialization-options (lambda () stroom-lsp-initialization-options))))

;;;###autoload
(define-derived-mode stroom-mode prog-mode "Stroom"
  "Major mode for Stroom: value stream maps and benefit logics.
Files: .vsm and .batenlogica.

Start the language server with \\[eglot] (eglot) or `lsp' (lsp-mode).

\\{stroom-mode-map}"
  :syntax-table stroom-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "#+[ \t]*")
  (setq-local comment-end "")
  (setq-local font-lock-defaults '(stroom-font-lock-keywords))
  (setq-local indent-line-function #'stroom-indent-line)
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width 8)
  (setq-local electric-indent-chars (append "{}" electric-indent-chars))
  (setq-local imenu-create-index-function #'stroom-imenu-index)
  (add-hook 'project-find-functions #'stroom-project-find nil t))

;;;###autoload
(add-to-list 'auto-mode-alist
             '("\\.\\(?:vsm\\|batenlogica\\)\\'" . stroom-mode))

(provide 'stroom-mode)
;;; stroom-mode.el ends here
