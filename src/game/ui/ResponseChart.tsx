import type { Report } from '../../engine/index.ts';
import { useGame } from './gameContext.ts';
import { messageNumber } from './messageNumber.ts';

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 40, right: 12, top: 12, bottom: 28 };

/** The response time of each reply as bars against the scenario's marks (by default 10 s and 30 s, seed 001). */
export function ResponseChart({ report }: { report: Report }) {
  const { t } = useGame();
  const { responses, median, worst } = report.dimensions.responseTime;
  // Reports kept from before the thresholds were recorded fall back to the seed's 10 s and 30 s.
  const excellent = report.dimensions.responseTime.excellent ?? 10;
  const acceptable = report.dimensions.responseTime.acceptable ?? 30;
  const thresholds = [excellent, acceptable];
  if (responses.length === 0) return <p>{t('debrief.chartNone')}</p>;
  const top = Math.max(acceptable * 1.3, ...responses.map((response) => response.seconds)) * 1.1;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const y = (seconds: number) => PAD.top + plotHeight * (1 - seconds / top);
  const slot = plotWidth / responses.length;
  const colour = (seconds: number) => (seconds > acceptable ? '#c23b3b' : seconds > excellent ? '#b07a00' : '#2e7d4f');

  return (
    <figure class="chart">
      <figcaption id="chart-caption">
        <strong>{t('debrief.chart')}</strong>. {t('debrief.chartSummary', { median: median ?? '–', worst: worst ?? '–', excellent, acceptable })}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="chart-caption">
        {thresholds.map((seconds) => (
          <g key={seconds}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(seconds)} y2={y(seconds)} stroke="#6b7489" stroke-dasharray="4 4" />
            <text x={PAD.left - 6} y={y(seconds) + 4} text-anchor="end" font-size="12" fill="#3b4458">
              {seconds} s
            </text>
          </g>
        ))}
        {responses.map((response, index) => {
          const x = PAD.left + index * slot + slot * 0.2;
          const label = response.message === null ? t('debrief.unanswered') : messageNumber(response.message);
          return (
            <g key={index}>
              <rect x={x} y={y(response.seconds)} width={slot * 0.6} height={Math.max(1, PAD.top + plotHeight - y(response.seconds))} fill={colour(response.seconds)}>
                <title>{`${label}: ${response.seconds} s`}</title>
              </rect>
              <text x={x + slot * 0.3} y={HEIGHT - 10} text-anchor="middle" font-size="11" fill="#3b4458">
                {label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
