import localforage from 'localforage';
import { render } from 'preact';
import { SoundBoard } from './sound/soundBoard.ts';
import { GameStore } from './storage/gameStore.ts';
import { App, resumeActive } from './ui/App.tsx';
import './styles.css';

const storage = localforage.createInstance({ name: 'galateo', storeName: 'galateo' });
const store = new GameStore(storage);
const query = new URLSearchParams(location.search);
// `?renderer=canvas` draws the desk without WebGL, for machines without a GPU.
const renderer = query.get('renderer') === 'canvas' ? 'canvas' : 'auto';

await store.load();
const sound = new SoundBoard();
const initial = (await resumeActive(store, sound)) ?? { name: 'title' as const };
render(<App store={store} sound={sound} renderer={renderer} initial={initial} deepLink={query.get('scenario') ?? undefined} />, document.getElementById('app')!);
