import { parseDocument } from 'yaml';
import type { StudioLocale } from './studioPart.ts';
import { compileScenario, loadScenario, type CompiledScenario, type Problem, type Scenario } from '../../engine/index.ts';

/** What the studio knows of the draft's text: what `galateo validate` says, and the scenario when it validates. */
export interface DraftCheck {
  problems: readonly Problem[];
  scenario: Scenario | undefined;
  compiled: CompiledScenario | undefined;
}

/**
 * Validates the text exactly as `galateo validate --lang` does in the trainer's language (the same
 * engine function, so the same messages).
 */
export function checkDraft(text: string, file: string, language: StudioLocale = 'en'): DraftCheck {
  let loaded: ReturnType<typeof loadScenario>;
  try {
    loaded = loadScenario(text, file, { language });
  } catch (error) {
    // The engine reports bad input as problems; should a text still make it throw, the trainer reads why, not a blank screen.
    return { problems: [{ file, line: 0, column: 0, message: error instanceof Error ? error.message : String(error) }], scenario: undefined, compiled: undefined };
  }
  if (!loaded.ok) return { problems: loaded.problems, scenario: undefined, compiled: undefined };
  return { problems: [], scenario: loaded.scenario, compiled: compileScenario(loaded.scenario) };
}

/** The text as forms and parts read it: its plain value (what could be read of it), and whether the YAML syntax holds (forms write only then). */
export interface DraftValue {
  raw: unknown;
  syntaxOk: boolean;
}

/** The engine's own ceiling for a scenario's text (yamlSource.ts); past it the forms stay away, and the check says why. */
const MAX_FORM_CHARS = 2_000_000;

export function readDraft(text: string): DraftValue {
  if (text.length > MAX_FORM_CHARS) return { raw: undefined, syntaxOk: false };
  try {
    const doc = parseDocument(text, { logLevel: 'silent', uniqueKeys: false });
    // The graph draws what it can of a text with a syntax error; the forms wait until it is fixed.
    return { raw: doc.toJS({ maxAliasCount: 100 }), syntaxOk: doc.errors.length === 0 };
  } catch {
    // An alias bomb, a broken alias or nesting too deep for the parser: the check reports it, the forms stay away.
    return { raw: undefined, syntaxOk: false };
  }
}

/** The file a draft downloads as and its problems name: the scenario's id when it is a usable name. */
export function fileNameFor(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && /^[a-z][a-z0-9_-]{0,80}$/.test(id) ? `${id}.yaml` : 'scenario.yaml';
}

/** The name a draft is listed under: its title, else its id, else its file. */
export function draftNameFor(raw: unknown, file: string): string {
  const value = typeof raw === 'object' && raw !== null ? (raw as { title?: unknown; id?: unknown }) : {};
  const name = [value.title, value.id].find((candidate) => typeof candidate === 'string' && candidate.trim() !== '');
  return typeof name === 'string' ? name.trim().slice(0, 120) : file;
}
