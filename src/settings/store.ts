// The settings store, for reading and watching from any context. Only what differs from the
// defaults is stored, each site in its own key (schema.ts has the layout, keys.ts the keys).
// Settings live in `storage.sync` so they follow the reader across devices; what does not fit
// goes to `storage.local` with a note (quota.ts). Reading merges both areas, local winning.
//
// The rooms: keys.ts (where each setting lives), areas.ts (the two areas, reading), quota.ts (the
// planner: which area each item goes to), read.ts (snapshots of the settings, a page's effective
// settings), snapshot.ts (raw copies for a safe import), watch.ts (changes), writer.ts (the one
// writer, background only) and client.ts (how the pages ask the background to write).
export { KEYS, SITE_PREFIX, siteKey, isSettingsKey, itemBytes } from './keys.ts';
export { SettingsReadError } from './areas.ts';
export { SYNC_QUOTA, type NoteReason, type StorageNote } from './quota.ts';
export { loadSettings, resolveSettings, siteCandidates, getGlobalSettings, getSiteOverride, listSites, getStorageNote } from './read.ts';
export type { SettingsSnapshot, SiteEntry } from './read.ts';
export { watchSettings, watchEffectiveSettings, type SettingsChange } from './watch.ts';
export { DEFAULTS } from './schema.ts';
