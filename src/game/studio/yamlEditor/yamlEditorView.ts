import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Annotation, ChangeSet, Compartment, EditorState, Transaction } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import type { Problem } from '../../../engine/index.ts';
import type { StudioLocale } from '../studioPart.ts';
import { scenarioCompletionSource } from './completionSource.ts';
import { editorTheme } from './editorTheme.ts';
import { hangingIndent } from './hangingIndent.ts';
import { problemRanges } from './problemRanges.ts';
import { texts } from './texts.ts';
import { textPatches } from './textPatch.ts';

/** What the Preact component drives: the text and problems it receives, the language it shows. */
export interface YamlEditorView {
  /** The text as the studio now has it: a change from outside replaces the document, not echoed back. */
  receive(text: string, problems: readonly Problem[]): void;
  setLocale(locale: StudioLocale, describedBy: string): void;
  /** Puts the cursor at a 1-based line and column, in view, and the focus in the editor. */
  showAt(line: number, column: number): void;
  /** Hands over what was typed and not yet sent, then tears the editor down. */
  destroy(): void;
}

export interface YamlEditorOptions {
  parent: HTMLElement;
  text: string;
  locale: StudioLocale;
  /** The id of the element that tells keyboard users how to leave the editor. */
  describedBy: string;
  onTextChange(text: string): void;
}

/** Long enough to send a word rather than each letter, short enough that forms and graph keep up. */
const SEND_AFTER_MS = 300;

/** Marks the transactions that bring an outside text in, so they are not sent back out. */
const fromOutside = Annotation.define<boolean>();

export function createYamlEditorView(options: YamlEditorOptions): YamlEditorView {
  let locale = options.locale;
  let sent = options.text;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const labels = new Compartment();
  const phrases = new Compartment();

  const send = () => {
    clearTimeout(timer);
    timer = undefined;
    const text = view.state.doc.toString();
    if (text === sent) return;
    sent = text;
    options.onTextChange(text);
  };

  // tabindex: the editable area is focusable anyway; saying so lets checkers see that its scrolling frame can be reached.
  const labelling = (at: StudioLocale, describedBy: string) => EditorView.contentAttributes.of({ 'aria-label': texts[at].label, 'aria-describedby': describedBy, spellcheck: 'false', tabindex: '0' });

  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        yaml(),
        lintGutter(),
        // No icons: the kind is written beside each candidate, and some icons are emoji a system may lack.
        autocompletion({ override: [scenarioCompletionSource(() => locale)], icons: false }),
        EditorView.lineWrapping,
        hangingIndent,
        editorTheme,
        labels.of(labelling(locale, options.describedBy)),
        phrases.of(EditorState.phrases.of(texts[locale].phrases)),
        // Tab indents, as authors of YAML expect; Escape then Tab leaves (CodeMirror's tab focus mode), said in the help text.
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged || update.transactions.every((transaction) => transaction.annotation(fromOutside))) return;
          clearTimeout(timer);
          timer = setTimeout(send, SEND_AFTER_MS);
        }),
        // Leaving the editor sends at once: the forms or the graph the trainer turns to see every keystroke.
        EditorView.domEventHandlers({ blur: () => send() }),
      ],
    }),
  });

  // Closing or leaving the page mid-word still hands the last keystrokes to the draft.
  window.addEventListener('pagehide', send);

  return {
    receive(text, problems) {
      const current = view.state.doc.toString();
      // Our own earlier text coming back while the trainer typed on: the document is ahead, keep it.
      const echo = text === sent && timer !== undefined;
      if (text !== current && !echo) {
        clearTimeout(timer);
        timer = undefined;
        sent = text;
        // Out of the editor's own history: the shell undoes its edits; Ctrl+Z here undoes typing here.
        view.dispatch({ changes: textPatches(current, text), annotations: [fromOutside.of(true), Transaction.addToHistory.of(false)] });
      }
      view.dispatch(setDiagnostics(view.state, diagnosticsFor(text, problems, view.state.doc.toString())));
    },
    setLocale(next, describedBy) {
      locale = next;
      view.dispatch({ effects: [labels.reconfigure(labelling(next, describedBy)), phrases.reconfigure(EditorState.phrases.of(texts[next].phrases))] });
    },
    showAt(line, column) {
      const { doc } = view.state;
      const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
      const at = Math.min(target.from + Math.max(column - 1, 0), target.to);
      view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      view.focus();
    },
    destroy() {
      window.removeEventListener('pagehide', send);
      send();
      view.destroy();
    },
  };
}

/** The problems found in `checked`, placed in the document, which may have moved on since. */
function diagnosticsFor(checked: string, problems: readonly Problem[], current: string): Diagnostic[] {
  const changes = checked === current ? undefined : ChangeSet.of(textPatches(checked, current), checked.length);
  const map = (position: number, side: -1 | 1) => (changes ? changes.mapPos(position, side) : position);
  return problemRanges(checked, problems).map((range) => {
    const from = map(range.from, 1);
    return { from, to: Math.max(from, map(range.to, -1)), severity: 'error', message: range.message };
  });
}
