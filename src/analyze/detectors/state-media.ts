import type { Detector } from '../types.ts';
export const stateMediaDetector: Detector = { id: 'state-media' as Detector['id'], run: () => [] };
