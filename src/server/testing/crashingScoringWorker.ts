// The real scoring worker, dying on a log with CRASH_SEED. Imported in this order, the crash
// listener comes before the real one, in one synchronous evaluation, so no job slips between.
import './crashOnSeed.ts';
import '../scoring/scoringWorker.ts';
