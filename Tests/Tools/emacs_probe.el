;;; emacs_probe.el --- Run by EmacsTests.swift in `emacs --batch'  -*- lexical-binding: t; -*-

;;; Commentary:

;; emacs --batch -Q -l Tests/Tools/emacs_probe.el
;; with STROOM_EMACS_MODE (editors/emacs/stroom-mode.el), STROOM_EMACS_CLIENT ("eglot",
;; "lsp-mode" or "none"), STROOM_BINARY (the built stroom), STROOM_EMACS_FILE (the file to
;; open) and STROOM_EMACS_OUT (where to write what was seen, as JSON).  It loads Debian's ELPA
;; packages as `package-initialize' does, then ONLY the shipped stroom-mode.el, sets it up as
;; editors/emacs/README.md says, opens the file and waits for the diagnostics of the client.
;; Every wait has a deadline; it never reads input.

;;; Code:

(require 'json)
(require 'package)
(require 'imenu)

(defvar stroom-probe-out (getenv "STROOM_EMACS_OUT"))
(defvar stroom-probe-client (or (getenv "STROOM_EMACS_CLIENT") "none"))

(defun stroom-probe-write (alist)
  "Write ALIST as JSON to the output file."
  (with-temp-file stroom-probe-out
    (insert (json-encode alist))))

(defun stroom-probe-fail (message)
  "Write MESSAGE as the error and exit with status 3."
  (stroom-probe-write `((error . ,message)))
  (kill-emacs 3))

(defun stroom-probe-wait (predicate seconds)
  "Run the event loop until PREDICATE is non-nil or SECONDS have passed."
  (let ((deadline (+ (float-time) seconds)) result)
    (while (and (not (setq result (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    result))

;; Debian installs elpa-eglot and elpa-lsp-mode under /usr/share/emacs/site-lisp/elpa.
(setq package-user-dir (expand-file-name "elpa" (or (getenv "HOME") temporary-file-directory)))
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)

(load (getenv "STROOM_EMACS_MODE") nil t)
(setq stroom-executable (getenv "STROOM_BINARY"))
;; STROOM_EMACS_LANGUAGE: the option of the README that is sent as initializationOptions.
(when (getenv "STROOM_EMACS_LANGUAGE")
  (setq stroom-lsp-initialization-options (list :language (getenv "STROOM_EMACS_LANGUAGE"))))

(pcase stroom-probe-client
  ("eglot"
   (require 'eglot)
   (add-hook 'stroom-mode-hook #'eglot-ensure))
  ("lsp-mode"
   (setq lsp-auto-guess-root t
         lsp-enable-file-watchers nil
         lsp-restart 'ignore
         lsp-keep-workspace-alive nil
         lsp-diagnostics-provider :none
         lsp-enable-snippet nil
         lsp-headerline-breadcrumb-enable nil
         lsp-session-file (expand-file-name "lsp-session" (getenv "HOME")))
   (require 'lsp-mode)
   ;; The README's lsp-deferred waits until the buffer is shown, which batch mode never does.
   (add-hook 'stroom-mode-hook #'lsp)))

(defun stroom-probe-eglot-diagnostics ()
  "The flymake diagnostics eglot gave the buffer, as alists."
  (mapcar (lambda (d)
            `((line . ,(line-number-at-pos (flymake-diagnostic-beg d)))
              (column . ,(save-excursion (goto-char (flymake-diagnostic-beg d)) (current-column)))
              (text . ,(flymake-diagnostic-text d))
              (type . ,(symbol-name (flymake-diagnostic-type d)))))
          (flymake-diagnostics)))

(defun stroom-probe-lsp-diagnostics ()
  "The diagnostics lsp-mode holds for the buffer, as alists."
  (mapcar (lambda (d)
            (let ((start (lsp:range-start (lsp:diagnostic-range d))))
              `((line . ,(1+ (lsp:position-line start)))
                (column . ,(lsp:position-character start))
                (text . ,(lsp:diagnostic-message d))
                (code . ,(lsp:diagnostic-code? d))
                (severity . ,(lsp:diagnostic-severity? d)))))
          (lsp--get-buffer-diagnostics)))

(defun stroom-probe-faces ()
  "The face at group 1 of the first match of a few patterns, after font-lock."
  (font-lock-ensure)
  (let ((case-fold-search nil) faces)
    (dolist (probe '(("kind" . "^\\(proces\\) rooster")
                     ("declared" . "^proces \\(rooster\\)")
                     ("attribute" . "\\(door\\):")
                     ("duration" . "\\(45min\\)")
                     ("string" . "\\(\"Leraar\"\\)")
                     ("comment" . "^\\(# Rooster\\)")
                     ("arrow" . "\\(->\\)")
                     ("chain" . "\\(plannen\\) ->")
                     ("value_ict" . "categorie: \\(ict\\)")
                     ("text_block" . "\\(geen\\) commentaar")))
      (goto-char (point-min))
      (push (cons (car probe)
                  (if (re-search-forward (cdr probe) nil t)
                      (format "%S" (get-text-property (match-beginning 1) 'face))
                    "not found"))
            faces))
    (nreverse faces)))

(defun stroom-probe-indented ()
  "The buffer's text after flattening every line and indenting the whole buffer."
  (let ((text (buffer-string)))
    (with-temp-buffer
      (insert text)
      (stroom-mode)
      (goto-char (point-min))
      (while (re-search-forward "^[ \t]+" nil t) (replace-match ""))
      (indent-region (point-min) (point-max))
      (buffer-string))))

(condition-case err
    (progn
      (run-at-time 90 nil (lambda () (stroom-probe-fail "timed out after 90 seconds")))
      (find-file (getenv "STROOM_EMACS_FILE"))
      (let ((common `((mode . ,(symbol-name major-mode))
                      (comment_start . ,comment-start)
                      (faces . ,(stroom-probe-faces))
                      (imenu . ,(vconcat (mapcar #'car (funcall imenu-create-index-function))))
                      (indented . ,(stroom-probe-indented))
                      (project_root . ,(let ((project (project-current)))
                                         (and project (project-root project))))))
            diagnostics)
        (pcase stroom-probe-client
          ("eglot"
           ;; eglot-ensure connects from the command loop, which batch mode has not.
           (run-hooks 'post-command-hook)
           (unless (stroom-probe-wait (lambda () (eglot-current-server)) 30)
             (stroom-probe-fail "eglot did not connect within 30 seconds"))
           (setq diagnostics
                 (stroom-probe-wait (lambda () (flymake-start) (stroom-probe-eglot-diagnostics)) 30))
           (setq common (append common
                                `((server_root . ,(project-root (eglot--project (eglot-current-server))))))))
          ("lsp-mode"
           (unless (stroom-probe-wait (lambda () (lsp-workspaces)) 30)
             (stroom-probe-fail "lsp-mode did not connect within 30 seconds"))
           (setq diagnostics (stroom-probe-wait #'stroom-probe-lsp-diagnostics 30))
           (setq common (append common
                                `((server_root . ,(lsp--workspace-root (car (lsp-workspaces))))
                                  (language_id . ,(lsp-buffer-language)))))))
        (unless (or diagnostics (equal stroom-probe-client "none"))
          (stroom-probe-fail (format "no diagnostics from %s within 30 seconds" stroom-probe-client)))
        (stroom-probe-write (append common `((diagnostics . ,(vconcat diagnostics)))))
        (kill-emacs 0)))
  (error (stroom-probe-fail (format "%S" err))))

;;; emacs_probe.el ends here
