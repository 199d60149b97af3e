/**
 * Stands in for the `string-width` package inside the CLI's bundle (scripts/bundle.js). yargs
 * lays out the help of the command being run on every run, shown or not, and string-width's
 * emoji regular expression alone costs some 50 ms to compile each time. Help text is ours and
 * ASCII; for anything else, code points minus combining marks, and two columns for East Asian
 * wide characters, is close enough for aligning columns.
 */
const ANSI = /\u001B\[[0-9;]*[A-Za-z]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;
const COMBINING = /[\p{Mn}\p{Me}\u200B-\u200F\uFE00-\uFE0F]/u;
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
export default function stringWidth(text, options = {}) {
    const plain = options.countAnsiEscapeCodes ? text : text.replace(ANSI, '');
    if (/^[\x20-\x7e]*$/.test(plain))
        return plain.length;
    let width = 0;
    for (const ch of plain) {
        const code = ch.codePointAt(0);
        if (code < 0x20 || (code >= 0x7f && code < 0xa0) || COMBINING.test(ch))
            continue;
        width += WIDE.test(ch) ? 2 : 1;
    }
    return width;
}
