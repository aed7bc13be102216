import { explainReply, type ChatSession, type MatchCue } from '../engine/index.ts';
import { printable } from './chatText.ts';

const quoted = (text: string, cue: Pick<MatchCue, 'start' | 'end'>) => `"${printable(text.slice(cue.start, cue.end))}"`;
const cueLine = (text: string, cue: MatchCue) => `${cue.kind} "${printable(cue.text)}" ← ${quoted(text, cue)}`;

/**
 * Each agent message of a chat with what the engine read in it and why: every intent with the cue
 * that made it (the keyword, example, cue phrase or entity, and the words of the reply that met
 * it), the entities, and the cues a negation cancelled.
 */
export function formatExplanation(session: ChatSession): string {
  const lines: string[] = [];
  for (const reply of session.replies) {
    const message = session.messages[reply.index]!;
    const explanation = explainReply(session.compiled, message.text, { earlier: session.messages.slice(0, reply.index), askedAgain: reply.askedAgain });
    const { text } = explanation;
    lines.push(`[${reply.index + 1}] ${printable(text)}`);
    for (const match of explanation.intents) lines.push(`    ${match.intent} (${match.source}): ${match.cues.map((cue) => cueLine(text, cue)).join('; ') || '—'}`);
    for (const entity of explanation.entities) lines.push(`    entity ${entity.type} ${quoted(text, entity)} = ${String(entity.value)}`);
    for (const { intent, cue } of explanation.negated) lines.push(`    not ${intent}, negated: ${cueLine(text, cue)}`);
  }
  return lines.join('\n');
}
