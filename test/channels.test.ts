import { describe, expect, it } from 'vitest';
import { CHANNELS, IPC_PREFIX } from '../src/shared/api';
import { CHANNEL_NAMES, IPC_PREFIX as PRELOAD_PREFIX } from '../src/shared/channels';

// The preload builds window.api from the zod-free copy; the main side registers from api.ts. They must agree.
describe('shared/channels.ts', () => {
  it('lists exactly the channels of the API contract', () => {
    expect([...CHANNEL_NAMES]).toEqual(CHANNELS);
  });
  it('uses the same IPC prefix', () => {
    expect(PRELOAD_PREFIX).toBe(IPC_PREFIX);
  });
});
