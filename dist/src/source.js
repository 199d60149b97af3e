/**
 * Decoded text of one file with a line index. Offsets are UTF-16 code units (what JS strings
 * and tree-sitter's Node binding use); positions shown to users count code points.
 */
export class SourceText {
    text;
    lineStarts;
    constructor(text) {
        this.text = text;
        const starts = [0];
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            // A lone \r is a line break for Python's tokenizer too.
            if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))
                starts.push(i + 1);
        }
        this.lineStarts = starts;
    }
    /** 0-based line index containing offset. */
    lineIndex(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    position(offset) {
        const line = this.lineIndex(offset);
        const start = this.lineStarts[line];
        return { line: line + 1, column: codePointLength(this.text, start, offset) + 1 };
    }
    /** Text of a 0-based line without its line terminator. */
    lineText(line) {
        const start = this.lineStarts[line] ?? this.text.length;
        let end = this.lineStarts[line + 1] ?? this.text.length;
        while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r'))
            end--;
        return this.text.slice(start, end);
    }
    lineStart(offset) {
        return this.lineStarts[this.lineIndex(offset)];
    }
    /** The line terminator the file mostly uses, so inserted lines match it. */
    get newline() {
        const lf = this.text.indexOf('\n');
        if (lf < 0)
            return this.text.includes('\r') ? '\r' : '\n'; // old Mac files end lines with CR
        return lf > 0 && this.text[lf - 1] === '\r' ? '\r\n' : '\n';
    }
}
export function codePointLength(text, start, end) {
    let n = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
            const d = text.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff)
                i++;
        }
        n++;
    }
    return n;
}
