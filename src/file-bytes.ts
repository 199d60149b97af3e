import fs from 'node:fs';

/**
 * A regular file's bytes in a buffer that is reused, so reading the many files of a tree (the
 * prefilter's pass, the import targets the wrapper prefilter reads) allocates, and collects,
 * almost nothing: the bytes are valid until the next read with the same Reader. Null for
 * anything unusual (an error, a folder, a FIFO or device): the caller decides what that means.
 */
export class FileBytes {
  private buf = Buffer.allocUnsafe(1 << 20);

  read(abs: string): Buffer | null {
    let fd: number | undefined;
    try {
      // No stat first: a non-blocking open does not hang on a FIFO, and fstat then refuses it.
      fd = fs.openSync(abs, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0));
      // Read before any fstat: nearly every file of a tree fits the buffer, and a read that
      // returns less than asked, then nothing, is the whole file. Node 20's fstatSync makes a
      // Stats object with four Dates; over a Python install's 13,000 files it was a quarter of
      // the reading's CPU (issue 17). fstat still decides for an empty read (an empty file, or
      // a FIFO: null), a full buffer (a large file, or a device: null) and anything unusual.
      const first = fs.readSync(fd, this.buf, 0, this.buf.length, null);
      if (first > 0 && first < this.buf.length) {
        const more = fs.readSync(fd, this.buf, first, this.buf.length - first, null);
        if (more === 0) return this.buf.subarray(0, first);
        return this.rest(fd, first + more);
      }
      return this.rest(fd, first);
    } catch {
      return null;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  /** After `n` bytes read into the buffer: the rest of a regular file, null for anything else. */
  private rest(fd: number, n: number): Buffer | null {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return null;
    if (st.size >= this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(st.size + 1, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, n);
      this.buf = bigger;
    }
    return this.fill(fd, st.size, n);
  }

  /**
   * Reads on from `n` to the size fstat gave, as readFileSync does for a regular file
   * (readTarget): no further read only to learn the end. A size of 0 (a file of /proc) is read
   * to its end.
   */
  private fill(fd: number, size: number, n: number): Buffer {
    if (n === size && n < this.buf.length) return this.buf.subarray(0, n);
    for (;;) {
      const got = fs.readSync(fd, this.buf, n, this.buf.length - n, null);
      n += got;
      if (got === 0 || (n === size && n < this.buf.length)) return this.buf.subarray(0, n);
      if (n === this.buf.length) {
        // The file grew since fstat.
        const bigger = Buffer.allocUnsafe(this.buf.length * 2);
        this.buf.copy(bigger, 0, 0, n);
        this.buf = bigger;
      }
    }
  }
}
