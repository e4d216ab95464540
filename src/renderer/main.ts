// First: sends the window's first briefing.open before the shared chunk below is evaluated (boot.ts).
import './boot';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { prepareLastPicture } from './charts/picture-cache';
import { loadLive } from './charts/live-loader';
import { hasServedPicture } from './charts/picture-early';
import { checkFrameLook, servedFrameShown } from './state/first-frame';
import { settings } from './state/settings.svelte';

// The app's entry is evaluated: on a page served with a first frame, after that frame is shown (boot.ts).
performance.mark('briefing-desk.entry');

// The first slide's data is on its way (boot.ts); the kept picture of the chart this window opened on
// last time starts decoding meanwhile (charts/picture-cache.ts). Without one, the first chart is drawn by
// Chart.js: its chunk starts loading now, beside the app's mount (charts/live-loader.ts). With one, the
// first frame needs no Chart.js, which loads when that chart asks for it, right after; so with a picture
// the main process served of the first chart (charts/picture-early.ts).
if (!prepareLastPicture() && !hasServedPicture()) void loadLive();

const target = document.getElementById('app');
if (!target) throw new Error('#app missing from index.html');

// A first frame served in another theme or language than this window's goes (state/first-frame.ts); one
// that stays is shown complete before the app mounts under it (at most a moment: servedFrameShown). Not a
// top-level await: with one, the build split the app's shared code into some fifteen chunks.
checkFrameLook(settings.theme, settings.lang);
const shown = servedFrameShown();
if (shown) void shown.then(() => mount(App, { target }));
else mount(App, { target });
