// The quota planner: before anything is written, decides which area each changed item goes to.
// Settings live in storage.sync so they follow the reader across devices; an item that does not
// fit sync's quotas goes to storage.local instead, with a reason the options page shows. Pure: it
// reads nothing, so the rules are tested on their own (tests/unit/settings-quota.test.ts).
import { isSettingsKey, itemBytes } from './keys.ts';

/** chrome.storage.sync's documented quotas (Firefox enforces the same numbers). */
export const SYNC_QUOTA = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8_192, MAX_ITEMS: 512 } as const;

export type NoteReason = 'item-too-large' | 'quota-bytes' | 'max-items' | 'sync-error' | 'sync-unavailable' | 'sync-remove-failed';
const REASONS: ReadonlySet<string> = new Set<NoteReason>(['item-too-large', 'quota-bytes', 'max-items', 'sync-error', 'sync-unavailable', 'sync-remove-failed']);

export interface StorageNote {
  /** Settings key → why it is kept in storage.local, and since when (ISO time). */
  entries: Record<string, { reason: NoteReason; at: string }>;
}

/**
 * What storage.local holds for a key that was removed while storage.sync refused the removal: an
 * empty value, which reads as "nothing set" and wins over the stale synced copy (local wins), so
 * a removed override cannot come back. The next write retries the removal (writer.ts).
 */
export const TOMBSTONE: Readonly<Record<string, never>> = Object.freeze({});

/** key → new value; `null` removes the key from both areas. */
export type Changes = Record<string, unknown>;

export interface Plan {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
  reasons: Record<string, NoteReason>;
  remove: string[];
  /** Changed keys that (may) exist in each area: only those need removing from it. */
  inSync: Set<string>;
  inLocal: Set<string>;
}

export interface AreasNow {
  /** Everything in storage.sync now; `unavailable` when there is no sync area, `unreadable` when reading it failed. */
  sync: Record<string, unknown> | 'unavailable' | 'unreadable';
  /** The changed keys that exist in storage.local now. */
  localKeys: ReadonlySet<string>;
}

export function planWrite(changes: Changes, now: AreasNow): Plan {
  const changed = Object.keys(changes);
  const p: Plan = { sync: {}, local: {}, reasons: {}, remove: [], inSync: new Set(), inLocal: new Set(changed.filter((k) => now.localKeys.has(k))) };
  const writes = Object.entries(changes).filter(([k, v]) => {
    if (v === null || v === undefined) p.remove.push(k);
    return v !== null && v !== undefined;
  });
  if (typeof now.sync === 'string') {
    // Without a readable sync area we cannot know what it holds: every changed key may be there.
    if (now.sync === 'unreadable') for (const k of changed) p.inSync.add(k);
    const reason: NoteReason = now.sync === 'unavailable' ? 'sync-unavailable' : 'sync-error';
    for (const [k, v] of writes) {
      p.local[k] = v;
      p.reasons[k] = reason;
    }
    return p;
  }
  // Everything in sync counts against its quota, whoever wrote it.
  const current = now.sync;
  for (const k of changed) if (k in current) p.inSync.add(k);
  let bytes = 0;
  let count = 0;
  for (const [k, v] of Object.entries(current)) {
    if (k in changes) continue; // replaced or removed below
    bytes += itemBytes(k, v);
    count++;
  }
  // Small items first, so one big site cannot push the many small ones out of sync.
  const sized = writes.map(([k, v]) => ({ k, v, size: itemBytes(k, v) })).sort((a, b) => a.size - b.size);
  for (const { k, v, size } of sized) {
    let reason: NoteReason | null = null;
    if (size > SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) reason = 'item-too-large';
    else if (bytes + size > SYNC_QUOTA.QUOTA_BYTES) reason = 'quota-bytes';
    else if (count + 1 > SYNC_QUOTA.MAX_ITEMS) reason = 'max-items';
    if (reason) {
      p.local[k] = v;
      p.reasons[k] = reason;
    } else {
      p.sync[k] = v;
      bytes += size;
      count++;
    }
  }
  return p;
}

/** The stored note, leniently: entries that are not ours or not well-formed are dropped. */
export function readNote(raw: unknown): StorageNote {
  const entries: StorageNote['entries'] = {};
  const src = typeof raw === 'object' && raw !== null ? (raw as { entries?: unknown }).entries : undefined;
  if (typeof src === 'object' && src !== null) {
    for (const [k, v] of Object.entries(src as Record<string, unknown>)) {
      const e = v as { reason?: unknown; at?: unknown } | null;
      if (isSettingsKey(k) && e && typeof e.reason === 'string' && REASONS.has(e.reason) && typeof e.at === 'string') {
        entries[k] = { reason: e.reason as NoteReason, at: e.at };
      }
    }
  }
  return { entries };
}

/** The note after a write: keys now synced or removed leave it, keys kept locally enter it. */
export function nextNote(note: StorageNote, p: Plan, at: string): StorageNote {
  const entries = { ...note.entries };
  for (const k of [...p.remove, ...Object.keys(p.sync)]) delete entries[k];
  for (const [k, reason] of Object.entries(p.reasons)) entries[k] = { reason, at: entries[k]?.reason === reason ? entries[k].at : at };
  return { entries };
}

