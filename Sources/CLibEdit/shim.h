// libedit (Debian's libedit-dev): line editing for `zicha fill`, wide characters included.
#include <stdio.h>
#include <locale.h>
#include <wchar.h>
#include <histedit.h>

// Swift cannot call C's variadic functions (el_wset, history_w), so the few calls `zicha fill`
// makes go through these fixed-argument wrappers.

// The prompt is kept as the editor's client data, a NUL-terminated wide string owned by Swift.
static inline wchar_t *zicha_el_prompt(EditLine *el) {
    void *prompt = NULL;
    el_wget(el, EL_CLIENTDATA, &prompt);
    return prompt ? (wchar_t *)prompt : (wchar_t *)L"";
}

// Ctrl-D at the end of the line — an empty one, or the current answer left as it is — ends the
// input, which `zicha fill` takes as "pause"; elsewhere it deletes the character under the cursor,
// as in emacs.
static inline unsigned char zicha_el_end_or_delete(EditLine *el, int key) {
    (void)key;
    const LineInfoW *line = el_wline(el);
    if (line->cursor >= line->lastchar) return CC_EOF;
    el_cursor(el, 1);
    el_deletestr(el, 1);
    return CC_REFRESH;
}

// Emacs key bindings (with Ctrl-D as above), libedit's signal handling (the terminal is restored on Ctrl-C and resized on
// SIGWINCH), the history and the prompt; plus the Home, End, Delete and Ctrl-arrow sequences that
// terminals send besides the ones libedit binds from terminfo.
static inline void zicha_el_configure(EditLine *el, HistoryW *history) {
    el_wset(el, EL_EDITOR, L"emacs");
    el_wset(el, EL_SIGNAL, 1);
    el_wset(el, EL_HIST, history_w, history);
    el_wset(el, EL_PROMPT, zicha_el_prompt);
    el_wset(el, EL_ADDFN, L"zicha-end-or-delete", L"pause at the end of the line, else delete", zicha_el_end_or_delete);
    el_wset(el, EL_BIND, L"^D", L"zicha-end-or-delete", NULL);
    el_wset(el, EL_BIND, L"\\e[1~", L"ed-move-to-beg", NULL);
    el_wset(el, EL_BIND, L"\\e[7~", L"ed-move-to-beg", NULL);
    el_wset(el, EL_BIND, L"\\e[H", L"ed-move-to-beg", NULL);
    el_wset(el, EL_BIND, L"\\eOH", L"ed-move-to-beg", NULL);
    el_wset(el, EL_BIND, L"\\e[4~", L"ed-move-to-end", NULL);
    el_wset(el, EL_BIND, L"\\e[8~", L"ed-move-to-end", NULL);
    el_wset(el, EL_BIND, L"\\e[F", L"ed-move-to-end", NULL);
    el_wset(el, EL_BIND, L"\\eOF", L"ed-move-to-end", NULL);
    el_wset(el, EL_BIND, L"\\e[3~", L"ed-delete-next-char", NULL);
    el_wset(el, EL_BIND, L"\\e[1;5D", L"ed-prev-word", NULL);
    el_wset(el, EL_BIND, L"\\e[1;5C", L"em-next-word", NULL);
}

// Puts the terminal in libedit's raw mode now. el_wgets would do it only after drawing the prompt
// and replaying pushed text, and keys typed in between would reach the kernel's cooked-mode line
// editing (Ctrl-U, backspace and arrows handled, or echoed, by the terminal driver instead).
static inline void zicha_el_raw_mode(EditLine *el) {
    el_wset(el, EL_PREP_TERM, 1);
}

static inline void zicha_el_set_prompt(EditLine *el, const wchar_t *prompt) {
    el_wset(el, EL_CLIENTDATA, (void *)prompt);
}

static inline void zicha_history_configure(HistoryW *history, int size) {
    HistEventW event;
    history_w(history, &event, H_SETSIZE, size);
    history_w(history, &event, H_SETUNIQUE, 1);
}

static inline void zicha_history_enter(HistoryW *history, const wchar_t *line) {
    HistEventW event;
    history_w(history, &event, H_ENTER, line);
}
