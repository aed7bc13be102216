/**
 * `npm run bench` (after the engine figures): how far the engine's scores are from the expert grades
 * of each calibration panel, held-out half first, since it is the honest measure (rules are never
 * tuned on it).
 */
import { fileURLToPath } from 'node:url';
import { calibrationHalves } from '../src/engine/calibration/calibrationFigures.ts';
import { formatCalibration, measurePanel } from '../src/cli/commands/calibrate.ts';
import { LOCALE_CODES, prepareLocales } from '../src/engine/index.ts';

// Paths relative to the repository, whatever folder the bench is started from, so the table names files as the CLI does.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
await prepareLocales(LOCALE_CODES);
for (const panel of [
  'calibration/panel',
  'calibration/panel-2',
  'calibration/panel-3',
  'calibration/panel-4',
  'calibration/panel-5',
  'calibration/panel-6',
  'calibration/panel-7',
  'calibration/panel-8',
  'calibration/panel-9',
  'calibration/panel-10',
  'calibration/panel-11',
  'calibration/panel-12',
  'calibration/fresh-scenarios',
]) {
  const halves = calibrationHalves(measurePanel(panel, 'scenarios'));
  console.log(`\nGalateo calibration (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
  console.log(formatCalibration(halves, { panel, order: ['held-out', 'tune', 'all'] }));
}
