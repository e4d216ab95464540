/**
 * This window tells the main process what it draws its slides at (shared/window-geometry.ts): the box its
 * deck view's stage is fitted into, the device pixel ratio, the language and theme. Main keeps the last one
 * and makes the first chart's picture for it ahead (main/charts/picture-refresh.ts), so the next window of
 * this size opens with its chart drawn in its first frame.
 *
 * Sent `firstMs` after the stage is first laid out (off the first slide's path: a request then would share
 * the main process with the slide's own), then after each change (a resize settles in `changeMs`; a screen
 * of another pixel ratio, a theme or language switched); the same geometry twice is sent once. A failure is dropped: the next window draws its chart live.
 */
import type { AppApi } from '../../shared/api';
import type { WindowGeometry } from '../../shared/window-geometry';

export interface GeometryReporter {
  /** The stage's box (or the language, theme, pixel ratio) may have changed. */
  update(g: WindowGeometry): void;
  stop(): void;
}

export function geometryReporter(api: Pick<AppApi, 'window.geometry'>, firstMs = 1500, changeMs = 500): GeometryReporter {
  let sent = '';
  let pending = '';
  let first = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    update(g) {
      const json = JSON.stringify(g);
      if (json === pending) return; // already on its way: its wait is not started again
      clearTimeout(timer);
      pending = '';
      if (json === sent) return;
      pending = json;
      timer = setTimeout(
        () => {
          first = false;
          pending = '';
          sent = json;
          api['window.geometry'](g).catch(() => (sent = ''));
        },
        first ? firstMs : changeMs,
      );
    },
    stop: () => clearTimeout(timer),
  };
}

/** Calls `changed` when the device pixel ratio changes (the window moved to another screen, a zoom). */
export function onPixelRatioChange(changed: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  let stop = () => {};
  const watch = () => {
    const query = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    const on = () => {
      stop();
      changed();
      watch();
    };
    query.addEventListener('change', on, { once: true });
    stop = () => query.removeEventListener('change', on);
  };
  watch();
  return () => stop();
}
