import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  GRAMMAR_WASM,
  parsePython,
  syntaxErrorCount
} from "./chunk-3OTG7GL4.js";
import "./chunk-JXRQURW6.js";
import {
  MAX_INDENT_LEVELS,
  ParseLimitError,
  indentLevelBound,
  parseLimitReason
} from "./chunk-5XE34YYZ.js";
import "./chunk-MYTUJWT6.js";
export {
  GRAMMAR_WASM,
  MAX_INDENT_LEVELS,
  ParseLimitError,
  indentLevelBound,
  parseLimitReason,
  parsePython,
  syntaxErrorCount
};
