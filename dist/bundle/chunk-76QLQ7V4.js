import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);

// src/python/parse-limit.ts
var ParseLimitError = class extends Error {
};
function indentLevelBound(src) {
  const bytes = typeof src === "string" ? null : src;
  const text = typeof src === "string" ? src : "";
  const marked = [];
  let width = 0;
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < src.length; i++) {
    const c = bytes ? bytes[i] : text.charCodeAt(i);
    if (c === 32) width++;
    else if (c === 9) width += 8;
    else if (c === 10 || c === 13 || c === 12) {
      const continued = prev === 92 || c === 10 && prev === 13 && prev2 === 92;
      if (!continued) width = 0;
    } else if (c !== 92) {
      if (width > 0) {
        const w = width & 65535;
        if (SEEN[w] === 0) {
          SEEN[w] = 1;
          marked.push(w);
        }
      }
      width = 0;
    }
    prev2 = prev;
    prev = c;
  }
  for (const w of marked) SEEN[w] = 0;
  return marked.length;
}
var SEEN = new Uint8Array(65536);
var MAX_INDENT_LEVELS = 300;
function parseLimitReason(src) {
  const levels = indentLevelBound(src);
  return levels > MAX_INDENT_LEVELS ? `not parsed: ${levels} distinct indentation levels (Python allows 100; the parser breaks past ~380)` : null;
}

export {
  ParseLimitError,
  indentLevelBound,
  MAX_INDENT_LEVELS,
  parseLimitReason
};
