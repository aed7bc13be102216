import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../testSupport.ts';
import { replayReplies } from './replay.ts';

const compiled = compileYaml(MINI_SCENARIO);
const order = (replies: Parameters<typeof replayReplies>[1]) => replayReplies(compiled, replies, 1, { finish: false }).messages.map((message) => message.from);

describe('replayReplies with the messages a reply answers (after)', () => {
  // The customer takes a few seconds to type her answer to the greeting; the second reply comes 1 s after it.
  const replies = [
    { delay: 2, text: 'Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?' },
    { delay: 1, text: 'Può pagare con bonifico o bollettino.' },
  ];

  it('by the delays alone, sends a quick reply before the line the customer is still typing', () => {
    expect(order(replies)).toEqual(['agent', 'agent']);
  });

  it('told the reply came after two messages, lets the line show first and counts the delay from it', () => {
    const session = replayReplies(compiled, [replies[0]!, { ...replies[1]!, after: 2 }], 1, { finish: false });
    expect(session.messages.map((message) => message.from)).toEqual(['agent', 'customer', 'agent']);
    expect(session.messages[2]!.at - session.messages[1]!.at).toBe(1000);
  });

  it('waits for typed lines only, never for a nudge the new version would not send', () => {
    expect(order([{ delay: 2, text: 'Buongiorno!', after: 5 }])).toEqual(['agent']);
  });
});
