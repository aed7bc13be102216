// Types only: the browser ships no zod; the server validates every request against the contract.
import type {
  ClassInfo,
  CreateClassRequest,
  CreateClassResponse,
  JoinResponse,
  Leaderboard,
  MeResponse,
  PublishScenarioRequest,
  PublishScenarioResponse,
  ScenarioText,
  StartAttemptResponse,
  SubmissionRequest,
  SubmissionResponse,
  TrainerClass,
} from '../../classroom/contract.ts';
import type { Problem, Report, SessionLog } from '../../engine/index.ts';

/** The server answered with an error: a status, a stable code and a sentence for people. */
export class ClassroomRefusal extends Error {
  override readonly name = 'ClassroomRefusal';
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    /** An uploaded scenario's problems by line and column (422 invalid-scenario); empty otherwise. */
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }

  /** Asking again may succeed: a timeout, a rate limit or a server fault. */
  get transient(): boolean {
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/** No answer at all: offline, server down, or the request was cut. Worth retrying later. */
export class ClassroomUnreachable extends Error {
  override readonly name = 'ClassroomUnreachable';
}

export type TrainerClassPatch = { locked?: boolean; profanityFilter?: boolean; opensAt?: string | null; closesAt?: string | null };
export type TrainerSubmissionDetail = { submission: TrainerClass['submissions'][number]; report: Report; log: SessionLog };
export type ExportFormat = 'csv' | 'xapi';

export interface ClassroomApiOptions {
  fetch?: typeof fetch;
  /** Where the API lives; the page's own origin by default. */
  base?: string;
}

const segment = encodeURIComponent;

/** Typed wrappers for every route of the classroom contract (src/classroom/contract.ts). */
export function createClassroomApi(options: ClassroomApiOptions = {}) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.base ?? '';

  async function send(method: string, path: string, token?: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(`${base}/api${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
    } catch (error) {
      throw new ClassroomUnreachable(error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw await refusalFrom(response);
    return response;
  }

  async function json<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
    const response = await send(method, path, token, body);
    if (response.status === 204) return undefined as T;
    try {
      return (await response.json()) as T;
    } catch {
      // A proxy's error page or a cut body: the request may have been applied, so retry later.
      throw new ClassroomUnreachable(`unreadable answer (${response.status})`);
    }
  }

  const classPath = (code: string) => `/classes/${segment(code.trim().toUpperCase())}`;
  const trainerPath = (classId: string) => `/trainer/classes/${segment(classId)}`;

  return {
    createClass: (request: CreateClassRequest) => json<CreateClassResponse>('POST', '/classes', undefined, request),
    getClass: (code: string) => json<ClassInfo>('GET', classPath(code)),
    join: (code: string, nickname: string) => json<JoinResponse>('POST', `${classPath(code)}/join`, undefined, { nickname }),
    me: (code: string, token: string) => json<MeResponse>('GET', `${classPath(code)}/me`, token),
    /** `hash`: the published text about to be played, so the server scores the chat on it. */
    startAttempt: (code: string, token: string, scenario: string, hash?: string) => json<StartAttemptResponse>('POST', `${classPath(code)}/attempts`, token, hash ? { scenario, hash } : { scenario }),
    scenarioText: (code: string, token: string, hash: string) => json<ScenarioText>('GET', `${classPath(code)}/scenarios/${segment(hash)}`, token),
    submit: (code: string, token: string, request: SubmissionRequest) => json<SubmissionResponse>('POST', `${classPath(code)}/submissions`, token, request),
    leaderboard: (code: string, view: { top?: number; hideNames?: boolean } = {}) => {
      const query = new URLSearchParams();
      if (view.top) query.set('top', String(view.top));
      if (view.hideNames) query.set('hideNames', '1');
      const suffix = query.size > 0 ? `?${query}` : '';
      return json<Leaderboard>('GET', `${classPath(code)}/leaderboard${suffix}`);
    },
    trainerClass: (classId: string, token: string) => json<TrainerClass>('GET', trainerPath(classId), token),
    trainerSubmission: (classId: string, token: string, submissionId: string) => json<TrainerSubmissionDetail>('GET', `${trainerPath(classId)}/submissions/${segment(submissionId)}`, token),
    renameTrainee: (classId: string, token: string, traineeId: string, nickname: string) => json<unknown>('PATCH', `${trainerPath(classId)}/trainees/${segment(traineeId)}`, token, { nickname }),
    removeTrainee: (classId: string, token: string, traineeId: string) => json<unknown>('DELETE', `${trainerPath(classId)}/trainees/${segment(traineeId)}`, token),
    readmitTrainee: (classId: string, token: string, traineeId: string) => json<unknown>('POST', `${trainerPath(classId)}/trainees/${segment(traineeId)}/readmit`, token),
    updateClass: (classId: string, token: string, patch: TrainerClassPatch) => json<unknown>('PATCH', trainerPath(classId), token, patch),
    publishScenario: (classId: string, token: string, request: PublishScenarioRequest) => json<PublishScenarioResponse>('POST', `${trainerPath(classId)}/scenarios`, token, request),
    trainerScenarioText: (classId: string, token: string, hash: string) => json<ScenarioText>('GET', `${trainerPath(classId)}/scenarios/${segment(hash)}`, token),
    /** The export as a Blob: the token goes in a header, so a plain link cannot fetch it. */
    exportFile: async (classId: string, token: string, format: ExportFormat) => (await send('GET', `${trainerPath(classId)}/export.${format}`, token)).blob(),
  };
}

export type ClassroomApi = ReturnType<typeof createClassroomApi>;

async function refusalFrom(response: Response): Promise<ClassroomRefusal> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const error = typeof fields.error === 'string' ? fields.error : `http-${response.status}`;
  const message = typeof fields.message === 'string' ? fields.message : response.statusText || error;
  return new ClassroomRefusal(response.status, error, message, Array.isArray(fields.problems) ? fields.problems.filter(isProblem) : []);
}

const isProblem = (value: unknown): value is Problem => {
  const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return typeof fields.file === 'string' && typeof fields.line === 'number' && typeof fields.column === 'number' && typeof fields.message === 'string';
};
