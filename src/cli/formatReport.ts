import { PHASES } from '../engine/scenario/phases.ts';
import { DIMENSIONS } from '../engine/scoring/dimensions/index.ts';
import type { Report } from '../engine/scoring/reportSchema.ts';
import { dimensionLabel } from '../engine/scoring/ruleTexts.ts';
import { printable } from './chatText.ts';

const LABELS: Record<string, Record<string, string>> = {
  it: {
    opening: 'Fase 1: accoglienza',
    handling: 'Fase 2: gestione',
    closing: 'Fase 3: chiusura',
    total: 'Punteggio',
    outcome: 'Esito',
    resolved: 'risolta',
    abandoned: 'abbandonata',
    escalated: 'passata a un responsabile',
    unresolved: 'non risolta',
    median: 'mediana',
    worst: 'peggiore',
    better: 'Meglio',
    none: 'Nessun rilievo.',
    transcript: 'Conversazione',
    customer: 'Cliente',
    agent: 'Tu',
  },
  en: {
    opening: 'Phase 1: opening',
    handling: 'Phase 2: handling',
    closing: 'Phase 3: closing',
    total: 'Score',
    outcome: 'Outcome',
    resolved: 'resolved',
    abandoned: 'abandoned',
    escalated: 'escalated',
    unresolved: 'unresolved',
    median: 'median',
    worst: 'worst',
    better: 'Better',
    none: 'No findings.',
    transcript: 'Transcript',
    customer: 'Customer',
    agent: 'You',
  },
};

const bar = (score: number) => '█'.repeat(Math.round(score / 10)) + '░'.repeat(10 - Math.round(score / 10));
const seconds = (value: number) => `${value.toFixed(1)} s`;

/** The report as a person reads it in a terminal: scores, then the chat dissected phase by phase. */
export function formatReport(report: Report): string {
  const label = LABELS[report.locale]!;
  const lines: string[] = [];
  lines.push(`${label.total}: ${report.total}/100   ${label.outcome}: ${label[report.outcome]}`);
  for (const dimension of DIMENSIONS) {
    const { score } = report.dimensions[dimension];
    lines.push(`  ${dimensionLabel(report.locale, dimension).padEnd(20)} ${bar(score)} ${String(score).padStart(3)}`);
  }
  const rt = report.dimensions.responseTime;
  if (rt.median !== null && rt.worst !== null) lines.push(`  ${''.padEnd(20)} ${label.median} ${seconds(rt.median)}, ${label.worst} ${seconds(rt.worst)}`);

  for (const phase of PHASES) {
    lines.push('', `${label[phase]}`);
    const { messages, findings } = report.phases[phase];
    for (const index of messages) {
      const entry = report.transcript[index]!;
      const who = entry.from === 'agent' ? label.agent : entry.from === 'customer' ? label.customer : (entry.name ?? '');
      lines.push(`  [${index + 1}] ${seconds(entry.at).padStart(8)}  ${who}: ${printable(entry.text)}`);
      for (const findingIndex of findings) {
        const finding = report.findings[findingIndex]!;
        if (finding.message === index) lines.push(...formatFinding(finding, label));
      }
    }
    for (const findingIndex of findings) {
      const finding = report.findings[findingIndex]!;
      if (finding.message === null) lines.push(...formatFinding(finding, label));
    }
  }
  if (report.findings.length === 0) lines.push('', label.none!);
  return lines.join('\n');
}

function formatFinding(finding: Report['findings'][number], label: Record<string, string>): string[] {
  const lines = [`        ✗ −${finding.points} ${finding.rule} (${finding.severity}): ${printable(finding.explanation)}`];
  if (finding.better) lines.push(`          ${label.better}: ${printable(finding.better)}`);
  return lines;
}
