import type { CompiledScenario } from '../../engine/index.ts';
import { compileText } from './scenarioCheck.ts';

/** A published text a chat is scored on, by the hash it is stored under. */
export interface PublishedText {
  hash: string;
  file: string;
  text: string;
}

/** Published texts a worker keeps compiled: a class plays a few at a time, and each compiles in milliseconds. */
const KEPT = 16;

/** The compiled scenarios of a worker's recent published texts, the least recently used dropped first. */
export class PublishedCache {
  private readonly compiled = new Map<string, CompiledScenario>();

  get(published: PublishedText): CompiledScenario {
    const kept = this.compiled.get(published.hash);
    if (kept) {
      this.compiled.delete(published.hash);
      this.compiled.set(published.hash, kept);
      return kept;
    }
    const read = compileText(published.text, published.file);
    // The server published it after the same check, so this means the engine changed since.
    if (!read.ok) throw new Error(`the published scenario ${published.file} no longer loads`);
    this.compiled.set(published.hash, read.compiled);
    if (this.compiled.size > KEPT) this.compiled.delete(this.compiled.keys().next().value!);
    return read.compiled;
  }
}
