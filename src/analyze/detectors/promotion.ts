import type { Detector } from '../types.ts';
export const promotionDetector: Detector = { id: 'promotion' as Detector['id'], run: () => [] };
