import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeReply } from './analysis/analyzeReply.ts';
import { compileScenario } from './compileScenario.ts';
import { loadScenario } from './scenario/loadScenario.ts';
import { DIMENSIONS } from './scoring/dimensions/index.ts';
import { ReportSchema } from './scoring/reportSchema.ts';
import { scoreSession } from './scoring/scoreSession.ts';
import { replayReplies } from './session/replay.ts';

const loaded = loadScenario(readFileSync(new URL('../../scenarios/rc-auto-renewal.yaml', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('rc-auto-renewal must be valid');
const compiled = compileScenario(loaded.scenario);

const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>Buongiorno',
    '\u0000\u0007\u001b[2J\u202eBuongiorno\u2066',
    '\ud800 lone surrogate \udfff',
    '😡😡😡 CMQ NN VA!!!???',
    'x'.repeat(20_000),
    'Buongiorno '.repeat(2000),
    '\n\n\n',
  ),
);
const reply = fc.record({ delay: fc.double({ min: 0, max: 120, noNaN: true }), text: hostileText });

describe('hostile input', () => {
  it('never makes analysis throw', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom('it' as const, 'en' as const), (text, locale) => {
        const analysis = analyzeReply(text, locale);
        expect(['formal', 'informal', 'unknown']).toContain(analysis.register);
      }),
      { numRuns: 300 },
    );
  });

  it('never makes a session or its report throw, and keeps every score within 0..100', () => {
    fc.assert(
      fc.property(fc.array(reply, { maxLength: 8 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (replies, seed) => {
        const report = scoreSession(replayReplies(compiled, replies, seed));
        expect(ReportSchema.safeParse(report).success).toBe(true);
        expect(report.total).toBeGreaterThanOrEqual(0);
        expect(report.total).toBeLessThanOrEqual(100);
        for (const dimension of DIMENSIONS) {
          expect(report.dimensions[dimension].score).toBeGreaterThanOrEqual(0);
          expect(report.dimensions[dimension].score).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('is deterministic for any replies and seed', () => {
    fc.assert(
      fc.property(fc.array(reply, { maxLength: 6 }), fc.integer({ min: 0, max: 1000 }), (replies, seed) => {
        const a = JSON.stringify(scoreSession(replayReplies(compiled, replies, seed)));
        const b = JSON.stringify(scoreSession(replayReplies(compiled, replies, seed)));
        expect(a).toBe(b);
      }),
      { numRuns: 60 },
    );
  });
});
