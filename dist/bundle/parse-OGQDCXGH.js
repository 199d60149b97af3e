import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  allowsTopLevelAwait,
  inComment,
  parseJs,
  syntaxErrorCount
} from "./chunk-4FRD6LAW.js";
import "./chunk-P5THIZUK.js";
import "./chunk-MYTUJWT6.js";
export {
  allowsTopLevelAwait,
  inComment,
  parseJs,
  syntaxErrorCount
};
