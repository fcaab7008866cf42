/** A one-line progress display on stderr: redrawn in place on a terminal, sparse lines otherwise. */
import { formatBytes } from '../core/report/build-report.js';

export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  let lastPhase = '';
  let lastStep = -1;
  let lastDraw = 0;
  return {
    update(phase: string, done: number, total: number): void {
      const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
      const line = `${phase.padEnd(7)} ${String(pct).padStart(3)}%  ${formatBytes(done)} / ${formatBytes(total)}`;
      if (stream.isTTY) {
        const now = Date.now();
        if (now - lastDraw < 80 && pct < 100 && phase === lastPhase) return;
        lastDraw = now;
        stream.write(`\r\x1b[2K${line}`);
        if (pct === 100) stream.write('\n');
      } else {
        const step = Math.floor(pct / 25);
        if (phase === lastPhase && step === lastStep) return;
        stream.write(`${line}\n`);
        lastStep = step;
      }
      lastPhase = phase;
    },
  };
}
