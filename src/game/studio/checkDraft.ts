import { parseDocument } from 'yaml';
import { compileScenario, loadScenario, type CompiledScenario, type Problem, type Scenario } from '../../engine/index.ts';

/** What the studio knows of the draft's text: what `galateo validate` says, and the scenario when it validates. */
export interface DraftCheck {
  problems: readonly Problem[];
  scenario: Scenario | undefined;
  compiled: CompiledScenario | undefined;
}

/** Validates the text exactly as `galateo validate` does (the same engine function, so the same messages). */
export function checkDraft(text: string, file: string): DraftCheck {
  const loaded = loadScenario(text, file);
  if (!loaded.ok) return { problems: loaded.problems, scenario: undefined, compiled: undefined };
  return { problems: [], scenario: loaded.scenario, compiled: compileScenario(loaded.scenario) };
}

/** The text as forms read it: its plain value, and whether the YAML syntax holds (forms write only then). */
export interface DraftValue {
  raw: unknown;
  syntaxOk: boolean;
}

export function readDraft(text: string): DraftValue {
  const doc = parseDocument(text, { logLevel: 'silent', uniqueKeys: false });
  if (doc.errors.length > 0) return { raw: undefined, syntaxOk: false };
  try {
    return { raw: doc.toJS({ maxAliasCount: 100 }), syntaxOk: true };
  } catch {
    // An alias bomb or a broken alias: the validator reports it; the forms stay away from it.
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
