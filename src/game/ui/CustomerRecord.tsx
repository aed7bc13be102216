import { customerRecord, type CompiledScenario } from '../../engine/index.ts';
import { useGame } from './gameContext.ts';

/** The customer's record as the agent's console shows it beside the chat: what the company's system knows. */
/** `scrolls`: shown in a box that scrolls (beside the chat), so it takes the keyboard focus to be scrolled. */
export function CustomerRecord({ compiled, headingLevel = 2, scrolls = false }: { compiled: CompiledScenario; headingLevel?: 2 | 3; scrolls?: boolean }) {
  const { t } = useGame();
  const record = customerRecord(compiled);
  if (record.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `customer-record-${headingLevel}`;
  return (
    <section class="customer-record" aria-labelledby={headingId} tabIndex={scrolls ? 0 : undefined}>
      <Heading id={headingId}>{t('console.record')}</Heading>
      <dl>
        {record.map((entry) => (
          <div key={entry.label}>
            <dt>{entry.label}</dt>
            <dd>{entry.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
