import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CompiledScenario, Problem } from '../../engine/index.ts';
import { bundledScenarios, openLocalScenario, prefetchLanguagePacks } from '../scenarios/scenarioCatalog.ts';
import type { ScenarioSource } from '../storage/records.ts';
import { useGame } from './gameContext.ts';
import { refusalText } from '../classroom/refusalText.ts';
import { ClassPanel } from './ClassPanel.tsx';
import { ScenarioCard } from './ScenarioCard.tsx';

export function PickerScreen() {
  const { t, store, startChat, startClassChat } = useGame();
  const stats = store.stats();
  // While the trainee is in a class, a class scenario counts for the class from either list: no chat is played in vain.
  const [classIds, setClassIds] = useState<ReadonlySet<string>>(new Set());
  const [classStartError, setClassStartError] = useState<string | null>(null);
  const onClassScenarios = useCallback((ids: readonly string[]) => setClassIds(new Set(ids)), []);
  const [local, setLocal] = useState<{ compiled: CompiledScenario; source: ScenarioSource } | null>(null);
  const [problems, setProblems] = useState<{ file: string; problems: Problem[] } | null>(null);
  // The trainee is about to pick a chat: its language pack loads meanwhile.
  useEffect(prefetchLanguagePacks, []);

  const openFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const text = await file.text();
    const opened = await openLocalScenario(text, file.name);
    if (opened.ok) {
      setProblems(null);
      setLocal({ compiled: opened.compiled, source: { kind: 'local', file: file.name, text } });
    } else {
      setLocal(null);
      setProblems({ file: file.name, problems: opened.problems });
    }
  };

  const startForClass = async (compiled: CompiledScenario) => {
    setClassStartError(null);
    try {
      await startClassChat(compiled);
    } catch (error) {
      setClassStartError(t('classPanel.startRefused', { message: refusalText(t, error) }));
    }
  };

  const card = (compiled: CompiledScenario, source: ScenarioSource) => {
    const stat = stats.get(compiled.scenario.id);
    const forClass = source.kind === 'bundled' && store.membership !== null && classIds.has(compiled.scenario.id);
    const played = `${stat ? t('picker.best', { score: stat.best }) : t('picker.noBest')} · ${t('picker.played', { count: stat?.played ?? 0 })}`;
    return (
      <ScenarioCard
        key={`${source.kind}-${compiled.scenario.id}`}
        scenario={compiled.scenario}
        idPrefix={`scenario-${source.kind}`}
        data={{ 'data-scenario': compiled.scenario.id }}
        stats={forClass ? `${played} · ${t('picker.countsForClass')}` : played}
        onStart={() => void (forClass ? startForClass(compiled) : startChat(compiled, source))}
      />
    );
  };

  return (
    <section class="screen" aria-labelledby="picker-heading">
      <h1 id="picker-heading">{t('picker.heading')}</h1>
      {store.membership && <ClassPanel key={store.membership.rejoinToken} membership={store.membership} onScenarios={onClassScenarios} />}
      {store.membership && <h2>{t('picker.allScenarios')}</h2>}
      {classStartError && (
        <p role="alert" class="error">
          {classStartError}
        </p>
      )}
      <ul class="cards">{bundledScenarios().map((compiled) => card(compiled, { kind: 'bundled', id: compiled.scenario.id }))}</ul>
      <div class="open-file">
        <label for="scenario-file">{t('picker.openFile')}</label>
        <input id="scenario-file" type="file" accept=".yaml,.yml,text/yaml" aria-describedby="scenario-file-hint" onChange={openFile} />
        <p id="scenario-file-hint" class="hint">
          {t('picker.openFileHint')}
        </p>
        {problems && (
          <div role="alert" class="error">
            <p>{t('picker.fileErrors', { file: problems.file })}</p>
            <ul>
              {problems.problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem.line > 0 ? `${problem.line}:${problem.column}` : problem.file}</code> {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {local && (
          <>
            <p role="status">{t('picker.fileLoaded', { title: local.compiled.scenario.title })}</p>
            <ul class="cards">{card(local.compiled, local.source)}</ul>
          </>
        )}
      </div>
    </section>
  );
}
