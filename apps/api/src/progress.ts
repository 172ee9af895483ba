/** One updating line on a terminal; plain lines (one per step) when output is a file or CI log. */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr) {
  const tty = stream.isTTY;
  let lastKey = '';
  let lastPrinted = 0;
  return (label: string, done: number, total: number) => {
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    const width = 24;
    const filled = Math.round((pct / 100) * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${label} ${done}/${total}`;
    if (tty) {
      stream.write(`\r${bar.padEnd(100)}`);
      if (done >= total) stream.write('\n');
      return;
    }
    const now = Date.now();
    if (label !== lastKey || done >= total || now - lastPrinted > 2000) {
      stream.write(`${bar}\n`);
      lastKey = label;
      lastPrinted = now;
    }
  };
}
