// Plain Node (no TypeScript): scripts/build-wordpress.mjs reads the committed schema through it.
/**
 * The same schema in the draft-04 dialect that PHP's JSON Schema library (justinrainbow/json-schema,
 * bundled into the WordPress plugin) reads: numeric exclusiveMinimum, const and dependentRequired
 * spelled the old way.
 */
export function draft04(schema) {
  const walk = (v) => {
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== 'object' || v === null) return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === '$schema') out[k] = 'http://json-schema.org/draft-04/schema#';
      else if (k === 'exclusiveMinimum') Object.assign(out, { minimum: x, exclusiveMinimum: true });
      else if (k === 'const') out.enum = [x];
      else if (k === 'dependentRequired') out.dependencies = walk(x);
      else if (k === '$id') continue;
      else out[k] = walk(x);
    }
    return out;
  };
  return walk(schema);
}

