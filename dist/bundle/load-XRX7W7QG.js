import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  loadTs,
  ts
} from "./chunk-P5THIZUK.js";
import "./chunk-MYTUJWT6.js";
export {
  loadTs,
  ts
};
