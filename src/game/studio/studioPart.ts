import type { CompiledScenario, Problem, Scenario } from '../../engine/index.ts';

/** The studio's interface language: a trainer's, not the scenario's. */
export type StudioLocale = 'it' | 'en';

/** A path into the scenario document, as the `yaml` Document API takes it: ['states', 'request', 'on', 0]. */
export type DocumentPath = readonly (string | number)[];

/**
 * What the studio shell hands each of its parts (forms, graph, text editor, playtest, tests,
 * publishing). The YAML text is the one source of truth: every part reads it and replaces it whole,
 * so comments and order survive, and undo is the shell's alone.
 */
export interface StudioPartProps {
  /** The draft's YAML text. */
  text: string;
  /** Replaces the draft's text; the shell re-validates it and keeps it in the browser. */
  onTextChange(text: string): void;
  /** The file name shown in problems (`mia-chat.yaml`). */
  file: string;
  /** The parsed YAML value, even when it does not validate (the graph draws what it can). */
  raw: unknown;
  /** The scenario as validated, when the text validates. */
  scenario: Scenario | undefined;
  /** The scenario compiled for play, when the text validates. */
  compiled: CompiledScenario | undefined;
  /** What `galateo validate` says of the text, by line and column. */
  problems: readonly Problem[];
  locale: StudioLocale;
  /** Opens the form of this part of the document (a state, an intent, a test…). */
  onNavigate(path: DocumentPath): void;
  /** A place in the text to show (a problem the forms cannot hold); each request counts anew. */
  jump?: TextJump | null | undefined;
}

export interface TextJump {
  line: number;
  column: number;
  request: number;
}
