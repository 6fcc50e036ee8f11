/**
 * Progress for long CLI runs: a bar redrawn in place on a terminal, else one line per interval
 * (logs and CI keep a readable record instead of thousands of carriage returns).
 */
export interface Progress {
  update(done: number, total?: number): void;
  finish(): { readonly done: number; readonly seconds: number; readonly perSecond: number };
}

export function progress(
  label: string,
  total: number,
  out: NodeJS.WritableStream & { isTTY?: boolean },
  intervalMs = 2_000,
  unit = 'events',
): Progress {
  const tty = out.isTTY === true;
  const started = performance.now();
  let done = 0;
  let lastLine = 0;
  const rate = (): number => {
    const seconds = (performance.now() - started) / 1000;
    return seconds > 0 ? done / seconds : 0;
  };
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
  const line = (): string => {
    const pct = total > 0 ? Math.min(100, (done / total) * 100) : 100;
    return `${label} ${pct.toFixed(1).padStart(5)}% ${fmt(done)}/${fmt(total)} ${unit} ${fmt(rate())} ${unit}/s`;
  };
  const draw = (): void => {
    if (tty) {
      const width = 30;
      const filled = total > 0 ? Math.round((Math.min(done, total) / total) * width) : width;
      out.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${line()}\x1b[K`);
    } else {
      out.write(`${line()}\n`);
    }
  };
  return {
    update(value, newTotal) {
      done = value;
      if (newTotal !== undefined) total = newTotal;
      const now = performance.now();
      // A terminal can take a redraw every 100 ms; a log file gets a line per interval.
      if (now - lastLine >= (tty ? 100 : intervalMs)) {
        lastLine = now;
        draw();
      }
    },
    finish() {
      draw();
      if (tty) out.write('\n');
      const seconds = (performance.now() - started) / 1000;
      return { done, seconds, perSecond: rate() };
    },
  };
}
