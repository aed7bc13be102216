import localforage from 'localforage';
import { render } from 'preact';
import { SoundBoard } from './sound/soundBoard.ts';
import { GameStore } from './storage/gameStore.ts';
import { App, resumeActive } from './ui/App.tsx';
import './styles.css';

const storage = localforage.createInstance({ name: 'galateo', storeName: 'galateo' });
const store = new GameStore(storage);
// `?renderer=canvas` draws the desk without WebGL (used by the browser tests on machines without a GPU).
const renderer = new URLSearchParams(location.search).get('renderer') === 'canvas' ? 'canvas' : 'auto';

await store.load();
const sound = new SoundBoard();
const initial = (await resumeActive(store, sound)) ?? { name: 'title' as const };
render(<App store={store} sound={sound} renderer={renderer} initial={initial} />, document.getElementById('app')!);
