import { describe, expect, it } from 'vitest';
import { checkNickname, normaliseNickname } from './nickname.ts';

describe('nicknames', () => {
  it('drop bidirectional, zero-width and control characters, and collapse whitespace', () => {
    expect(normaliseNickname('  Ma\u202Eria\u200B \u2066Rossi\u2069\u0007\t\n  ')).toBe('Maria Rossi');
    expect(normaliseNickname('\uFEFFＧｉｕｌｉａ')).toBe('Giulia');
  });

  it('count length in graphemes', () => {
    expect(checkNickname('👩🏽', { filter: true }).ok).toBe(false);
    expect(checkNickname('👩🏽👩🏽', { filter: true }).ok).toBe(true);
    expect(checkNickname('é'.repeat(24), { filter: true }).ok).toBe(true);
    expect(checkNickname('e\u0301'.repeat(25), { filter: true }).ok).toBe(false);
    expect(checkNickname(' \u200B a \u200B', { filter: true })).toMatchObject({ ok: false, error: 'invalid-nickname' });
  });

  it('refuse profanity however it is disguised, but not innocent words', () => {
    for (const name of ['cazzo', 'C4ZZ0', 'c a z z o', 'Stronzooo', 'f.u.c.k', 'big ass', 'big asssss', 'cuuum', 'vaffanculo99']) {
      expect(checkNickname(name, { filter: true }), name).toMatchObject({ ok: false, error: 'profane-nickname' });
    }
    for (const name of ['Cassandra', 'Dionisio', 'Scunthorpe', 'Porcospino', 'Figaro', 'Class of 2025', 'Tito', 'Trainee 45', 'As good as it gets']) {
      expect(checkNickname(name, { filter: true }).ok, name).toBe(true);
    }
    expect(checkNickname('cazzo', { filter: false }).ok).toBe(true);
  });

  it('give a case-insensitive key', () => {
    const a = checkNickname('Giulia', { filter: true });
    const b = checkNickname('GIULIA', { filter: true });
    expect(a.ok && b.ok && a.key === b.key).toBe(true);
  });
});
