/**
 * This build's chart code identity (scripts/vite/chart-code.ts): baked in by electron.vite.config.ts, or
 * worked out from the source tree when main runs from source (tests, the e2e bridge).
 */
import { join } from 'node:path';
import { chartCodeHash } from '../../../scripts/vite/chart-code';

declare const __CHART_CODE__: string | undefined;

export const CHART_CODE: string = typeof __CHART_CODE__ === 'string' ? __CHART_CODE__ : chartCodeHash(join(__dirname, '../../..'));
