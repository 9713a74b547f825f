// Runs WXT. On a terminal, as is. Into a pipe or a file (CI's log, `npm run build > log`), WXT 0.21
// still draws its spinner (a frame every 80 ms, each a carriage return and a redraw, plus cursor
// hide/show codes): hundreds of frames per build in a log. Here each line of its output is kept as
// a terminal would finally show it (the text after the last carriage return), without the cursor
// codes. Exit code and stderr are WXT's own.
//   node scripts/wxt.mjs build [-b firefox] | zip [...]
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'wxt', 'bin', 'wxt.mjs');
const tty = Boolean(process.stdout.isTTY);
const child = spawn(process.execPath, [bin, ...process.argv.slice(2)], { stdio: ['inherit', tty ? 'inherit' : 'pipe', 'inherit'] });

const ESC = String.fromCharCode(27);

/** What a terminal would show of one line: the part after the last carriage return, no control codes. */
function settle(line) {
  const clean = line.replaceAll(`${ESC}[?25l`, '').replaceAll(`${ESC}[?25h`, '').replaceAll(`${ESC}[K`, '');
  const parts = clean.split('\r');
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i].trim() !== '') return parts[i];
  return '';
}

if (!tty && child.stdout) {
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const shown = settle(line);
      // A line that was only spinner frames and their erasure leaves nothing: drop it.
      if (shown !== '' || !line.includes('\r')) process.stdout.write(`${shown}\n`);
    }
  });
  child.stdout.on('end', () => {
    const shown = settle(pending);
    if (shown) process.stdout.write(`${shown}\n`);
  });
}
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
