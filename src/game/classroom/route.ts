import type { Screen } from '../ui/gameContext.ts';

export interface AddressRoute {
  screen: Screen;
  /** A trainer token read from the address fragment, to keep in this browser. */
  trainerToken?: { classId: string; token: string };
}

const MAX_TOP = 100;
/** As the join form's field: a longer value in a link is cut, and the server judges the rest. */
const MAX_CODE_LENGTH = 12;

/** `top=N` for the projector: a whole number from 1 to 100, anything else shows everyone. */
export function readTop(value: string | null): number | null {
  const top = Number(value);
  return value !== null && Number.isInteger(top) && top >= 1 && top <= MAX_TOP ? top : null;
}

/**
 * The classroom screens opened from an address: `?trainer=<classId>#token=<trainerToken>` (the
 * fragment never reaches a server), `?projector=<code>&top=N&hideNames=1`, and `?class=<code>`,
 * the join link on the projector, which opens the join form with the code filled in; `?studio` opens
 * the scenario studio.
 */
export function routeFromAddress(address: { search: string; hash: string }): AddressRoute | undefined {
  const query = new URLSearchParams(address.search);
  const classId = query.get('trainer');
  if (classId) {
    const token = new URLSearchParams(address.hash.replace(/^#/, '')).get('token');
    return { screen: { name: 'trainer', classId }, ...(token ? { trainerToken: { classId, token } } : {}) };
  }
  const code = query.get('projector');
  if (code) return { screen: { name: 'projector', code: code.trim().toUpperCase(), top: readTop(query.get('top')), hideNames: query.get('hideNames') === '1' } };
  // The scenario studio, for trainers: the trainee's screens never link to it but the title's footnote.
  if (query.has('studio')) return { screen: { name: 'studio' } };
  const joinCode = query.get('class');
  if (joinCode) return { screen: { name: 'class', code: joinCode.trim().toUpperCase().slice(0, MAX_CODE_LENGTH) } };
  return undefined;
}

/** The secret trainer link, shown once after a class is created. */
export const trainerLink = (origin: string, classId: string, token: string) => `${origin}/?trainer=${encodeURIComponent(classId)}#token=${encodeURIComponent(token)}`;

/** The address trainees open to join a class: the projector shows it and its QR code. */
export const joinLink = (origin: string, code: string) => `${origin}/?class=${encodeURIComponent(code)}`;

export function projectorPath(code: string, view: { top: number | null; hideNames: boolean }): string {
  const query = new URLSearchParams({ projector: code });
  if (view.top) query.set('top', String(view.top));
  if (view.hideNames) query.set('hideNames', '1');
  return `/?${query}`;
}
