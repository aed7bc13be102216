import { EditorView } from '@codemirror/view';

/**
 * The editor in the game's colours: a clear focus ring like the game's other fields (CodeMirror's
 * default is a faint dotted line), a height that leaves room for the rest of the studio, and text
 * large enough to read on a phone.
 */
export const editorTheme = EditorView.theme({
  '&': {
    border: '1px solid var(--line, #c9cfdc)',
    borderRadius: '8px',
    background: 'var(--card, #ffffff)',
    fontSize: '0.95rem',
    height: 'min(70vh, 640px)',
    minHeight: '12rem',
  },
  '&.cm-focused': { outline: '3px solid #ffbf47', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.5', overflow: 'auto' },
  '.cm-gutters': { background: 'var(--paper, #f6f7fb)', color: 'var(--muted, #4a5468)', borderRight: '1px solid var(--line, #c9cfdc)' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { background: 'var(--accent, #1f5fbf)', color: 'var(--accent-ink, #ffffff)' },
  '.cm-completionInfo': { maxWidth: 'min(28rem, 80vw)', whiteSpace: 'normal' },
});
