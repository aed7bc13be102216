import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../testSupport.ts';
import { ChatSession } from './chatSession.ts';
import { cutReply, MAX_REPLY_LENGTH } from './replyLimit.ts';
import { SessionLogSchema } from './sessionLog.ts';

describe('the reply limit', () => {
  it('cuts a longer reply at the limit and leaves shorter ones alone', () => {
    expect(cutReply('Buongiorno')).toBe('Buongiorno');
    expect(cutReply('x'.repeat(MAX_REPLY_LENGTH + 500))).toHaveLength(MAX_REPLY_LENGTH);
  });

  it('never cuts through an emoji, which would leave half a surrogate pair', () => {
    const text = `${'x'.repeat(MAX_REPLY_LENGTH - 1)}😀 and more`;
    const cut = cutReply(text);
    expect(cut).toBe('x'.repeat(MAX_REPLY_LENGTH - 1));
    expect(cut).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('is what the session logs, so a replay of the log is the chat that was played', () => {
    const session = new ChatSession(compileYaml(MINI_SCENARIO), 1);
    session.reply(`Buongiorno ${'a'.repeat(3 * MAX_REPLY_LENGTH)}`, 1_000);
    const logged = session.log.events[0]!;
    expect('text' in logged && logged.text.length).toBe(MAX_REPLY_LENGTH);
    expect(SessionLogSchema.safeParse(session.log).success).toBe(true);
  });

  it('refuses a longer reply in a stored or submitted log, saying why', () => {
    const log = { scenario: 'mini', version: 'v', seed: 1, events: [{ at: 1000, text: 'x'.repeat(MAX_REPLY_LENGTH + 1) }] };
    const parsed = SessionLogSchema.safeParse(log);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(`a reply has at most ${MAX_REPLY_LENGTH} characters`);
  });
});
