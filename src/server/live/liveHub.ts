import type { WebSocket } from 'ws';
import type { ClassInfo, Leaderboard, LiveMessage, Lobby } from '../../classroom/contract.ts';
import type { LeaderboardView } from '../api/leaderboardView.ts';
import { applyView } from '../api/leaderboardView.ts';
import { applyLobbyView } from '../api/lobbyView.ts';
import { safeJson } from '../safeJson.ts';

/** Reads what a class's viewers should see now; undefined when the class is gone. */
export type ClassSnapshot = (classId: string) => Promise<{ leaderboard: Leaderboard; class: ClassInfo; lobby: Lobby } | undefined>;

/** A burst of submissions to one class gives at most one push per this many milliseconds. */
export const COALESCE_MS = 100;

interface Viewer {
  socket: WebSocket;
  view: LeaderboardView;
}

interface ClassRoom {
  viewers: Set<Viewer>;
  timer: NodeJS.Timeout | undefined;
  lastPushAt: number;
  lastClassJson: string | undefined;
  lastLobbyJson: string | undefined;
}

/**
 * The WebSocket viewers of this instance, by class. A notification (from any instance, through
 * LISTEN) only says which class changed; the hub refetches and pushes to its own viewers.
 */
export class LiveHub {
  private readonly rooms = new Map<string, ClassRoom>();

  constructor(private readonly snapshot: ClassSnapshot) {}

  async add(classId: string, socket: WebSocket, view: LeaderboardView): Promise<void> {
    const room = this.rooms.get(classId) ?? { viewers: new Set(), timer: undefined, lastPushAt: 0, lastClassJson: undefined, lastLobbyJson: undefined };
    this.rooms.set(classId, room);
    const viewer = { socket, view };
    room.viewers.add(viewer);
    socket.on('close', () => {
      room.viewers.delete(viewer);
      if (room.viewers.size === 0 && this.rooms.get(classId) === room) {
        clearTimeout(room.timer);
        this.rooms.delete(classId);
      }
    });
    const now = await this.snapshot(classId);
    if (!now) return;
    room.lastClassJson ??= JSON.stringify(now.class);
    room.lastLobbyJson ??= JSON.stringify(now.lobby);
    send(socket, { type: 'lobby', lobby: applyLobbyView(now.lobby, view) });
    send(socket, { type: 'leaderboard', leaderboard: applyView(now.leaderboard, view) });
  }

  /** A class changed somewhere: push soon, at most once per COALESCE_MS. */
  changed(classId: string): void {
    const room = this.rooms.get(classId);
    if (!room || room.timer) return;
    const wait = Math.max(0, room.lastPushAt + COALESCE_MS - Date.now());
    room.timer = setTimeout(() => void this.push(classId, room), wait);
  }

  /** After the listener reconnected: notifications may have been lost, so refresh everyone. */
  changedAll(): void {
    for (const classId of this.rooms.keys()) this.changed(classId);
  }

  close(): void {
    for (const room of this.rooms.values()) {
      clearTimeout(room.timer);
      for (const viewer of room.viewers) viewer.socket.close(1001, 'server shutting down');
    }
    this.rooms.clear();
  }

  private async push(classId: string, room: ClassRoom): Promise<void> {
    room.timer = undefined;
    room.lastPushAt = Date.now();
    const now = await this.snapshot(classId).catch(() => undefined);
    if (!now) return;
    const classJson = JSON.stringify(now.class);
    const classChanged = classJson !== room.lastClassJson;
    room.lastClassJson = classJson;
    const lobbyJson = JSON.stringify(now.lobby);
    const lobbyChanged = lobbyJson !== room.lastLobbyJson;
    room.lastLobbyJson = lobbyJson;
    // Viewers with the same view share one serialised message.
    const messages = new Map<string, string>();
    const shared = (key: string, make: () => LiveMessage) => {
      let message = messages.get(key);
      if (message === undefined) {
        message = safeJson(make());
        messages.set(key, message);
      }
      return message;
    };
    for (const viewer of room.viewers) {
      const { view } = viewer;
      if (classChanged) send(viewer.socket, { type: 'class', class: now.class });
      if (lobbyChanged) viewer.socket.send(shared(`lobby|${view.hideNames}`, () => ({ type: 'lobby', lobby: applyLobbyView(now.lobby, view) })));
      viewer.socket.send(shared(`board|${view.top ?? ''}|${view.hideNames}`, () => ({ type: 'leaderboard', leaderboard: applyView(now.leaderboard, view) })));
    }
  }
}

function send(socket: WebSocket, message: LiveMessage): void {
  socket.send(safeJson(message));
}
