import type { StudioLocale } from '../studioPart.ts';
import type { CandidateSource } from './completeAt.ts';

/** The text editor's words, in the trainer's language. */
export interface EditorTexts {
  /** The editor's accessible name. */
  label: string;
  /** How to leave the editor with the keyboard, since Tab indents inside it. */
  keyboardHelp: string;
  loading: string;
  loadFailed: string;
  /** What each kind of completion is, shown beside it. */
  sources: Record<CandidateSource, string>;
  /** Before the phrases that make a reply express a built-in intent. */
  cuesIntro: string;
  /** CodeMirror's own words, by their English text (its `phrases`): those the editor's parts show. */
  phrases: Record<string, string>;
}

export const texts: Record<StudioLocale, EditorTexts> = {
  it: {
    label: 'Testo YAML dello scenario',
    keyboardHelp: 'Tab indenta il testo. Per uscire dall’editor con la tastiera premi Esc e poi Tab. Ctrl+Spazio propone le chiavi e i valori possibili.',
    loading: 'Caricamento dell’editor…',
    loadFailed: 'Impossibile caricare l’editor di testo: controlla la connessione e ricarica la pagina.',
    sources: {
      key: 'chiave',
      enum: 'valore',
      'built-in-intent': 'intento predefinito',
      signal: 'segnale',
      intent: 'intento dello scenario',
      state: 'stato',
      fact: 'fatto',
      list: 'lista',
      avatar: 'avatar',
      rule: 'regola',
      'scenario-rule': 'regola dello scenario',
    },
    cuesIntro: 'Per esempio:',
    phrases: {
      Completions: 'Suggerimenti',
      Diagnostics: 'Problemi',
      'No diagnostics': 'Nessun problema',
      close: 'chiudi',
      'Control character': 'Carattere di controllo',
      'Selection deleted': 'Selezione eliminata',
    },
  },
  en: {
    label: 'Scenario YAML text',
    keyboardHelp: 'Tab indents the text. To leave the editor with the keyboard, press Esc, then Tab. Ctrl+Space suggests the possible keys and values.',
    loading: 'Loading the editor…',
    loadFailed: 'The text editor could not be loaded: check the connection and reload the page.',
    sources: {
      key: 'key',
      enum: 'value',
      'built-in-intent': 'built-in intent',
      signal: 'signal',
      intent: 'scenario intent',
      state: 'state',
      fact: 'fact',
      list: 'list',
      avatar: 'avatar',
      rule: 'rule',
      'scenario-rule': 'scenario rule',
    },
    cuesIntro: 'For example:',
    phrases: {},
  },
};
