import { formatProblem, type Problem } from '../../engine/index.ts';
import type { StudioLanguage } from './texts/studioTexts.ts';
import { format } from './texts/format.ts';

/**
 * What `galateo validate` says of the draft, word for word, each problem a button that opens the
 * form (or the text) holding its line; or a clear word that the scenario is valid.
 */
export function ProblemList({ problems, checking, texts, onOpen }: { problems: readonly Problem[] | undefined; checking: boolean; texts: StudioLanguage; onOpen(problem: Problem): void }) {
  const ui = texts.ui.problems;
  const status = problems === undefined ? ui.checking : problems.length === 0 ? ui.valid : format(ui.count, { count: problems.length });
  return (
    <section class="studio-problems" aria-labelledby="studio-problems-heading" aria-busy={checking ? 'true' : undefined}>
      <h2 id="studio-problems-heading">{ui.heading}</h2>
      <p role="status" class={problems?.length === 0 ? 'studio-valid' : problems ? 'studio-invalid' : undefined}>
        {status}
      </p>
      {problems && problems.length > 0 && (
        <ul>
          {problems.map((problem, index) => (
            <li key={`${index}-${problem.line}-${problem.column}`}>
              <button type="button" class="studio-problem" onClick={() => onOpen(problem)}>
                {formatProblem(problem)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
