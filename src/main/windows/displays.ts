/**
 * Which display shows what while presenting — pure, so it is unit-tested without Electron
 * (test/displays.test.ts). The audience view goes to an external display (the projector), the
 * presenter view stays on the laptop's own screen; with one display there is no presenter window.
 */
export interface DisplayInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  /** Electron's Display.internal: the laptop's built-in panel. Unknown on some systems. */
  internal?: boolean;
}

export interface DisplayChoice<D extends DisplayInfo = DisplayInfo> {
  audience: D;
  presenter: D | null;
}

const area = (d: DisplayInfo) => d.bounds.width * d.bounds.height;

/**
 * The presenter's display is the built-in one if the system says which, else the primary display (where
 * the laptop's menu bar and the official's eyes are). The audience gets an external display: the largest
 * of the others, the leftmost on a tie, so the choice is the same every time. Null when there is no display.
 */
export function chooseDisplays<D extends DisplayInfo>(displays: readonly D[], primaryId: number): DisplayChoice<D> | null {
  if (displays.length === 0) return null;
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0]!;
  if (displays.length === 1) return { audience: primary, presenter: null };
  const presenter = displays.find((d) => d.internal === true) ?? primary;
  const others = displays
    .filter((d) => d !== presenter)
    .sort(
      (a, b) => Number(a.internal === true) - Number(b.internal === true) || area(b) - area(a) || a.bounds.x - b.bounds.x || a.id - b.id,
    );
  return { audience: others[0]!, presenter };
}
