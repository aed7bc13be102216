import { dimensionLabel, DIMENSIONS, PHASES, ruleTexts, type Report } from '../engine/index.ts';
import { printable } from './chatText.ts';

const bar = (score: number) => '█'.repeat(Math.round(score / 10)) + '░'.repeat(10 - Math.round(score / 10));
const seconds = (value: number) => `${value.toFixed(1)} s`;

/** The report as a person reads it in a terminal: scores, then the chat dissected phase by phase. */
export function formatReport(report: Report): string {
  const { word } = ruleTexts(report.locale);
  const lines: string[] = [];
  lines.push(`${word('report.total')}: ${report.total}/100   ${word('report.outcome')}: ${word(`outcome.${report.outcome}`)}`);
  const { cappedBy, weightedMean, weakest, weakestShare } = report.totalFrom;
  const cap = cappedBy === null ? undefined : report.findings[cappedBy];
  lines.push(
    `  ${
      cap?.cap !== undefined
        ? word('report.capped', { cap: cap.cap, explanation: printable(cap.explanation) })
        : word('report.total-from', { mean: Math.round(weightedMean), weakest: dimensionLabel(report.locale, weakest), share: Math.round(weakestShare * 100) })
    }`,
  );
  for (const dimension of DIMENSIONS) {
    const { score } = report.dimensions[dimension];
    lines.push(`  ${dimensionLabel(report.locale, dimension).padEnd(20)} ${bar(score)} ${String(score).padStart(3)}`);
  }
  const rt = report.dimensions.responseTime;
  if (rt.median !== null && rt.worst !== null) lines.push(`  ${''.padEnd(20)} ${word('report.median')} ${seconds(rt.median)}, ${word('report.worst')} ${seconds(rt.worst)}`);

  if (report.strengths.length > 0) {
    lines.push('', word('report.strengths'));
    for (const strength of report.strengths) lines.push(`  ✓ ${strength.message === null ? '' : `[${strength.message + 1}] `}${strength.text}`);
  }

  for (const phase of PHASES) {
    lines.push('', word(`phase.${phase}`));
    const { messages, findings } = report.phases[phase];
    for (const index of messages) {
      const entry = report.transcript[index]!;
      const who = entry.from === 'agent' ? word('report.agent') : entry.from === 'customer' ? word('report.customer') : (entry.name ?? '');
      lines.push(`  [${index + 1}] ${seconds(entry.at).padStart(8)}  ${who}: ${printable(entry.text)}`);
      for (const findingIndex of findings) {
        const finding = report.findings[findingIndex]!;
        if (finding.message === index) lines.push(...formatFinding(finding, word));
      }
    }
    for (const findingIndex of findings) {
      const finding = report.findings[findingIndex]!;
      if (finding.message === null) lines.push(...formatFinding(finding, word));
    }
  }
  if (report.findings.length === 0) lines.push('', word('report.none'));
  return lines.join('\n');
}

function formatFinding(finding: Report['findings'][number], word: (key: string, values?: Record<string, string | number>) => string): string[] {
  const lines = [`        ✗ −${finding.points} ${finding.rule} (${finding.severity}): ${printable(finding.explanation)}`];
  if (finding.better) lines.push(`          ${word('report.better')}: ${printable(finding.better)}`);
  return lines;
}
