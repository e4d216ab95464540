/**
 * Resolves once the next frame has been rendered: a task queued from that frame's rAF runs after its
 * style, layout, paint and commit. Work that need not be in the frame (telling the main process about a
 * key press already shown here) waits for it, so the frame is not held back by it.
 *
 * A page that renders no frames (hidden, minimised) would never get the rAF: after `fallbackMs` the
 * promise resolves anyway.
 */
export function afterNextPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        clearTimeout(timer);
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  });
}
