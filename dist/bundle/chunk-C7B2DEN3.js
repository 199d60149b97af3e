import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  __esm,
  __export
} from "./chunk-MYTUJWT6.js";

// src/cli/string-width.ts
var string_width_exports = {};
__export(string_width_exports, {
  default: () => stringWidth
});
function stringWidth(text, options = {}) {
  const plain = options.countAnsiEscapeCodes ? text : text.replace(ANSI, "");
  if (/^[\x20-\x7e]*$/.test(plain)) return plain.length;
  let width = 0;
  for (const ch of plain) {
    const code = ch.codePointAt(0);
    if (code < 32 || code >= 127 && code < 160 || COMBINING.test(ch)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}
var ANSI, COMBINING, WIDE;
var init_string_width = __esm({
  "src/cli/string-width.ts"() {
    ANSI = /\u001B\[[0-9;]*[A-Za-z]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;
    COMBINING = /[\p{Mn}\p{Me}\u200B-\u200F\uFE00-\uFE0F]/u;
    WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
  }
});

export {
  stringWidth,
  string_width_exports,
  init_string_width
};
