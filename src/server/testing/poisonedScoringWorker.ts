// The real scoring worker, misbehaving on a log with a marker seed (see poisonOnSeed.ts). Imported
// in this order, the poison listener comes before the real one, in one synchronous evaluation, so
// no job slips between.
import './poisonOnSeed.ts';
import '../scoring/scoringWorker.ts';
