import type { Problem } from '../../engine/index.ts';

/** A scenario file's problems, each where `galateo validate` puts it: file:line:column (the file alone for the whole file). */
export function ScenarioProblems({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul class="problems">
      {problems.map((problem, index) => (
        <li key={index}>
          <code>{problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file}</code> {problem.message}
        </li>
      ))}
    </ul>
  );
}
