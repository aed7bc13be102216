import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  calibrationHalves,
  CLEAR_PAIR_GAP,
  hasDrifted,
  DIMENSIONS,
  formatProblem,
  largestDifferences,
  loadPanelConversation,
  MISS_ENGINE_SCORE,
  MISS_EXPERT_GRADE,
  parseYamlSource,
  replayReplies,
  scoreSession,
  UNJUST_GRADE,
  type CalibrationFigures,
  type CalibrationRow,
  type CompiledScenario,
  type PanelConversation,
  type Problem,
} from '../../engine/index.ts';
import { usageOf } from '../commandHelp.ts';
import { findScenarioFiles, readText, requireScenario, UsageError, UserError } from '../files.ts';

export type Halves = ReturnType<typeof calibrationHalves>;
export type HalfName = keyof Halves;

/**
 * `galateo calibrate <folder> [--json] [--scenarios DIR]`: replays every graded conversation of a
 * calibration panel and prints how far the engine's scores are from the experts' grades.
 */
export function calibrate(args: string[], options: { json: boolean; scenarios: string }): number {
  const [folder, ...rest] = args;
  if (!folder || rest.length > 0) throw new UsageError(usageOf('calibrate'));
  const halves = calibrationHalves(measurePanel(folder, options.scenarios));
  console.log(options.json ? JSON.stringify({ panel: folder, scenarios: options.scenarios, figures: halves }) : formatCalibration(halves, { panel: folder, order: ['tune', 'held-out', 'all'] }));
  return 0;
}

/** Every conversation of the panel replayed and scored; stops with every problem found, each at its file:line:column. */
export function measurePanel(folder: string, scenariosFolder: string): CalibrationRow[] {
  const files = findPanelFiles(folder);
  if (files.length === 0) throw new UserError(`no conversation files (.json, .yaml, .yml) in ${folder}`);
  const conversations: { file: string; conversation: PanelConversation }[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const loaded = loadPanelConversation(readText(file), file);
    if (loaded.ok) conversations.push({ file, conversation: loaded.value });
    else problems.push(...loaded.problems);
  }
  if (problems.length > 0) throw new UserError(problems.map(formatProblem).join('\n'));

  const scenarios = scenarioFinder(scenariosFolder);
  const runs: { file: string; conversation: PanelConversation; scenarioFile: string }[] = [];
  for (const { file, conversation } of conversations) {
    const found = scenarios.find(conversation.scenario, file);
    if ('problem' in found) problems.push(found.problem);
    else runs.push({ file, conversation, scenarioFile: found.file });
  }
  if (problems.length > 0) throw new UserError(problems.map(formatProblem).join('\n'));

  return runs.map(({ file, conversation, scenarioFile }) => {
    const engine = scoreSession(replayReplies(scenarios.compile(scenarioFile), conversation.replies, conversation.seed));
    return {
      file,
      scenario: conversation.scenario,
      ...(conversation.split === undefined ? {} : { split: conversation.split }),
      ...(conversation.played === undefined ? {} : { played: conversation.played }),
      expert: conversation.expert,
      engine,
      ...(conversation.transcript === undefined ? {} : { drifted: hasDrifted(conversation.transcript, engine.transcript) }),
      ...(conversation.graders === undefined ? {} : { graders: conversation.graders }),
    };
  });
}

/** The .json, .yaml and .yml files under the folder, at any depth, in sorted order. */
function findPanelFiles(folder: string): string[] {
  let stats;
  try {
    stats = statSync(folder);
  } catch {
    throw new UserError(`${folder}: no such file or folder`);
  }
  if (!stats.isDirectory()) throw new UserError(`${folder}: not a folder (a panel is a folder of conversation files)`);
  return readdirSync(folder)
    .sort()
    .flatMap((entry) => {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) return findPanelFiles(path);
      return /\.(json|ya?ml)$/i.test(entry) ? [path] : [];
    });
}

/**
 * Finds a scenario by its id among the .yaml files of a folder. Only the id is read from each file,
 * so a broken scenario the panel does not use does not stop the calibration; each scenario used is
 * compiled once, and a broken one stops it with its own problems.
 */
function scenarioFinder(folder: string) {
  const filesById = new Map<string, string[]>();
  const unreadable: string[] = [];
  for (const file of findScenarioFiles([folder])) {
    const { value } = parseYamlSource(readText(file), file);
    const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    if (typeof id === 'string') filesById.set(id, [...(filesById.get(id) ?? []), file]);
    else unreadable.push(file);
  }
  const compiledByFile = new Map<string, CompiledScenario>();
  return {
    find(id: string, conversationFile: string): { file: string } | { problem: Problem } {
      const files = filesById.get(id) ?? [];
      const at = { file: conversationFile, line: 0, column: 0 };
      if (files.length === 1) return { file: files[0]! };
      if (files.length > 1) return { problem: { ...at, message: `scenario "${id}" is ambiguous: ${files.join(' and ')} both have id ${id}` } };
      const hint = unreadable.length > 0 ? `; the id of ${unreadable.join(', ')} could not be read (galateo validate says why)` : '';
      return { problem: { ...at, message: `no scenario with id "${id}" in ${folder} (a scenario is the .yaml file whose id is ${id})${hint}` } };
    },
    compile(file: string): CompiledScenario {
      const compiled = compiledByFile.get(file) ?? requireScenario(file);
      compiledByFile.set(file, compiled);
      return compiled;
    },
  };
}

const LABEL_WIDTH = 48;
const COLUMN_WIDTH = 24;
const PLAYED_WIDTH = 60;

/** The figures as tables: one column per half in `order`, then the rules by unjust points and the largest differences. */
export function formatCalibration(halves: Halves, { panel, order }: { panel: string; order: readonly HalfName[] }): string {
  const { all } = halves;
  const lines: string[] = [];
  const row = (label: string, cell: (figures: CalibrationFigures) => string) =>
    lines.push(`${label.padEnd(LABEL_WIDTH)}${order.map((half) => `${cell(halves[half])} `.padEnd(COLUMN_WIDTH)).join('')}`.trimEnd());

  lines.push(`Calibration on ${panel}: ${all.count} conversation${all.count === 1 ? '' : 's'} (${halves.tune.count} tune, ${halves['held-out'].count} held-out)`, '');
  lines.push(`${'figure'.padEnd(LABEL_WIDTH)}${order.map((half) => half.padEnd(COLUMN_WIDTH)).join('')}`.trimEnd());
  row('conversations', (f) => String(f.count));
  const drift = order.some((half) => halves[half].drift.recorded > 0);
  if (drift) row('customer lines changed since grading', (f) => `${f.drift.drifted}/${f.drift.recorded}`);
  row('outcome agreement', (f) => (f.outcomeAgreement === null ? '–' : `${percent(f.outcomeAgreement)} (${Math.round(f.outcomeAgreement * f.count)}/${f.count})`));
  if (drift) {
    row('  on chats played as graded', (f) => {
      const asGraded = f.drift.recorded - f.drift.drifted;
      return f.outcomeAgreementAsGraded === null ? '–' : `${percent(f.outcomeAgreementAsGraded)} (${Math.round(f.outcomeAgreementAsGraded * asGraded)}/${asGraded})`;
    });
  }
  row('total: mean absolute error', (f) => oneDecimal(f.meanAbsoluteError));
  if (drift) row('  on chats played as graded', (f) => (f.asGraded === null ? '–' : oneDecimal(f.asGraded.meanAbsoluteError)));
  row('total: mean difference (engine − expert)', (f) => signed(f.meanDifference));
  row('dimensions: mean absolute error', () => '');
  for (const dimension of DIMENSIONS) row(`  ${dimension}`, (f) => oneDecimal(f.dimensions[dimension].meanAbsoluteError));
  row("Spearman's rho per scenario, worst", (f) => (f.worstSpearman === null ? '–' : `${f.worstSpearman.rho.toFixed(2)} ${f.worstSpearman.scenario}`));
  if (drift) row('  on chats played as graded, worst', (f) => (f.asGraded?.worstSpearman ? `${f.asGraded.worstSpearman.rho.toFixed(2)} ${f.asGraded.worstSpearman.scenario}` : '–'));
  for (const { scenario } of all.spearman) {
    row(`  ${scenario}`, (f) => {
      const rho = f.spearman.find((entry) => entry.scenario === scenario)?.rho;
      return rho === undefined || rho === null ? '–' : rho.toFixed(2);
    });
  }
  row(`clear pairs reversed (expert totals ${CLEAR_PAIR_GAP}+ apart)`, (f) => `${f.clearPairs.reversed}/${f.clearPairs.count}`);
  if (drift) row('  on chats played as graded', (f) => (f.asGraded === null ? '–' : `${f.asGraded.clearPairs.reversed}/${f.asGraded.clearPairs.count}`));
  if (order.some((half) => halves[half].graders !== null)) {
    // The same measures between two experts: the distance the engine is held to.
    row('two graders, first against second', (f) => (f.graders === null ? '–' : `${f.graders.count} chats`));
    row('  outcome agreement', (f) => (f.graders === null ? '–' : percent(f.graders.outcomeAgreement)));
    row('  total: mean absolute difference', (f) => (f.graders === null ? '–' : oneDecimal(f.graders.meanAbsoluteDifference)));
    row("  Spearman's rho per scenario, worst", (f) => (f.graders?.worstSpearman ? `${f.graders.worstSpearman.rho.toFixed(2)} ${f.graders.worstSpearman.scenario}` : '–'));
    row('  clear pairs reversed', (f) => (f.graders === null ? '–' : `${f.graders.clearPairs.reversed}/${f.graders.clearPairs.count}`));
  }
  row(`missed faults (expert ≤ ${MISS_EXPERT_GRADE}, engine ≥ ${MISS_ENGINE_SCORE})`, () => '');
  for (const dimension of DIMENSIONS) row(`  ${dimension}`, (f) => String(f.misses[dimension].count));

  // Tuning reads the tune half only, so the rules are ranked on it; the other halves are measured beside it.
  const rankedOn: HalfName = halves.tune.count > 0 ? 'tune' : 'all';
  const ranked = halves[rankedOn].rules.slice(0, 8);
  lines.push('', `Rules by unjust points (charged where the expert graded the rule's dimension ${UNJUST_GRADE} or more), ranked on ${rankedOn}:`);
  const others = order.filter((half) => half !== rankedOn);
  const ruleWidth = Math.max(4, ...ranked.map((rule) => rule.rule.length)) + 2;
  lines.push(`${'rule'.padEnd(ruleWidth)}${`${rankedOn}: fired`.padStart(12)}${'charged'.padStart(9)}${'unjust'.padStart(8)}${others.map((half) => `${half}: unjust`.padStart(18)).join('')}`);
  if (ranked.length === 0) lines.push('(no rule cost points)');
  for (const rule of ranked) {
    const unjustIn = (half: HalfName) => points(halves[half].rules.find((entry) => entry.rule === rule.rule)?.unjustPoints ?? 0);
    lines.push(
      `${rule.rule.padEnd(ruleWidth)}${String(rule.firedIn).padStart(12)}${points(rule.points).padStart(9)}${points(rule.unjustPoints).padStart(8)}${others.map((half) => unjustIn(half).padStart(18)).join('')}`,
    );
  }

  // Only the half that may be tuned on is listed conversation by conversation: the held-out half's
  // failures are to be measured, never read one by one to fix them. A panel all held out lists none.
  if (rankedOn === 'all' && halves['held-out'].count > 0) {
    lines.push('', 'Largest differences: none listed, every conversation is held out.');
    return lines.join('\n');
  }
  const listed = halves[rankedOn].conversations;
  lines.push('', `Largest differences (engine − expert), ${rankedOn === 'tune' ? 'tune half' : 'all conversations'}:`);
  const fileWidth = Math.max(4, ...listed.map((conversation) => conversation.file.length)) + 2;
  lines.push(`${'file'.padEnd(fileWidth)}${'split'.padEnd(10)}${'expert'.padStart(6)}${'engine'.padStart(8)}${'diff'.padStart(7)}  ${'outcome: expert / engine'.padEnd(28)}played`);
  for (const conversation of largestDifferences(listed, 10)) {
    const outcomes = `${conversation.expertOutcome} / ${conversation.engineOutcome}${conversation.expertOutcome === conversation.engineOutcome ? '' : ' ≠'}`;
    lines.push(
      `${conversation.file.padEnd(fileWidth)}${(conversation.split ?? '–').padEnd(10)}${total(conversation.expertTotal).padStart(6)}${total(conversation.engineTotal).padStart(8)}${signed(conversation.difference).padStart(7)}  ${outcomes.padEnd(28)}${clip(conversation.played ?? '', PLAYED_WIDTH)}`.trimEnd(),
    );
  }
  return lines.join('\n');
}

/** Points are summed from findings of a tenth of a point: one decimal, only when needed. */
const points = (value: number) => String(Math.round(value * 10) / 10);
const clip = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
const percent = (share: number) => `${(100 * share).toFixed(1)}%`;
const oneDecimal = (value: number | null) => (value === null ? '–' : value.toFixed(1));
const signed = (value: number | null) => (value === null ? '–' : `${value > 0 ? '+' : value < 0 ? '−' : ''}${total(Math.abs(value))}`);
/** Totals are whole for the engine but may be a mean of graders for the expert: one decimal only when needed. */
const total = (value: number) => String(Math.round(value * 10) / 10);
