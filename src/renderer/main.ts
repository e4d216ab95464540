import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { api } from './lib/api';
import { openEarly } from './state/early-open';
import { prepareLastPicture } from './charts/picture-cache';

// The first slide's data is asked for now, while the app mounts (state/early-open.ts); the kept picture
// of the chart this window opened on last time starts decoding meanwhile (charts/picture-cache.ts).
openEarly(api);
prepareLastPicture();

const target = document.getElementById('app');
if (!target) throw new Error('#app missing from index.html');

export default mount(App, { target });
