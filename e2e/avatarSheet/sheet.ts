/**
 * One avatar in every mood, drawn by the game's own DeskScene: live-chat close-ups above, the
 * phone below (a messaging app, and a social thread with onlookers). Opened by e2e/avatarSheet.ts as `?avatar=<key>`.
 */
import { MOOD_FACES } from '../../src/game/avatars/avatarSchema.ts';
import { createDeskGame } from '../../src/game/phaser/DeskScene.ts';
import type { Channel } from '../../src/engine/index.ts';
import type { PlayView } from '../../src/game/play/livePlay.ts';

/** A mood value that moodFace() turns into each face, in MOOD_FACES' order. */
const MOODS = [-5, -3, -1, 0, 1, 4];
const avatar = new URLSearchParams(location.search).get('avatar') ?? 'neutral';
document.getElementById('title')!.textContent = avatar;

/** Three onlookers on the social thread, to see the other faces small. */
const ONLOOKERS: PlayView['messages'] = [0, 1, 2].map((index) => ({ index, from: 'onlooker', at: 0, text: '', state: '', mood: 0 }));

const view = (mood: number, channel: Channel): PlayView => ({
  elapsed: 0,
  messages: channel === 'social-thread' ? ONLOOKERS : [],
  typing: false,
  mood,
  waitingSeconds: null,
  waitingFor: null,
  timerLevel: 'idle',
  patience: 1,
  ended: false,
  outcome: undefined,
});

function cell(row: string, label: string, width: number, height: number, channel: Channel, mood: number): void {
  const figure = document.createElement('figure');
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.style.height = `${height}px`;
  const caption = document.createElement('figcaption');
  caption.textContent = label;
  figure.append(box, caption);
  document.getElementById(row)!.append(figure);
  createDeskGame(box, { view: () => view(mood, channel), channel, customerName: avatar, avatar, excellent: 10, acceptable: 30 }, 'canvas');
}

MOOD_FACES.forEach((face, i) => {
  // Under 200 px high the desk frames the face alone, as on a phone's strip.
  cell('desk', face, 200, 190, 'live-chat', MOODS[i]!);
  cell('phone', face, 200, 200, i % 2 === 0 ? 'messaging-app' : 'social-thread', MOODS[i]!);
});
