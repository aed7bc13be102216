import type { CompiledScenario } from './compileScenario.ts';
import { DIMENSIONS } from './scoring/dimensions/index.ts';
import type { ScenarioTest } from './scenario/scenarioSchema.ts';
import type { Report } from './scoring/reportSchema.ts';
import { scoreSession } from './scoring/scoreSession.ts';
import { replayReplies } from './session/replay.ts';

export interface ScenarioTestResult {
  name: string;
  passed: boolean;
  /** What did not match, one sentence each. */
  failures: string[];
  report: Report;
}

/** Plays one of the scenario's own test conversations and checks its expectations. */
export function runScenarioTest(compiled: CompiledScenario, test: ScenarioTest): ScenarioTestResult {
  const session = replayReplies(compiled, test.replies, test.seed, { start: test.start });
  const report = scoreSession(session);
  const failures: string[] = [];
  const { expect } = test;
  const within = (label: string, value: number, bounds: { min?: number | undefined; max?: number | undefined }) => {
    if (bounds.min !== undefined && value < bounds.min) failures.push(`${label} is ${value}, expected at least ${bounds.min}`);
    if (bounds.max !== undefined && value > bounds.max) failures.push(`${label} is ${value}, expected at most ${bounds.max}`);
  };
  if (expect.outcome !== undefined && report.outcome !== expect.outcome) failures.push(`outcome is ${report.outcome}, expected ${expect.outcome}`);
  if (expect.total) within('total', report.total, expect.total);
  for (const dimension of DIMENSIONS) {
    const bounds = expect.dimensions?.[dimension];
    if (bounds) within(dimension, report.dimensions[dimension].score, bounds);
  }
  const rules = new Set(report.findings.map((finding) => finding.rule));
  for (const rule of expect.findings ?? []) if (!rules.has(rule)) failures.push(`expected a finding ${rule}`);
  for (const rule of expect.noFindings ?? []) if (rules.has(rule)) failures.push(`unexpected finding ${rule}`);
  const customerText = report.transcript.filter((entry) => entry.from !== 'agent').map((entry) => entry.text);
  for (const text of expect.customerSays ?? []) if (!customerText.some((line) => line.includes(text))) failures.push(`the customer never says "${text}"`);
  return { name: test.name, passed: failures.length === 0, failures, report };
}

export function runScenarioTests(compiled: CompiledScenario): ScenarioTestResult[] {
  return compiled.scenario.tests.map((test) => runScenarioTest(compiled, test));
}
