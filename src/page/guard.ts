// WXT stops an older copy of a content script when a new copy starts, through a DOM event that any
// page could forge to switch us off. Only an event sent while a new copy of ours is starting (the
// flag below, set before WXT builds the new copy's context and cleared in main) gets through.
// The flags live in the extension's isolated world, invisible to the page.

interface World {
  __sourcelightStarting?: boolean;
  __sourcelightSession?: boolean;
}

/** Call at the top of the content script, before WXT builds its context. */
export function guardStartEvent(win: Window, extensionId: string, world: World = globalThis as World): void {
  world.__sourcelightStarting = true;
  win.addEventListener(
    `${extensionId}:content:wxt:content-script-started`,
    (event) => {
      if (!world.__sourcelightStarting) event.stopImmediatePropagation();
    },
    true,
  );
}

/** Call first in main: from now on a "started" event is a forgery. */
export function startedUp(world: World = globalThis as World): void {
  world.__sourcelightStarting = false;
}

/**
 * Injected again from the popup (no site access) into a tab that already runs us: one session.
 * Returns false when a session already runs; otherwise claims it until `release` is called.
 */
export function claimSession(world: World = globalThis as World): { release: () => void } | null {
  if (world.__sourcelightSession) return null;
  world.__sourcelightSession = true;
  return {
    release: () => {
      world.__sourcelightSession = false;
    },
  };
}
