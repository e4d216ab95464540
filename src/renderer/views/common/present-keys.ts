/**
 * What presenting does, for the keys (window-keys.ts) and the buttons alike: full screen, start and stop,
 * the laser pointer, whether there is a chart to zoom.
 */
import { INK_COLOURS, type InkTool } from '../../../shared/ink';
import { isDesktop } from '../../lib/api';
import type { DeckStore } from '../../state/deck.svelte';
import type { UiState } from '../../state/ui.svelte';

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen().catch(() => {});
}

/** F5 / Present: the hub's `presenting` (Electron arranges the windows); a browser page fills its screen. */
export function startPresenting(store: DeckStore): void {
  store.setPresenting(true);
  if (!isDesktop && !document.fullscreenElement) void document.documentElement.requestFullscreen().catch(() => {});
}

export function stopPresenting(store: DeckStore): void {
  store.setPresenting(false);
  if (!isDesktop && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}

export function setLaser(store: DeckStore, ui: UiState, on: boolean): void {
  ui.laser = on;
  if (!on) store.pointTo(null);
  if (on) ui.inkTool = null;
}

/** P / H: draw with that tool, or stop when it is already in hand (the laser goes away while drawing). */
export function toggleInk(store: DeckStore, ui: UiState, tool: InkTool): void {
  ui.inkTool = ui.inkTool === tool ? null : tool;
  if (ui.inkTool && ui.laser) setLaser(store, ui, false);
}

/** C: the tool in hand (else the pen) takes the next colour of the palette. */
export function nextInkColour(ui: UiState): void {
  const tool = ui.inkTool ?? 'pen';
  const at = INK_COLOURS.indexOf(ui.inkColours[tool]);
  ui.inkColours = { ...ui.inkColours, [tool]: INK_COLOURS[(at + 1) % INK_COLOURS.length] };
}

/** Whether the current slide has a chart to zoom into. */
export const canZoom = (store: DeckStore): boolean => !!store.slide?.chart;

/** Whether a click landed on a chart's drawing (its live canvas or the still shown in its place). */
export const isChartDrawing = (target: EventTarget | null): boolean =>
  target instanceof Element && !!target.closest('[data-chart-drawing]');

/** A browser page that leaves full screen (the browser's own Esc) leaves the presentation too. */
export function watchFullscreen(store: DeckStore): () => void {
  if (isDesktop) return () => {};
  const onChange = () => {
    if (!document.fullscreenElement && store.presenting) store.setPresenting(false);
  };
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}
