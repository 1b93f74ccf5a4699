// Checks a speedscope file against the file-format schema that the speedscope
// package ships, then replays each evented profile with the rules of
// speedscope's importer (frames exist, time never goes back, a close matches
// the innermost open frame, everything closes) and prints, as JSON, each
// profile's name and the summed open-to-close time per frame name.
import fs from 'node:fs';
import {createRequire} from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const schema = require('speedscope/dist/release/file-format-schema.json');
const file = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

const ajv = new Ajv({allErrors: true, strict: false});
const validate = ajv.compile(schema);
if (!validate(file)) {
  console.log(JSON.stringify({valid: false, errors: validate.errors}));
  process.exit(0);
}

const frames = file.shared.frames;
const profiles = [];
const errors = [];
for (const p of file.profiles) {
  const stack = [];
  const totals = {};
  let last = p.startValue;
  for (const e of p.events) {
    if (!frames[e.frame]) errors.push(`${p.name}: unknown frame ${e.frame}`);
    if (e.at < last) errors.push(`${p.name}: event at ${e.at} before ${last}`);
    last = e.at;
    if (e.type === 'O') {
      stack.push(e);
    } else {
      const open = stack.pop();
      if (!open || open.frame !== e.frame) { errors.push(`${p.name}: close of ${e.frame} does not match`); break; }
      const name = frames[e.frame].name;
      totals[name] = (totals[name] ?? 0) + (e.at - open.at);
    }
  }
  if (stack.length) errors.push(`${p.name}: ${stack.length} frames left open`);
  if (last > p.endValue) errors.push(`${p.name}: events after endValue`);
  profiles.push({name: p.name, unit: p.unit, endValue: p.endValue, events: p.events.length, totals});
}
console.log(JSON.stringify({valid: errors.length === 0, errors, profiles}));
