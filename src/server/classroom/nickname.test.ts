import { describe, expect, it } from 'vitest';
import { checkNickname, normaliseNickname, readNickname } from './nickname.ts';

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

  it('give a key blind to case and to look-alike letters', () => {
    const keyOf = (name: string) => {
      const read = readNickname(name);
      return read.ok ? read.key : read.error;
    };
    expect(keyOf('GIULIA')).toBe(keyOf('Giulia'));
    // Cyrillic М and а; Cyrillic А, п, а; fullwidth Ｍ.
    expect(keyOf('Маrio')).toBe(keyOf('Mario'));
    expect(keyOf('Апа')).toBe(keyOf('Ana'));
    expect(keyOf('Ｍario')).toBe(keyOf('Mario'));
    expect(keyOf('Maria')).not.toBe(keyOf('Mario'));
  });

  it('refuse a word mixing alphabets with look-alike letters, not names in one alphabet each', () => {
    for (const name of ['Маrio', 'Ивaнова', 'Gi\u03BFvanni']) {
      expect(checkNickname(name, { filter: false }), name).toMatchObject({ ok: false, error: 'mixed-script-nickname', message: expect.stringContaining('alphabet') });
    }
    for (const name of ['Иванова', 'Anna Иванова', 'Σωκράτης', 'Kenji健二', 'Zoë Łukasz']) expect(checkNickname(name, { filter: true }).ok, name).toBe(true);
  });

  it('keep the joiners that build an emoji, and no other', () => {
    expect(normaliseNickname('👩\u200D💻 Anna')).toBe('👩\u200D💻 Anna');
    expect(normaliseNickname('👩🏽\u200D💻')).toBe('👩🏽\u200D💻');
    expect(normaliseNickname('❤\uFE0F\u200D🔥')).toBe('❤\uFE0F\u200D🔥');
    expect(normaliseNickname('Ma\u200Drio')).toBe('Mario');
    expect(normaliseNickname('👩\u200Da')).toBe('👩a');
    expect(checkNickname('👩\u200D💻', { filter: true }).ok).toBe(false);
  });

  it('let real names through the filter, with insults still caught around them', () => {
    for (const name of ['Troiano', 'Cazzola', 'Mario Cazzaniga', 'Ignazio Rossi', 'Marcello Mastroianni', 'Yuki Matsushita', 'Nazim']) {
      expect(checkNickname(name, { filter: true }).ok, name).toBe(true);
    }
    for (const name of ['troia', 'Troiano troia', 'caz Troiano zo', 'Ignazionazi', 'Cazzolone', 'nazi', 'ѕһіт']) {
      expect(checkNickname(name, { filter: true }), name).toMatchObject({ ok: false, error: 'profane-nickname' });
    }
  });
});
