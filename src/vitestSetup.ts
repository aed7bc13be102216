// Every test file runs with the language packs loaded, as the CLI, the server and the game load
// them before they analyse a reply (the engine refuses to read a reply without its pack).
import { LOCALE_CODES, prepareLocales } from './engine/index.ts';

await prepareLocales(LOCALE_CODES);
