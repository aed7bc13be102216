import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { MAX_SCENARIO_CHARS, PublishScenarioRequestSchema, ScenarioHashSchema, type PublishScenarioResponse, type ScenarioText } from '../../classroom/contract.ts';
import { formatProblem, type Problem } from '../../engine/index.ts';
import { UnscorableError } from '../scoring/scoringPool.ts';
import type { ScenarioCheck } from '../scoring/scenarioCheck.ts';
import { findClassText, publishToClass, type CurrentPublished, type StoredText } from '../store/publishedScenarios.ts';
import { traineeOfRequest } from './classLookup.ts';
import type { ApiContext } from './context.ts';
import { ApiError, parse } from './errors.ts';
import { addressOf } from './rateLimitKeys.ts';
import { trainerClass, type ClassParams } from './trainerAuth.ts';

/**
 * The request's own bound, above the global 256 kB: a text at its limit, in JSON, with room for
 * escapes and multi-byte letters. Anything larger is refused (413) before it is read.
 */
export const PUBLISH_BODY_LIMIT = 1024 * 1024;
/** Scenario ids a class may carry, bundled and published together. */
export const MAX_CLASS_SCENARIOS = 30;

/** 422 with every problem by file:line:column, the first few also in the sentence. */
class ScenarioRefusal extends ApiError {
  constructor(problems: Problem[]) {
    const shown = problems.slice(0, 3).map(formatProblem).join('; ');
    super(422, 'invalid-scenario', `The scenario has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}: ${shown}`.slice(0, 1000), { problems });
  }
}

const wholeFile = (file: string, message: string): Problem => ({ file, line: 0, column: 0, message });

/** The name problems are reported under, without control or bidirectional characters that would disguise it. */
const plainFileName = (name: string) => name.replace(/[\p{Cc}\p{Cf}]/gu, '').trim() || 'scenario.yaml';

/** The engine's verdict from a scoring worker; a text that goes over its bounds is a problem of the file. */
async function check(context: ApiContext, text: string, file: string): Promise<ScenarioCheck> {
  try {
    return await context.scoring.check(text, file);
  } catch (error) {
    if (!(error instanceof UnscorableError)) throw error;
    const what = error.limit === 'time' ? 'more time' : 'more memory';
    throw new ScenarioRefusal([wholeFile(file, `reading this file needed ${what} than the server allows; is it nested too deeply, or full of aliases?`)]);
  }
}

const revisionOf = (row: CurrentPublished) => ({
  id: row.id,
  title: row.summary.title,
  revision: row.revision,
  hash: row.hash,
  version: row.version,
  publishedAt: row.publishedAt.toISOString(),
  current: true,
});
const textOf = (stored: StoredText | undefined): ScenarioText => {
  if (!stored) throw new ApiError(404, 'scenario-not-found', 'This class has no scenario with this hash.');
  return { id: stored.id, hash: stored.hash, file: stored.file, text: stored.text };
};

/** A trainer publishes a scenario's YAML to the class; its trainees (and the trainer) fetch the texts by hash. */
export function registerPublishRoutes(app: FastifyInstance, context: ApiContext): void {
  app.post<ClassParams>(
    '/api/trainer/classes/:classId/scenarios',
    {
      bodyLimit: PUBLISH_BODY_LIMIT,
      config: { rateLimit: { max: context.rateLimits.publish, timeWindow: '1 minute', keyGenerator: (request) => `${(request.params as { classId?: string }).classId}|${addressOf(request)}` } },
    },
    async (request, reply) => {
      const row = await trainerClass(context, request);
      const raw = request.body as { text?: unknown; file?: unknown } | undefined;
      if (typeof raw?.text === 'string' && raw.text.length > MAX_SCENARIO_CHARS) {
        const file = typeof raw.file === 'string' ? raw.file.slice(0, 200) : 'scenario.yaml';
        throw new ScenarioRefusal([wholeFile(plainFileName(file), `file too large: ${raw.text.length} characters, a class takes at most ${MAX_SCENARIO_CHARS}`)]);
      }
      const body = parse(PublishScenarioRequestSchema, request.body);
      const file = plainFileName(body.file);
      const checked = await check(context, body.text, file);
      if (!checked.ok) throw new ScenarioRefusal(checked.problems);
      if (context.catalog.has(checked.id)) throw new ApiError(409, 'bundled-scenario-id', `"${checked.id}" is the id of a scenario that comes with Galateo; give yours another id (the "id:" line).`);
      if (!row.scenarios.includes(checked.id) && row.scenarios.length >= MAX_CLASS_SCENARIOS) throw new ApiError(409, 'too-many-scenarios', `A class has at most ${MAX_CLASS_SCENARIOS} scenarios.`);
      const hash = createHash('sha256').update(body.text, 'utf8').digest('hex');
      const { created, revision } = await publishToClass(context.db, row.id, { hash, id: checked.id, version: checked.version, summary: checked.summary, file, text: body.text });
      const response: PublishScenarioResponse = { published: revisionOf(revision), created };
      return reply.code(created ? 201 : 200).send(response);
    },
  );

  app.get<ClassParams & { Params: { hash: string } }>('/api/trainer/classes/:classId/scenarios/:hash', async (request) => {
    const row = await trainerClass(context, request);
    return textOf(await findClassText(context.db, row.id, parse(ScenarioHashSchema, request.params.hash)));
  });

  app.get<{ Params: { code: string; hash: string } }>('/api/classes/:code/scenarios/:hash', async (request) => {
    const { classRow } = await traineeOfRequest(context, request);
    return textOf(await findClassText(context.db, classRow.id, parse(ScenarioHashSchema, request.params.hash)));
  });
}
