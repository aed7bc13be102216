import { Fragment } from 'preact';
import { dimensionLabel, DIMENSIONS, type Locale, type TestCalibration } from '../../../engine/index.ts';
import type { TestsTexts } from './texts.ts';

const RULES_SHOWN = 5;

/** The figures `galateo calibrate` prints, for one scenario's graded tests, and the rules that disagree most. */
export function CalibrationFiguresView({ calibration, locale, t }: { calibration: TestCalibration; locale: Locale; t: TestsTexts }) {
  const { figures } = calibration;
  const number = (value: number | null, digits = 1) => (value === null ? t.notEnough : value.toFixed(digits));
  const rho = figures.spearman[0]?.rho ?? null;
  const disputed = figures.rules.filter((rule) => rule.unjustPoints > 0).slice(0, RULES_SHOWN);
  return (
    <section aria-labelledby="calibration-figures">
      <h3 id="calibration-figures">{t.figuresHeading}</h3>
      <dl class="figures">
        <dt>{t.figureCount}</dt>
        <dd>{figures.count}</dd>
        <dt>{t.figureAgreement}</dt>
        <dd>{figures.outcomeAgreement === null ? t.notEnough : `${Math.round(figures.outcomeAgreement * 100)}% (${calibration.withOutcome})`}</dd>
        <dt>{t.figureMae}</dt>
        <dd>{number(figures.meanAbsoluteError)}</dd>
        <dt>{t.figureBias}</dt>
        <dd>{number(figures.meanDifference)}</dd>
        <dt>{t.figureSpearman}</dt>
        <dd>{number(rho, 2)}</dd>
        <dt>{t.figurePairs(figures.clearPairs.gap)}</dt>
        <dd>
          {figures.clearPairs.reversed} / {figures.clearPairs.count}
        </dd>
        {DIMENSIONS.filter((dimension) => figures.dimensions[dimension].graded > 0).map((dimension) => (
          <Fragment key={dimension}>
            <dt>{t.figureDimension(dimensionLabel(locale, dimension))}</dt>
            <dd>
              {number(figures.dimensions[dimension].meanAbsoluteError)} ({figures.dimensions[dimension].graded})
            </dd>
          </Fragment>
        ))}
      </dl>
      <h3>{t.rulesHeading}</h3>
      <p class="hint">{t.rulesIntro}</p>
      {disputed.length === 0 ? (
        <p>{t.noRules}</p>
      ) : (
        <ol class="disputed-rules">
          {disputed.map((rule) => (
            <li key={rule.rule}>
              <code>{rule.rule}</code>: {t.ruleLine(rule.unjustPoints, rule.points, rule.firedIn)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
