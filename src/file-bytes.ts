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
      const st = fs.fstatSync(fd);
      if (!st.isFile()) return null;
      if (st.size >= this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(st.size + 1, this.buf.length * 2));
      return this.fill(fd, st.size);
    } catch {
      return null;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  /**
   * Reads the size fstat gave, as readFileSync does for a regular file (readTarget): no second
   * read only to learn the end, a system call per file of a tree. A size of 0 (a file of
   * /proc) is read to its end.
   */
  private fill(fd: number, size: number): Buffer {
    let n = 0;
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
