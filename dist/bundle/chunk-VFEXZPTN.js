import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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

// src/python/parse-counts.ts
var parseCounts = { parses: 0, chars: 0 };

export {
  __commonJS,
  __toESM,
  ParseLimitError,
  indentLevelBound,
  MAX_INDENT_LEVELS,
  parseLimitReason,
  parseCounts
};
