import type { MessageKey, Translate } from '../i18n/i18n.ts';
import { ClassroomRefusal } from './classroomApi.ts';

/** Refusals whose stable code the game words itself, so they read in the player's language. */
const KNOWN = new Set([
  'class-not-found',
  'class-not-open',
  'nickname-taken',
  'invalid-nickname',
  'profane-nickname',
  'removed',
  'nickname-removed',
  'mixed-script-nickname',
  'invalid-class-name',
  'invalid-text',
  'unscorable',
  'log-too-large',
  'forbidden',
  'rate-limited',
  'scenario-version',
  'invalid-scenario',
  'bundled-scenario-id',
  'too-many-scenarios',
  'payload-too-large',
]);

/**
 * What to tell people about a failed classroom request: a known refusal in their language, any
 * other in the server's own words, and no answer at all as "the server is not answering".
 */
export function refusalText(t: Translate, error: unknown): string {
  return error instanceof ClassroomRefusal ? refusalWords(t, error) : t('class.unreachable');
}

export function refusalWords(t: Translate, refusal: { error: string; message: string }): string {
  return KNOWN.has(refusal.error) ? t(`api.error.${refusal.error}` as MessageKey) : refusal.message;
}
