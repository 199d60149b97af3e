import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  buildWrapperIndex,
  exportName,
  importsJsWrapper,
  moduleFile,
  nearbyWrappers,
  relativeSpecifiers,
  wrapperCallees,
  wrapperInfo,
  wrappersOf
} from "./chunk-DX4X6SMG.js";
import "./chunk-4FRD6LAW.js";
import "./chunk-P5THIZUK.js";
import "./chunk-MYTUJWT6.js";
export {
  buildWrapperIndex,
  exportName,
  importsJsWrapper,
  moduleFile,
  nearbyWrappers,
  relativeSpecifiers,
  wrapperCallees,
  wrapperInfo,
  wrappersOf
};
