import localforage from 'localforage';
import { render } from 'preact';
import { createClassroomApi } from './classroom/classroomApi.ts';
import { Outbox } from './classroom/outbox.ts';
import { routeFromAddress } from './classroom/route.ts';
import { prefetchLanguagePacks } from './scenarios/scenarioCatalog.ts';
import { SoundBoard } from './sound/soundBoard.ts';
import { browserLocale } from './i18n/browserLocale.ts';
import { GameStore } from './storage/gameStore.ts';
import { DEFAULT_SETTINGS } from './storage/storedShapes.ts';
import { App } from './ui/App.tsx';
import type { Services } from './ui/gameContext.ts';
import { reopenDebrief, resumeActive } from './ui/persistence.ts';
import './styles.css';

const storage = localforage.createInstance({ name: 'galateo', storeName: 'galateo' });
// A first visit speaks the browser's language; a language chosen with the switch is saved and wins.
const store = new GameStore(storage, { ...DEFAULT_SETTINGS, locale: browserLocale(navigator.languages) });
const query = new URLSearchParams(location.search);
// A link straight to a chat needs its language pack: fetched now, beside the rest of the start.
if (query.has('scenario')) prefetchLanguagePacks();
// `?renderer=canvas` draws the desk without WebGL, for machines without a GPU.
const renderer = query.get('renderer') === 'canvas' ? 'canvas' : 'auto';

await store.load();
const api = createClassroomApi();
const services: Services = { store, sound: new SoundBoard(), api, outbox: new Outbox({ store, api }) };

const route = routeFromAddress(location);
if (route?.trainerToken) {
  // The secret link's token is kept in this browser, then taken out of the address bar and history.
  await store.saveTrainerToken(route.trainerToken.classId, route.trainerToken.token);
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

// Class chats finished offline or before a reload are sent now, and again when the network returns.
void services.outbox.flush();
window.addEventListener('online', () => void services.outbox.flush());

// The join link stays in the address bar while the trainee plays: a reload resumes their chat, not the join form.
const addressed = route?.screen.name === 'class' ? undefined : route?.screen;
const initial = addressed ?? (await resumeActive(services)) ?? route?.screen ?? reopenDebrief(store) ?? { name: 'title' as const };
render(<App services={services} renderer={renderer} initial={initial} deepLink={query.get('scenario') ?? undefined} />, document.getElementById('app')!);
