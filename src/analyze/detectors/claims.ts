import type { Detector } from '../types.ts';
export const claimsDetector: Detector = { id: 'claim' as Detector['id'], run: () => [] };
