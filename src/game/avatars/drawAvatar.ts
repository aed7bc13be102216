import type { Expression, Look } from './avatarSchema.ts';

export interface Point {
  x: number;
  y: number;
}

/** The few Phaser Graphics calls a face needs: a test can record them without a browser. */
export interface Pen {
  fillStyle(colour: number, alpha?: number): unknown;
  lineStyle(width: number, colour: number, alpha?: number): unknown;
  fillPoints(points: Point[], closeShape?: boolean): unknown;
  strokePoints(points: Point[], closeShape?: boolean): unknown;
  fillCircle(x: number, y: number, radius: number): unknown;
  fillEllipse(x: number, y: number, width: number, height: number): unknown;
}

/** Where the face goes: its centre, and the scale of the 120-unit-wide face drawn here. */
export interface Placement {
  cx: number;
  cy: number;
  scale: number;
}

const INK = 0x1d2433;
const LIPS = 0x7a2e32;
const MOUTH_INSIDE = 0x5a1a22;

/** Half width, half height, squareness (2 an ellipse) and how much the chin narrows. */
const SHAPES: Record<Look['face'], { a: number; b: number; n: number; taper: number }> = {
  round: { a: 60, b: 62, n: 2, taper: 0.08 },
  oval: { a: 54, b: 66, n: 2.1, taper: 0.18 },
  square: { a: 58, b: 64, n: 3.2, taper: 0.12 },
  heart: { a: 57, b: 64, n: 2.3, taper: 0.38 },
  long: { a: 52, b: 72, n: 2.4, taper: 0.16 },
};

export const hex = (colour: string): number => Number.parseInt(colour.slice(1), 16);

/** `from` moved `amount` of the way to `to`, channel by channel. */
export function mix(from: number, to: number, amount: number): number {
  const channel = (shift: number) => {
    const a = (from >> shift) & 0xff;
    return Math.round(a + (((to >> shift) & 0xff) - a) * amount) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/** Points of a quadratic curve, for shapes Phaser's Graphics draws as polygons. */
function quadratic(p0: Point, control: Point, p1: Point, steps = 16): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const u = 1 - t;
    return { x: u * u * p0.x + 2 * u * t * control.x + t * t * p1.x, y: u * u * p0.y + 2 * u * t * control.y + t * t * p1.y };
  });
}

/** The control point that makes a quadratic curve pass through `middle` halfway. */
const through = (p0: Point, middle: Point, p1: Point): Point => ({ x: 2 * middle.x - (p0.x + p1.x) / 2, y: 2 * middle.y - (p0.y + p1.y) / 2 });

/** A point of the face's outline at angle t (a superellipse whose lower half narrows to the chin). */
function outlineAt(look: Look, t: number, grow = 1): Point {
  const { a, b, n, taper } = SHAPES[look.face];
  const cos = Math.cos(t);
  const sin = Math.sin(t);
  const y = b * Math.sign(sin) * Math.abs(sin) ** (2 / n);
  const narrowing = y > 0 ? 1 - taper * (y / b) ** 2 : 1;
  return { x: a * Math.sign(cos) * Math.abs(cos) ** (2 / n) * narrowing * grow, y: y * grow };
}

/** The angle of the outline's point at height y on the left (the right is its mirror). */
function angleAt(look: Look, y: number): number {
  const { b, n } = SHAPES[look.face];
  const s = Math.sign(y) * Math.min(1, Math.abs(y) / b) ** (n / 2);
  return Math.PI - Math.asin(s);
}

const outline = (look: Look, from: number, to: number, grow = 1, steps = 48): Point[] => Array.from({ length: steps + 1 }, (_, i) => outlineAt(look, from + ((to - from) * i) / steps, grow));

/** Draws one customer with one mood's expression: everything is a vector shape, crisp at any zoom. */
export function drawAvatar(pen: Pen, look: Look, mood: Expression, at: Placement): void {
  const k = at.scale;
  const map = (points: Point[]) => points.map((p) => ({ x: at.cx + p.x * k, y: at.cy + p.y * k }));
  const d = {
    fill: (colour: number, points: Point[], alpha = 1) => {
      pen.fillStyle(colour, alpha);
      pen.fillPoints(map(points), true);
    },
    stroke: (colour: number, width: number, points: Point[], alpha = 1) => {
      pen.lineStyle(width * k, colour, alpha);
      pen.strokePoints(map(points));
    },
    circle: (colour: number, x: number, y: number, r: number, alpha = 1) => {
      pen.fillStyle(colour, alpha);
      pen.fillCircle(at.cx + x * k, at.cy + y * k, r * k);
    },
    ellipse: (colour: number, x: number, y: number, w: number, h: number, alpha = 1) => {
      pen.fillStyle(colour, alpha);
      pen.fillEllipse(at.cx + x * k, at.cy + y * k, w * k, h * k);
    },
  };
  const skin = mix(hex(look.skin), hex(mood.flush?.colour ?? look.skin), mood.flush?.amount ?? 0);
  const shade = mix(skin, 0x000000, 0.22);
  const hair = hex(look.hair.colour);
  const { a, b } = SHAPES[look.face];

  drawHairBehind(d, look, hair);
  drawBody(d, look, skin, shade);
  d.circle(skin, -a + 1, 2, 11);
  d.circle(skin, a - 1, 2, 11);
  if (look.earrings) {
    d.circle(hex(look.earrings), -a + 1, 16, 4);
    d.circle(hex(look.earrings), a - 1, 16, 4);
  }
  d.fill(skin, outline(look, 0, 2 * Math.PI, 1, 96));
  drawLines(d, look, shade, b);
  drawBeard(d, look);
  drawEyes(d, look, mood, skin);
  drawBrows(d, look, mood);
  d.stroke(shade, 3, quadratic({ x: -3, y: 0 }, { x: -9, y: 16 }, { x: 3, y: 16 }, 8));
  if (mood.cheeks) {
    d.ellipse(hex(mood.cheeks.colour), -a * 0.55, 20, 20, 12, mood.cheeks.alpha);
    d.ellipse(hex(mood.cheeks.colour), a * 0.55, 20, 20, 12, mood.cheeks.alpha);
  }
  drawMouth(d, mood);
  drawHairFront(d, look, hair);
  if (look.glasses) drawGlasses(d, look.glasses, a);
}

type Draw = {
  fill(colour: number, points: Point[], alpha?: number): void;
  stroke(colour: number, width: number, points: Point[], alpha?: number): void;
  circle(colour: number, x: number, y: number, r: number, alpha?: number): void;
  ellipse(colour: number, x: number, y: number, w: number, h: number, alpha?: number): void;
};

function drawBody(d: Draw, look: Look, skin: number, shade: number): void {
  const clothes = hex(look.clothing.colour);
  d.fill(shade, [
    { x: -17, y: 40 },
    { x: 17, y: 40 },
    { x: 19, y: 86 },
    { x: -19, y: 86 },
  ]);
  d.ellipse(clothes, 0, 118, 176, 96);
  if (look.clothing.neckline === 'v') {
    d.fill(skin, [
      { x: -20, y: 72 },
      { x: 20, y: 72 },
      { x: 0, y: 100 },
    ]);
  } else {
    d.ellipse(skin, 0, 72, 40, 16);
  }
  if (look.clothing.neckline === 'collar') {
    const collar = mix(clothes, 0xffffff, 0.75);
    d.fill(collar, [
      { x: -22, y: 68 },
      { x: 0, y: 80 },
      { x: -10, y: 92 },
    ]);
    d.fill(collar, [
      { x: 22, y: 68 },
      { x: 0, y: 80 },
      { x: 10, y: 92 },
    ]);
  }
}

/** The part of the hair that hangs behind the head and neck. */
function drawHairBehind(d: Draw, look: Look, hair: number): void {
  const { a, b } = SHAPES[look.face];
  if (look.hair.style === 'long') {
    d.ellipse(hair, 0, -4, 2 * a + 34, 2 * b + 26);
    d.fill(hair, [
      { x: -a - 17, y: 0 },
      { x: a + 17, y: 0 },
      { x: a + 24, y: 92 },
      { x: -a - 24, y: 92 },
    ]);
  }
  if (look.hair.style === 'bob') d.ellipse(hair, 0, -6, 2 * a + 30, 2 * b + 18);
  if (look.hair.style === 'bun') d.circle(hair, 0, -b - 12, 22);
}

/**
 * Hair over the top of the head: the outline, grown a little, from one temple to the other, and
 * back along a hairline through (0, middle).
 */
function cap(look: Look, left: number, middle: number, right: number): Point[] {
  const top = outline(look, angleAt(look, left), 2 * Math.PI - angleAt(look, right) + Math.PI, 1.08);
  const start = top[0]!;
  const end = top[top.length - 1]!;
  return [...top, ...quadratic(end, through(end, { x: 0, y: middle }, start), start)];
}

function drawHairFront(d: Draw, look: Look, hair: number): void {
  const { a, b } = SHAPES[look.face];
  switch (look.hair.style) {
    case 'crop':
      d.fill(hair, cap(look, -0.3 * b, -0.55 * b, -0.3 * b));
      return;
    case 'side-part':
      d.fill(hair, cap(look, -0.2 * b, -0.5 * b, -0.45 * b));
      return;
    case 'receding':
      d.fill(hair, cap(look, -0.15 * b, -0.78 * b, -0.15 * b));
      return;
    case 'bald':
      d.ellipse(hair, -a + 4, -0.12 * b, 14, 0.5 * b);
      d.ellipse(hair, a - 4, -0.12 * b, 14, 0.5 * b);
      return;
    case 'long':
      d.fill(hair, cap(look, 0.35 * b, -0.72 * b, 0.35 * b));
      return;
    case 'bob':
      d.fill(hair, cap(look, 0.1 * b, -0.56 * b, 0.1 * b));
      return;
    case 'bun':
      d.fill(hair, cap(look, -0.1 * b, -0.6 * b, -0.1 * b));
      return;
    case 'curly':
      for (let t = Math.PI * 1.02; t <= Math.PI * 1.98; t += Math.PI / 12) {
        const p = outlineAt(look, t, 1.06);
        d.circle(hair, p.x, p.y, 15);
      }
      d.fill(hair, cap(look, -0.2 * b, -0.5 * b, -0.2 * b));
  }
}

function drawLines(d: Draw, look: Look, shade: number, b: number): void {
  if (look.lines >= 1) {
    d.stroke(shade, 2, quadratic({ x: -15, y: 14 }, { x: -22, y: 24 }, { x: -20, y: 34 }, 8), 0.7);
    d.stroke(shade, 2, quadratic({ x: 15, y: 14 }, { x: 22, y: 24 }, { x: 20, y: 34 }, 8), 0.7);
  }
  if (look.lines >= 2) {
    for (const y of [-0.56 * b, -0.66 * b]) d.stroke(shade, 2, quadratic({ x: -16, y }, { x: 0, y: y - 4 }, { x: 16, y }, 8), 0.6);
  }
}

function drawBeard(d: Draw, look: Look): void {
  if (!look.beard) return;
  const colour = hex(look.beard.colour);
  // The jaw below the nose: the outline from one cheek round the chin to the other.
  const jaw = outline(look, Math.PI - angleAt(look, 20), angleAt(look, 20), 1.02);
  switch (look.beard.style) {
    case 'stubble':
      d.fill(colour, [...jaw, { x: -18, y: 26 }, { x: 18, y: 26 }], 0.2);
      return;
    case 'full':
      d.fill(colour, [...jaw, { x: -20, y: 18 }, { x: 0, y: 20 }, { x: 20, y: 18 }]);
      d.fill(colour, [
        { x: -24, y: 28 },
        { x: -14, y: 18 },
        { x: 0, y: 20 },
        { x: 14, y: 18 },
        { x: 24, y: 28 },
        { x: 0, y: 26 },
      ]);
      return;
    case 'moustache':
      d.fill(colour, [
        { x: -20, y: 28 },
        { x: -10, y: 20 },
        { x: 10, y: 20 },
        { x: 20, y: 28 },
        { x: 0, y: 25 },
      ]);
      return;
    case 'goatee':
      d.ellipse(colour, 0, SHAPES[look.face].b - 8, 22, 14);
      d.fill(colour, [
        { x: -15, y: 25 },
        { x: -8, y: 19 },
        { x: 8, y: 19 },
        { x: 15, y: 25 },
        { x: 0, y: 23 },
      ]);
  }
}

function drawEyes(d: Draw, look: Look, mood: Expression, skin: number): void {
  for (const side of [-1, 1]) {
    const x = side * 22;
    const y = -6;
    if (mood.eyeCrescent) {
      d.stroke(INK, 4, quadratic({ x: x - 10, y: y + 3 }, { x, y: y - 11 }, { x: x + 10, y: y + 3 }, 10));
      continue;
    }
    const h = 14 * mood.eyeOpen;
    d.ellipse(0xffffff, x, y, 20, h);
    d.circle(hex(look.eyes), x, y + 1, Math.min(6, h / 2 + 1));
    d.circle(INK, x, y + 1, Math.min(3, h / 4 + 0.5));
    d.circle(0xffffff, x + 2, y - 1, 1.3);
    // The upper lid: slanted down towards the nose for a glare, hiding the eye above it.
    const inner = x - side * 11;
    const outer = x + side * 11;
    const top = y - h / 2;
    d.fill(skin, [
      { x: outer, y: top - 10 },
      { x: inner, y: top - 10 },
      { x: inner, y: top + mood.eyeLid },
      { x: outer, y: top },
    ]);
    d.stroke(INK, 2.5, [
      { x: outer, y: top + 0.5 },
      { x: inner, y: top + mood.eyeLid + 0.5 },
    ]);
  }
}

/** Each brow a tapered band, tilted by the mood: its inner end down in anger, up in delight. */
function drawBrows(d: Draw, look: Look, mood: Expression): void {
  const w = look.brows.weight;
  const tilt = (mood.browTilt * Math.PI) / 180;
  for (const side of [-1, 1]) {
    const centre = { x: side * 23, y: -26 - mood.browLift };
    const inner = { x: centre.x - side * 12 * Math.cos(tilt), y: centre.y + 12 * Math.sin(tilt) };
    const outer = { x: centre.x + side * 12 * Math.cos(tilt), y: centre.y - 12 * Math.sin(tilt) };
    const arch = { x: centre.x, y: centre.y - 3 };
    const spine = quadratic(inner, through(inner, arch, outer), outer, 10);
    const upper = spine.map((p, i) => ({ x: p.x, y: p.y - (w / 2) * (1 - (0.5 * i) / 10) }));
    const lower = spine.map((p, i) => ({ x: p.x, y: p.y + (w / 2) * (1 - (0.5 * i) / 10) }));
    d.fill(hex(look.brows.colour), [...upper, ...lower.reverse()]);
  }
}

function drawMouth(d: Draw, mood: Expression): void {
  const y = 32;
  const w = mood.mouthWidth;
  const left = { x: -w, y: y + mood.mouthSkew };
  const right = { x: w, y: y - mood.mouthSkew };
  // The corners go up for a smile and down for a frown; the lips' middle stays put.
  const lift = mood.mouthCurve * 10;
  const corners = [
    { ...left, y: left.y - lift },
    { ...right, y: right.y - lift },
  ] as const;
  const upper = quadratic(corners[0], through(corners[0], { x: 0, y }, corners[1]), corners[1]);
  if (mood.mouthOpen === 0) {
    d.stroke(LIPS, 3.5, upper);
    return;
  }
  const depth = mood.mouthOpen * 22;
  const lower = quadratic(corners[1], through(corners[1], { x: 0, y: y + depth }, corners[0]), corners[0]);
  const mouth = [...upper, ...lower];
  if (mood.teeth === 'clenched') {
    d.fill(0xffffff, mouth);
    d.stroke(0x9aa1ad, 1.5, [
      { x: -w * 0.8, y: y + depth / 2 - lift * 0.2 },
      { x: w * 0.8, y: y + depth / 2 - lift * 0.2 },
    ]);
  } else {
    d.fill(MOUTH_INSIDE, mouth);
    if (mood.teeth === 'top') d.fill(0xffffff, [...upper, ...upper.map((p) => ({ x: p.x, y: p.y + 5 })).reverse()]);
    d.ellipse(0xd9606a, 0, y + depth * 0.75, w * 0.9, depth * 0.4);
  }
  d.stroke(LIPS, 2.5, mouth.concat([mouth[0]!]));
}

function drawGlasses(d: Draw, glasses: NonNullable<Look['glasses']>, a: number): void {
  const colour = hex(glasses.colour);
  for (const side of [-1, 1]) {
    const x = side * 22;
    const rim =
      glasses.shape === 'round'
        ? Array.from({ length: 33 }, (_, i) => ({ x: x + 15 * Math.cos((i / 32) * 2 * Math.PI), y: -6 + 14 * Math.sin((i / 32) * 2 * Math.PI) }))
        : [
            { x: x - 16, y: -18 },
            { x: x + 16, y: -18 },
            { x: x + 14, y: 5 },
            { x: x - 14, y: 5 },
            { x: x - 16, y: -18 },
          ];
    d.stroke(colour, 3, rim);
    d.stroke(colour, 3, [
      { x: side * 37, y: -10 },
      { x: side * (a + 1), y: -6 },
    ]);
  }
  d.stroke(colour, 3, quadratic({ x: -7, y: -9 }, { x: 0, y: -13 }, { x: 7, y: -9 }, 6));
}
