import { bundledScenarios } from '../scenarios/scenarioCatalog.ts';
import type { StudioLocale } from './studioPart.ts';
import { bundledSources, type BundledSource } from './scenarioSources.ts';
import type { DraftSummary } from './drafts/draftStore.ts';
import { DraftList } from './drafts/DraftList.tsx';
import type { StudioLanguage } from './texts/studioTexts.ts';
import { format } from './texts/format.ts';

const titleOf = (source: BundledSource) => bundledScenarios().find(({ scenario }) => `${scenario.id}.yaml` === source.file)?.scenario.title ?? source.file;

export interface OpenPanelProps {
  texts: StudioLanguage;
  dateLocale: string;
  drafts: readonly DraftSummary[];
  error: string | null;
  onTemplate(locale: StudioLocale): void;
  onBundled(source: BundledSource): void;
  onFile(file: File): void;
  onDraft(id: string): void;
  onDeleteDraft(id: string): void;
}

/** The four ways to a draft: the template, a copy of a bundled scenario, a file, or a draft kept in this browser. */
export function OpenPanel(props: OpenPanelProps) {
  const { open } = props.texts.ui;
  return (
    <section class="studio-open" id="studio-open-panel" aria-labelledby="studio-open-heading">
      <h2 id="studio-open-heading">{open.heading}</h2>
      {props.error && (
        <p role="alert" class="error">
          {format(open.loadFailed, { reason: props.error })}
        </p>
      )}
      <div class="studio-open-grid">
        <div>
          <h3>{open.template}</h3>
          <div class="row">
            <button type="button" class="primary" onClick={() => props.onTemplate('it')}>
              {open.templateIt}
            </button>
            <button type="button" onClick={() => props.onTemplate('en')}>
              {open.templateEn}
            </button>
          </div>
          <h3>{open.drafts}</h3>
          <DraftList drafts={props.drafts} texts={props.texts} dateLocale={props.dateLocale} onOpen={props.onDraft} onDelete={props.onDeleteDraft} />
        </div>
        <div>
          <h3>{open.bundled}</h3>
          <p class="hint">{open.bundledHint}</p>
          <ul class="studio-bundled">
            {bundledSources().map((source) => (
              <li key={source.file}>
                <button type="button" class="link" onClick={() => props.onBundled(source)}>
                  {titleOf(source)}
                </button>{' '}
                <code>{source.file}</code>
              </li>
            ))}
          </ul>
          <label for="studio-file">{open.file}</label>
          <input
            id="studio-file"
            type="file"
            accept=".yaml,.yml,text/yaml"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) props.onFile(file);
              event.currentTarget.value = '';
            }}
          />
        </div>
      </div>
    </section>
  );
}
