import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  GRAMMAR_WASM,
  parsePython,
  syntaxErrorCount
} from "./chunk-G2FR3DIH.js";
import "./chunk-JXRQURW6.js";
import {
  MAX_INDENT_LEVELS,
  ParseLimitError,
  indentLevelBound,
  parseLimitReason
} from "./chunk-76QLQ7V4.js";
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
