import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  buildWrapperIndex,
  importsJsWrapper,
  nearbyWrappers,
  wrapperCallees,
  wrapperInfo,
  wrappersOf
} from "./chunk-LHKM3PZK.js";
import "./chunk-4FRD6LAW.js";
import "./chunk-P5THIZUK.js";
import "./chunk-MYTUJWT6.js";
export {
  buildWrapperIndex,
  importsJsWrapper,
  nearbyWrappers,
  wrapperCallees,
  wrapperInfo,
  wrappersOf
};
