// Loads a Chrome trace with Chrome DevTools' own trace model
// (@paulirish/trace_engine) and prints, as JSON, what it found per thread:
// name, number of events, summed durations (µs), per event name.
import fs from 'node:fs';
import * as Trace from '@paulirish/trace_engine';

// The engine expects a browser; DOMRect is the one global it needs in Node.
globalThis.DOMRect ??= class DOMRect {
  constructor(x = 0, y = 0, width = 0, height = 0) { Object.assign(this, {x, y, width, height}); }
};

const file = process.argv[2];
const json = JSON.parse(fs.readFileSync(file, 'utf8'));
const model = Trace.TraceModel.Model.createWithAllHandlers();
await model.parse(json.traceEvents);
const data = model.parsedTrace().data;

const threads = [];
for (const [pid, process] of data.Renderer.processes) {
  for (const [tid, thread] of process.threads) {
    const byName = {};
    let total = 0;
    for (const e of thread.entries) {
      const dur = Number(e.dur ?? 0);
      total += dur;
      const n = (byName[e.name] ??= {count: 0, dur_us: 0});
      n.count += 1;
      n.dur_us += dur;
    }
    threads.push({pid: Number(pid), tid: Number(tid), name: thread.name ?? null, events: thread.entries.length,
                  dur_us: total, byName});
  }
}
console.log(JSON.stringify({threads}));
