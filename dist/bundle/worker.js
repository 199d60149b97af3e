import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  cacheFolderListings,
  crashed,
  lintTarget
} from "./chunk-OERRJ6W6.js";
import "./chunk-DX4X6SMG.js";
import "./chunk-4FRD6LAW.js";
import "./chunk-P5THIZUK.js";
import "./chunk-76QLQ7V4.js";
import "./chunk-MWCMMAC6.js";
import "./chunk-MYTUJWT6.js";

// src/pool/worker.ts
import { parentPort } from "node:worker_threads";
if (parentPort) {
  const port = parentPort;
  cacheFolderListings(true);
  port.on("message", async (m) => {
    const { task } = m;
    let reply;
    try {
      const r = await lintTarget({ path: task.path, abs: task.abs, language: task.language }, task.engine, void 0, task.prefiltered);
      const result = { path: r.path, language: r.language, findings: r.findings, diagnostics: r.diagnostics, parsed: r.parsed };
      if (r.decoded) result.decoded = r.decoded;
      if (r.errors) result.errors = r.errors;
      if (r.hidden) result.hidden = r.hidden;
      reply = { index: m.index, result };
      port.postMessage(reply);
    } catch (e) {
      reply = { index: m.index, result: crashed(task, e) };
      port.postMessage(reply);
    }
  });
}
