import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  bomBytes,
  encodeStrict
} from "./chunk-OERRJ6W6.js";

// src/fix/write.ts
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
var WriteError = class extends Error {
};
var reason = (e) => e.code ?? e.message;
var unchanged = (a, b) => a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
function writeAtomic(file, bytes, expectedOriginal) {
  let target;
  let before;
  let onDisk;
  try {
    target = fs.realpathSync(file);
    before = fs.statSync(target);
    if (!before.isFile()) throw new WriteError("not a regular file any more; not overwritten");
    onDisk = fs.readFileSync(target);
  } catch (e) {
    if (e instanceof WriteError) throw e;
    const code = e.code;
    throw new WriteError(code === "ENOENT" ? "file vanished before the fix was written" : `cannot write: ${reason(e)}`);
  }
  if (!onDisk.equals(expectedOriginal)) throw new WriteError("file changed on disk since it was read; not overwritten");
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.popenlint-${crypto.randomBytes(6).toString("hex")}.tmp`);
  let fd;
  let renamed = false;
  try {
    fd = fs.openSync(tmp, "wx", before.mode & 4095);
    fs.writeFileSync(fd, bytes);
    try {
      fs.fchownSync(fd, before.uid, before.gid);
    } catch {
    }
    fs.fchmodSync(fd, before.mode & 4095);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = void 0;
    if (!unchanged(before, fs.statSync(target))) throw new WriteError("file changed on disk while the fix was written; not overwritten");
    fs.renameSync(tmp, target);
    renamed = true;
  } catch (e) {
    if (fd !== void 0) {
      try {
        fs.closeSync(fd);
      } catch {
      }
    }
    throw e instanceof WriteError ? e : new WriteError(`cannot write: ${reason(e)}`);
  } finally {
    if (!renamed) {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
      }
    }
  }
  let dirFd;
  try {
    dirFd = fs.openSync(dir, "r");
    fs.fsyncSync(dirFd);
  } catch {
  } finally {
    if (dirFd !== void 0) fs.closeSync(dirFd);
  }
}
function writeDecoded(file, original, decoded, text, what = "fixed") {
  const fixed = encodeDecoded(decoded, text, what);
  writeAtomic(file, fixed, original);
}
function encodeDecoded(decoded, text, what = "fixed") {
  if (!decoded.lossless) throw new WriteError(`not ${what}: the file is not valid ${decoded.encoding}, so it could not be written back byte for byte`);
  const body = encodeStrict(text, decoded.encoding);
  if (!body) throw new WriteError(`not ${what}: the change cannot be encoded in the file's encoding (${decoded.encoding})`);
  return Buffer.concat([bomBytes(decoded), body]);
}

export {
  WriteError,
  writeAtomic,
  writeDecoded,
  encodeDecoded
};
