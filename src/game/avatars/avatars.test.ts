import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AvatarBook, MOOD_FACES, type Expression } from './avatarSchema.ts';
import { expressionOf, lookOf } from './avatars.ts';
import { drawAvatar, type Pen, type Point } from './drawAvatar.ts';
import { moodFace, type MoodFace } from '../play/moodFace.ts';

const book = AvatarBook.parse(JSON.parse(readFileSync('assets/avatars/avatars.json', 'utf8')));
const scenarioAvatars = readdirSync('scenarios')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => (parse(readFileSync(`scenarios/${file}`, 'utf8')) as { customer?: { avatar?: string } }).customer?.avatar ?? 'neutral');

/** A pen that writes down every call, so two drawings can be compared and their points checked. */
function recording(): Pen & { calls: string[]; points: Point[] } {
  const calls: string[] = [];
  const points: Point[] = [];
  const note =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(`${name} ${JSON.stringify(args)}`);
      for (const arg of args) if (Array.isArray(arg)) points.push(...(arg as Point[]));
      if (typeof args[0] === 'number' && typeof args[1] === 'number' && name !== 'lineStyle' && name !== 'fillStyle') points.push({ x: args[0], y: args[1] });
    };
  return {
    calls,
    points,
    fillStyle: note('fillStyle'),
    lineStyle: note('lineStyle'),
    fillPoints: note('fillPoints'),
    strokePoints: note('strokePoints'),
    fillCircle: note('fillCircle'),
    fillEllipse: note('fillEllipse'),
  };
}

const drawing = (avatar: string, mood: MoodFace) => {
  const pen = recording();
  drawAvatar(pen, lookOf(avatar), expressionOf(mood), { cx: 0, cy: 0, scale: 1 });
  return pen;
};

/** The features one sees at a glance, each with the least change that shows. */
const FEATURES: ((e: Expression) => number)[] = [
  (e) => e.browTilt / 5,
  (e) => e.eyeOpen / 0.2,
  (e) => e.eyeLid / 3,
  (e) => (e.eyeCrescent ? 1 : 0),
  (e) => e.mouthCurve / 0.25,
  (e) => e.mouthOpen / 0.2,
  (e) => ['none', 'top', 'clenched'].indexOf(e.teeth),
  (e) => (e.flush?.amount ?? 0) / 0.15,
  (e) => (e.cheeks?.alpha ?? 0) / 0.15,
];

describe('avatars (assets/avatars/avatars.json)', () => {
  it('has the neutral fallback and at least six more customers', () => {
    expect(Object.keys(book.looks)).toContain('neutral');
    expect(Object.keys(book.looks).length).toBeGreaterThanOrEqual(7);
  });

  it("has every bundled scenario's avatar", () => {
    expect(scenarioAvatars.length).toBeGreaterThan(0);
    for (const avatar of scenarioAvatars) expect(Object.keys(book.looks), avatar).toContain(avatar);
  });

  it('falls back to the neutral face for an unknown key', () => {
    expect(lookOf('alien-from-mars')).toEqual(book.looks['neutral']);
    expect(lookOf('constructor')).toEqual(book.looks['neutral']);
    expect(lookOf('woman-young')).toEqual(book.looks['woman-young']);
  });

  it('has an expression for every face a mood from -5 to 5 shows', () => {
    const shown = new Set(Array.from({ length: 11 }, (_, i) => moodFace(i - 5)));
    expect([...shown].sort()).toEqual([...MOOD_FACES].sort());
  });

  it('gives every two moods at least two features that differ visibly', () => {
    for (const [i, a] of MOOD_FACES.entries()) {
      for (const b of MOOD_FACES.slice(i + 1)) {
        const differing = FEATURES.filter((feature) => Math.abs(feature(book.moods[a]) - feature(book.moods[b])) >= 1);
        expect(differing.length, `${a} against ${b}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('turns the mouth up step by step from furious to happy', () => {
    const curves = MOOD_FACES.map((mood) => book.moods[mood].mouthCurve);
    expect(curves).toEqual([...curves].sort((a, b) => a - b));
    expect(new Set(curves).size).toBe(curves.length);
  });

  it('draws every customer differently, every mood differently, within the face frame', () => {
    const pictures = new Set<string>();
    for (const avatar of Object.keys(book.looks)) {
      for (const mood of MOOD_FACES) {
        const pen = drawing(avatar, mood);
        pictures.add(pen.calls.join('\n'));
        for (const { x, y } of pen.points) {
          expect(Number.isFinite(x) && Number.isFinite(y), `${avatar} ${mood}`).toBe(true);
          // The desk frames 110 units either side of the face's centre (DeskScene's FACES).
          expect(Math.abs(x), `${avatar} ${mood}`).toBeLessThanOrEqual(110);
          expect(y, `${avatar} ${mood}`).toBeGreaterThanOrEqual(-110);
        }
      }
    }
    expect(pictures.size).toBe(Object.keys(book.looks).length * MOOD_FACES.length);
  });
});
