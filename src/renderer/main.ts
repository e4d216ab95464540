// First: sends the window's first briefing.open before the shared chunk below is evaluated (boot.ts).
import './boot';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { prepareLastPicture } from './charts/picture-cache';

// The first slide's data is on its way (boot.ts); the kept picture of the chart this window opened on
// last time starts decoding meanwhile (charts/picture-cache.ts).
prepareLastPicture();

const target = document.getElementById('app');
if (!target) throw new Error('#app missing from index.html');

export default mount(App, { target });
