import { describe, expect, it } from 'vitest';
import { triggerLabel, triggerLines } from './edgeLabel.ts';
import type { Trigger } from './graphModel.ts';
import { graphTexts } from './texts.ts';

describe('triggerLabel', () => {
  it('names the intents, and sums up the guard in the trainer’s language', () => {
    const trigger = { kind: 'reply', intents: ['apology', 'empathy'], guard: { facts: ['heard'], missing: ['name'], moodBelow: -4, moodAtLeast: undefined } } satisfies Trigger;
    expect(triggerLabel(trigger, graphTexts.it)).toBe('apology | empathy · se noti heard, non noti name, umore < -4');
    expect(triggerLabel(trigger, graphTexts.en)).toBe('apology | empathy · if known heard, not known name, mood < -4');
    expect(triggerLabel({ kind: 'reply', intents: ['any'], guard: { facts: [], missing: [], moodBelow: undefined, moodAtLeast: 2 } }, graphTexts.en)).toBe('any · if mood ≥ 2');
  });

  it('says a reaction without a readable intent has none', () => {
    expect(triggerLabel({ kind: 'reply', intents: [], guard: undefined }, graphTexts.it)).toBe('(nessun intento)');
  });

  it('times silence in seconds, and leaves the time out when it cannot be read', () => {
    expect(triggerLabel({ kind: 'silence', seconds: 30 }, graphTexts.it)).toBe('silenzio 30 s');
    expect(triggerLabel({ kind: 'silence', seconds: 75 }, graphTexts.en)).toBe('silence 75 s');
    expect(triggerLabel({ kind: 'silence', seconds: undefined }, graphTexts.en)).toBe('silence');
  });
});

describe('triggerLines', () => {
  it('puts a guard on its own line, marked as belonging to the intents above it', () => {
    const guard = { facts: ['insisted'], missing: [], moodBelow: undefined, moodAtLeast: undefined };
    expect(triggerLines({ kind: 'reply', intents: ['any'], guard }, graphTexts.it)).toEqual(['any', '↳ se noti insisted']);
    expect(triggerLines({ kind: 'reply', intents: ['any'], guard: undefined }, graphTexts.it)).toEqual(['any']);
    expect(triggerLines({ kind: 'silence', seconds: 45 }, graphTexts.en)).toEqual(['silence 45 s']);
  });
});
