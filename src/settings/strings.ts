// Every user-facing string of the options page and of settings import, in one place, ready for
// translation (same conventions as src/ui/strings.ts: plurals are functions).
import type { FindingKind } from '../analyze/types.ts';
import type { Mode, Sensitivity } from './schema.ts';
import type { NoteReason } from './quota.ts';

function n(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function kb(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

export const s = {
  title: 'Sourcelight settings',
  intro: 'Choose where Sourcelight runs and what it shows. Everything stays in your browser; nothing is sent anywhere.',
  loading: 'Loading settings…',
  saved: 'Saved.',
  saveFailed: (why: string): string => `Could not save: ${why}`,
  readFailed: (why: string): string => `Could not read your settings, so none are shown rather than the defaults. ${why}`,

  diagnostics: {
    heading: 'Diagnostics',
    intro: 'Problems Sourcelight ran into, newest first: where, when, and on which site. Kept on this device only; no page text and no addresses beyond a site’s name. Export them to attach to a bug report.',
    none: 'No problems recorded.',
    export: 'Export diagnostics',
    clear: 'Clear',
    exported: (name: string): string => `Saved as ${name}.`,
    cleared: 'Diagnostics cleared.',
    failed: (why: string): string => `Could not do that: ${why}`,
    times: (n: number): string => (n > 1 ? `×${n}` : ''),
    contexts: { background: 'background', content: 'page', popup: 'popup', options: 'options page', analyzer: 'analyzer' },
  },

  mode: {
    legend: 'When to analyze pages',
    label: 'Mode',
    names: { automatic: 'Automatic', 'on-click': 'On click', off: 'Off' } satisfies Record<Mode, string>,
    help: {
      automatic: 'Analyze pages that look like articles as soon as they load.',
      'on-click': 'Only when you open Sourcelight on a page.',
      off: 'Never: no highlights and no analysis.',
    } satisfies Record<Mode, string>,
  },

  kinds: {
    legend: 'What to highlight',
    names: {
      claim: 'Unattributed claims',
      'state-media': 'State-controlled media',
      promotion: 'Promotion',
    } satisfies Record<FindingKind, string>,
  },

  sensitivity: {
    legend: 'Sensitivity for claims',
    names: { strict: 'Strict', balanced: 'Balanced', lenient: 'Lenient' } satisfies Record<Sensitivity, string>,
    help: {
      strict: 'Every claim cue, including passive wording and collective sources (“critics say”).',
      balanced: 'Hides the mildest cues (passive wording, collective sources).',
      lenient: 'Only the strongest cases: unnamed sources offering opinion or speculation.',
    } satisfies Record<Sensitivity, string>,
    note: 'State-media and promotion highlights are not affected: turn them on or off above.',
  },

  hedges: {
    legend: 'The article’s own voice',
    label: 'Show the article’s own voice',
    help: 'Words with which the article hedges in its own voice (“probably”, “it seems”), and figures, sweeping claims or accusations it states with no source at all. They do not rest on a weak source, and many are fair statements of fact, so they are hidden by default and never count in the verdict or the badge.',
    name: 'Own voice',
    siteLabel: (site: string): string => `The article’s own voice on ${site}`,
  },

  defaults: {
    heading: 'Defaults for every site',
  },

  sites: {
    heading: 'Sites',
    intro: 'Sites where you changed something. A site covers all its subdomains (news.example.co.uk is example.co.uk).',
    none: 'No site has its own settings yet. Change them from the Sourcelight button on a page, or add a site here.',
    useDefault: (value: string): string => `Default (${value})`,
    on: 'On',
    off: 'Off',
    kindLabel: (kind: string, site: string): string => `${kind} on ${site}`,
    modeLabel: (site: string): string => `Mode on ${site}`,
    sensitivityLabel: (site: string): string => `Sensitivity for claims on ${site}`,
    reset: 'Reset',
    resetLabel: (site: string): string => `Reset all settings for ${site}`,
    resetDone: (site: string): string => `${site} now follows the defaults.`,
    localOnly: 'Kept on this device only',
    add: {
      legend: 'Add a site',
      label: 'Site or address',
      placeholder: 'example.com',
      button: 'Add',
      invalid: (input: string): string => `“${input}” is not a web address or site name.`,
      modeLabel: 'Mode for this site',
      added: (site: string, mode: string): string => `${site} added: ${mode}.`,
      same: (site: string): string => `${site} already follows that setting: nothing to add.`,
    },
  },

  suppressions: {
    heading: 'Hidden here',
    none: 'Nothing hidden.',
    wholeRule: (rule: string): string => `Rule ${rule} (everywhere on this site)`,
    phrase: (rule: string, phrase: string): string => `“${phrase}” (rule ${rule})`,
    undo: 'Show again',
    undoLabel: (what: string, site: string): string => `Show again on ${site}: ${what}`,
    count: (c: number): string => n(c, 'hidden finding rule', 'hidden finding rules'),
  },

  backup: {
    heading: 'Back up and restore',
    intro: 'Save all settings to a file, or replace them with a file saved earlier. Importing replaces every setting.',
    export: 'Export settings',
    exported: (name: string): string => `Saved as ${name}.`,
    importLabel: 'Import settings from a file',
    importing: 'Checking the file…',
    exportFailed: (why: string): string => `Could not export: ${why}`,
    readFailed: (why: string): string => `Could not read the file (${why}). Nothing was changed.`,
  },

  import: {
    tooLarge: (bytes: number, max: number): string =>
      `This file is too large (${kb(bytes)}; the limit is ${kb(max)}). Nothing was changed.`,
    notJson: 'This file is not JSON, so it can’t be a Sourcelight settings file. Nothing was changed.',
    notSettings: 'This JSON file is not a Sourcelight settings export. Nothing was changed.',
    newerVersion: (found: number, supported: number): string =>
      `This file comes from a newer version of Sourcelight (settings version ${found}; this one reads version ${supported}). Update Sourcelight, then import again. Nothing was changed.`,
    unknownVersion: (found: string): string => `This file has an unknown settings version (${found}). Nothing was changed.`,
    wrongShape: (where: string): string => `This file has a value Sourcelight doesn’t understand (at ${where}). Nothing was changed.`,
    badSite: (site: string, canonical: string | null): string =>
      canonical
        ? `“${site}” in this file is not a site name (Sourcelight would call it ${canonical}). Nothing was changed.`
        : `“${site}” in this file is not a site name. Nothing was changed.`,
    tooManySites: (found: number, max: number): string =>
      `This file has settings for ${found} sites; Sourcelight keeps at most ${max}. Nothing was changed.`,
    writeFailed: (why: string): string => `The settings could not be saved (${why}). Your previous settings were kept.`,
    done: (sites: number): string => `Settings imported (${n(sites, 'site', 'sites')}).`,
  },

  note: {
    heading: 'Some settings are kept on this device only',
    body: 'Your browser’s sync storage has limits. These settings didn’t fit, so they are saved on this device and are not synced to your other devices. Nothing was lost.',
    global: 'Defaults',
    reasons: {
      'item-too-large': 'too large to sync',
      'quota-bytes': 'sync storage is full',
      'max-items': 'too many synced items',
      'sync-error': 'sync refused the write',
      'sync-unavailable': 'sync is not available',
      'sync-remove-failed': 'removed here; sync refused the removal (tried again on the next change)',
    } satisfies Record<NoteReason, string>,
  },
};

export type SettingsStrings = typeof s;
