import Phaser from 'phaser';
import type { PlayView } from '../play/livePlay.ts';
import type { MoodFace } from '../play/moodFace.ts';
import { CHANNELS, type Channel } from '../../engine/index.ts';
import { deskPicture, METER_WIDTH, samePicture, type DeskPicture } from './deskPicture.ts';
import { webGLIsSoftware } from './softwareWebGL.ts';
import { AVATARS, expressionOf, lookOf } from '../avatars/avatars.ts';
import { drawAvatar } from '../avatars/drawAvatar.ts';

/** What the scene needs from the page: the view of the chat now, and the scenario's look. */
export interface DeskSource {
  view(): PlayView;
  channel: Channel;
  customerName: string;
  /** The scenario's avatar key, e.g. 'woman-young' or 'man-middle-aged'. */
  avatar: string;
  excellent: number;
  acceptable: number;
}

/** The world the scene draws in; the camera fits it, or the face alone, to whatever size the page gives. */
const WIDTH = 480;
const HEIGHT = 360;
/** How far the room and the desk go on beyond the world's frame, for a box wider or taller than 4:3. */
const BLEED = 480;
/** Below this height in CSS pixels the desk is a strip beside the meters: the face alone is framed. */
const STRIP_HEIGHT = 200;
const TIMER_COLOURS = { idle: 0x8a94a6, calm: 0x2e8b57, amber: 0xe0a106, red: 0xd64545 };
/** Where the customer sits: across the desk in live chat, in a profile picture on a phone otherwise. */
interface Layout {
  cx: number;
  cy: number;
  scale: number;
  nameX: number;
  nameY: number;
  onlookersY: number;
}
const LAYOUTS: Record<ChannelDevice, Layout> = {
  desk: { cx: WIDTH / 2, cy: 165, scale: 1, nameX: 90, nameY: HEIGHT - 40, onlookersY: 0 },
  phone: { cx: WIDTH / 2, cy: 130, scale: 0.62, nameX: WIDTH / 2, nameY: 212, onlookersY: 300 },
};
/** Each channel's colours: the room, and the app bar on a phone. */
const LOOKS: Record<Channel, { room: number; bar: number }> = {
  'live-chat': { room: 0xe8eef7, bar: 0xd5deec },
  'social-thread': { room: 0xeef0fb, bar: 0x3b5998 },
  'messaging-app': { room: 0xe7f5ee, bar: 0x25d366 },
};
type ChannelDevice = (typeof CHANNELS)[Channel]['device'];

interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** What the camera shows: the whole world, or the face with its typing dots (above the name tag). */
const WHOLE: Frame = { x: 0, y: 0, width: WIDTH, height: HEIGHT };
const FACES: Record<ChannelDevice, Frame> = {
  desk: { x: WIDTH / 2 - 110, y: 52, width: 220, height: 220 },
  phone: { x: WIDTH / 2 - 69, y: 60, width: 138, height: 138 },
};

/** The size of the desk's box on the page. */
export interface DeskSize {
  /** CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel, so that the canvas is drawn at the screen's own resolution. */
  pixelRatio: number;
}
const layoutOf = (channel: Channel) => LAYOUTS[CHANNELS[channel].device];

/**
 * The desk: the customer across the screen, whose face follows the mood, a patience meter and the
 * timer since the customer's last message. It only draws what `source.view()` says; every rule
 * lives in the engine and in LivePlay.
 */
export class DeskScene extends Phaser.Scene {
  private source!: DeskSource;
  private face!: Phaser.GameObjects.Graphics;
  private meter!: Phaser.GameObjects.Graphics;
  private timer!: Phaser.GameObjects.Graphics;
  private timerText!: Phaser.GameObjects.Text;
  private typingDots!: Phaser.GameObjects.Text;
  private onlookers!: Phaser.GameObjects.Graphics;
  private texts: Phaser.GameObjects.Text[] = [];
  /** What the last rendered frame shows; undefined before the first one. */
  private drawn: DeskPicture | undefined;
  /** The box to fit, when it changed since the last frame. */
  private resized: DeskSize | undefined;

  constructor() {
    super('desk');
  }

  init(data: { source: DeskSource; size: DeskSize }): void {
    this.source = data.source;
    this.resized = data.size;
  }

  /** The page's box for the desk changed: the next frame fits the camera to it. */
  fit(size: DeskSize): void {
    this.resized = size;
  }

  create(): void {
    const layout = layoutOf(this.source.channel);
    this.drawRoom(this.source.channel);
    this.onlookers = this.add.graphics();
    this.face = this.add.graphics();
    this.drawForeground(this.source.channel);
    this.meter = this.add.graphics();
    this.timer = this.add.graphics();
    this.timerText = this.add.text(WIDTH - 62, 42, '', { fontFamily: 'system-ui, sans-serif', fontSize: '20px', color: '#1d2433' }).setOrigin(0.5);
    const name = this.add
      .text(layout.nameX, layout.nameY, this.source.customerName, { fontFamily: 'system-ui, sans-serif', fontSize: '16px', color: '#1d2433', backgroundColor: '#ffffffcc', padding: { x: 6, y: 2 } })
      .setOrigin(0.5);
    this.typingDots = this.add.text(layout.cx, layout.cy - 95 * layout.scale, '', { fontFamily: 'system-ui, sans-serif', fontSize: '28px', color: '#44516b' }).setOrigin(0.5);
    this.texts = [this.timerText, name, this.typingDots];
  }

  /** True when a frame would show something other than what is on screen. */
  needsFrame(): boolean {
    return this.resized !== undefined || this.drawn === undefined || !samePicture(deskPicture(this.source.view()), this.drawn);
  }

  /**
   * Fits the camera to the box: the whole world, letterboxed by more room and desk, or in a strip
   * the face alone. Vector shapes are drawn at the new size; texts are rendered again at the zoom,
   * so nothing is an enlarged bitmap.
   */
  private fitCamera({ width, height, pixelRatio }: DeskSize): void {
    const frame = height < STRIP_HEIGHT ? FACES[CHANNELS[this.source.channel].device] : WHOLE;
    const canvasWidth = Math.max(1, Math.round(width * pixelRatio));
    const canvasHeight = Math.max(1, Math.round(height * pixelRatio));
    const zoom = Math.min(canvasWidth / frame.width, canvasHeight / frame.height);
    const camera = this.cameras.main;
    camera.setSize(canvasWidth, canvasHeight);
    camera.setZoom(zoom);
    camera.centerOn(frame.x + frame.width / 2, frame.y + frame.height / 2);
    for (const text of this.texts) text.setResolution(Math.max(1, zoom));
  }

  /**
   * Draws what changed, then puts the game loop to sleep unless a tween is still moving: the page
   * wakes it (see `createDeskGame`) when the chat's view changes.
   */
  override update(): void {
    if (this.resized) {
      this.fitCamera(this.resized);
      this.resized = undefined;
    }
    const picture = deskPicture(this.source.view());
    const before = this.drawn;
    if (before?.face !== picture.face) {
      this.drawFace(picture.face);
      if (before) this.react(picture.mood - before.mood);
    }
    if (before?.meterPixels !== picture.meterPixels) this.drawMeter(picture.meterPixels);
    if (before?.timerLevel !== picture.timerLevel || before?.timerSeconds !== picture.timerSeconds) this.drawTimer(picture);
    if (before?.typingDots !== picture.typingDots) this.typingDots.setText('.'.repeat(picture.typingDots));
    if (before?.onlookers !== picture.onlookers) this.drawOnlookers(picture.onlookers);
    this.drawn = picture;
    if (this.tweens.getTweens().length === 0) this.game.loop.sleep();
  }

  private drawRoom(channel: Channel): void {
    const room = this.add.graphics();
    const look = LOOKS[channel];
    room.fillStyle(look.room, 1).fillRect(-BLEED, -BLEED, WIDTH + 2 * BLEED, HEIGHT + 2 * BLEED);
    if (CHANNELS[channel].device === 'desk') {
      room.fillStyle(look.bar, 1).fillRect(-BLEED, 0, WIDTH + 2 * BLEED, 40);
      return;
    }
    // A phone: the conversation happens on the customer's screen, a public feed or a messaging app.
    room.fillStyle(0xffffff, 1).fillRoundedRect(WIDTH / 2 - 100, 64, 200, HEIGHT - 74, 22);
    room.fillStyle(look.bar, 1).fillRect(WIDTH / 2 - 94, 74, 188, 20);
  }

  /** What stands in front of the customer: the desk and the agent's screen, or the phone's frame. */
  private drawForeground(channel: Channel): void {
    const front = this.add.graphics();
    if (CHANNELS[channel].device === 'desk') {
      front.fillStyle(0xb98b5e, 1).fillRect(-BLEED, HEIGHT - 80, WIDTH + 2 * BLEED, 80 + BLEED);
      front.fillStyle(0x9c7048, 1).fillRect(-BLEED, HEIGHT - 80, WIDTH + 2 * BLEED, 8);
      front.fillStyle(0x2f3b52, 1).fillRoundedRect(WIDTH / 2 - 80, HEIGHT - 120, 160, 96, 8);
      front.fillStyle(0x8fb3e8, 1).fillRect(WIDTH / 2 - 72, HEIGHT - 112, 144, 78);
      return;
    }
    front.lineStyle(6, 0x2f3b52, 1).strokeRoundedRect(WIDTH / 2 - 100, 64, 200, HEIGHT - 74, 22);
  }

  /** The scenario's customer (assets/avatars/) with this mood's expression, across the desk or in the phone's picture. */
  private drawFace(face: MoodFace): void {
    const { cx, cy, scale } = layoutOf(this.source.channel);
    drawAvatar(this.face.clear(), lookOf(this.source.avatar), expressionOf(face), { cx, cy, scale });
  }

  /** A nudge of the head when the mood drops, a small bounce when it rises. */
  private react(change: number): void {
    if (change < 0) this.tweens.add({ targets: this.face, x: { from: -8, to: 0 }, duration: 320, ease: 'Bounce.Out' });
    if (change > 0) this.tweens.add({ targets: this.face, y: { from: -10, to: 0 }, duration: 360, ease: 'Back.Out' });
  }

  private drawMeter(pixels: number): void {
    const g = this.meter.clear();
    g.fillStyle(0xffffff, 0.9).fillRoundedRect(24, 24, METER_WIDTH, 18, 9);
    const patience = pixels / METER_WIDTH;
    const colour = patience > 0.5 ? 0x2e8b57 : patience > 0.2 ? 0xe0a106 : 0xd64545;
    g.fillStyle(colour, 1).fillRoundedRect(24, 24, Math.max(18, pixels), 18, 9);
    g.lineStyle(2, 0x44516b, 1).strokeRoundedRect(24, 24, METER_WIDTH, 18, 9);
  }

  private drawTimer(picture: DeskPicture): void {
    const g = this.timer.clear();
    const seconds = picture.timerSeconds ?? 0;
    const share = Math.min(1, seconds / (this.source.acceptable * 1.5));
    g.fillStyle(0xffffff, 0.9).fillCircle(WIDTH - 62, 42, 30);
    g.lineStyle(6, TIMER_COLOURS[picture.timerLevel], 1);
    g.beginPath();
    g.arc(WIDTH - 62, 42, 30, -Math.PI / 2, -Math.PI / 2 + Math.max(0.01, share) * Math.PI * 2);
    g.strokePath();
    this.timerText.setText(picture.timerSeconds === null ? '–' : String(seconds));
  }

  /** Onlookers joining a public thread: the 'effetto piranha' of seed 002 made visible. */
  private drawOnlookers(count: number): void {
    const { onlookersY } = layoutOf(this.source.channel);
    const g = this.onlookers.clear();
    if (!CHANNELS[this.source.channel].publicThread) return;
    // Strangers judging the exchange: the other customers' faces, never the customer's own.
    const onlookers = AVATARS.filter((avatar) => avatar !== this.source.avatar);
    for (let i = 0; i < Math.min(count, 6); i++) {
      const x = WIDTH / 2 - 75 + i * 30;
      g.fillStyle(0xc23b3b, 1).fillCircle(x, onlookersY - 26, 5);
      drawAvatar(g, lookOf(onlookers[i % onlookers.length]!), expressionOf('annoyed'), { cx: x, cy: onlookersY, scale: 0.2 });
    }
  }
}

/** The desk on the page: `refresh()` after the chat's view changes draws it, at most once a change. */
export interface DeskGame {
  refresh(): void;
  destroy(): void;
}

/**
 * The desk in `parent`, filling it: the canvas follows the box's size (a ResizeObserver) at the
 * screen's pixel ratio, and the scene draws a frame only when the box or the chat's view changes.
 */
export function createDeskGame(parent: HTMLElement, source: DeskSource, renderer: 'auto' | 'canvas' = 'auto'): DeskGame {
  const measure = (): DeskSize => ({ width: parent.clientWidth || WIDTH, height: parent.clientHeight || HEIGHT, pixelRatio: window.devicePixelRatio || 1 });
  /** The box as the canvas last took it, or will at boot. */
  let shown = measure();
  const game = new Phaser.Game({
    type: renderer === 'canvas' || webGLIsSoftware() ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    width: Math.round(shown.width * shown.pixelRatio),
    height: Math.round(shown.height * shown.pixelRatio),
    backgroundColor: `#${LOOKS[source.channel].room.toString(16).padStart(6, '0')}`,
    banner: false,
    audio: { noAudio: true },
    // A picture, not a control: no keyboard, mouse or touch handling (touches scroll the page).
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    // Sized here, not by Phaser's Scale Manager, which knows nothing of the pixel ratio.
    scale: { mode: Phaser.Scale.NONE },
    scene: [],
    callbacks: {
      postBoot: (booted) => {
        fitCanvas(booted, shown);
        booted.scene.add('desk', DeskScene, true, { source, size: shown });
      },
    },
  });
  let frame = 0;
  const scene = () => game.scene.getScene('desk') as DeskScene | null;
  /** The desk scene once it is created and sleeping with something new to show. */
  const waiting = (): boolean => {
    const desk = scene();
    // Until the scene is created the loop runs on its own; after, it sleeps between changes.
    return desk?.sys.isActive() === true && !game.loop.running && desk.needsFrame();
  };
  const draw = () => {
    frame = 0;
    if (!waiting()) return;
    // Waking runs one frame at once; the time asleep is not a frame's delta for the tweens.
    game.loop.resetDelta();
    game.loop.wake();
  };
  const refresh = () => {
    // On the next animation frame, as a browser paints, not inside the caller's task.
    if (frame === 0 && waiting()) frame = requestAnimationFrame(draw);
  };
  const resized = new ResizeObserver(() => {
    const next = measure();
    if (next.width === shown.width && next.height === shown.height && next.pixelRatio === shown.pixelRatio) return;
    shown = next;
    if (!game.isBooted) return;
    fitCanvas(game, next);
    scene()?.fit(next);
    // Drawn now, before the browser paints the resized (and so cleared) canvas.
    cancelAnimationFrame(frame);
    draw();
  });
  resized.observe(parent);
  return {
    refresh,
    destroy() {
      resized.disconnect();
      cancelAnimationFrame(frame);
      game.destroy(true);
    },
  };
}

/** The canvas drawn at device pixels and shown at the box's CSS size. */
function fitCanvas(game: Phaser.Game, { width, height, pixelRatio }: DeskSize): void {
  game.scale.resize(Math.max(1, Math.round(width * pixelRatio)), Math.max(1, Math.round(height * pixelRatio)));
  game.canvas.style.width = `${width}px`;
  game.canvas.style.height = `${height}px`;
}
