/** Abnormal exits within this window count as rapid. */
export const RESTART_WINDOW_MS = 60_000;
/** More rapid exits than this, and something is wrong that restarting will not mend. */
export const MAX_RAPID_RESTARTS = 5;
const FIRST_DELAY_MS = 500;

/**
 * How long to wait before starting the server again, given when it stopped abnormally (the
 * latest included): half a second after a lone crash, doubling with each rapid one, and
 * undefined, to give up, once there were more than MAX_RAPID_RESTARTS within the window.
 */
export function restartDelay(exits: readonly number[], now: number): number | undefined {
  const recent = exits.filter((at) => now - at < RESTART_WINDOW_MS).length;
  if (recent > MAX_RAPID_RESTARTS) return undefined;
  return FIRST_DELAY_MS * 2 ** (recent - 1);
}
