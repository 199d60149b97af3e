import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM,
  parseLimitReason
} from "./chunk-5W4BYILN.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE2 = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key2, value) => {
      Object.defineProperty(object, key2, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER2 = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER2}(\\d+)${PLACEHOLDER2}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER2 || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources2 = [];
      const hold = (source) => `${PLACEHOLDER2}${sources2.push(source) - 1}${PLACEHOLDER2}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE2) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources: sources2
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE2 : run,
        ESCAPE + SPACE2
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources: sources2 } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources2.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources2[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path24) => {
      const end = path24.length - 1;
      const index = path24.lastIndexOf(
        SLASH,
        path24[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path24 : path24.slice(index + 1);
    };
    var parentOf = (path24) => {
      if (path24.charCodeAt(0) === SLASH_CODE || path24.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path24.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path24.length - 1;
      const cut = path24.lastIndexOf(
        SLASH,
        path24.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path24.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key2 = UNDERSCORE + MODE_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_IGNORE, key2);
      }
      get checkRegex() {
        const key2 = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_CHECK_IGNORE, key2);
      }
      _make(mode, key2) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key2, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE2) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE2 : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE2 || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule14 = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule14) {
          this._added = true;
          this._rules.push(rule14);
          if (matchesBasename(rule14.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path24) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule14 = rules[index];
          if (rule14.checkRegex.test(path24)) {
            ignored = !rule14.negative;
            unignored = rule14.negative;
            matchedRule = rule14.negative ? UNDEFINED : rule14;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path24, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path24) : path24;
        for (let index = length - 1; index >= 0; index--) {
          const rule14 = rules[index];
          if (rule14[mode].test(
            shortcut && rule14._basenameOnly ? basename : path24
          )) {
            const { negative } = rule14;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule14;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message2, Ctor) => {
      throw new Ctor(message2);
    };
    var checkPath = (path24, originalPath, doThrow) => {
      if (!isString(path24)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path24) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path24)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path24) => {
      const first = path24.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path24.length === 1) {
        return true;
      }
      const second = path24.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path24.length === 2 || path24.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache3, path24) {
        checkPath(
          path24,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path24 ? this._t(path24, cache3) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path24 = convertPath(target);
        if (!path24 || path24.charCodeAt(path24.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path24);
        }
        const dir = this._t(path24, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path24);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path24, cache3) {
        const cached = cache3[path24];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path24);
        const parent = parentPath ? this._t(parentPath, cache3) : UNDEFINED;
        return cache3[path24] = parent && parent.ignored ? parent : this._rules.test(path24, MODE_IGNORE);
      }
      ignores(path24) {
        return this._test(path24, this._ignoreCache, convertPath(path24)).ignored;
      }
      createFilter() {
        return (path24) => !this.ignores(path24);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path24) {
        return this._test(path24, this._testCache, convertPath(path24));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path24) => checkPath(convertPath(path24), path24, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path24) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path24) || isNotRelative(path24);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/pool/worker.ts
import { parentPort } from "node:worker_threads";

// src/read.ts
import fs21 from "node:fs";

// src/engine.ts
import fs20 from "node:fs";
import path23, { resolve as resolvePath } from "node:path";

// src/code-cache.ts
import { isAscii } from "node:buffer";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
function cacheDir() {
  if (typeof process.getuid !== "function" || process.env.POPENLINT_NO_CACHE) return null;
  const dir = path.join(os.tmpdir(), `popenlint-${process.getuid()}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 448 });
    const st = fs.lstatSync(dir);
    return st.isDirectory() && st.uid === process.getuid() && (st.mode & 63) === 0 ? dir : null;
  } catch {
    return null;
  }
}
var STATE = /* @__PURE__ */ Symbol.for("popenlint.code-cache");
var state = globalThis[STATE] ??= { loaded: [], used: /* @__PURE__ */ new Set(), writesAtExit: false };
function codeCacheUses(part) {
  state.used.add(part);
}
var HEADER = "popenlint-code-cache 1 ";
function readCache(bytes) {
  if (bytes.toString("latin1", 0, HEADER.length) !== HEADER) return null;
  const nl = bytes.indexOf(10, HEADER.length);
  if (nl < 0 || nl > 1024) return null;
  const list = bytes.toString("latin1", HEADER.length, nl);
  return { made: new Set(list ? list.split(",") : []), data: bytes.subarray(nl + 1) };
}
function partsToWrite(l) {
  const want = new Set(l.made ?? []);
  for (const part of state.used) if (!l.parts || l.parts.includes(part)) want.add(part);
  return !l.made || want.size > l.made.size ? want : null;
}
function removeStale(l) {
  const dir = path.dirname(l.file);
  const own = path.basename(l.file);
  for (const name of fs.readdirSync(dir)) {
    if (name !== own && name.startsWith(l.stale.prefix) && name.endsWith(l.stale.suffix)) fs.rmSync(path.join(dir, name), { force: true });
  }
}
var OPTIMIZING_TIER = "--no-liftoff-only --wasm-dynamic-tiering --wasm-tier-up";
var TOGGLED_FLAGS = ["--liftoff-only", OPTIMIZING_TIER];
function writeAtExit() {
  const writes = state.loaded.map((l) => ({ l, parts: partsToWrite(l) })).filter((w) => w.parts);
  state.loaded = [];
  const v8 = process.getBuiltinModule("node:v8");
  for (const flags of [null, ...TOGGLED_FLAGS]) {
    if (!writes.length) return;
    if (flags) v8.setFlagsFromString(flags);
    const tag = v8.cachedDataVersionTag();
    for (const w of writes.filter((x) => x.l.tag === tag)) {
      writes.splice(writes.indexOf(w), 1);
      try {
        const tmp = `${w.l.file}.${process.pid}.tmp`;
        const header = Buffer.from(`${HEADER}${[...w.parts].sort().join(",")}
`, "latin1");
        fs.writeFileSync(tmp, Buffer.concat([header, w.l.script.createCachedData()]), { mode: 384 });
        fs.renameSync(tmp, w.l.file);
        removeStale(w.l);
      } catch {
      }
    }
  }
}
function pathHash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
function requireWithCodeCache(file, parts) {
  const dir = cacheDir();
  if (!dir) return null;
  const { Script } = process.getBuiltinModule("node:vm");
  const { wrap } = process.getBuiltinModule("node:module");
  const st = fs.statSync(file);
  const tag = process.getBuiltinModule("node:v8").cachedDataVersionTag();
  const safe = (text2) => text2.replace(/[^\w.-]/g, "_");
  const stale = { prefix: `${safe(path.basename(file))}-${pathHash(path.dirname(file))}-`, suffix: `-${safe(`${process.version}-${process.arch}-${tag}`)}.v8cache` };
  const key2 = `${stale.prefix}${st.size}-${Math.floor(st.mtimeMs)}${stale.suffix}`;
  const cacheFile = path.join(dir, key2);
  let cache3 = null;
  try {
    cache3 = readCache(fs.readFileSync(cacheFile));
  } catch {
    cache3 = null;
  }
  const bytes = fs.readFileSync(file);
  const text = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  const script = new Script(wrap(text), { filename: file, cachedData: cache3?.data });
  if (!state.writesAtExit) process.once("exit", writeAtExit);
  state.writesAtExit = true;
  state.loaded.push({ script, file: cacheFile, tag, stale, made: cache3 && !script.cachedDataRejected ? cache3.made : null, parts: parts ?? null });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

// src/encoding.ts
import { createRequire as createRequire2 } from "node:module";
var UTF8_BOM = Buffer.from([239, 187, 191]);
var CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
var ALIASES = {
  utf8: "utf-8",
  "utf8-sig": "utf-8",
  u8: "utf-8",
  ascii: "utf-8",
  "us-ascii": "utf-8",
  latin1: "latin1",
  "iso8859-1": "latin1",
  l1: "latin1",
  cp936: "gbk",
  gb2312: "gbk",
  "euc-cn": "gbk"
};
function declaredPythonEncoding(buf) {
  let lineStart = 0;
  for (let line = 0; line < 2 && lineStart < buf.length; line++) {
    let end = lineStart;
    while (end < buf.length && buf[end] !== 10 && buf[end] !== 13) end++;
    const text = buf.subarray(lineStart, Math.min(end, lineStart + 200)).toString("latin1");
    const m = CODING_RE.exec(text);
    if (m) return m[1].toLowerCase();
    if (!/^[ \t\f]*(#.*)?$/.test(text)) break;
    lineStart = buf[end] === 13 && buf[end + 1] === 10 ? end + 2 : end + 1;
  }
  return null;
}
var iconvLite;
function iconv() {
  return iconvLite ??= createRequire2(import.meta.url)("iconv-lite");
}
var ASCII = Buffer.from(Array.from({ length: 128 }, (_, i) => i));
var asciiCompatible = /* @__PURE__ */ new Map();
function normalizeEncoding(name) {
  const lower = name.toLowerCase().replace(/_/g, "-");
  if (/^utf-8(-|$)/.test(lower)) return "utf-8";
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(lower)) return "latin1";
  const canonical2 = ALIASES[lower] ?? lower;
  if (canonical2 === "utf-8") return "utf-8";
  if (!iconv().encodingExists(canonical2)) return null;
  let ok = asciiCompatible.get(canonical2);
  if (ok === void 0) {
    const ascii = ASCII.toString("latin1");
    ok = iconv().decode(ASCII, canonical2) === ascii && iconv().encode(ascii, canonical2).equals(ASCII);
    asciiCompatible.set(canonical2, ok);
  }
  return ok ? canonical2 : null;
}
var EncodingError = class extends Error {
};
function decode(buf, language) {
  const bom = buf.subarray(0, 3).equals(UTF8_BOM);
  const body = bom ? buf.subarray(3) : buf;
  let encoding = "utf-8";
  if (language === "python" && !bom) {
    const declared2 = declaredPythonEncoding(buf);
    if (declared2) {
      const normalized = normalizeEncoding(declared2);
      if (!normalized) throw new EncodingError(`unknown or unsupported encoding '${declared2}' in coding declaration`);
      encoding = normalized;
    }
  }
  if (encoding === "utf-8") {
    try {
      const text2 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
      return { text: text2, encoding, bom, lossless: true };
    } catch {
      const text2 = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
      return { text: text2, encoding, bom, lossless: false };
    }
  }
  const text = iconv().decode(body, encoding, { stripBOM: false });
  const lossless = iconv().encode(text, encoding).equals(body);
  return { text, encoding, bom, lossless };
}

// src/folder-listing.ts
import fs2 from "node:fs";
import path2 from "node:path";
var listings = null;
var NOTHING = /* @__PURE__ */ new Map();
function cacheFolderListings(on) {
  listings = on ? listings ?? new Map(walked) : null;
  walked.clear();
}
var walked = /* @__PURE__ */ new Map();
function folderListing(dir) {
  if (!listings) return null;
  let hit = listings.get(dir);
  if (hit !== void 0) return hit;
  const parent = path2.dirname(dir);
  const above = parent === dir ? null : folderListing(parent);
  const entry = above?.get(path2.basename(dir));
  if (above && (!entry || !(entry.isDirectory() || entry.isSymbolicLink()))) hit = NOTHING;
  else {
    try {
      hit = new Map(fs2.readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, e]));
    } catch (e) {
      const code2 = e.code;
      hit = code2 === "ENOENT" || code2 === "ENOTDIR" ? NOTHING : null;
    }
  }
  listings.set(dir, hit);
  return hit;
}
function entryExists(dir, name) {
  const list = folderListing(dir);
  if (!list) return fs2.existsSync(path2.join(dir, name));
  const e = list.get(name);
  return !!e && (!e.isSymbolicLink() || fs2.existsSync(path2.join(dir, name)));
}
function isFile(file) {
  const list = folderListing(path2.dirname(file));
  const e = list?.get(path2.basename(file));
  if (list && (!e || !e.isSymbolicLink())) return !!e && e.isFile();
  try {
    return fs2.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

// src/knowledge/targets.ts
var DEFAULT_TARGET = { min: [3, 10], max: null, source: "default (CPython 3.10+, the versions still supported)" };
var PYTHON2_SYNTAX_TARGET = { min: [2, 7], max: [2, 7], source: "Python 2 syntax in the file" };
function compareVersions(a, b) {
  return a[0] - b[0] || a[1] - b[1];
}
function targetIncludes(target, lo, hi) {
  const belowHi = hi === null || compareVersions(target.min, hi) <= 0;
  const aboveLo = target.max === null || compareVersions(target.max, lo) >= 0;
  return belowHi && aboveLo;
}
function includesPython2(target) {
  return target.min[0] <= 2;
}
function includesBefore(target, v) {
  return compareVersions(target.min, v) < 0;
}
function formatVersion(v) {
  return `${v[0]}.${v[1]}`;
}
function describeTarget(target) {
  if (target.max === null) return `Python ${formatVersion(target.min)}+`;
  if (compareVersions(target.min, target.max) === 0) return `Python ${formatVersion(target.min)}`;
  return `Python ${formatVersion(target.min)}\u2013${formatVersion(target.max)}`;
}
function fromShebang(text) {
  const first = /^(?:\uFEFF)?#!([^\r\n]*)/.exec(text)?.[1];
  if (!first) return null;
  const m = /\bpython(2(?:\.\d+)?)\b/.exec(first);
  return m ? { min: [2, 7], max: [2, 7], source: "a python2 shebang" } : null;
}

// src/python/project.ts
import fs3 from "node:fs";
import path3 from "node:path";
var STDLIB_STARS = {
  os: ["popen", "popen2", "popen3", "popen4", "system"],
  subprocess: ["Popen", "PIPE", "DEVNULL", "STDOUT", "call", "run"],
  popen2: ["popen2", "popen3", "popen4", "Popen3", "Popen4"],
  platform: ["popen"]
};
var cache = /* @__PURE__ */ new Map();
function ownCopy(s) {
  return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
}
var MAX_BYTES = 1 << 20;
var resolved = /* @__PURE__ */ new Map();
var lastFile = "";
var lastDir = "";
function folderOf(fromFile) {
  if (fromFile !== lastFile || !path3.isAbsolute(fromFile)) {
    lastDir = path3.dirname(path3.resolve(fromFile));
    lastFile = fromFile;
  }
  return lastDir;
}
function resolveModule(fromFile, moduleName2) {
  return resolveFrom(folderOf(fromFile), moduleName2);
}
function resolveFrom(dir, moduleName2) {
  let inDir = resolved.get(dir);
  if (!inDir) resolved.set(dir, inDir = /* @__PURE__ */ new Map());
  let hit = inDir.get(moduleName2);
  if (hit === void 0) {
    hit = resolveUncached(dir, moduleName2);
    inDir.set(moduleOf(moduleName2).name, hit);
  }
  return hit;
}
var modules = /* @__PURE__ */ new Map();
function moduleOf(moduleName2) {
  let hit = modules.get(moduleName2);
  if (!hit) {
    const name = ownCopy(moduleName2);
    const dots = /^\.*/.exec(name)[0].length;
    hit = { name, dots, parts: name.slice(dots).split(".").filter(Boolean) };
    modules.set(name, hit);
  }
  return hit;
}
function resolveUncached(dir, moduleName2) {
  const { dots, parts } = moduleOf(moduleName2);
  const candidates = (base) => {
    const stem = path3.join(base, ...parts);
    return parts.length ? [`${stem}.py`, path3.join(stem, "__init__.py")] : [path3.join(base, "__init__.py")];
  };
  if (dots > 0) {
    for (let i = 1; i < dots; i++) dir = path3.dirname(dir);
    return candidates(dir).find(isFile) ?? null;
  }
  const list = folderListing(dir);
  const found = list && !list.has(parts[0]) && (parts.length > 1 || !list.has(`${parts[0]}.py`)) ? void 0 : candidates(dir).find(isFile);
  if (found) return found;
  const parent = path3.dirname(dir);
  if (parent === dir || entryExists(dir, ".git")) return null;
  return resolveFrom(parent, moduleName2);
}
function mayHoldSubmodules(fromFile, moduleName2) {
  const dir = folderOf(fromFile);
  let inDir = packages.get(dir);
  if (!inDir) packages.set(dir, inDir = /* @__PURE__ */ new Map());
  let hit = inDir.get(moduleName2);
  if (hit === void 0) inDir.set(moduleOf(moduleName2).name, hit = packageFolderExists(dir, moduleName2));
  return hit;
}
var packages = /* @__PURE__ */ new Map();
function packageFolderExists(dir, moduleName2) {
  const { dots, parts } = moduleOf(moduleName2);
  const folder = (base) => {
    if (!parts.length) return true;
    const e = folderListing(base)?.get(parts[0]);
    if (folderListing(base) && !(e && (e.isDirectory() || e.isSymbolicLink()))) return false;
    const list = folderListing(path3.join(base, ...parts));
    return list !== NOTHING;
  };
  if (dots > 0) {
    for (let i = 1; i < dots; i++) dir = path3.dirname(dir);
    return folder(dir);
  }
  for (let base = dir; ; base = path3.dirname(base)) {
    if (folder(base)) return true;
    if (path3.dirname(base) === base || entryExists(base, ".git")) return false;
  }
}
function starExports(fromFile, moduleName2, depth = 0) {
  if (STDLIB_STARS[moduleName2]) return new Map(STDLIB_STARS[moduleName2].map((n) => [n, `${moduleName2}.${n}`]));
  const file = resolveModule(fromFile, moduleName2);
  if (!file || depth > 3) return null;
  if (cache.has(file)) return cache.get(file);
  cache.set(file, null);
  let text;
  try {
    const fd = fs3.openSync(file, "r");
    const buf = Buffer.alloc(Math.min(fs3.fstatSync(fd).size, MAX_BYTES));
    fs3.readSync(fd, buf, 0, buf.length, 0);
    fs3.closeSync(fd);
    text = buf.toString("utf8");
  } catch {
    return null;
  }
  const out = /* @__PURE__ */ new Map();
  for (const m of text.matchAll(/^import[ \t]+([^\n#;]+)/gm)) {
    for (const item of m[1].split(",")) {
      const [name, alias] = item.trim().split(/\s+as\s+/);
      if (!name) continue;
      if (alias) out.set(ownCopy(alias.trim()), ownCopy(name.trim()));
      else out.set(ownCopy(name.trim().split(".")[0]), ownCopy(name.trim().split(".")[0]));
    }
  }
  for (const m of text.matchAll(/^from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)/gm)) {
    const source = m[1];
    const names = m[2].replace(/[()\\\n]/g, " ").trim();
    if (names === "*") {
      for (const [k, v] of starExports(file, source, depth + 1) ?? []) out.set(k, v);
      continue;
    }
    if (source.startsWith(".")) continue;
    for (const item of names.split(",")) {
      const [name, alias] = item.trim().split(/\s+as\s+/);
      if (name) out.set(ownCopy((alias ?? name).trim()), `${source}.${name.trim()}`);
    }
  }
  const listed = allNames(text);
  for (const k of [...out.keys()]) if (k.startsWith("_") || listed && !listed.has(k)) out.delete(k);
  cache.set(file, out);
  return out;
}
function allNames(text) {
  const m = /^__all__[ \t]*(?::[^=\n]*)?=[ \t]*[[(]([^\])]*)[\])]/m.exec(text);
  if (m) return new Set([...m[1].matchAll(/['"](\w+)['"]/g)].map((x) => ownCopy(x[1])));
  return /^__all__\b/m.test(text) ? /* @__PURE__ */ new Set() : null;
}

// src/python/wrapper-prefilter.ts
import fs6 from "node:fs";

// src/file-bytes.ts
import fs4 from "node:fs";
var FileBytes = class {
  buf = Buffer.allocUnsafe(1 << 20);
  read(abs) {
    let fd;
    try {
      fd = fs4.openSync(abs, fs4.constants.O_RDONLY | (fs4.constants.O_NONBLOCK ?? 0) | (fs4.constants.O_NOCTTY ?? 0));
      const st = fs4.fstatSync(fd);
      if (!st.isFile()) return null;
      if (st.size >= this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(st.size + 1, this.buf.length * 2));
      return this.fill(fd, st.size);
    } catch {
      return null;
    } finally {
      if (fd !== void 0) fs4.closeSync(fd);
    }
  }
  /**
   * Reads the size fstat gave, as readFileSync does for a regular file (readTarget): no second
   * read only to learn the end, a system call per file of a tree. A size of 0 (a file of
   * /proc) is read to its end.
   */
  fill(fd, size) {
    let n = 0;
    for (; ; ) {
      const got = fs4.readSync(fd, this.buf, n, this.buf.length - n, null);
      n += got;
      if (got === 0 || n === size && n < this.buf.length) return this.buf.subarray(0, n);
      if (n === this.buf.length) {
        const bigger = Buffer.allocUnsafe(this.buf.length * 2);
        this.buf.copy(bigger, 0, 0, n);
        this.buf = bigger;
      }
    }
  }
};

// src/python/project-imports.ts
import fs5 from "node:fs";

// src/python/binding.ts
var SCOPE_TYPES = { function_definition: "function", class_definition: "class", lambda: "lambda" };
var PATTERN_NODES = /* @__PURE__ */ new Set(["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "parenthesized_expression", "expression_list", "list_splat_pattern", "list_splat"]);
var PARAM_NODES = /* @__PURE__ */ new Set(["parameters", "lambda_parameters", "default_parameter", "typed_parameter", "typed_default_parameter", "list_splat_pattern", "dictionary_splat_pattern", "tuple_pattern"]);
function classifyOccurrence(id, inExceptClause = exceptAbove) {
  const parent = id.parent;
  if (!parent) return null;
  const inExcept = () => inExceptClause(parent);
  const parentType = parent.type;
  switch (parentType) {
    case "attribute":
      return parent.childForFieldName("attribute")?.id === id.id ? null : "load";
    case "keyword_argument":
      return parent.childForFieldName("name")?.id === id.id ? null : "load";
    case "global_statement":
      return "global";
    case "nonlocal_statement":
      return null;
    case "dotted_name": {
      const stmt = parent.parent;
      if (!stmt) return null;
      if (stmt.type === "import_statement" && parent.namedChildren[0]?.id === id.id) {
        return { kind: "import", qualified: id.text, inExcept: inExcept() };
      }
      if (stmt.type === "aliased_import") return null;
      if (stmt.type === "import_from_statement" && stmt.childForFieldName("module_name")?.id !== parent.id && parent.namedChildren.at(-1)?.id === id.id) {
        const moduleNode = stmt.childForFieldName("module_name");
        if (moduleNode?.type !== "dotted_name") return { kind: "other", inExcept: inExcept() };
        return { kind: "import", qualified: `${moduleNode.text.replace(/\s+/g, "")}.${parent.text}`, inExcept: inExcept() };
      }
      return null;
    }
    case "aliased_import": {
      if (parent.childForFieldName("alias")?.id !== id.id) return null;
      const dotted = parent.childForFieldName("name");
      const stmt = parent.parent;
      if (!dotted || !stmt) return null;
      if (stmt.type === "import_statement") return { kind: "import", qualified: dotted.text.replace(/\s+/g, ""), inExcept: inExcept() };
      const moduleNode = stmt.childForFieldName("module_name");
      if (moduleNode?.type !== "dotted_name") return { kind: "other", inExcept: inExcept() };
      return { kind: "import", qualified: `${moduleNode.text.replace(/\s+/g, "")}.${dotted.text}`, inExcept: inExcept() };
    }
    case "function_definition":
    case "class_definition":
      return parent.childForFieldName("name")?.id === id.id ? { kind: "other", inExcept: inExcept() } : "load";
    case "named_expression":
      return parent.childForFieldName("name")?.id === id.id ? { kind: "other", inExcept: inExcept() } : "load";
    case "as_pattern_target": {
      const as = parent.parent;
      return { kind: "other", value: as?.namedChildren[0], inExcept: inExcept() };
    }
    case "except_clause": {
      const values = parent.childrenForFieldName("value");
      return values.length === 2 && values[1].id === id.id ? { kind: "other", inExcept: true } : "load";
    }
    case "delete_statement":
      return "load";
  }
  if (PARAM_NODES.has(parentType)) {
    if (parentType === "default_parameter" || parentType === "typed_default_parameter") {
      return parent.childForFieldName("name")?.id === id.id ? { kind: "param", inExcept: false } : "load";
    }
    if (parentType === "typed_parameter") return parent.namedChildren[0]?.id === id.id ? { kind: "param", inExcept: false } : "load";
    if (parentType === "parameters" || parentType === "lambda_parameters" || inParameters(parent)) return { kind: "param", inExcept: false };
  }
  let target = id;
  let up = parent;
  let upType = parentType;
  while (up && PATTERN_NODES.has(upType)) {
    target = up;
    up = up.parent;
    upType = up?.type ?? "";
  }
  if (!up) return "load";
  if ((upType === "assignment" || upType === "augmented_assignment") && up.childForFieldName("left")?.id === target.id) {
    const plain = upType === "assignment" && target.id === id.id;
    return plain ? { kind: "assign", value: up.childForFieldName("right") ?? void 0, inExcept: inExcept() } : { kind: "other", inExcept: inExcept() };
  }
  if ((upType === "for_statement" || upType === "for_in_clause") && up.childForFieldName("left")?.id === target.id) return { kind: "other", inExcept: inExcept() };
  return "load";
}
function exceptAbove(from) {
  for (let n = from; n; n = n.parent) {
    const type = n.type;
    if (type in SCOPE_TYPES) return false;
    if (type === "except_clause") return true;
  }
  return false;
}
function inParameters(node) {
  for (let n = node; n && PARAM_NODES.has(n.type); n = n.parent) {
    if (n.type === "parameters" || n.type === "lambda_parameters") return true;
  }
  return false;
}
function placeholder(b) {
  if (b.kind === "assign") return b.value?.type === "none";
  const pattern = b.node.parent;
  const assignment = pattern?.parent;
  if (pattern?.type !== "pattern_list" && pattern?.type !== "tuple_pattern" || assignment?.type !== "assignment" || assignment.childForFieldName("left")?.id !== pattern.id) return false;
  const right = assignment.childForFieldName("right");
  const index = pattern.namedChildren.findIndex((c) => c.id === b.node.id);
  return (right?.type === "expression_list" || right?.type === "tuple") && right.namedChildren.length === pattern.namedChildren.length && right.namedChildren[index]?.type === "none";
}

// src/python/semantic.ts
function starExports2(qualifiedNames) {
  const out = /* @__PURE__ */ new Map();
  for (const q of qualifiedNames) {
    const dot = q.lastIndexOf(".");
    if (dot <= 0) continue;
    const module = q.slice(0, dot);
    let names = out.get(module);
    if (!names) out.set(module, names = /* @__PURE__ */ new Set());
    names.add(q.slice(dot + 1));
  }
  return out;
}
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var PythonModel = class {
  /**
   * `text` is the whole source the tree was parsed from. Node offsets index that text; the
   * root node's own text starts at the first token (a leading blank line or comment is not in
   * it), so searching it would shift every offset. `starTable` says what `from M import *`
   * binds (see starExports). `starModule(name)`: what `from name import *` binds when `name` is
   * a module of the project (name -> qualified name), or null; lets `from src.core import *`
   * bring `subprocess` in. `coverage`: the tree holds only some top-level statements
   * (partial.ts); a name found in the text outside them throws NeedsWiderParse, so that no
   * answer rests on text not parsed.
   */
  constructor(tree, text, starTable = /* @__PURE__ */ new Map(), starModule = null, coverage) {
    this.tree = tree;
    this.starTable = starTable;
    this.starModule = starModule;
    this.coverage = coverage;
    this.text = text;
    this.module = { kind: "module", node: tree.rootNode, id: tree.rootNode.id };
    this.scopes.set(this.module.id, this.module);
  }
  tree;
  starTable;
  starModule;
  coverage;
  module;
  /** The whole source: node offsets index it (the root node's text may start later). */
  text;
  names = /* @__PURE__ */ new Map();
  scopes = /* @__PURE__ */ new Map();
  scopeOfCache = /* @__PURE__ */ new Map();
  stars = null;
  occurrenceCache = /* @__PURE__ */ new Map();
  aliasCache = /* @__PURE__ */ new Map();
  /** Identifier nodes spelled `name`, found from the text. */
  occurrences(name) {
    const cached = this.occurrenceCache.get(name);
    if (cached) return cached;
    const out = [];
    this.occurrenceCache.set(name, out);
    const re = new RegExp(`(?<![\\w\\u0080-\\uffff])${escapeRe(name)}(?![\\w\\u0080-\\uffff])`, "g");
    const root = this.tree.rootNode;
    const matches = [...this.text.matchAll(re)].map((m) => m.index);
    this.coverage?.requireAll(matches);
    for (const index of matches) {
      const node = root.descendantForIndex(index, index + name.length);
      if (node?.type === "identifier" && node.startIndex === index) out.push(node);
    }
    return out;
  }
  scopeFor(node) {
    const id = node.id;
    let scope = this.scopes.get(id);
    if (!scope) {
      scope = { kind: SCOPE_TYPES[node.type], node, id };
      this.scopes.set(id, scope);
    }
    return scope;
  }
  /**
   * The innermost scope whose code contains node. Every node the walk passes on its way up
   * (all but a scope it enters by its body or parameters) has the answer of the node it started
   * from, since the rest of the walk is the same from there: each is cached, and the walk from
   * another identifier of the same statement or block stops at the first of them.
   */
  scopeOf(node) {
    const cached = this.scopeOfCache.get(node.id);
    if (cached) return cached;
    let result = this.module;
    const passed = [node.id];
    let child = node;
    let childType = null;
    for (let n = node.parent; n; child = n, n = n.parent) {
      const type = n.type;
      if (type in SCOPE_TYPES) {
        childType ??= child.type;
        const field = childType === "block" || childType === "parameters" || childType === "lambda_parameters" || type === "lambda" && child.id === n.childForFieldName("body")?.id;
        if (field) {
          result = this.scopeFor(n);
          break;
        }
      }
      const known = this.scopeOfCache.get(n.id);
      if (known) {
        result = known;
        break;
      }
      passed.push(n.id);
      childType = type;
    }
    for (const id of passed) this.scopeOfCache.set(id, result);
    return result;
  }
  exceptCache = /* @__PURE__ */ new Map();
  /**
   * binding.ts's exceptAbove, cached like scopeOf: each node the walk passes has the answer of
   * the node it started from (the bindings of a name in one block share their walk up).
   */
  inExceptClause = (from) => {
    const passed = [];
    let result = false;
    for (let n = from; n; n = n.parent) {
      const known = this.exceptCache.get(n.id);
      if (known !== void 0) {
        result = known;
        break;
      }
      passed.push(n.id);
      const type = n.type;
      if (type in SCOPE_TYPES) break;
      if (type === "except_clause") {
        result = true;
        break;
      }
    }
    for (const id of passed) this.exceptCache.set(id, result);
    return result;
  };
  /** The parent scope, skipping nothing: class scopes are skipped by lookup. */
  parentScope(scope) {
    return scope.kind === "module" ? null : this.scopeOf(scope.node);
  }
  info(name) {
    let info = this.names.get(name);
    if (info) return info;
    info = { bindings: [], loads: [], globals: /* @__PURE__ */ new Set() };
    for (const id of this.occurrences(name)) {
      const c = classifyOccurrence(id, this.inExceptClause);
      if (c === "load") info.loads.push(id);
      else if (c === "global") info.globals.add(this.scopeOf(id).id);
      else if (c) info.bindings.push({ ...c, name, node: id, scope: this.scopeOf(id) });
    }
    if (info.globals.size) {
      for (const b of info.bindings) if (info.globals.has(b.scope.id)) b.scope = this.module;
    }
    this.names.set(name, info);
    return info;
  }
  isBinding(node) {
    return node.type === "identifier" && this.info(node.text).bindings.some((b) => b.node.id === node.id);
  }
  starImports() {
    if (!this.stars) {
      this.stars = [];
      const modules2 = [...this.starTable.keys()].map(escapeRe).join("|");
      if (!modules2) return this.stars;
      const matches = [...this.text.matchAll(new RegExp(`\\bfrom\\s+(${modules2})\\s+import\\s+\\*`, "g"))];
      this.coverage?.requireAll(matches.map((m) => m.index));
      for (const m of matches) {
        const node = this.tree.rootNode.descendantForIndex(m.index, m.index + 4);
        if (node?.parent?.type === "import_from_statement" && this.scopeOf(node) === this.module) this.stars.push(m[1]);
      }
    }
    return this.stars;
  }
  projectStars = null;
  // Ex) from src.core import *  (src/core.py: import subprocess)
  projectStar(name) {
    if (!this.starModule) return null;
    if (!this.projectStars) {
      this.projectStars = [];
      for (const m of this.text.matchAll(/^from[ \t]+([\w.]+)[ \t]+import[ \t]+\*/gm)) {
        if (this.starTable.has(m[1])) continue;
        const node = this.tree.rootNode.descendantForIndex(m.index, m.index + 4);
        if (node?.parent?.type !== "import_from_statement") continue;
        const exports = this.starModule(m[1]);
        if (exports) this.projectStars.push(exports);
      }
    }
    for (const exports of this.projectStars) {
      const q = exports.get(name);
      if (q) return q;
    }
    return null;
  }
  /** The scope a name used in `from` refers to and the bindings it has there (LEGB). */
  lookup(name, from) {
    const info = this.info(name);
    let scope = info.globals.has(from.id) ? this.module : from;
    let first = true;
    while (scope) {
      if (first || scope.kind !== "class") {
        if (!info.byScope) {
          info.byScope = /* @__PURE__ */ new Map();
          for (const b of info.bindings) {
            const list = info.byScope.get(b.scope.id);
            if (list) list.push(b);
            else info.byScope.set(b.scope.id, [b]);
          }
        }
        const bindings = [...info.byScope.get(scope.id) ?? []];
        if (bindings.length) return { scope, bindings };
        if (scope === this.module) {
          const star = this.starImports().find((m) => this.starTable.get(m)?.has(name));
          if (star) return { scope, bindings: [{ name, kind: "import", qualified: `${star}.${name}`, node: scope.node, inExcept: false, scope }] };
          const qualified = this.projectStar(name);
          if (qualified) return { scope, bindings: [{ name, kind: "import", qualified, node: scope.node, inExcept: false, scope }] };
        }
      }
      first = false;
      scope = this.parentScope(scope);
    }
    return null;
  }
  /**
   * The module member a name stands for, or null when it is anything else. Every binding in
   * its scope must be the same import; a fallback in `except ImportError:` does not count.
   */
  resolveName(identifier) {
    const found = this.lookup(identifier.text, this.scopeOf(identifier));
    if (!found) return null;
    let qualified = null;
    for (const b of found.bindings) {
      if (b.kind === "import") {
        if (qualified !== null && qualified !== b.qualified) return null;
        qualified = b.qualified ?? null;
      } else if (!b.inExcept && !placeholder(b) && !this.withOptions(b)) return null;
    }
    return qualified;
  }
  /**
   * Ex) if sys.platform.startswith('win32'): Popen = partial(Popen, creationflags=0x08000000)
   * A name rebound to functools.partial of itself with options that leave what the call runs and
   * where its streams go alone (a Windows console flag, the environment) still calls what it was
   * bound to: `Popen(cmd, stdout=PIPE)` is subprocess.Popen on every platform.
   */
  withOptions(b) {
    const value = b.kind === "assign" && b.value ? unparenthesize(b.value) : null;
    const fn = value?.type === "call" ? value.childForFieldName("function") : null;
    if (!value || !fn || fn.text === b.name || this.qualifiedName(fn) !== "functools.partial") return false;
    const args = value.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
    return args[0]?.type === "identifier" && args[0].text === b.name && args.slice(1).every((a) => a.type === "keyword_argument" && SAME_CALL_OPTIONS.has(a.childForFieldName("name")?.text ?? ""));
  }
  /** `os.popen`, `sp.Popen`, `run` (from os import popen as run) -> qualified name. */
  qualifiedName(expr) {
    if (expr.type === "identifier") return this.resolveName(expr);
    if (expr.type === "attribute") {
      const object = expr.childForFieldName("object");
      const attribute = expr.childForFieldName("attribute");
      if (!object || !attribute) return null;
      const base = this.qualifiedName(object);
      return base ? `${base}.${attribute.text}` : null;
    }
    if (expr.type === "parenthesized_expression" && expr.namedChildren.length === 1) return this.qualifiedName(expr.namedChildren[0]);
    return null;
  }
  /** Every read of the name `binding` binds that resolves to the binding's scope. */
  references(binding) {
    const { node, kind } = binding.scope;
    const start = kind === "module" ? 0 : node.startIndex;
    const end = kind === "module" ? Infinity : node.endIndex;
    return this.info(binding.name).loads.filter((load) => {
      const at = load.startIndex;
      return at >= start && at < end && this.lookup(binding.name, this.scopeOf(load))?.scope === binding.scope;
    });
  }
  /** Names bound at module level by an import of `qualified` (`import subprocess as sp` -> sp). */
  moduleAliases(qualified) {
    let aliases = this.aliasCache.get(qualified);
    if (!aliases) this.aliasCache.set(qualified, aliases = this.findModuleAliases(qualified));
    return aliases;
  }
  findModuleAliases(qualified) {
    const tail = qualified.slice(qualified.lastIndexOf(".") + 1);
    const out = /* @__PURE__ */ new Set();
    for (const id of this.occurrences(tail)) {
      const alias = id.parent?.parent?.type === "aliased_import" ? id.parent.parent.childForFieldName("alias")?.text : id.text;
      if (!alias) continue;
      const found = this.lookup(alias, this.module);
      if (found?.scope === this.module && found.bindings.length === 1 && found.bindings[0].qualified === qualified) out.add(alias);
    }
    return [...out];
  }
  /** Names that call sites of `qualified` may use: its last segment and local import aliases. */
  callNames(qualified) {
    const tail = qualified.slice(qualified.lastIndexOf(".") + 1);
    const names = /* @__PURE__ */ new Set([tail]);
    for (const id of this.occurrences(tail)) {
      const aliased = id.parent?.parent;
      if (aliased?.type === "aliased_import" && aliased.childForFieldName("name")?.id === id.parent.id) {
        const alias = aliased.childForFieldName("alias")?.text;
        if (alias) names.add(alias);
      }
    }
    return [...names];
  }
};
var SAME_CALL_OPTIONS = /* @__PURE__ */ new Set(["creationflags", "startupinfo", "close_fds", "env", "cwd", "start_new_session", "preexec_fn"]);
function outerExpression(node) {
  let n = node;
  while (n.parent && n.parent.type === "parenthesized_expression") n = n.parent;
  return n;
}
function mayQualifyAs(expr, qualified) {
  const e = unparenthesize(expr);
  if (e.type === "identifier") return true;
  if (e.type !== "attribute") return false;
  const attribute = e.childForFieldName("attribute")?.text;
  if (!attribute) return false;
  for (const q of qualified) if (q.endsWith(`.${attribute}`)) return true;
  return false;
}
function unparenthesize(node) {
  let n = node;
  while (n.type === "parenthesized_expression" && n.namedChildren.length === 1) n = n.namedChildren[0];
  return n;
}

// src/python/analysis.ts
var POPEN_FUNCTIONS = /* @__PURE__ */ new Set(["os.popen", "platform.popen"]);
function callsTo(model, names) {
  const out = [];
  const searched = /* @__PURE__ */ new Set();
  for (const qualified of names) {
    for (const name of model.callNames(qualified)) {
      if (searched.has(name)) continue;
      searched.add(name);
      for (const id of model.occurrences(name)) {
        const parent = id.parent;
        const fn = parent?.type === "attribute" && parent.childForFieldName("attribute")?.id === id.id ? parent : id;
        const callee = outerExpression(fn);
        const call = callee.parent;
        if (call?.type !== "call" || call.childForFieldName("function")?.id !== callee.id) continue;
        const resolved2 = model.qualifiedName(fn);
        if (resolved2 && names.has(resolved2) && !expectedToRaise(call)) out.push({ call, qualified: resolved2 });
      }
    }
  }
  return out.sort((a, b) => a.call.startIndex - b.call.startIndex);
}
function argument(call, position, keyword4) {
  const args = call.childForFieldName("arguments");
  if (!args) return null;
  let index = 0;
  for (const arg of args.namedChildren) {
    if (arg.type === "keyword_argument") {
      if (arg.childForFieldName("name")?.text === keyword4) return arg.childForFieldName("value");
    } else if (arg.type === "list_splat" || arg.type === "dictionary_splat") {
      return null;
    } else if (arg.type !== "comment") {
      if (index === position) return arg;
      index++;
    }
  }
  return null;
}
function isWriteModePopen(call) {
  const mode = argument(call, 1, "mode");
  return !!mode && (literalString(mode) ?? "w").includes("w");
}
function literalString(node) {
  if (!node) return null;
  const n = unparenthesize(node);
  if (n.type !== "string" || n.namedChildren.some((c) => c.type === "interpolation")) return null;
  const m = /^[rRbBuU]{0,2}('''|"""|'|")([\s\S]*)\1$/.exec(n.text);
  return m ? m[2] : null;
}
function droppedUse(call) {
  const expr = outerExpression(call);
  const parent = expr.parent;
  if (!parent) return null;
  if (parent.type === "expression_statement" && parent.namedChildren.length === 1) return { kind: "statement", statement: parent };
  if (parent.type === "assignment" && parent.childForFieldName("right")?.id === expr.id) {
    const left = parent.childForFieldName("left");
    if (left?.type === "identifier" && left.text === "_" && parent.parent?.type === "expression_statement") {
      return { kind: "underscore", statement: parent.parent };
    }
    return null;
  }
  if (parent.type === "with_item" && parent.childForFieldName("value")?.id === expr.id) {
    const statement = parent.parent?.parent;
    if (statement?.type === "with_statement") return { kind: "with", statement, item: parent };
    return null;
  }
  if ((parent.type === "list_comprehension" || parent.type === "generator_expression" || parent.type === "set_comprehension") && parent.childForFieldName("body")?.id === expr.id) {
    const outer = outerExpression(parent).parent;
    if (outer?.type === "expression_statement") return { kind: "expression", statement: null };
    return null;
  }
  if (parent.type === "attribute" && parent.childForFieldName("object")?.id === expr.id && outerExpression(parent).parent?.type === "expression_statement") {
    return { kind: "expression", statement: null };
  }
  if (parent.type === "attribute" && parent.childForFieldName("attribute")?.text === "close") {
    const closeCall = parent.parent;
    if (closeCall?.type === "call" && closeCall.childForFieldName("arguments")?.namedChildren.length === 0) {
      const outer = outerExpression(closeCall).parent;
      return { kind: "close", closeCall, statement: outer?.type === "expression_statement" ? outer : null };
    }
  }
  return null;
}
function boundName(model, call) {
  const expr = outerExpression(call);
  const parent = expr.parent;
  if (!parent) return null;
  if (parent.type === "assignment" && parent.childForFieldName("right")?.id === expr.id) {
    const left = parent.childForFieldName("left");
    if (left?.type === "identifier" && left.text !== "_" && parent.parent?.type === "expression_statement") {
      return model.isBinding(left) ? { name: left, statement: parent.parent } : null;
    }
  }
  if (parent.type === "as_pattern" && parent.namedChildren[0]?.id === expr.id && parent.parent?.type === "with_item") {
    const target = parent.childForFieldName("alias")?.namedChildren[0];
    const statement = parent.parent.parent?.parent;
    if (target?.type === "identifier" && statement?.type === "with_statement") return { name: target, statement };
  }
  return null;
}
function classifyUse(ref) {
  const expr = outerExpression(ref);
  const parent = expr.parent;
  if (!parent) return { kind: "escape" };
  switch (parent.type) {
    case "attribute": {
      const name = parent.childForFieldName("attribute")?.text ?? "";
      const call = outerExpression(parent).parent;
      if (call?.type === "call" && call.childForFieldName("function")?.id === outerExpression(parent).id) {
        const args = call.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
        return { kind: "method", name, call, argCount: args.length };
      }
      return { kind: "attribute", name, node: parent };
    }
    case "for_statement":
    case "for_in_clause":
      return parent.childForFieldName("right")?.id === expr.id ? { kind: "iterate" } : { kind: "escape" };
    case "argument_list": {
      const call = parent.parent;
      const fn = call?.childForFieldName("function");
      if (fn?.type === "identifier" && fn.text === "next" && parent.namedChildren.length === 1) return { kind: "next" };
      return { kind: "escape" };
    }
    case "if_statement":
    case "elif_clause":
    case "while_statement":
      return parent.childForFieldName("condition")?.id === expr.id ? { kind: "neutral" } : { kind: "escape" };
    case "not_operator":
    case "comparison_operator":
    case "delete_statement":
      return { kind: "neutral" };
    case "with_item":
      return { kind: "neutral" };
    default:
      return { kind: "escape" };
  }
}
function handleUses(model, call) {
  const bound = boundName(model, call);
  if (!bound) return null;
  const found = model.lookup(bound.name.text, model.scopeOf(bound.name));
  const binding = found?.bindings.find((b) => b.node.id === bound.name.id);
  if (!binding) return null;
  const uses2 = reachedLoads(model, binding).map((ref) => ({ ref, use: classifyUse(ref) }));
  return { ...bound, uses: uses2 };
}
var LOOPS = /* @__PURE__ */ new Set(["while_statement", "for_statement"]);
function isAncestor(a, n) {
  return n.startIndex >= a.startIndex && n.endIndex <= a.endIndex;
}
function reachedLoads(model, binding) {
  const all = model.lookup(binding.name, binding.scope)?.bindings.filter((b) => b.scope.id === binding.scope.id) ?? [binding];
  const at = binding.node.startIndex;
  const others = all.filter((b) => b.node.id !== binding.node.id && !b.inExcept && b.node.startIndex > at).map((b) => {
    const stmt = enclosingStatement(b.node);
    return { at: b.node.startIndex, stmt, block: stmt?.parent ?? null };
  });
  const bStmt = enclosingStatement(binding.node);
  const covering = coveringIfs(others.map((o) => o.block));
  return model.references(binding).filter((load) => {
    const pos = load.startIndex;
    if (pos < at) {
      for (let n = load.parent; n; n = n.parent) if (LOOPS.has(n.type) && isAncestor(n, binding.node)) return true;
      return false;
    }
    for (const { at: o, stmt, block } of others) {
      if (o >= pos) continue;
      if (stmt && block && isAncestor(block, load) && load.startIndex >= stmt.endIndex && stmt !== bStmt) return false;
      if (stmt && isAncestor(stmt, load) && (stmt.type === "with_statement" || stmt.type === "for_statement") && !isAncestor(stmt, binding.node)) return false;
    }
    for (const ifs of covering) {
      if (ifs.endIndex <= load.startIndex && !isAncestor(ifs, binding.node) && ifs.parent && isAncestor(ifs.parent, load)) return false;
    }
    return true;
  });
}
function coveringIfs(blocks) {
  const binding = new Set(blocks.filter((b) => b !== null).map((b) => b.id));
  const candidates = /* @__PURE__ */ new Map();
  for (const block of blocks) {
    const owner = block?.parent;
    const ifs = owner?.type === "if_statement" ? owner : owner && (owner.type === "elif_clause" || owner.type === "else_clause") ? owner.parent : null;
    if (ifs?.type === "if_statement") candidates.set(ifs.id, ifs);
  }
  return [...candidates.values()].filter((ifs) => {
    const branches = [ifs.childForFieldName("consequence")];
    let hasElse = false;
    for (const alt of ifs.childrenForFieldName("alternative")) {
      if (alt.type === "else_clause") hasElse = true;
      branches.push(alt.type === "else_clause" ? alt.childForFieldName("body") : alt.childForFieldName("consequence"));
    }
    return hasElse && branches.every((b) => !!b && binding.has(b.id));
  });
}
function reachingAssignment(model, identifier) {
  const all = reachingAssignments(model, identifier);
  return all?.length === 1 ? all[0] : null;
}
function reachingAssignments(model, use) {
  const found = model.lookup(use.text, model.scopeOf(use));
  const bindings = found?.bindings ?? [];
  const plain = (b) => b.kind === "assign" && !!b.value && b.node.parent?.type === "assignment";
  if (bindings.length === 1) return plain(bindings[0]) ? [bindings[0]] : null;
  const reaches2 = (b) => reachedLoads(model, b).some((load) => load.id === use.id);
  const dominates = (b) => {
    const stmt = enclosingStatement(b.node);
    return !!stmt?.parent && stmt.endIndex <= use.startIndex && use.startIndex >= stmt.parent.startIndex && use.endIndex <= stmt.parent.endIndex;
  };
  const before = bindings.filter((b) => b.node.startIndex < use.startIndex).sort((a, b) => b.node.startIndex - a.node.startIndex);
  let first = before.find((b) => dominates(b) && reaches2(b)) ?? null;
  if (!first) {
    const reaching = bindings.filter(reaches2);
    if (reaching.length !== 1) return reaching.length > 1 && reaching.every(plain) ? reaching : null;
    first = reaching[0];
  }
  const start = first.node.startIndex;
  const between = before.filter((b) => b !== first && b.node.startIndex > start && reaches2(b));
  const all = [first, ...between];
  return all.every(plain) ? all : null;
}
function ownStatement(node) {
  const parent = outerExpression(node).parent;
  return parent?.type === "expression_statement" ? parent : null;
}
function enclosingFunction(node) {
  for (let n = node.parent; n; n = n.parent) if (n.type === "function_definition") return n;
  return null;
}
function enclosingStatement(node) {
  for (let n = node; n; n = n.parent) {
    if (n.parent && (n.parent.type === "block" || n.parent.type === "module")) return n;
  }
  return null;
}
var RAISES = /* @__PURE__ */ new Set(["assertRaises", "assertRaisesRegex", "assertRaisesRegexp", "raises"]);
function expectedToRaise(node) {
  for (let n = node.parent; n && n.type !== "function_definition" && n.type !== "module"; n = n.parent) {
    if (n.type !== "with_statement") continue;
    const clause = n.namedChildren.find((c) => c.type === "with_clause");
    for (const item of clause?.namedChildren ?? []) {
      let value = item.childForFieldName("value");
      if (value?.type === "as_pattern") value = value.namedChildren[0] ?? null;
      const fn = value?.type === "call" ? value.childForFieldName("function") : null;
      const name = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : fn?.text;
      if (name && RAISES.has(name)) return true;
    }
  }
  return false;
}
function inLoopAfter(node, origin) {
  for (let n = node.parent; n && n.type !== "function_definition" && n.type !== "module"; n = n.parent) {
    if ((n.type === "while_statement" || n.type === "for_statement") && !(origin.startIndex >= n.startIndex && origin.endIndex <= n.endIndex)) return true;
  }
  return false;
}
var EXITS = /* @__PURE__ */ new Set(["sys.exit", "os._exit", "os.abort"]);
function parentLifetime(model, node) {
  const statement = enclosingStatement(node);
  for (let s = statement?.nextNamedSibling ?? null; s; s = s.nextNamedSibling) {
    const call = s.type === "expression_statement" ? unparenthesize(s.namedChildren[0]) : null;
    const fn = call?.type === "call" ? call.childForFieldName("function") : null;
    if (fn && (EXITS.has(model.qualifiedName(fn) ?? "") || fn.type === "identifier" && (fn.text === "exit" || fn.text === "quit"))) return "short";
  }
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition") return "long";
    if (n.type === "while_statement" || n.type === "for_statement") return "long";
  }
  return "short";
}

// src/python/started-targets.ts
var isNode = (a) => "type" in a && typeof a.type === "string";
function passedArgument(args, position, keyword4) {
  if (isNode(args)) return argument(args, position, keyword4);
  return args.keywords.get(keyword4) ?? args.positional[position] ?? null;
}
function opaqueArguments(args) {
  if (isNode(args)) return args.childForFieldName("arguments")?.namedChildren.some((a) => a.type === "list_splat" || a.type === "dictionary_splat") ?? false;
  return args.opaque;
}
var SPREAD_FROM_1 = /* @__PURE__ */ new Set(["submit"]);
var TUPLE_AT_1 = /* @__PURE__ */ new Set(["start_new_thread", "apply_async", "apply"]);
var TARGET_KEYWORD = /* @__PURE__ */ new Set(["Thread", "Process"]);
function startedTarget(ref) {
  const outer = outerExpression(ref);
  const holder = outer.parent;
  const keyword4 = holder?.type === "keyword_argument" && holder.childForFieldName("value")?.id === outer.id ? holder : null;
  const list = keyword4 ? keyword4.parent : holder;
  const call = list?.type === "argument_list" ? list.parent : null;
  if (call?.type !== "call") return null;
  const fn = call.childForFieldName("function");
  const starter = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : fn?.type === "identifier" ? fn.text : void 0;
  if (!starter) return null;
  const args = list.namedChildren.filter((a) => a.type !== "comment");
  const positional = args.filter((a) => a.type !== "keyword_argument");
  const at = (node) => positional.findIndex((a) => a.id === node.id);
  if (TARGET_KEYWORD.has(starter)) {
    if (keyword4?.childForFieldName("name")?.text !== "target") return null;
    return { call, passed: unpack(argument(call, 99, "args"), argument(call, 99, "kwargs")) };
  }
  if (keyword4) return null;
  if (SPREAD_FROM_1.has(starter) || starter === "run_in_executor" && at(outer) === 1) {
    const from = at(outer);
    if (from !== (starter === "run_in_executor" ? 1 : 0)) return null;
    const keywords = /* @__PURE__ */ new Map();
    for (const a of args) if (a.type === "keyword_argument") keywords.set(a.childForFieldName("name").text, a.childForFieldName("value"));
    const rest = positional.slice(from + 1);
    return { call, passed: { positional: rest, keywords, opaque: rest.some((a) => a.type === "list_splat" || a.type === "dictionary_splat") || args.some((a) => a.type === "dictionary_splat") } };
  }
  if (TUPLE_AT_1.has(starter) && at(outer) === 0) {
    const kwName = starter === "start_new_thread" ? "kwargs" : "kwds";
    return { call, passed: unpack(argument(call, 1, "args"), argument(call, 2, kwName)) };
  }
  return null;
}
function unpack(tuple, dict) {
  const out = { positional: [], keywords: /* @__PURE__ */ new Map(), opaque: false };
  if (tuple) {
    const t = tuple.type === "parenthesized_expression" ? null : unparenthesize(tuple);
    if ((t?.type === "tuple" || t?.type === "list") && !t.namedChildren.some((c) => c.type === "list_splat")) out.positional = t.namedChildren.filter((c) => c.type !== "comment");
    else out.opaque = true;
  }
  if (dict) {
    const d = unparenthesize(dict);
    if (d.type !== "dictionary") out.opaque = true;
    else {
      for (const pair of d.namedChildren) {
        const key2 = pair.type === "pair" ? pair.childForFieldName("key") : null;
        const name = key2?.type === "string" ? /^[rbuRBU]*(['"])(\w+)\1$/.exec(key2.text)?.[2] : void 0;
        if (pair.type === "comment") continue;
        if (!name) out.opaque = true;
        else out.keywords.set(name, pair.childForFieldName("value"));
      }
    }
  }
  return out;
}

// src/python/project-imports.ts
function resolvedCalls(model, file, local, imported, starts = false) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const consider = (name, value, where, from, resolves) => {
    for (const id of model.occurrences(name)) {
      const parent = id.parent;
      const fn = parent?.type === "attribute" && parent.childForFieldName("attribute")?.id === id.id ? parent : id;
      const callee = outerExpression(fn);
      const call = callee.parent;
      const started = starts && (call?.type !== "call" || call.childForFieldName("function")?.id !== callee.id) ? startedTarget(fn) : null;
      if (started && !seen.has(started.call.id) && resolves(fn)) {
        seen.add(started.call.id);
        out.push({ call: started.call, value, where, file: from, passed: started.passed });
      }
      if (call?.type !== "call" || call.childForFieldName("function")?.id !== callee.id || seen.has(call.id)) continue;
      if (resolves(fn)) {
        seen.add(call.id);
        out.push({ call, value, where, file: from });
      }
    }
  };
  for (const [name, value] of local) {
    consider(name, value, "defined in this module", null, (fn) => {
      if (fn.type !== "identifier") return false;
      const found = model.lookup(name, model.scopeOf(fn));
      const type = found?.bindings[0].node.parent?.type;
      return found?.scope === model.module && found.bindings.length === 1 && (type === "function_definition" || type === "class_definition");
    });
  }
  if (!file) return out;
  for (const { moduleName: moduleName2, target, qualifiedModule, star } of importTargets(model.text, file)) {
    for (const [name, value] of imported(target)) {
      if (star && qualifiedModule === moduleName2.replace(/^\.+/, "") && starExports3(target, name)) {
        consider(name, value, `defined in ${qualifiedModule}`, target, (fn) => fn.type === "identifier" && !model.lookup(name, model.scopeOf(fn)));
      }
      consider(name, value, `defined in ${qualifiedModule}`, target, (fn) => {
        const q = model.qualifiedName(fn);
        return q === `${qualifiedModule}.${name}` || moduleName2.startsWith(".") && q === null && fn.type === "identifier" && !!model.lookup(name, model.scopeOf(fn))?.bindings.some((b) => b.kind === "other" && b.node.parent?.parent?.type === "import_from_statement");
      });
    }
  }
  return out;
}
var allCache = /* @__PURE__ */ new Map();
function starExports3(file, name) {
  if (name.startsWith("_")) return false;
  if (!allCache.has(file)) {
    let names;
    try {
      names = allNames(fs5.readFileSync(file, "latin1"));
    } catch {
      names = /* @__PURE__ */ new Set();
    }
    allCache.set(file, names);
  }
  const all = allCache.get(file);
  return !all || all.has(name);
}
function* importTargets(text, file) {
  const dotted = dottedNames(text);
  for (const { moduleName: moduleName2, names, star } of importStatements(text, false)) {
    if (/^(os|subprocess|popen2|platform|sys|asyncio)$/.test(moduleName2)) continue;
    for (const [target, qualifiedModule] of importedModules(file, moduleName2, names, dotted)) yield { moduleName: moduleName2, target, qualifiedModule, star: !!star };
  }
}
function dottedNames(text) {
  const seen = /* @__PURE__ */ new Map();
  return (name) => seen.get(name) ?? seen.set(name, wordFollowedByText(text, name, ".")).get(name);
}
function wordFollowedByText(text, name, follow) {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at > 0 && isWordByte(text.charCodeAt(at - 1))) continue;
    let j = at + name.length;
    while (j < text.length && SPACE.test(text[j])) j++;
    if (text[j] === follow) return true;
  }
  return false;
}
var SPACE = /\s/;
function importStatements(text, indented) {
  const out = [];
  const pattern = indented ? INDENTED_IMPORT : TOP_IMPORT;
  let done = -1;
  for (let at = text.indexOf("import"); at >= 0; at = text.indexOf("import", at + 6)) {
    let start = at;
    while (start > 0 && !LINE_BREAK.has(text.charCodeAt(start - 1))) start--;
    if (start <= done) continue;
    done = start;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (!m) continue;
    if (m[1] !== void 0) out.push({ moduleName: m[1], names: importedNames(text.slice(start).trimStart(), 0), star: /^\s*\*/.test(text.slice(start + m[0].length)) });
    else for (const part of m[2].split(",")) out.push({ moduleName: part.trim().split(/[ \t]+/)[0], names: [] });
  }
  return out;
}
var INDENTED_IMPORT = /[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import|import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*))/y;
var TOP_IMPORT = /(?:from[ \t]+([\w.]+)[ \t]+import|import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*))/y;
var LINE_BREAK = /* @__PURE__ */ new Set([10, 13, 8232, 8233]);
function importedNames(text, at) {
  const m = /^from[ \t]+[\w.]+[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)/.exec(text.slice(at));
  if (!m) return [];
  return m[1].replace(/[()\\\n]/g, " ").split(",").map((x) => x.trim().split(/\s+/)[0] ?? "").filter((x) => /^\w+$/.test(x));
}
function importedModules(file, moduleName2, names, dotted) {
  const out = [];
  const bare = moduleName2.replace(/^\.+/, "");
  const target = resolveModule(file, moduleName2);
  if (target) out.push([target, bare]);
  if (!names.length || !mayHoldSubmodules(file, moduleName2)) return out;
  for (const name of names) {
    const sub = resolveModule(file, moduleName2.endsWith(".") ? `${moduleName2}${name}` : `${moduleName2}.${name}`);
    if (sub && sub !== target && dotted(name)) out.push([sub, bare ? `${bare}.${name}` : name]);
  }
  return out;
}
var isWordByte = (c) => c !== void 0 && (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95);

// src/python/import-bytes.ts
var IMPORT = Buffer.from("import");
var LF = 10;
var CR = 13;
var RPAREN = 41;
var STAR = 42;
var DOT = 46;
var isSpaceByte = (c) => c !== void 0 && (c >= 9 && c <= 13 || c === 32 || c === 160);
function wordFollowedBy(bytes, name, follow) {
  for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
    if (at > 0 && isWordByte(bytes[at - 1])) continue;
    let j = at + name.length;
    while (isSpaceByte(bytes[j])) j++;
    if (bytes[j] === follow) return true;
  }
  return false;
}
function holdsImportWord(bytes) {
  for (let at = bytes.indexOf(IMPORT); at >= 0; at = bytes.indexOf(IMPORT, at + 1)) {
    if ((at === 0 || !isWordByte(bytes[at - 1])) && !isWordByte(bytes[at + IMPORT.length])) return true;
  }
  return false;
}
function dottedNamesInBytes(bytes) {
  const seen = /* @__PURE__ */ new Map();
  return (name) => seen.get(name) ?? seen.set(name, wordFollowedBy(bytes, name, DOT)).get(name);
}
var INDENTED_IMPORT2 = /[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import|import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*))/y;
function* importLines(bytes) {
  let done = -1;
  for (let at = bytes.indexOf(IMPORT); at >= 0; at = bytes.indexOf(IMPORT, at + IMPORT.length)) {
    let start = at;
    while (start > 0 && bytes[start - 1] !== LF && bytes[start - 1] !== CR) start--;
    if (start <= done) continue;
    done = start;
    let end = bytes.indexOf(LF, at);
    if (end < 0) end = bytes.length;
    yield { start, end, line: bytes.toString("latin1", start, end) };
  }
}
function importStatementsInBytes(bytes) {
  const out = [];
  for (const { start, end: lineEnd, line } of importLines(bytes)) {
    INDENTED_IMPORT2.lastIndex = 0;
    const m = INDENTED_IMPORT2.exec(line);
    if (!m) continue;
    if (m[1] !== void 0) {
      const close = bytes.indexOf(RPAREN, start);
      const text = close >= lineEnd ? bytes.toString("latin1", start, close + 1) : line;
      let j = start + m[0].length;
      while (isSpaceByte(bytes[j])) j++;
      out.push({ moduleName: m[1], names: importedNames(text.trimStart(), 0), star: bytes[j] === STAR });
    } else {
      for (const part of m[2].split(",")) out.push({ moduleName: part.trim().split(/[ \t]+/)[0], names: [] });
    }
  }
  return out;
}

// src/python/wrapper-prefilter.ts
var MAX_CHAIN = 4;
function importsProjectWrapper(file, bytes) {
  const dotted = /* @__PURE__ */ new Map();
  const isDotted = (name) => dotted.get(name) ?? dotted.set(name, wordFollowedBy(bytes, name, DOT2)).get(name);
  for (const { start, end: lineEnd, line } of importLines(bytes)) {
    const m = IMPORT_LINE.exec(line);
    if (!m) continue;
    const moduleName2 = m[1] ?? m[2];
    if (STD_MODULE.test(moduleName2)) continue;
    const target = resolveModule(file, moduleName2);
    if (target && calledWrapper(bytes, target)) return true;
    if (m[1] === void 0 || !mayHoldSubmodules(file, moduleName2)) continue;
    const close = PAREN_FROM.test(line) ? bytes.indexOf(RPAREN2, start) : -1;
    const names = importedNames((close > lineEnd ? bytes.toString("latin1", start, close + 1) : line).trimStart(), 0);
    for (const name of names) {
      const sub = resolveModule(file, moduleName2.endsWith(".") ? `${moduleName2}${name}` : `${moduleName2}.${name}`);
      if (sub && sub !== target && wrapperNamesByText(sub).length && isDotted(name) && calledWrapper(bytes, sub)) return true;
    }
  }
  return false;
}
function definesAtLineStart(bytes) {
  for (let at = bytes.indexOf(DEF); at >= 0; at = bytes.indexOf(DEF, at + DEF.length)) {
    if (at > 0 && bytes[at - 1] !== LF2 && bytes[at - 1] !== CR2) continue;
    let j = at + DEF.length;
    if (bytes[j] !== SPACE_BYTE && bytes[j] !== TAB) continue;
    while (bytes[j] === SPACE_BYTE || bytes[j] === TAB) j++;
    const name = j;
    while (isWordByte(bytes[j])) j++;
    if (j === name) continue;
    while (bytes[j] === SPACE_BYTE || bytes[j] === TAB) j++;
    if (bytes[j] === LPAREN) return true;
  }
  return false;
}
var calledWrapper = (bytes, module) => wrapperNamesByText(module).some((name) => wordFollowedBy(bytes, name, LPAREN));
var STD_MODULE = /^(os|sys|re|subprocess|time|json|logging|typing|collections|__future__)$/;
var DEF = Buffer.from("def");
var SPACE_BYTE = 32;
var TAB = 9;
var IMPORT_LINE = /^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import|import[ \t]+([\w.]+))/;
var PAREN_FROM = /^[ \t]*from[ \t]+[\w.]+[ \t]+import[ \t]+\(/;
var LF2 = 10;
var CR2 = 13;
var DOT2 = 46;
var LPAREN = 40;
var RPAREN2 = 41;
function wrapperNamesByText(file, given) {
  return [...wrapperCommandsByText(file, given).keys()];
}
var commandsByText = /* @__PURE__ */ new Map();
var NONE = /* @__PURE__ */ new Map();
function namesOpener(bytes) {
  return bytes.includes("popen") || bytes.includes("PIPE") && bytes.includes("Popen");
}
var withoutWrapper = null;
var madeOrder = [];
function takeTextSummaries(summaries) {
  for (const [file, commands] of summaries) {
    if (!commandsByText.has(file)) commandsByText.set(file, new Map(commands));
  }
}
var moduleBytes = new FileBytes();
function wrapperCommandsByText(file, given) {
  let names = commandsByText.get(file);
  if (names) return names;
  if (withoutWrapper?.(file)) return NONE;
  names = /* @__PURE__ */ new Map();
  commandsByText.set(file, names);
  madeOrder.push(file);
  try {
    const read2 = given ?? moduleBytes.read(file);
    if (!read2) return names;
    let stale = false;
    let own = given ?? null;
    const current = () => stale ? own ??= fs6.readFileSync(file) : read2;
    const bytes = read2;
    const pipes2 = bytes.includes("PIPE");
    const opens = namesOpener(bytes);
    if (!opens && !definesAtLineStart(bytes)) return names;
    let latin1 = null;
    const text = () => latin1 ??= current().toString("latin1");
    let found = null;
    const functions = () => found ??= moduleFunctions(text());
    if (opens) ownWrappers(text(), pipes2, functions(), names);
    if (opens && !functions().defs.length) return names;
    const callees = new Map([...names].filter(([, c]) => c !== null));
    if (holdsImportWord(bytes)) {
      let dottedIn = null;
      let dottedAt = null;
      const dotted = (name) => {
        if (dottedAt !== current()) dottedIn = dottedNamesInBytes(dottedAt = current());
        return dottedIn(name);
      };
      const statements = importStatementsInBytes(bytes).filter((st) => !STD_MODULE.test(st.moduleName)).map((st) => ({ ...st, targets: importedModules(file, st.moduleName, st.names, dotted) }));
      for (const { names: imported, star, targets } of statements) {
        for (const [target] of targets) {
          stale ||= given === void 0;
          for (const [n, c] of wrapperCommandsByText(target)) {
            if (c && !callees.has(n) && (star || !imported.length || imported.includes(n) || imported.some(dotted))) callees.set(n, c);
          }
        }
      }
    }
    if (!callees.size) return names;
    const { defs, bodies } = functions();
    const calls = bodies.map((body) => {
      const params = paramsOf(body);
      return { params, calls: [...body.matchAll(/(?<![\w.])(?:(\w+)\.)?(\w+)\s*\(([^()]*)\)/g)].filter((m) => m[1] !== "self" && m[3].split(",").some((a) => params.includes(a.trim().split("=").pop().trim()))) };
    });
    const passed = (args, command, params) => {
      const list = args.split(",").map((a) => a.trim());
      const positional = list.filter((a) => !/^\w+\s*=/.test(a));
      const keyword4 = list.find((a) => new RegExp(`^${command.name}\\s*=`).test(a))?.split("=").pop().trim();
      const arg = keyword4 ?? positional[command.index];
      return arg !== void 0 && params.includes(arg) ? arg : null;
    };
    for (let round = 0; round < MAX_CHAIN && callees.size; round++) {
      let added = false;
      for (const [i, d] of defs.entries()) {
        if (names.has(d[1])) continue;
        const { params, calls: found2 } = calls[i];
        for (const m of found2) {
          const command = callees.get(m[2]);
          const arg = command ? passed(m[3], command, params) : null;
          if (!arg) continue;
          const mine = { index: params.indexOf(arg), name: ownCopy(arg) };
          names.set(ownCopy(d[1]), mine);
          callees.set(d[1], mine);
          added = true;
          break;
        }
      }
      if (!added) break;
    }
  } catch {
  }
  return names;
}
function moduleFunctions(text) {
  const defs = [...text.matchAll(/^def[ \t]+(\w+)[ \t]*\(/gm)];
  return { defs, bodies: defs.map((d, i) => text.slice(d.index, defs[i + 1]?.index ?? text.length)) };
}
var paramsOf = (body) => /^def[ \t]+\w+[ \t]*\(([^)]*)\)/.exec(body)?.[1]?.split(",").map((p) => p.trim().split(/[=:\s]/)[0]).filter((p) => /^\w+$/.test(p)) ?? [];
function ownWrappers(text, pipes2, { defs, bodies }, names) {
  const classes = [...text.matchAll(/^class[ \t]+(\w+)/gm)];
  for (const [i, c] of classes.entries()) {
    const body = text.slice(c.index, classes[i + 1]?.index ?? text.length);
    if (pipes2 && /\bself\.\w+\s*=\s*[\w.]*Popen\s*\(/.test(body)) names.set(ownCopy(c[1]), null);
  }
  for (const [i, d] of defs.entries()) {
    const body = bodies[i];
    const params = paramsOf(body);
    const fromParam = (v) => params.includes(v) ? v : new RegExp(`^[ \\t]*${v}[ \\t]*=(.*)$`, "m").exec(body)?.[1]?.match(/\w+/g)?.find((w) => params.includes(w));
    const opened = [...body.matchAll(pipes2 ? /[pP]open\s*\(\s*(\w+)/g : /popen\s*\(\s*(\w+)/g)].map((m) => fromParam(m[1])).find((p) => p);
    const command = opened ? { index: params.indexOf(opened), name: ownCopy(opened) } : null;
    const call = pipes2 ? /[pP]open\s*\(/ : /popen\s*\(/;
    const returned = pipes2 ? /\breturn[ \t]+[\w.]*[pP]open\s*\(/ : /\breturn[ \t]+[\w.]*popen\s*\(/;
    if (returned.test(body) || call.test(body) && /\breturn[ \t]+\w+[ \t]*(?:#.*)?$/m.test(body) || opened) names.set(ownCopy(d[1]), command);
  }
}

// src/python/wrappers.ts
import fs7 from "node:fs";

// src/python/drain.ts
var STREAMS = /* @__PURE__ */ new Set(["stdout", "stderr"]);
var ENDS = /* @__PURE__ */ new Set(["kill", "terminate", "send_signal"]);
var NEUTRAL_ATTRS = /* @__PURE__ */ new Set(["pid", "args", "stdin", "returncode", "universal_newlines", "text_mode", "encoding", "errors"]);
function callOf(attribute) {
  const outer = outerExpression(attribute);
  const call = outer.parent;
  return call?.type === "call" && call.childForFieldName("function")?.id === outer.id ? call : null;
}
function argCount(call) {
  return call.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment").length ?? 0;
}
function awaited(node) {
  const outer = outerExpression(node);
  return outer.parent?.type === "await" ? outerExpression(outer.parent) : outer;
}
function forBreaks(forNode) {
  const body = forNode.childForFieldName("body");
  if (!body) return false;
  const stack = [body];
  while (stack.length) {
    const n = stack.pop();
    if (n.type === "break_statement" || n.type === "return_statement") return true;
    if (LOOP_OR_SCOPE.has(n.type)) continue;
    for (const c of n.namedChildren) stack.push(c);
  }
  return false;
}
var LOOP_OR_SCOPE = /* @__PURE__ */ new Set(["for_statement", "while_statement", "function_definition", "class_definition", "lambda"]);
function streamEvent(stream, expr, origin) {
  const e = outerExpression(expr);
  const parent = e.parent;
  if (!parent) return { kind: "escape", node: e };
  if (parent.type === "attribute" && parent.childForFieldName("object")?.id === e.id) {
    const name = parent.childForFieldName("attribute")?.text ?? "";
    const call = callOf(parent);
    if (!call) {
      if (name === "closed" || name === "name" || name === "mode") return { kind: "neutral", node: e };
      const loop2 = iterLoop(parent);
      if (loop2 && forBreaks(loop2)) return { kind: "partial", stream, node: e };
      return { kind: "drain", streams: [stream], node: e, toEof: name === "readline" || name === "read" };
    }
    const n = argCount(call);
    switch (name) {
      case "read":
        return n === 0 || unparenthesize(call.childForFieldName("arguments").namedChildren[0]).text === "-1" ? { kind: "drain", streams: [stream], node: call, toEof: true } : loopOrPartial(stream, call, origin);
      case "readlines":
        return n === 0 || /^(-\d+|0|None)$/.test(unparenthesize(call.childForFieldName("arguments").namedChildren[0]).text) ? { kind: "drain", streams: [stream], node: call, toEof: true } : loopOrPartial(stream, call, origin);
      case "readline":
        return loopOrPartial(stream, call, origin);
      case "close":
        return { kind: "close", stream, node: call };
      case "fileno":
        return { kind: "escape", node: call };
      default:
        return { kind: "drain", streams: [stream], node: call };
    }
  }
  const iterated = parent.type === "boolean_operator" && parent.childForFieldName("operator")?.text === "or" && parent.childForFieldName("left")?.id === e.id ? outerExpression(parent) : e;
  const loop = iterated.parent;
  if ((loop?.type === "for_statement" || loop?.type === "for_in_clause") && loop.childForFieldName("right")?.id === iterated.id) {
    return loop.type === "for_statement" && forBreaks(loop) ? { kind: "partial", stream, node: e } : { kind: "drain", streams: [stream], node: e, toEof: true };
  }
  if (parent.type === "if_statement" || parent.type === "not_operator" || parent.type === "boolean_operator" || parent.type === "comparison_operator") return { kind: "neutral", node: e };
  if (parent.type === "argument_list") {
    const fn = parent.parent?.childForFieldName("function");
    if (fn?.type === "identifier" && fn.text === "next") return loopOrPartial(stream, parent.parent, origin);
  }
  return { kind: "drain", streams: [stream], node: e };
}
function iterLoop(method) {
  const args = outerExpression(method).parent;
  const call = args?.type === "argument_list" ? args.parent : null;
  const fn = call?.type === "call" ? call.childForFieldName("function") : null;
  if (fn?.type !== "identifier" || fn.text !== "iter" || args.namedChildren[0]?.id !== outerExpression(method).id) return null;
  const loop = outerExpression(call).parent;
  return loop?.type === "for_statement" && loop.childForFieldName("right")?.id === outerExpression(call).id ? loop : null;
}
function loopOrPartial(stream, node, origin) {
  return inLoopAfter(node, origin) && !countedReads(node, origin) ? { kind: "drain", streams: [stream], node, toEof: true } : { kind: "partial", stream, node };
}
function countedReads(node, origin) {
  let counted = false;
  for (let n = node.parent; n && n.type !== "function_definition" && n.type !== "module"; n = n.parent) {
    if (n.type !== "while_statement" && n.type !== "for_statement") continue;
    if (origin.startIndex >= n.startIndex && origin.endIndex <= n.endIndex) break;
    const right = n.type === "for_statement" ? unparenthesize(n.childForFieldName("right")) : null;
    const fn = right?.type === "call" ? right.childForFieldName("function") : null;
    if (fn?.type !== "identifier" || fn.text !== "range" && fn.text !== "xrange" || forBreaks(n)) return false;
    counted = true;
  }
  return counted;
}
function pollLoop(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === "while_statement") {
      const cond = n.childForFieldName("condition");
      return cond && node.startIndex >= cond.startIndex && node.endIndex <= cond.endIndex ? n : null;
    }
    if (n.type === "block" || LOOP_OR_SCOPE.has(n.type)) return null;
  }
  return null;
}
function handleEvent(ref, origin) {
  const e = outerExpression(ref);
  const parent = e.parent;
  if (!parent) return { kind: "escape", node: e };
  if (parent.type === "attribute" && parent.childForFieldName("object")?.id === e.id) {
    const name = parent.childForFieldName("attribute")?.text ?? "";
    if (STREAMS.has(name)) return streamEvent(name, parent, origin);
    const call = callOf(parent);
    if (call) {
      const site = awaited(call);
      if (name === "communicate") return { kind: "drain", streams: ["stdout", "stderr"], node: site, toEof: true };
      if (name === "wait") return { kind: "wait", node: site, call };
      if (name === "poll") return pollEvent(call, origin);
      if (ENDS.has(name)) return { kind: "end", node: call };
      if (name === "__enter__" || name === "__exit__") return { kind: "neutral", node: call };
      return { kind: "escape", node: call };
    }
    if (ENDS.has(name)) return { kind: "neutral", node: parent };
    if (name === "returncode") {
      const loop = pollLoop(parent);
      return loop && !loopReads(loop) ? { kind: "wait", node: parent, call: null } : { kind: "neutral", node: parent };
    }
    return NEUTRAL_ATTRS.has(name) ? { kind: "neutral", node: parent } : { kind: "escape", node: parent };
  }
  switch (parent.type) {
    case "delete_statement":
      return { kind: "end", node: parent };
    case "if_statement":
    case "elif_clause":
    case "while_statement":
      return parent.childForFieldName("condition")?.id === e.id ? { kind: "neutral", node: e } : { kind: "escape", node: e };
    case "not_operator":
    case "comparison_operator":
    case "boolean_operator":
      return { kind: "neutral", node: e };
    case "with_item":
      return { kind: "neutral", node: e };
    default:
      return { kind: "escape", node: e };
  }
}
function pollEvent(call, origin) {
  if (nearestFunction(call) !== nearestFunction(origin)) return { kind: "wait", node: call, call: null };
  const loop = pollLoop(call);
  if (loop) return !loopReads(loop) ? { kind: "wait", node: call, call: null } : { kind: "neutral", node: call };
  return pollBranch(call, origin) ? { kind: "wait", node: call, call: null } : { kind: "neutral", node: call };
}
function nearestFunction(node) {
  for (let n = node.parent; n; n = n.parent) if (n.type === "function_definition" || n.type === "lambda") return n.id;
  return -1;
}
function pollBranch(call, origin) {
  const left = pollValue(call);
  if (!left) return false;
  const test = left.parent;
  const right = test?.type === "comparison_operator" && test.namedChildren.length === 2 && test.namedChildren[0].id === left.id ? test.namedChildren[1] : null;
  if (!test || right?.type !== "none") return false;
  const op = test.text.slice(left.endIndex - test.startIndex, right.startIndex - test.startIndex).replace(/\s+/g, " ").trim();
  if (!["is", "==", "is not", "!="].includes(op)) return false;
  const running = op === "is" || op === "==";
  const ifNode = outerExpression(test).parent;
  if (ifNode?.type !== "if_statement" || ifNode.childForFieldName("condition")?.id !== outerExpression(test).id) return false;
  let loop = null;
  for (let n = ifNode.parent; n; n = n.parent) {
    if (n.type === "while_statement" || n.type === "for_statement") {
      loop = n;
      break;
    }
    if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda") return false;
  }
  if (!loop || origin.startIndex >= loop.startIndex && origin.endIndex <= loop.endIndex) return false;
  const body = loop.childForFieldName("body");
  const consequence = ifNode.childForFieldName("consequence");
  if (!body || !consequence) return false;
  const exited = [];
  if (!running) exited.push([consequence.startIndex, consequence.endIndex]);
  else {
    const last = consequence.lastNamedChild;
    if (last?.type !== "continue_statement") return false;
    for (const alt of ifNode.childrenForFieldName("alternative")) exited.push([alt.startIndex, alt.endIndex]);
    exited.push([ifNode.endIndex, ifNode.parent.endIndex]);
  }
  const holder = call.childForFieldName("function")?.childForFieldName("object")?.text ?? "";
  const reads = new RegExp(`${holder.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\.\\s*(?:stdout|stderr|communicate)\\b`, "g");
  for (const m of body.text.matchAll(reads)) {
    const at = body.startIndex + m.index;
    if (!exited.some(([a, b]) => at >= a && at < b)) return false;
  }
  return true;
}
function pollValue(call) {
  const value = outerExpression(call);
  const assign = value.parent;
  if (assign?.type !== "assignment" || assign.childForFieldName("right")?.id !== value.id) return value;
  const name = assign.childForFieldName("left");
  const statement = assign.parent;
  if (name?.type !== "identifier" || statement?.type !== "expression_statement") return null;
  for (let n = statement.nextNamedSibling; n; n = n.nextNamedSibling) {
    if (n.type !== "if_statement") {
      if (new RegExp(`\\b${name.text}\\s*=[^=]`).test(n.text)) return null;
      continue;
    }
    const cond = unparenthesize(n.childForFieldName("condition"));
    const first = cond.type === "comparison_operator" ? cond.namedChildren[0] : null;
    if (first?.type === "identifier" && first.text === name.text) return first;
    return null;
  }
  return null;
}
function loopReads(loop) {
  const body = loop.childForFieldName("body");
  return !!body && /\.(?:stdout|stderr)\b|\.communicate\s*\(/.test(body.text);
}
function drainVerdict(events, growing, endsWithClose) {
  if (growing.length === 0) return null;
  const state2 = new Map(growing.map((s) => [s, "unread"]));
  const everRead = /* @__PURE__ */ new Set();
  for (const ev of events) {
    if (ev.kind === "drain" || ev.kind === "partial") for (const s of ev.kind === "drain" ? ev.streams : [ev.stream]) everRead.add(s);
  }
  const neverRead = growing.filter((s) => !everRead.has(s));
  const open = () => growing.filter((s) => state2.get(s) !== "drained");
  let ended = false;
  for (const [i, ev] of events.entries()) {
    switch (ev.kind) {
      case "escape":
        return null;
      case "end":
        ended = true;
        break;
      case "drain": {
        const others = open().filter((s) => !ev.streams.includes(s) && state2.get(s) !== "drained");
        if (!ended && ev.toEof && ev.streams.length === 1 && others.length > 0) {
          return { shape: "other-pipe-fills", at: ev.node, full: others, neverRead, laterDrain: null };
        }
        for (const s of ev.streams) state2.set(s, "drained");
        break;
      }
      case "partial":
        if (state2.get(ev.stream) === "unread") state2.set(ev.stream, "partial");
        break;
      case "close":
        state2.set(ev.stream, "drained");
        break;
      case "wait": {
        if (ended) break;
        const full2 = open();
        if (full2.length === 0) break;
        const laterDrain = events.slice(i + 1).find((e) => e.kind === "drain") ?? null;
        const partial2 = full2.some((s) => state2.get(s) === "partial");
        const anyDrained = growing.some((s) => state2.get(s) === "drained");
        const shape = partial2 ? "partial-then-wait" : anyDrained ? "other-pipe-fills" : "wait-before-drain";
        return { shape, at: ev.node, full: full2, neverRead, laterDrain };
      }
      default:
        break;
    }
  }
  const full = open();
  if (full.length === 0) return null;
  if (endsWithClose) return ended ? null : { shape: "closed-unread", at: null, full, neverRead, laterDrain: null };
  const partial = full.some((s) => state2.get(s) === "partial");
  if (!partial && growing.some((s) => state2.get(s) === "drained")) {
    const unread = full.filter((s) => neverRead.includes(s));
    return unread.length ? { shape: "never-read", at: null, full: unread, neverRead, laterDrain: null } : null;
  }
  return { shape: partial ? "partial-then-left" : "never-read", at: null, full, neverRead, laterDrain: null };
}

// src/python/wrapper-flags.ts
var LEAVES = /* @__PURE__ */ new Set(["return_statement", "raise_statement"]);
function drainFlags(model, opener) {
  const def = enclosingFunction(opener);
  const handle = handleUses(model, opener);
  if (!def || !handle) return [];
  const params = def.childForFieldName("parameters")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
  const out = [];
  for (const { ref } of handle.uses) {
    const ev = handleEvent(ref, opener);
    if (ev.kind !== "drain") continue;
    for (let n = ev.node.parent; n && n.id !== def.id; n = n.parent) {
      if (n.type !== "block" || n.parent?.type !== "if_statement" || n.parent.childForFieldName("consequence")?.id !== n.id) continue;
      if (!LEAVES.has(n.lastNamedChild?.type ?? "")) continue;
      let cond = unparenthesize(n.parent.childForFieldName("condition"));
      let drainsWhen = true;
      if (cond.type === "not_operator") {
        cond = unparenthesize(cond.childForFieldName("argument"));
        drainsWhen = false;
      }
      if (cond.type !== "identifier") continue;
      const index = params.findIndex((p) => (p.type === "identifier" ? p : p.childForFieldName("name"))?.text === cond.text);
      if (index < 0 || params.slice(0, index).some((p) => p.type === "list_splat_pattern" || p.type === "dictionary_splat_pattern")) continue;
      const param = params[index];
      const fallback = param.type === "default_parameter" || param.type === "typed_default_parameter" ? param.childForFieldName("value") : null;
      if (!out.some((f) => f.name === cond.text)) out.push({ index, name: cond.text, drainsWhen, fallback });
    }
  }
  return out;
}
function truthOf(node) {
  if (!node) return null;
  const n = unparenthesize(node);
  if (n.type === "true") return true;
  if (n.type === "false" || n.type === "none") return false;
  if (n.type === "integer" || n.type === "float") return Number(n.text.replace(/_/g, "")) !== 0;
  if (n.type === "string" && !n.namedChildren.some((c) => c.type === "interpolation")) return !/^[rRbBuU]*(''|"")$/.test(n.text);
  if (n.type === "lambda") return true;
  if (n.type === "list" || n.type === "tuple" || n.type === "dictionary" || n.type === "set") return n.namedChildren.some((c) => c.type !== "comment");
  return null;
}
function flagsAt(call, flags, skip = 0) {
  if (opaqueArguments(call)) return "unknown";
  let unknown2 = false;
  for (const f of flags) {
    const passed = passedArgument(call, f.index - skip, f.name);
    const truth2 = truthOf(passed ?? f.fallback);
    if (truth2 === f.drainsWhen) return "drains";
    if (truth2 === null) unknown2 = true;
  }
  return unknown2 ? "unknown" : "leaves";
}
function testOf(condition) {
  let cond = unparenthesize(condition);
  if (cond.type === "identifier") return { id: cond, runsWhen: "truthy" };
  if (cond.type === "not_operator") {
    cond = unparenthesize(cond.childForFieldName("argument"));
    return cond.type === "identifier" ? { id: cond, runsWhen: "falsy" } : null;
  }
  if (cond.type === "comparison_operator" && cond.namedChildren.length === 2) {
    const [left, right] = cond.namedChildren.map((c) => unparenthesize(c));
    const op = cond.children.slice(1, -1).map((c) => c.type).join(" ");
    if (left.type !== "identifier" || right.type !== "none") return null;
    if (op === "is") return { id: left, runsWhen: "none" };
    if (op === "is not") return { id: left, runsWhen: "not-none" };
  }
  return null;
}
function guardFlags(model, opener) {
  const def = enclosingFunction(opener);
  const handle = handleUses(model, opener);
  if (!def || !handle) return [];
  const params = def.childForFieldName("parameters")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
  const out = [];
  for (const { ref } of handle.uses) {
    for (let n = ref.parent; n && n.id !== def.id; n = n.parent) {
      if (n.type !== "block" || out.some((g) => g.block.id === n.id)) continue;
      const ifNode = n.parent?.type === "if_statement" ? n.parent : n.parent?.type === "else_clause" && n.parent.parent?.type === "if_statement" ? n.parent.parent : null;
      if (!ifNode || ifNode.startIndex < opener.startIndex) continue;
      const inElse = ifNode.id !== n.parent.id;
      if (inElse && ifNode.namedChildren.some((c) => c.type === "elif_clause")) continue;
      if (!inElse && ifNode.childForFieldName("consequence")?.id !== n.id) continue;
      const test = testOf(ifNode.childForFieldName("condition"));
      if (!test) continue;
      const found = model.lookup(test.id.text, model.scopeOf(test.id));
      if (found?.scope.node.id !== def.id || found.bindings.length !== 1 || found.bindings[0].kind !== "param") continue;
      const index = params.findIndex((p) => (p.type === "identifier" ? p : p.childForFieldName("name"))?.text === test.id.text);
      if (index < 0 || params.slice(0, index).some((p) => p.type === "list_splat_pattern" || p.type === "dictionary_splat_pattern")) continue;
      const param = params[index];
      const fallback = param.type === "default_parameter" || param.type === "typed_default_parameter" ? param.childForFieldName("value") : null;
      const OPPOSITE = { truthy: "falsy", falsy: "truthy", none: "not-none", "not-none": "none" };
      out.push({ index, name: test.id.text, fallback, block: n, runsWhen: inElse ? OPPOSITE[test.runsWhen] : test.runsWhen });
    }
  }
  return out;
}
function skippedArms(call, guards, skip = 0) {
  if (guards.length === 0 || opaqueArguments(call)) return [];
  const out = [];
  for (const g of guards) {
    const value = passedArgument(call, g.index - skip, g.name) ?? g.fallback;
    if (!value) continue;
    const truth2 = truthOf(value);
    const none = unparenthesize(value).type === "none" ? true : truth2 === null ? null : false;
    const runs = g.runsWhen === "truthy" ? truth2 : g.runsWhen === "falsy" ? truth2 === null ? null : !truth2 : g.runsWhen === "none" ? none : none === null ? null : !none;
    if (runs === false) out.push(g.block);
  }
  return out;
}

// src/python/wrapper-class.ts
var POPEN = /* @__PURE__ */ new Set(["subprocess.Popen"]);
function paramList(def) {
  return (def.childForFieldName("parameters")?.namedChildren ?? []).map((p) => ({
    name: p.type === "identifier" ? p.text : p.childForFieldName("name")?.text ?? p.namedChildren[0]?.text ?? "",
    node: p,
    value: p.childForFieldName("value")
  }));
}
var FALSY = /* @__PURE__ */ new Set(["False", "None", "0", "''", '""']);
function streamTarget(model, def, expr, switches, depth = 0) {
  if (!expr || depth > 4) return null;
  const e = unparenthesize(expr);
  const q = model.qualifiedName(e);
  if (q === "subprocess.PIPE") return "PIPE";
  if (q === "subprocess.STDOUT") return "STDOUT";
  if (e.type !== "identifier") return null;
  const params = paramList(def);
  const found = model.lookup(e.text, model.scopeOf(e));
  if (!found || found.scope.node.id !== def.id) return null;
  const param = params.find((p) => p.name === e.text);
  if (param) switches.set(param.name, false);
  const targets = /* @__PURE__ */ new Set();
  for (const b of found.bindings) {
    if (b.kind === "param") {
      targets.add(param?.value ? streamTarget(model, def, param.value, switches, depth + 1) : null);
      continue;
    }
    if (b.kind !== "assign" || !b.value) return null;
    const guard2 = guardOf(b.node, def, params);
    if (guard2) {
      switches.set(guard2.param, true);
      if (!guard2.defaultArm) continue;
    }
    targets.add(streamTarget(model, def, b.value, switches, depth + 1));
  }
  return targets.size === 1 ? [...targets][0] : null;
}
function guardOf(node, def, params) {
  for (let n = node; n && n.id !== def.id; n = n.parent) {
    const p = n.parent;
    if (p?.type !== "if_statement") continue;
    const cond = p.childForFieldName("condition");
    const param = cond && unparenthesize(cond).type === "identifier" ? params.find((x) => x.name === unparenthesize(cond).text) : void 0;
    if (!param || !param.value || !FALSY.has(param.value.text)) return null;
    return { param: param.name, defaultArm: n.id !== p.childForFieldName("consequence")?.id };
  }
  return null;
}
function methodsOf(cls) {
  const out = /* @__PURE__ */ new Map();
  for (const c of cls.childForFieldName("body")?.namedChildren ?? []) {
    const def = c.type === "decorated_definition" ? c.childForFieldName("definition") : c;
    const name = def?.type === "function_definition" ? def.childForFieldName("name")?.text : null;
    if (def && name) out.set(name, def);
  }
  return out;
}
function classWrapper(model, cls) {
  const className = cls.childForFieldName("name")?.text;
  const methods = methodsOf(cls);
  const init = methods.get("__init__");
  if (!className || !init) return null;
  const params = paramList(init);
  const self = params[0]?.name;
  if (!self) return null;
  for (const assign of init.descendantsOfType("assignment")) {
    const left = assign.childForFieldName("left");
    const right = assign.childForFieldName("right");
    const value = right ? unparenthesize(right) : null;
    if (left?.type !== "attribute" || left.childForFieldName("object")?.text !== self || value?.type !== "call") continue;
    const callee = value.childForFieldName("function");
    if (!callee || !mayQualifyAs(callee, POPEN) || model.qualifiedName(callee) !== "subprocess.Popen") continue;
    const cmd = argument(value, 0, "args");
    const cmdName = cmd && unparenthesize(cmd).type === "identifier" ? unparenthesize(cmd).text : null;
    const param = cmdName ? params.findIndex((p) => p.name === cmdName) : -1;
    if (param < 1) continue;
    const switches = /* @__PURE__ */ new Map();
    const out = streamTarget(model, init, argument(value, 4, "stdout"), switches);
    const err = streamTarget(model, init, argument(value, 5, "stderr"), switches);
    if (out !== "PIPE" && err !== "PIPE") continue;
    const shellArg = argument(value, 8, "shell");
    const attr = left.childForFieldName("attribute").text;
    const effects = /* @__PURE__ */ new Map();
    for (const name of methods.keys()) {
      if (name === "__init__") continue;
      const list = methodEffects(model, methods, name, attr, /* @__PURE__ */ new Set());
      effects.set(name, list.some((e) => e.kind === "end") ? [{ kind: "end", method: name, node: methods.get(name) }] : list);
    }
    const del = effects.get("__del__") ?? [];
    const splits = (model.lookup(cmdName, model.scopeOf(cmd))?.bindings ?? []).some((b) => b.kind === "assign" && !!b.value && /^(?:shlex\.split\s*\(\s*\w+|\w+\.split\s*\()/.test(unparenthesize(b.value).text));
    return {
      summary: {
        className,
        methods: effects,
        endsOnDrop: del.some((e) => e.kind === "end"),
        splits,
        polls: new Set([...methods].filter(([name, def]) => name !== "__init__" && (effects.get(name) ?? []).length === 0 && new RegExp(`\\breturn\\s+self\\.${attr}\\.poll\\(\\)`).test(def.text)).map(([name]) => name)),
        switches: [...switches].map(([name, flag]) => ({ name, position: params.findIndex((p) => p.name === name) - 1, flag }))
      },
      pipes: { stdout: out === "PIPE", stderr: err === "PIPE", merged: err === "STDOUT", shell: !!shellArg && shellArg.text === "True", cmd, call: value },
      param: param - 1,
      paramName: cmdName
    };
  }
  return null;
}
function methodEffects(model, methods, name, attr, visiting) {
  const def = methods.get(name);
  const body = def?.childForFieldName("body");
  const self = def ? paramList(def)[0]?.name : void 0;
  if (!def || !body || !self || visiting.has(name)) return [];
  visiting.add(name);
  const found = [];
  for (const node of body.descendantsOfType("attribute")) {
    if (node.childForFieldName("object")?.text !== self) continue;
    const member2 = node.childForFieldName("attribute")?.text ?? "";
    if (member2 === attr) {
      const up = outerExpression(node).parent;
      if (up?.type === "assignment" && up.childForFieldName("left")?.id === outerExpression(node).id) continue;
      const ev = handleEvent(node, body);
      const effect = toEffect(ev, name);
      if (effect) found.push({ at: node.startIndex, effects: [effect] });
    } else if (methods.has(member2) && outerExpression(node).parent?.type === "call") {
      found.push({ at: node.startIndex, effects: methodEffects(model, methods, member2, attr, visiting) });
    }
  }
  visiting.delete(name);
  return found.sort((a, b) => a.at - b.at).flatMap((f) => f.effects);
}
function toEffect(ev, method) {
  const node = ev.node;
  switch (ev.kind) {
    case "drain":
      return { kind: "drain", streams: ev.streams, toEof: !!ev.toEof, method, node };
    case "partial":
      return { kind: "partial", stream: ev.stream, method, node };
    case "close":
      return { kind: "close", stream: ev.stream, method, node };
    case "wait":
      return { kind: "wait", method, node };
    case "end":
      return { kind: "end", method, node };
    case "escape":
      return { kind: "escape", method, node };
    default:
      return null;
  }
}
function waitsBeforeRead(summary) {
  const out = /* @__PURE__ */ new Map();
  for (const effects of summary.methods.values()) {
    const first = effects.findIndex((e) => e.kind === "wait");
    if (first >= 0 && effects.slice(0, first).every((e) => e.kind !== "drain" && e.kind !== "escape" && e.kind !== "end") && effects.slice(first + 1).some((e) => e.kind === "drain")) out.set(effects[first].node.id, effects[first]);
  }
  return [...out.values()];
}
function switchesPassed(call, summary) {
  for (const { name, position, flag } of summary.switches) {
    const arg = argument(call, position, name);
    if (arg && !(flag && FALSY.has(unparenthesize(arg).text))) return true;
  }
  return (call.childForFieldName("arguments")?.namedChildren ?? []).some((a) => a.type === "list_splat" || a.type === "dictionary_splat");
}
function effectEvents(effects, node) {
  return effects.map((e) => {
    switch (e.kind) {
      case "drain":
        return { kind: "drain", streams: e.streams, node, toEof: e.toEof };
      case "partial":
        return { kind: "partial", stream: e.stream, node };
      case "close":
        return { kind: "close", stream: e.stream, node };
      case "wait":
        return { kind: "wait", node, call: null };
      case "end":
        return { kind: "end", node };
      case "escape":
        return { kind: "escape", node };
    }
  });
}
function classSite(model, call, summary, refsOf, handleAttr) {
  const behind = /* @__PURE__ */ new Map();
  const use = (ref) => {
    const e = outerExpression(ref);
    const parent = e.parent;
    if (parent?.type === "attribute" && parent.childForFieldName("object")?.id === e.id) {
      const member2 = parent.childForFieldName("attribute")?.text ?? "";
      const invoked = outerExpression(parent).parent;
      if (summary.polls.has(member2) && invoked?.type === "call") {
        const ev2 = pollEvent(invoked, call);
        return ev2.kind === "neutral" ? [] : [ev2];
      }
      if (summary.methods.has(member2) && invoked?.type === "call") {
        const effects = summary.methods.get(member2);
        behind.set(invoked.id, effects);
        return effectEvents(effects, invoked);
      }
      if (handleAttr(member2)) return [handleEvent(parent, call)];
      return [];
    }
    const ev = handleEvent(ref, call);
    return ev.kind === "neutral" ? [] : [ev];
  };
  const expr = outerExpression(call);
  if (expr.parent?.type === "expression_statement") return { handle: "dropped", events: [], behind };
  if (expr.parent?.type === "attribute") return { handle: "chained", events: use(call), behind };
  const refs = refsOf(call);
  if (!refs) return null;
  return { handle: "name", events: refs.flatMap(use), behind };
}

// src/python/pipe-choice.ts
var MAX_DEPTH = 3;
function pipeChoice(model, arg) {
  const n = unparenthesize(arg);
  if (model.qualifiedName(n) === "subprocess.PIPE") return "always";
  const fn = enclosingFunction(arg);
  if (!fn) return null;
  const leaves3 = { pipe: [], other: 0 };
  if (!collect(model, n, fn, [], 0, leaves3)) return null;
  if (leaves3.pipe.length === 0) return null;
  if (leaves3.other === 0) return "always";
  if (leaves3.pipe.some((w) => w.length === 0)) return null;
  if (!leaves3.pipe.every((w) => w.every((f) => stable(model, f.node, fn)))) return null;
  return { ways: leaves3.pipe, fn };
}
function collect(model, node, fn, facts, depth, leaves3) {
  const n = unparenthesize(node);
  if (model.qualifiedName(n) === "subprocess.PIPE") {
    leaves3.pipe.push(facts);
    return true;
  }
  if (depth >= MAX_DEPTH) return false;
  if (n.type === "conditional_expression") {
    const [yes, condition, no] = n.namedChildren.filter((c) => c.type !== "comment");
    if (!yes || !condition || !no) return false;
    return collect(model, yes, fn, [...facts, { node: condition, holds: true }], depth + 1, leaves3) && collect(model, no, fn, [...facts, { node: condition, holds: false }], depth + 1, leaves3);
  }
  if (n.type === "identifier") {
    const found = model.lookup(n.text, model.scopeOf(n));
    if (!found || found.scope.node.id !== fn.id) {
      leaves3.other++;
      return true;
    }
    const reaching = reachingAssignments(model, n);
    if (!reaching) {
      leaves3.other++;
      return true;
    }
    for (const b of reaching) {
      if (!b.value) return false;
      if (!collect(model, b.value, fn, [...facts, ...factsAt(b.node, fn)], depth + 1, leaves3)) return false;
    }
    return true;
  }
  leaves3.other++;
  return true;
}
function factsAt(node, fn) {
  if (enclosingFunction(node)?.id !== fn.id) return [];
  const out = [];
  for (let n = node; n.parent && n.id !== fn.id; n = n.parent) {
    const p = n.parent;
    if (p.type === "if_statement" && p.childForFieldName("consequence")?.id === n.id) out.push({ node: p.childForFieldName("condition"), holds: true });
    if (p.type === "elif_clause" && p.childForFieldName("consequence")?.id === n.id || p.type === "else_clause") {
      const ifNode = p.parent;
      if (p.type === "elif_clause") out.push({ node: p.childForFieldName("condition"), holds: true });
      out.push({ node: ifNode.childForFieldName("condition"), holds: false });
      for (const c of ifNode.namedChildren) {
        if (c.id === p.id) break;
        if (c.type === "elif_clause") out.push({ node: c.childForFieldName("condition"), holds: false });
      }
    }
    if (p.type === "block" || p.type === "module") {
      for (let s = n.previousNamedSibling; s; s = s.previousNamedSibling) {
        if (s.type !== "if_statement" || s.namedChildren.some((c) => c.type === "else_clause")) continue;
        const arms2 = [s.childForFieldName("consequence"), ...s.namedChildren.filter((c) => c.type === "elif_clause").map((c) => c.childForFieldName("consequence"))];
        if (!arms2.every((b) => b && leaves(b))) continue;
        out.push({ node: s.childForFieldName("condition"), holds: false, left: true });
        for (const c of s.namedChildren) if (c.type === "elif_clause") out.push({ node: c.childForFieldName("condition"), holds: false, left: true });
      }
    }
  }
  return out;
}
function leaves(block) {
  const last = block.lastNamedChild;
  return last?.type === "return_statement" || last?.type === "raise_statement";
}
function atoms(fact, out) {
  const n = unparenthesize(fact.node);
  if (n.type === "not_operator") return atoms({ node: n.childForFieldName("argument"), holds: !fact.holds }, out);
  if (n.type === "boolean_operator") {
    const op = n.childForFieldName("operator")?.text;
    if (op === "and" && fact.holds || op === "or" && !fact.holds) {
      atoms({ node: n.childForFieldName("left"), holds: fact.holds }, out);
      atoms({ node: n.childForFieldName("right"), holds: fact.holds }, out);
      return;
    }
  }
  out.set(key(n), fact.holds);
}
var key = (n) => n.text.replace(/\s+/g, "");
function truth(node, known) {
  const n = unparenthesize(node);
  const k = known.get(key(n));
  if (k !== void 0) return k;
  if (n.type === "not_operator") {
    const t = truth(n.childForFieldName("argument"), known);
    return t === null ? null : !t;
  }
  if (n.type === "boolean_operator") {
    const op = n.childForFieldName("operator")?.text;
    const l = truth(n.childForFieldName("left"), known);
    const r = truth(n.childForFieldName("right"), known);
    if (op === "and") return l === false || r === false ? false : l === true && r === true ? true : null;
    if (op === "or") return l === true || r === true ? true : l === false && r === false ? false : null;
  }
  return null;
}
function stable(model, condition, fn) {
  const OK = /* @__PURE__ */ new Set(["identifier", "not_operator", "boolean_operator", "comparison_operator", "parenthesized_expression", "none", "true", "false", "integer", "string", "string_start", "string_content", "string_end"]);
  const stack = [condition];
  while (stack.length) {
    const n = stack.pop();
    if (!OK.has(n.type)) return false;
    if (n.type === "identifier") {
      const found = model.lookup(n.text, model.scopeOf(n));
      if (!found || found.scope.node.id !== fn.id || found.bindings.length !== 1) return false;
    }
    stack.push(...n.namedChildren);
  }
  return true;
}
function unpipedAt(model, choice2, node) {
  const facts = factsAt(node, choice2.fn).filter((f) => stable(model, f.node, choice2.fn));
  if (facts.length === 0) return null;
  const ruledOut = (list) => {
    const known = /* @__PURE__ */ new Map();
    for (const f of list) atoms(f, known);
    return choice2.ways.every((way) => way.some((f) => truth(f.node, known) === !f.holds));
  };
  if (!ruledOut(facts)) return null;
  return ruledOut(facts.filter((f) => f.left)) ? "left" : "skipped";
}
function ruledOutAt(call, choice2, params) {
  const method = call.childForFieldName("function")?.type === "attribute" && ["self", "cls"].includes(params[0] ?? "");
  const known = /* @__PURE__ */ new Map();
  for (const way of choice2.ways) {
    for (const f of way) {
      for (const id of [unparenthesize(f.node), ...f.node.descendantsOfType("identifier")]) {
        if (id.type !== "identifier" || known.has(id.text) || !params.includes(id.text)) continue;
        const index = params.indexOf(id.text) - (method ? 1 : 0);
        const v = index < 0 ? null : truthOf(argument(call, index, id.text));
        if (v !== null) known.set(id.text, v);
      }
    }
  }
  return choice2.ways.every((way) => way.some((f) => truth(f.node, known) === !f.holds));
}
function parameterNames(def) {
  return def.childForFieldName("parameters")?.namedChildren.filter((p) => p.type !== "comment").map((p) => p.type === "identifier" ? p.text : p.childForFieldName("name")?.text ?? p.namedChildren[0]?.text ?? "") ?? [];
}
function choiceText(choice2) {
  if (choice2.ways.length !== 1) return null;
  const parts = choice2.ways[0].map((f) => f.holds ? f.node.text : `not (${f.node.text})`.replace(/^not \(([\w.]+)\)$/, "not $1"));
  const text = parts.join(" and ").replace(/\s+/g, " ");
  return text.length <= 50 ? text : null;
}
function chosenStreams(model, call) {
  const stdout = argument(call, 4, "stdout");
  const stderr = argument(call, 5, "stderr");
  const written = (n) => !!n && model.qualifiedName(unparenthesize(n)) === "subprocess.PIPE";
  if (written(stdout) || written(stderr)) return null;
  const merged = !!stderr && model.qualifiedName(unparenthesize(stderr)) === "subprocess.STDOUT";
  const out = stdout ? pipeChoice(model, stdout) : null;
  const err = stderr && !merged ? pipeChoice(model, stderr) : null;
  if (!out && !err) return null;
  if (out && err && out === "always" !== (err === "always")) return null;
  if (out && err && out !== "always" && unparenthesize(stdout).text !== unparenthesize(stderr).text) return null;
  const choice2 = out ?? err;
  return { stdout: out ? stdout : null, stderr: err ? stderr : null, choice: choice2 === "always" ? null : choice2 };
}
function choiceNote(choice2) {
  if (!choice2) return "";
  const text = choiceText(choice2);
  return text ? ` (piped when \`${text}\`)` : " (piped on some runs)";
}

// src/python/wrappers.ts
function internalName(s, internal) {
  return internal.fn === s.name ? `${s.name}()` : `${internal.fn}() through ${s.name}()`;
}
function parameterOf(model, arg, methods = false) {
  const n = commandName(arg);
  if (!n) return null;
  const found = model.lookup(n.text, model.scopeOf(n));
  const param = found?.bindings.find((b) => b.kind === "param");
  const def = found?.scope.node;
  if (!param || def?.type !== "function_definition") return null;
  if (found.bindings.some((b) => b !== param && !(b.kind === "assign" && b.value && sameCommand(b.value, n.text)))) return null;
  const decorated = def.parent?.type === "decorated_definition" ? def.parent : null;
  const holder = (decorated ?? def).parent;
  const cls = holder?.type === "block" && holder.parent?.type === "class_definition" && holder.parent.parent?.type === "module" ? holder.parent : null;
  if (holder?.type !== "module" && !(methods && cls)) return null;
  const params = def.childForFieldName("parameters")?.namedChildren ?? [];
  const index = params.findIndex((p) => p.id === param.node.id || p.namedChildren.some((c) => c.id === param.node.id) || p.childForFieldName("name")?.id === param.node.id);
  const name = def.childForFieldName("name")?.text;
  if (!name || index < 0 || params.slice(0, index + 1).some((p) => p.type === "list_splat_pattern" || p.type === "dictionary_splat_pattern")) return null;
  if (!cls) return { name, index, paramName: n.text };
  const isStatic = !!decorated?.namedChildren.some((d) => d.type === "decorator" && /^@\s*staticmethod\b/.test(d.text));
  const isClass = !!decorated?.namedChildren.some((d) => d.type === "decorator" && /^@\s*classmethod\b/.test(d.text));
  const skip = isStatic ? 0 : 1;
  const className = cls.childForFieldName("name")?.text;
  if (index < skip || !className) return null;
  return { name, index: index - skip, paramName: n.text, method: className, bound: isStatic ? "static" : isClass ? "class" : "instance" };
}
function commandName(arg) {
  const n = arg && unparenthesize(arg);
  if (!n) return null;
  if (n.type === "identifier") return n;
  if (n.type !== "call") return null;
  const names = n.descendantsOfType("identifier").filter((id) => !SAME_COMMAND.has(id.text));
  return names.length > 0 && names.every((id) => id.text === names[0].text) && sameCommand(n, names[0].text) ? names[0] : null;
}
var SAME_COMMAND = /* @__PURE__ */ new Set(["shlex", "split", "str", "list", "tuple", "isinstance", "basestring", "unicode", "bytes", "strip", "encode", "decode", "join"]);
function sameCommand(value, name) {
  return value.descendantsOfType("identifier").every((id) => id.text === name || SAME_COMMAND.has(id.text));
}
var OPENERS = /* @__PURE__ */ new Set(["os.popen", "platform.popen", "subprocess.Popen"]);
var summaryCache = /* @__PURE__ */ new WeakMap();
function wrapperSummaries(model) {
  let out = summaryCache.get(model);
  if (out) return out;
  out = /* @__PURE__ */ new Map();
  summaryCache.set(model, out);
  let openers = null;
  for (const fn of model.tree.rootNode.namedChildren) {
    const def = fn.type === "decorated_definition" ? fn.childForFieldName("definition") : fn;
    if (def?.type === "class_definition") {
      const found = classWrapper(model, def);
      const name2 = def.childForFieldName("name").text;
      if (found) {
        const { summary, pipes: pipes2, param, paramName } = found;
        out.set(name2, { name: name2, opener: "subprocess.Popen", param, paramName, stdout: pipes2.stdout, stderr: pipes2.stderr, merged: pipes2.merged, shell: pipes2.shell, line: pipes2.call.startPosition.row + 1, cls: summary });
      }
      continue;
    }
    if (def?.type !== "function_definition") continue;
    const name = def.childForFieldName("name")?.text;
    const params = def.childForFieldName("parameters")?.namedChildren.map((p) => p.type === "identifier" ? p.text : p.childForFieldName("name")?.text ?? p.namedChildren[0]?.text ?? "") ?? [];
    const body = def.childForFieldName("body");
    if (!name || !body) continue;
    for (const stmt of body.descendantsOfType("return_statement")) {
      let value = stmt.namedChildren[0] ? unparenthesize(stmt.namedChildren[0]) : null;
      if (value?.type === "identifier") {
        const found = model.lookup(value.text, model.scopeOf(value));
        const only = found?.scope.node.id === def.id && found.bindings.length === 1 ? found.bindings[0] : null;
        value = only?.kind === "assign" && only.value ? unparenthesize(only.value) : null;
      }
      const summary = value?.type === "call" ? openerSummary(model, name, value, params) : null;
      if (summary) {
        out.set(name, summary);
        break;
      }
    }
    if (out.has(name)) continue;
    for (const { call } of openers ??= callsTo(model, OPENERS)) {
      if (call.startIndex < body.startIndex || call.endIndex > body.endIndex) continue;
      const summary = openerSummary(model, name, call, params);
      if (summary) {
        out.set(name, { ...summary, internal: { opener: call, model, fn: name } });
        break;
      }
    }
  }
  return out;
}
function openerSummary(model, name, value, params) {
  const callee = value.childForFieldName("function");
  const qualified = callee && mayQualifyAs(callee, OPENERS) ? model.qualifiedName(callee) : null;
  if (!qualified || !OPENERS.has(qualified)) return null;
  const cmd = argument(value, 0, qualified === "subprocess.Popen" ? "args" : "cmd");
  const cmdName = cmd && unparenthesize(cmd).type === "identifier" ? derivedParam(model, unparenthesize(cmd), params) : null;
  const param = cmdName ? params.indexOf(cmdName) : -1;
  if (param < 0) return null;
  const is = (node, q) => !!node && model.qualifiedName(unparenthesize(node)) === q;
  const shellArg = argument(value, 8, "shell");
  const chosen = qualified === "subprocess.Popen" ? chosenStreams(model, value) : null;
  return {
    ...chosen ? { chosen: { stdout: !!chosen.stdout, stderr: !!chosen.stderr, choice: chosen.choice, params } } : {},
    name,
    opener: qualified === "subprocess.Popen" ? "subprocess.Popen" : "os.popen",
    param,
    paramName: cmdName,
    stdout: qualified !== "subprocess.Popen" || is(argument(value, 4, "stdout"), "subprocess.PIPE"),
    stderr: qualified === "subprocess.Popen" && is(argument(value, 5, "stderr"), "subprocess.PIPE"),
    merged: is(argument(value, 5, "stderr"), "subprocess.STDOUT"),
    shell: qualified !== "subprocess.Popen" || !!shellArg && shellArg.text === "True",
    line: value.startPosition.row + 1
  };
}
function derivedParam(model, id, params) {
  if (params.includes(id.text)) return id.text;
  const found = model.lookup(id.text, model.scopeOf(id));
  const only = found?.scope.kind === "function" && found.bindings.length === 1 ? found.bindings[0] : null;
  const value = only?.kind === "assign" && only.value ? unparenthesize(only.value) : null;
  const names = /* @__PURE__ */ new Set();
  const word = (n) => {
    n = unparenthesize(n);
    if (n.type === "identifier") return names.add(n.text), params.includes(n.text);
    if (n.type !== "call") return false;
    const fn = n.childForFieldName("function");
    const first = argument(n, 0, "s");
    if (fn && model.qualifiedName(fn) === "shlex.split" && first) return word(first);
    return fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "split" && word(fn.childForFieldName("object"));
  };
  if (!value) return null;
  const ok = value.type === "conditional_expression" ? [value.namedChildren[0], value.namedChildren[2]].every(word) : word(value);
  return ok && names.size === 1 ? [...names][0] : null;
}
var moduleCache = /* @__PURE__ */ new Map();
var parse = null;
function useParser(p) {
  parse = p;
}
function projectParser() {
  return parse;
}
var parsedModules = /* @__PURE__ */ new Map();
function takeParsedModule(file, text) {
  const hit = parsedModules.get(file);
  if (!hit) return null;
  parsedModules.delete(file);
  return hit.text === text ? hit.tree.copy() : null;
}
var keepLintTree = null;
var lintTrees = /* @__PURE__ */ new Map();
var moduleParses = 0;
function offerLintTree(file, text, tree) {
  if (keepLintTree?.(file) && (text.includes("popen") || text.includes("Popen"))) lintTrees.set(file, { text, tree: tree.copy() });
}
function moduleSummaries(file) {
  let cached = moduleCache.get(file);
  if (cached) return cached;
  cached = /* @__PURE__ */ new Map();
  moduleCache.set(file, cached);
  try {
    const bytes = fs7.readFileSync(file);
    if (parse && (bytes.includes("popen") || bytes.includes("Popen") || wrapperNamesByText(file, bytes).length > 0)) {
      const text = bytes.toString("utf8");
      const kept = lintTrees.get(file);
      lintTrees.delete(file);
      if (kept && kept.text !== text) kept.tree.delete();
      const tree = kept?.text === text ? kept.tree : (moduleParses++, parse(text));
      parsedModules.set(file, { text, tree });
      cached = chainedSummaries(new PythonModel(tree, text), file);
    }
    moduleCache.set(file, cached);
  } catch {
  }
  return cached;
}
function wrapperCalls(model, file) {
  const summaries = chainedSummaries(model, file);
  const last = lastRound.get(model);
  const calls = last && last.size === summaries.size ? last.calls : resolvedCalls(model, file, summaries, moduleSummaries);
  return calls.map(({ call, value, where }) => ({ call, summary: value, where }));
}
var lastRound = /* @__PURE__ */ new WeakMap();
var chainCache = /* @__PURE__ */ new WeakMap();
function chainedSummaries(model, file) {
  let out = chainCache.get(model);
  if (out) return out;
  out = new Map(wrapperSummaries(model));
  chainCache.set(model, out);
  const defines = /^(?:async[ \t]+)?def[ \t]/m.test(model.text);
  for (let round = 0; round < MAX_CHAIN; round++) {
    let added = false;
    const calls = resolvedCalls(model, file, out, moduleSummaries);
    lastRound.set(model, { size: out.size, calls });
    if (!defines) break;
    for (const { call, value: inner } of calls) {
      if (!inner.internal || inner.cls) continue;
      const args = call.childForFieldName("arguments")?.namedChildren ?? [];
      if (args.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) continue;
      const outer = parameterOf(model, argument(call, inner.param, inner.paramName));
      if (!outer || out.has(outer.name)) continue;
      const flags = inner.internal.fn === inner.name ? drainFlags(inner.internal.model, inner.internal.opener) : [];
      const set = flags.length ? flagsAt(call, flags) : inner.internal.set ?? null;
      if (set === "drains") continue;
      const skipped = inner.internal.fn === inner.name ? skippedArms(call, guardFlags(inner.internal.model, inner.internal.opener)) : inner.internal.skipped;
      out.set(outer.name, { ...inner, name: outer.name, param: outer.index, paramName: outer.paramName, internal: { ...inner.internal, set, skipped } });
      added = true;
    }
    if (!added) break;
  }
  return out;
}

// src/python/project-files.ts
import fs9 from "node:fs";
import path5 from "node:path";

// src/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
import fs8 from "node:fs";
import path4 from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([
  ".bzr",
  ".direnv",
  ".eggs",
  ".git",
  ".git-rewrite",
  ".hg",
  ".ipynb_checkpoints",
  ".mypy_cache",
  ".nox",
  ".pants.d",
  ".pyenv",
  ".pytest_cache",
  ".pytype",
  ".ruff_cache",
  ".svn",
  ".tox",
  ".venv",
  "__pycache__",
  "__pypackages__",
  "buck-out",
  "node_modules",
  "site-packages",
  "venv"
]);
var PYTHON_BUILD_DIRS = /* @__PURE__ */ new Set(["build", "_build"]);
function childPath(dir, name) {
  const last = dir.charCodeAt(dir.length - 1);
  return dir === "." || dir === "" || last === 47 || last === 92 ? path4.join(dir, name) : `${dir}${path4.sep}${name}`;
}
function skipsPython(name, abs) {
  return SKIP_DIRS.has(name) || PYTHON_BUILD_DIRS.has(name) && !fs8.existsSync(path4.join(abs, "__init__.py"));
}
function defaultExcluded(abs, language) {
  const rel = path4.relative(process.cwd(), abs);
  const inside = rel !== "" && !rel.startsWith("..") && !path4.isAbsolute(rel);
  const base = inside ? process.cwd() : path4.dirname(abs);
  const parts = inside ? rel.split(path4.sep).slice(0, -1) : [];
  let dir = base;
  for (const part of parts) {
    dir = path4.join(dir, part);
    if (SKIP_DIRS.has(part) || language === "python" && skipsPython(part, dir)) return true;
  }
  return false;
}
var EXTENSIONS = {
  ".py": "python",
  ".pyw": "python",
  ".js": "javascript",
  ".cjs": "javascript",
  ".mjs": "javascript",
  ".jsx": "javascript",
  ".ts": "javascript",
  ".tsx": "javascript",
  ".mts": "javascript",
  ".cts": "javascript"
};
var SHEBANG_PYTHON = /^#![^\n]*\bpython[0-9.]*\b/;
var SHEBANG_NODE = /^#![^\n]*\b(node|nodejs|deno|bun|tsx|ts-node)\b/;
function languageByName(file) {
  if (file.endsWith(".d.ts")) return null;
  return EXTENSIONS[path4.extname(file).toLowerCase()] ?? null;
}
function languageByHead(head) {
  if (SHEBANG_PYTHON.test(head)) return "python";
  if (SHEBANG_NODE.test(head)) return "javascript";
  return null;
}
function languageByShebang(abs) {
  let fd;
  try {
    fd = fs8.openSync(abs, fs8.constants.O_RDONLY | fs8.constants.O_NONBLOCK);
    const buf = Buffer.alloc(128);
    const n = fs8.readSync(fd, buf, 0, 128, 0);
    return languageByHead(buf.subarray(0, n).toString("latin1"));
  } catch {
    return null;
  } finally {
    if (fd !== void 0) fs8.closeSync(fd);
  }
}
function languageOf(abs) {
  const byName = languageByName(abs);
  if (byName) return byName;
  return path4.extname(path4.basename(abs)) === "" ? languageByShebang(abs) : null;
}
function lstatOk(abs) {
  try {
    fs8.lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}
function gitRoot(dir) {
  for (let d = dir; ; d = path4.dirname(d)) {
    if (fs8.existsSync(path4.join(d, ".git"))) return d;
    if (path4.dirname(d) === d) return null;
  }
}
function readGitignore(dir) {
  return readIgnoreFile(path4.join(dir, ".gitignore"), dir);
}
function readInfoExclude(root) {
  const dotGit = path4.join(root, ".git");
  let gitDir = dotGit;
  try {
    if (fs8.statSync(dotGit).isFile()) {
      const m = /^gitdir:\s*(.+?)\s*$/m.exec(fs8.readFileSync(dotGit, "utf8"));
      if (!m) return null;
      gitDir = path4.resolve(root, m[1]);
      const common = path4.join(gitDir, "commondir");
      if (fs8.existsSync(common)) gitDir = path4.resolve(gitDir, fs8.readFileSync(common, "utf8").trim());
    }
  } catch {
    return null;
  }
  return readIgnoreFile(path4.join(gitDir, "info", "exclude"), root);
}
function readIgnoreFile(file, base) {
  let text;
  try {
    if (!fs8.statSync(file).isFile()) return null;
    text = fs8.readFileSync(file, "utf8");
  } catch {
    return null;
  }
  return { base, matcher: (0, import_ignore.default)().add(text) };
}
function isIgnored(layers, abs, isDir) {
  for (const layer of layers) {
    const rel = path4.relative(layer.base, abs);
    if (!rel || rel.startsWith("..") || path4.isAbsolute(rel)) continue;
    if (layer.matcher.ignores(isDir ? `${rel.split(path4.sep).join("/")}/` : rel.split(path4.sep).join("/"))) return true;
  }
  return false;
}
var STAT_ERRORS = {
  ENOENT: "No such file or directory",
  ELOOP: "Too many levels of symbolic links",
  ENOTDIR: "Not a directory",
  EACCES: "Permission denied",
  ENAMETOOLONG: "File name too long"
};
function discover(paths, options) {
  const walk2 = new Discovery(options);
  for (const given of paths) walk2.given(given);
  return { files: walk2.files, diagnostics: walk2.diagnostics };
}
function outerLayers(abs) {
  const root = gitRoot(abs);
  if (!root) return [];
  const info = root !== abs ? readInfoExclude(root) : null;
  const chain = [];
  for (let d = path4.dirname(abs); d.startsWith(root); d = path4.dirname(d)) {
    chain.unshift(d);
    if (d === root) break;
  }
  return [...info ? [info] : [], ...chain.map(readGitignore).filter((l) => l !== null)];
}
var Discovery = class {
  constructor(options) {
    this.options = options;
    this.excludes = options.exclude.map((e) => ({ base: e.base, matcher: (0, import_ignore.default)().add(e.patterns) }));
  }
  options;
  files = [];
  diagnostics = [];
  seen = /* @__PURE__ */ new Set();
  excludes;
  /** A path named on the command line: a folder is walked, a file taken if its language is known. */
  given(given) {
    const abs = path4.resolve(given);
    let st;
    try {
      st = fs8.statSync(abs);
    } catch (e) {
      const code2 = e.code;
      const reason = (code2 && STAT_ERRORS[code2]) ?? `cannot stat: ${code2 ?? e.message}`;
      this.diagnostics.push({ path: given, code: "E902", message: reason });
      return;
    }
    if (this.options.forceExclude && (isIgnored(this.excludes, abs, st.isDirectory()) || defaultExcluded(st.isDirectory() ? path4.join(abs, "_") : abs, st.isDirectory() ? null : languageOf(abs)))) return;
    if (st.isDirectory()) {
      const layers = outerLayers(abs);
      const pythonCopies = this.options.forceExclude && defaultExcluded(path4.join(abs, "_"), "python");
      this.walk(given === "" ? "." : path4.normalize(given), abs, isIgnored(layers, abs, true) ? [] : layers, pythonCopies);
    } else if (st.isFile()) {
      const language = languageOf(abs);
      if (language) this.add(path4.normalize(given), abs, language);
    } else {
      this.diagnostics.push({ path: given, code: "E902", message: "not a regular file (FIFO, socket or device); skipped" });
    }
  }
  // Keyed by the real path: a file reached through a symlink and by its own name is linted,
  // and above all fixed, once.
  add(display, abs, language, real) {
    const resolved2 = path4.resolve(abs);
    let key2 = real ?? resolved2;
    if (real === void 0) {
      try {
        key2 = fs8.realpathSync.native(resolved2);
      } catch {
      }
    }
    if (this.seen.has(key2)) return;
    this.seen.add(key2);
    this.files.push({ path: display, abs: resolved2, language });
  }
  /**
   * `pythonCopies`: below Python build output, whose Python files are skipped. `realDir`: the
   * folder's real path when its parent's is known (a folder the walk enters is never a link, so
   * it is the parent's plus its name); found with realpath for the folder named.
   */
  walk(display, abs, layers, pythonCopies, realDir) {
    if (realDir === void 0) {
      try {
        realDir = fs8.realpathSync.native(abs);
      } catch {
        realDir = void 0;
      }
    }
    let entries;
    try {
      entries = fs8.readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      this.diagnostics.push({ path: display, code: "E902", message: `cannot read directory: ${e.code ?? e.message}` });
      return;
    }
    this.options.onListing?.(abs, entries);
    const own = entries.some((e) => e.name === ".gitignore") ? readGitignore(abs) : null;
    const info = entries.some((e) => e.name === ".git") && !layers.some((l) => l.base === abs) ? readInfoExclude(abs) : null;
    const here = [...layers, ...info ? [info] : [], ...own ? [own] : []];
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const childAbs = childPath(abs, entry.name);
      const childDisplay = display === "." ? entry.name : childPath(display, entry.name);
      const kind = this.kindOf(entry, childAbs, childDisplay);
      if (kind === "dir") {
        if (SKIP_DIRS.has(entry.name)) continue;
        if (isIgnored(here, childAbs, true) || isIgnored(this.excludes, childAbs, true)) continue;
        this.walk(childDisplay, childAbs, here, pythonCopies || skipsPython(entry.name, childAbs), realDir !== void 0 ? childPath(realDir, entry.name) : void 0);
      } else if (kind === "file") {
        if (isIgnored(here, childAbs, false) || isIgnored(this.excludes, childAbs, false)) continue;
        const language = languageOf(childAbs);
        if (language === "python" && pythonCopies) continue;
        if (language) this.add(childDisplay, childAbs, language, realDir !== void 0 && !entry.isSymbolicLink() ? childPath(realDir, entry.name) : void 0);
      }
    }
  }
  /** What a folder entry is to the walk; symlinks are followed for files only (a folder link could loop). */
  kindOf(entry, abs, display) {
    if (entry.name.includes("\uFFFD") && !lstatOk(abs)) {
      if (entry.isDirectory() || languageByName(entry.name)) this.diagnostics.push({ path: display, code: "E902", message: "name is not valid UTF-8; skipped" });
      return "skip";
    }
    if (!entry.isSymbolicLink()) return entry.isDirectory() ? "dir" : entry.isFile() ? "file" : "skip";
    try {
      return fs8.statSync(abs).isFile() ? "file" : "skip";
    } catch {
      return "skip";
    }
  }
};

// src/python/project-files.ts
var MAX_FILES = 5e3;
var rootCache = /* @__PURE__ */ new Map();
var listCache = /* @__PURE__ */ new Map();
var callIndex = /* @__PURE__ */ new Map();
var baseIndex = /* @__PURE__ */ new Map();
var modelCache = /* @__PURE__ */ new Map();
var VCS = [".git", ".hg", ".svn", ".bzr"];
var PROJECT_FILES = ["pyproject.toml", "setup.py", "setup.cfg"];
var namedFolder = null;
function useNamedFolder(folder) {
  namedFolder = folder;
}
function repositoryRoot(file) {
  const dir = path5.dirname(path5.resolve(file));
  const hit = markedRoot(dir);
  if (hit !== null || namedFolder === null) return hit;
  return dir === namedFolder || dir.startsWith(namedFolder.endsWith(path5.sep) ? namedFolder : namedFolder + path5.sep) ? namedFolder : null;
}
function markedRoot(dir) {
  let hit = rootCache.get(dir);
  if (hit !== void 0) return hit;
  hit = null;
  let project = null;
  for (let d = dir; ; d = path5.dirname(d)) {
    if (VCS.some((v) => fs9.existsSync(path5.join(d, v)))) {
      hit = d;
      break;
    }
    if (PROJECT_FILES.some((f) => fs9.existsSync(path5.join(d, f)))) project = d;
    if (path5.dirname(d) === d) break;
  }
  hit ??= project;
  rootCache.set(dir, hit);
  return hit;
}
function pythonFiles(root) {
  if (listCache.has(root)) return listCache.get(root);
  const out = [];
  const stack = [root];
  let ok = true;
  while (stack.length && ok) {
    const dir = stack.pop();
    let entries;
    try {
      entries = fs9.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const full = path5.join(dir, e.name);
      if (e.isDirectory()) {
        if (!skipsPython(e.name, full)) stack.push(full);
      } else if (e.isFile() && e.name.endsWith(".py")) {
        out.push(full);
        if (out.length > MAX_FILES) {
          ok = false;
          break;
        }
      }
    }
  }
  const list = ok ? out : null;
  listCache.set(root, list);
  return list;
}
function textOf(file) {
  try {
    return fs9.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
var STARTS = /(?:\btarget\s*=\s*|\b(?:start_new_thread|submit|apply_async|apply)\s*\(\s*|\brun_in_executor\s*\([^,()]*,\s*)(?:[A-Za-z_]\w*\s*\.\s*)*([A-Za-z_]\w*)/g;
function indexOf(root, files) {
  let index = callIndex.get(root);
  if (index) return index;
  index = /* @__PURE__ */ new Map();
  callIndex.set(root, index);
  const bases = /* @__PURE__ */ new Map();
  baseIndex.set(root, bases);
  const add = (map, n, file) => {
    let list = map.get(n);
    if (!list) map.set(n, list = []);
    list.push(file);
  };
  for (const file of files) {
    const text = textOf(file);
    if (text === null) continue;
    const names = /* @__PURE__ */ new Set();
    for (const m of text.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) names.add(m[1]);
    for (const m of text.matchAll(STARTS)) names.add(m[1]);
    for (const n of names) add(index, n, file);
    const named = /* @__PURE__ */ new Set();
    for (const m of text.matchAll(/^[ \t]*class\s+\w+\s*\(([^)]*)\)/gm)) for (const b of m[1].matchAll(/(\w+)\s*(?:,|$)/g)) named.add(b[1]);
    for (const n of named) add(bases, n, file);
  }
  return index;
}
var importCache = /* @__PURE__ */ new Map();
function importsFile(file, def) {
  let targets = importCache.get(file);
  if (!targets) {
    const text = textOf(file);
    targets = new Set(text === null ? [] : [...importTargets(text, file)].map((t) => path5.resolve(t.target)));
    importCache.set(file, targets);
  }
  return targets.has(def);
}
function modelOf(file) {
  if (!modelCache.has(file)) {
    const text = textOf(file);
    let model = null;
    try {
      const parse3 = projectParser();
      if (text !== null && parse3) model = new PythonModel(parse3(text), text);
    } catch {
    }
    modelCache.set(file, model);
  }
  return modelCache.get(file);
}
function callerRoot(defFile) {
  const root = repositoryRoot(defFile);
  if (!root || !projectParser()) return null;
  let dir = root;
  for (const part of path5.relative(root, path5.dirname(path5.resolve(defFile))).split(path5.sep).filter(Boolean)) {
    dir = path5.join(dir, part);
    if (part.startsWith(".") || skipsPython(part, dir)) return null;
  }
  return root;
}

// src/test-files.ts
import path6 from "node:path";
var TEST_PATH = /(^|[\\/])(test|tests|testing|__tests__|spec|e2e)[\\/]|\.(test|spec)\.[cm]?[jt]sx?$|(^|[\\/])(test|tests|spec)\.[cm]?[jt]sx?$|(^|[\\/])(test_[^\\/]*|[^\\/]*_test|conftest)\.pyw?$/i;
function isTestPath(file, namedFolder2) {
  if (!path6.isAbsolute(file)) return TEST_PATH.test(file);
  for (const root of namedFolder2 ? [namedFolder2, process.cwd()] : [process.cwd()]) {
    const below = path6.relative(root, file);
    if (!below.startsWith("..") && !path6.isAbsolute(below)) return TEST_PATH.test(below);
  }
  return TEST_PATH.test(path6.basename(file));
}

// src/knowledge/evidence.ts
var DEFAULT_EVIDENCE = "shape";
var EVIDENCE_LEVELS = ["known", "likely", "possible"];
var DEFAULT_EVIDENCE_LEVEL = "known";
var LEVEL = {
  grows: "known",
  "lives-on": "known",
  "any-size": "known",
  deadlock: "known",
  shape: "known",
  "can-grow": "likely",
  "in-test": "likely",
  race: "known",
  "external-command": "likely",
  "unlisted-program": "possible",
  "lone-race": "possible"
};
function severityOf(evidence) {
  return LEVEL[evidence] === "known" ? "error" : "warning";
}
function reportedAt(evidence, level) {
  return EVIDENCE_LEVELS.indexOf(LEVEL[evidence]) <= EVIDENCE_LEVELS.indexOf(level);
}
function commandEvidence(output) {
  switch (output.basis) {
    case "value":
    case "count":
      return "external-command";
    case "unlisted":
      return "unlisted-program";
    default:
      return "grows";
  }
}
function nodeBufferEvidence(output) {
  const own = commandEvidence(output);
  if (own !== "grows") return own;
  const runsAnything = output.stdout === "unbounded" && output.stderr === "unbounded";
  return !runsAnything || output.scales || output.pace || output.document || output.serves || output.livesOn ? "grows" : "can-grow";
}
function deadlockEvidence(output) {
  const own = commandEvidence(output);
  return own === "external-command" && output.basis !== "count" ? "deadlock" : own;
}

// src/finding.ts
function toFinding(meta, path24, source, report, namedFolder2) {
  const own = report.evidence ?? DEFAULT_EVIDENCE;
  const evidence = meta.defaultEnabled && LEVEL[own] === "known" && own !== "race" && isTestPath(path24, namedFolder2) ? "in-test" : own;
  return {
    rule: meta.id,
    name: meta.name,
    path: path24,
    start: report.start,
    end: report.end,
    range: { start: source.position(report.start), end: source.position(report.end) },
    message: report.message,
    severity: meta.severity === "warning" ? "warning" : severityOf(evidence),
    evidence,
    fixes: report.fixes ?? []
  };
}
function reported(finding, options) {
  return reportedAt(finding.evidence, options.evidence ?? DEFAULT_EVIDENCE_LEVEL);
}
function countedOnly(finding) {
  return { ...finding, fixes: [] };
}
function hiddenCounts(findings) {
  const counts2 = {};
  for (const f of findings) counts2[LEVEL[f.evidence]] = (counts2[LEVEL[f.evidence]] ?? 0) + 1;
  return counts2;
}
function sortFindings(findings) {
  return findings.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.rule.localeCompare(b.rule));
}
function ruleFailure(path24, id, e) {
  const error = e instanceof Error ? e : new Error(String(e));
  return { path: path24, message: `${id} failed: ${error.message}`, ...error.stack ? { stack: error.stack } : {} };
}

// src/any-word.ts
var AnyWord = class {
  stride;
  /** 1 where a byte pair (first byte << 8 | second) anchors some word. */
  anchors = new Uint8Array(65536);
  byAnchor = /* @__PURE__ */ new Map();
  /** Words of one byte (or none at all): searched one by one. */
  plain = null;
  constructor(words) {
    const shortest = Math.min(...words.map((w) => w.length));
    if (!words.length || shortest < 2) {
      this.plain = [...words];
      this.stride = 1;
      return;
    }
    this.stride = Math.min(MAX_STRIDE, shortest - 1);
    for (const word of words) {
      for (let r = 0; r < this.stride; r++) {
        let offset = r;
        for (let j = r; j + 1 < word.length; j += this.stride) {
          if (commonness(word[j]) + commonness(word[j + 1]) < commonness(word[offset]) + commonness(word[offset + 1])) offset = j;
        }
        const pair = word[offset] << 8 | word[offset + 1];
        this.anchors[pair] = 1;
        let list = this.byAnchor.get(pair);
        if (!list) this.byAnchor.set(pair, list = []);
        if (!list.some((e) => e.word === word && e.offset === offset)) list.push({ word, offset });
      }
    }
  }
  /** Some word occurs in the bytes. */
  in(b) {
    if (this.plain) return this.plain.some((w) => b.includes(w));
    const last = b.length - 1;
    for (let i = 0; i < last; i += this.stride) {
      const pair = b[i] << 8 | b[i + 1];
      if (this.anchors[pair] === 0) continue;
      for (const { word, offset } of this.byAnchor.get(pair)) {
        const start = i - offset;
        if (start < 0 || start + word.length > b.length) continue;
        let k = 0;
        while (k < word.length && b[start + k] === word[k]) k++;
        if (k === word.length) return true;
      }
    }
    return false;
  }
};
var MAX_STRIDE = 3;
var BY_FREQUENCY = "etaoinsrhldcumfpgwybvkxjqz";
function commonness(c) {
  const lower = c >= 97 && c <= 122 ? BY_FREQUENCY.indexOf(String.fromCharCode(c)) : -1;
  if (lower >= 0) return BY_FREQUENCY.length - lower;
  return c === 95 ? 20 : c === 32 ? 30 : 3;
}

// src/prefilter.ts
var Needles = class {
  constructor(language, rules) {
    this.language = language;
    const groups = [...rules].flatMap((r) => r.prefilter ?? [r]);
    this.groups = groups.map((g) => ({ needles: [...g.needles], requires: g.requires?.length ? [...g.requires] : null, bytes: g.bytes?.length ? g.bytes.map((x) => Buffer.from(x, "utf8")) : null }));
    this.words = new Set(this.groups.flatMap((g) => [...g.needles, ...g.requires ?? []]));
    for (const w of this.words) this.bytesOf.set(w, Buffer.from(w, "utf8"));
    for (const w of this.words) this.within.set(w, [...this.words].filter((x) => x !== w && w.includes(x)));
    const bytes = [...this.bytesOf.values()];
    this.lengths = new Set(bytes.map((b) => b.length));
    this.firsts = new Set(bytes.map((b) => b[0]));
    const rare = new Set(this.groups.flatMap((g) => g.requires ?? g.needles));
    const gate = [...rare].filter((w) => !this.within.get(w).some((x) => rare.has(x)));
    this.gate = gate.length >= ANY_OF_MIN ? new AnyWord(gate.map((w) => this.bytesOf.get(w))) : null;
  }
  language;
  groups;
  bytesOf = /* @__PURE__ */ new Map();
  /** For each word, the other words it contains. */
  within = /* @__PURE__ */ new Map();
  /** Every word the prefilter looks for: needles and required words. */
  words;
  lengths;
  firsts;
  /**
   * One word of each group's rarer side (its `requires` when it has some: a rule declares them
   * because its needles are common words): a file that holds none of them passes no group.
   * Tried first, in one pass over the bytes (AnyWord): most files of a tree end there.
   */
  gate;
  /** Some rule's words occur anywhere in the bytes (a needle, and a required word when it has some). */
  occursIn(b) {
    return this.occurring(b) !== null;
  }
  /**
   * The groups whose words (and text) all occur somewhere in the bytes, as a mask (bit i:
   * group i; more than 31 groups: all of them), or null when none does.
   */
  occurring(b) {
    const seen = /* @__PURE__ */ new Map();
    const has = (w) => {
      let v = seen.get(w);
      if (v === void 0) seen.set(w, v = this.within.get(w).every(has) && b.includes(this.bytesOf.get(w)));
      return v;
    };
    if (this.gate && !this.gate.in(b)) return null;
    let text = null;
    const some = (words) => {
      if (words.some((w) => seen.get(w) === true)) return true;
      const open = words.filter((w) => seen.get(w) === void 0 && !this.within.get(w).some((x) => seen.get(x) === false));
      if (open.length < ANY_OF_MIN || !open.every((w) => ASCII2.test(w))) return open.some(has);
      return this.anyOf(open).test(text ??= b.toString("latin1"));
    };
    let mask = 0;
    for (const [i, g] of this.groups.entries()) {
      if (some(g.needles) && (!g.requires || some(g.requires)) && (!g.bytes || g.bytes.some((x) => b.includes(x)))) mask |= i < 31 ? 1 << i : ALL_GROUPS;
    }
    return mask === 0 ? null : mask;
  }
  anyOfCache = /* @__PURE__ */ new Map();
  anyOf(words) {
    const key2 = words.join("\0");
    let re = this.anyOfCache.get(key2);
    if (!re) this.anyOfCache.set(key2, re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")));
    return re;
  }
  /** The identifier b[start, end) is one of the words, or null. */
  wordAt(b, start, end) {
    if (!this.lengths.has(end - start) || !this.firsts.has(b[start])) return null;
    const w = b.toString("latin1", start, end);
    return this.words.has(w) ? w : null;
  }
  /** The words found so far let some rule through: one of the groups of `mask` (see occurring). */
  satisfiedBy(found, mask = ALL_GROUPS) {
    return this.groups.some((g, i) => (mask & (i < 31 ? 1 << i : ALL_GROUPS)) !== 0 && g.needles.some((w) => found.has(w)) && (!g.requires || g.requires.some((w) => found.has(w))));
  }
};
var ALL_GROUPS = -1;
function mentionsCandidate(bytes, needles) {
  const mask = needles.occurring(bytes);
  if (mask === null) return false;
  return needles.language !== "python" || pythonCodeMentions(bytes, needles, mask);
}
var ANY_OF_MIN = 3;
var ASCII2 = /^[\x20-\x7e]+$/;
var HASH = 35;
var BACKSLASH = 92;
var LF3 = 10;
var CR3 = 13;
var SQ = 39;
var DQ = 34;
var LBRACE = 123;
var RBRACE = 125;
var COLON = 58;
function isIdent(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c >= 128;
}
var PREFIX = /^(?:[rRuUbBfFtT]{1,2})$/;
var Found = class extends Error {
};
var Unsure = class extends Error {
};
function pythonCodeMentions(b, needles, mask = ALL_GROUPS) {
  try {
    const bom = b[0] === 239 && b[1] === 187 && b[2] === 191 ? 3 : 0;
    const end = code(b, bom, false, { needles, found: /* @__PURE__ */ new Set(), mask });
    if (end < b.length) throw new Unsure();
    return false;
  } catch (e) {
    if (e instanceof Found || e instanceof Unsure) return true;
    throw e;
  }
}
function code(b, i, field, scan) {
  let depth = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (isIdent(c)) {
      const start = i;
      while (i < n && isIdent(b[i])) i++;
      const q = b[i];
      if ((q === SQ || q === DQ) && PREFIX.test(b.toString("latin1", start, i))) {
        const fields = /[fFtT]/.test(b.toString("latin1", start, i));
        i = string(b, i, fields, scan);
      } else {
        const word = scan.needles.wordAt(b, start, i);
        if (word && !scan.found.has(word)) {
          scan.found.add(word);
          if (scan.needles.satisfiedBy(scan.found, scan.mask)) throw new Found();
        }
      }
      continue;
    }
    if (c === SQ || c === DQ) {
      i = string(b, i, false, scan);
      continue;
    }
    if (c === HASH) {
      if (field) throw new Unsure();
      while (i < n && b[i] !== LF3 && b[i] !== CR3) i++;
      continue;
    }
    if (c === BACKSLASH) {
      i = escape(b, i);
      continue;
    }
    if (field) {
      if (c === 40 || c === 91 || c === LBRACE) depth++;
      else if (c === 41 || c === 93 || c === RBRACE && depth > 0) depth--;
      else if (c === RBRACE) return i + 1;
      else if (c === COLON && depth === 0 && b[i + 1] !== 61) return formatSpec(b, i + 1, scan);
    }
    i++;
  }
  if (field) throw new Unsure();
  return i;
}
function formatSpec(b, i, scan) {
  while (i < b.length) {
    const c = b[i];
    if (c === RBRACE) return i + 1;
    if (c === LBRACE) i = code(b, i + 1, true, scan);
    else if (c === LF3 || c === CR3 || c === SQ || c === DQ) throw new Unsure();
    else i++;
  }
  throw new Unsure();
}
function escape(b, i) {
  return b[i + 1] === CR3 && b[i + 2] === LF3 ? i + 3 : i + 2;
}
function string(b, i, fields, scan) {
  const q = b[i];
  const n = b.length;
  const triple = b[i + 1] === q && b[i + 2] === q;
  i += triple ? 3 : 1;
  while (i < n) {
    const c = b[i];
    if (c === BACKSLASH) {
      i = escape(b, i);
    } else if (c === q) {
      if (!triple) return i + 1;
      if (b[i + 1] === q && b[i + 2] === q) return i + 3;
      i++;
    } else if (!triple && (c === LF3 || c === CR3)) {
      throw new Unsure();
    } else if (fields && c === LBRACE) {
      if (b[i + 1] === LBRACE) i += 2;
      else i = code(b, i + 1, true, scan);
    } else {
      i++;
    }
  }
  throw new Unsure();
}

// src/python/partial.ts
var NeedsWiderParse = class extends Error {
  indexes;
  constructor(index) {
    const indexes = typeof index === "number" ? [index] : index;
    super(`partial parse: offset ${indexes[0]} is outside the parsed statements`);
    this.indexes = indexes;
  }
};
var Coverage = class {
  constructor(text, ranges) {
    this.text = text;
    this.ranges = ranges;
  }
  text;
  ranges;
  covers(index) {
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const [s, e] = this.ranges[mid];
      if (index < s) hi = mid - 1;
      else if (index >= e) lo = mid + 1;
      else return true;
    }
    return false;
  }
  /** Throws NeedsWiderParse when `index` was not parsed. */
  require(index) {
    if (!this.covers(index)) throw new NeedsWiderParse(index);
  }
  /** Throws NeedsWiderParse, with every offset of `indexes` not parsed, when there is one. */
  requireAll(indexes) {
    const missed = [...indexes].filter((i) => !this.covers(i));
    if (missed.length) throw new NeedsWiderParse(missed);
  }
};
var CONTINUING = /^(?:else|elif|except|finally)\b/;
function topLevelChunks(text) {
  if (/\r(?!\n)/.test(text)) return null;
  const chunks = [];
  let depth = 0;
  let quote = 0;
  let triple = false;
  let start = 0;
  let decoratorsOnly = false;
  const n = text.length;
  let i = 0;
  let lineStart = true;
  let continued = false;
  while (i < n) {
    if (lineStart) {
      lineStart = false;
      const c2 = text.charCodeAt(i);
      if (quote === 0 && depth === 0 && !continued && c2 !== 32 && c2 !== 9 && c2 !== 12 && c2 !== 10 && c2 !== 13 && c2 !== 35) {
        const decorator = c2 === 64;
        const joins = decoratorsOnly || CONTINUING.test(text.slice(i, i + 8));
        if (!joins) {
          if (i > start) chunks.push([start, i]);
          start = i;
          decoratorsOnly = decorator;
        } else if (decoratorsOnly && !decorator) decoratorsOnly = false;
      }
      continued = false;
    }
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92) {
        i += 2;
        continue;
      }
      if (c === quote && (!triple || text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote)) {
        i += triple ? 3 : 1;
        quote = 0;
        continue;
      }
      if (c === 10) {
        if (!triple) return null;
        lineStart = true;
      }
      i++;
      continue;
    }
    switch (c) {
      case 35: {
        const eol = text.indexOf("\n", i);
        i = eol < 0 ? n : eol;
        continue;
      }
      case 39:
      case 34:
        quote = c;
        triple = text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
        i += triple ? 3 : 1;
        continue;
      case 40:
      case 91:
      case 123:
        depth++;
        break;
      case 41:
      case 93:
      case 125:
        if (--depth < 0) return null;
        break;
      case 92:
        if (text.charCodeAt(i + 1) === 10 || text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10) continued = true;
        break;
      case 10:
        lineStart = true;
        break;
    }
    i++;
  }
  if (quote || depth !== 0 || continued) return null;
  if (n > start) chunks.push([start, n]);
  return chunks;
}

// src/python/python2-syntax.ts
function hasPython2Syntax(tree, text, coverage) {
  const root = tree.rootNode;
  const at = (index) => {
    if (coverage && !coverage.covers(index)) coverage.requireAll(python2Candidates(text));
    return root.descendantForIndex(index, index + 1);
  };
  for (const m of text.matchAll(STATEMENT_KEYWORD)) {
    const type = at(m.index).parent?.type;
    if (type === "print_statement" || type === "exec_statement") return true;
  }
  for (const m of text.matchAll(EXCEPT_COMMA)) {
    const clause = at(m.index).parent;
    if (clause?.type === "except_clause" && clause.childrenForFieldName("value").length === 2) return true;
  }
  for (const m of text.matchAll(TOKEN)) {
    const node = at(m.index);
    const type = node.type;
    if (type === "string_start" && /^(`|ur)/i.test(node.text) || type === "integer" && node.startIndex === m.index || type === "<>") return true;
  }
  return false;
}
var STATEMENT_KEYWORD = /\b(?:print|exec)\b/g;
var EXCEPT_COMMA = /\bexcept\b[^:\n]*,/g;
var TOKEN = /`|<>|\b0\d+\b|\b\d+[lL]\b|\b[uU][rR]['"]/g;
function python2Candidates(text) {
  return [STATEMENT_KEYWORD, EXCEPT_COMMA, TOKEN].flatMap((re) => [...text.matchAll(re)].map((m) => m.index));
}

// src/rule.ts
function lazyFix(offer, build) {
  let edits;
  return Object.defineProperty({ ...offer }, "edits", {
    get: () => edits ??= build(),
    enumerable: true,
    configurable: true
  });
}
function settleFixes(findings, build, errors, rethrow = () => false) {
  for (const f of findings) {
    f.fixes = f.fixes.filter((fix) => {
      let edits;
      try {
        edits = build ? fix.edits : [];
      } catch (e) {
        if (rethrow(e)) throw e;
        const error = e instanceof Error ? e : new Error(String(e));
        errors.push({ path: f.path, message: `${f.rule} failed building its ${fix.strategy} fix: ${error.message}`, ...error.stack ? { stack: error.stack } : {} });
        return false;
      }
      Object.defineProperty(fix, "edits", { value: edits, enumerable: true, writable: true, configurable: true });
      return true;
    });
  }
}

// src/source.ts
var SourceText = class {
  constructor(text) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }
  text;
  lineStarts;
  /** 0-based line index containing offset. */
  lineIndex(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
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
    while (end > start && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r")) end--;
    return this.text.slice(start, end);
  }
  lineStart(offset) {
    return this.lineStarts[this.lineIndex(offset)];
  }
  /** The line terminator the file mostly uses, so inserted lines match it. */
  get newline() {
    const lf = this.text.indexOf("\n");
    if (lf < 0) return this.text.includes("\r") ? "\r" : "\n";
    return lf > 0 && this.text[lf - 1] === "\r" ? "\r\n" : "\n";
  }
};
function codePointLength(text, start, end) {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) i++;
    }
    n++;
  }
  return n;
}

// src/suppress.ts
var PY_NOQA = /#\s*noqa(?::\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?/gi;
var PY_IGNORE = /#\s*popenlint:\s*ignore\[([^\]]*)\]/gi;
var PY_FILE = /#\s*popenlint:\s*noqa(?::\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?/gi;
var JS_DIRECTIVE = /(\/\/|\/\*)\s*popenlint-(disable-next-line|disable-line|disable|enable)(?![-\w])([^\n\r]*)/g;
function ids(list) {
  const parts = (list ?? "").split(/[\s,]+/).filter(Boolean).map((s) => s.toUpperCase());
  return new Set(parts.length ? parts : ["*"]);
}
function readSuppressions(source, language, inComment2 = () => true) {
  const result = { file: /* @__PURE__ */ new Set(), lines: /* @__PURE__ */ new Map(), ranges: [] };
  const text = source.text;
  if (!/noqa|popenlint/i.test(text)) return result;
  const add = (line2, set) => {
    const existing = result.lines.get(line2);
    if (existing) for (const id of set) existing.add(id);
    else result.lines.set(line2, set);
  };
  const line = (offset) => source.lineIndex(offset);
  if (language === "python") {
    for (const m of text.matchAll(PY_FILE)) if (inComment2(m.index)) for (const id of ids(m[1])) result.file.add(id);
    for (const m of text.matchAll(PY_IGNORE)) if (inComment2(m.index)) add(line(m.index), ids(m[1]));
    for (const m of text.matchAll(PY_NOQA)) if (inComment2(m.index)) add(line(m.index), ids(m[1]));
    return result;
  }
  for (const m of text.matchAll(JS_DIRECTIVE)) {
    if (!inComment2(m.index)) continue;
    let tail = m[3] ?? "";
    if (m[1] === "/*") tail = tail.split("*/")[0];
    const rules = ids(tail.replace(/\s--\s.*$|^--\s.*$/, ""));
    const at = line(m.index);
    if (m[2] === "disable-next-line") add(at + 1, rules);
    else if (m[2] === "disable-line") add(at, rules);
    else result.ranges.push({ offset: m.index, enable: m[2] === "enable", rules });
  }
  return result;
}
function isSuppressed(s, rule14, startLine, endLine, startOffset) {
  if (s.file.has("*") || s.file.has(rule14)) return true;
  for (const line of /* @__PURE__ */ new Set([startLine, endLine])) {
    const set = s.lines.get(line);
    if (set && (set.has("*") || set.has(rule14))) return true;
  }
  if (startOffset === void 0) return false;
  let disabled = false;
  for (const r of s.ranges) {
    if (r.offset > startOffset) break;
    if (r.rules.has("*") || r.rules.has(rule14)) disabled = !r.enable;
  }
  return disabled;
}

// src/typescript/lint.ts
import fs17 from "node:fs";
import nodePath2 from "node:path";

// src/shell.ts
var PLACEHOLDER = "\uE000";
var RESERVED = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "select", "function", "[[", "!"]);
var OPERATORS = ["&&", "||", ";;", "|&", ";", "&", "|", "(", ")"];
var REDIR_OPS = ["&>>", "&>", ">>", ">|", ">&", "<<<", "<<-", "<<", "<&", "<>", ">", "<"];
var ShellSyntaxError = class extends Error {
};
var isBreak = (c) => " 	\n;&|()<>".includes(c);
var WordScanner = class {
  constructor(text) {
    this.text = text;
    this.n = text.length;
  }
  text;
  n;
  /** Reads one word starting at `from`; returns its end. */
  word(from) {
    const { text, n } = this;
    let j = from;
    while (j < n && !isBreak(text[j])) {
      const c = text[j];
      if (c === "\\") j += 2;
      else if (c === "'") j = this.single(j + 1);
      else if (c === '"') j = this.double(j + 1);
      else if (c === "`") j = this.backtick(j + 1);
      else if (c === "$" && (text[j + 1] === "(" || text[j + 1] === "{")) j = this.balanced(j + 1);
      else j++;
    }
    return Math.min(j, n);
  }
  single(from) {
    const close = this.text.indexOf("'", from);
    if (close < 0) throw new ShellSyntaxError("unterminated quote");
    return close + 1;
  }
  double(from) {
    const { text, n } = this;
    let j = from;
    while (j < n && text[j] !== '"') {
      if (text[j] === "\\") j += 2;
      else if (text[j] === "`") j = this.backtick(j + 1);
      else if (text[j] === "$" && (text[j + 1] === "(" || text[j + 1] === "{")) j = this.balanced(j + 1);
      else j++;
    }
    if (j >= n) throw new ShellSyntaxError("unterminated quote");
    return j + 1;
  }
  backtick(from) {
    const { text, n } = this;
    let j = from;
    while (j < n && text[j] !== "`") j += text[j] === "\\" ? 2 : 1;
    if (j >= n) throw new ShellSyntaxError("unterminated backquote");
    return j + 1;
  }
  balanced(from) {
    const { text, n } = this;
    const open = text[from];
    const close = open === "(" ? ")" : "}";
    let depth = 0;
    let j = from;
    while (j < n) {
      const c = text[j];
      if (c === "\\") j += 2;
      else if (c === "'") j = this.single(j + 1);
      else if (c === '"') j = this.double(j + 1);
      else if (c === open) {
        depth++;
        j++;
      } else if (c === close) {
        depth--;
        j++;
        if (depth === 0) return j;
      } else j++;
    }
    throw new ShellSyntaxError("unbalanced substitution");
  }
};
function redirection(text, i, words, script) {
  const c = text[i];
  const fdMatch = /^\d+(?=[<>])/.exec(text.slice(i, i + 12));
  const opStart = fdMatch ? i + fdMatch[0].length : i;
  const redir = REDIR_OPS.find((op) => text.startsWith(op, opStart));
  if (!redir || !(fdMatch || c === "<" || c === ">" || c === "&" && redir.startsWith("&"))) return null;
  if (redir.startsWith("<<") && redir !== "<<<") script.hasHeredoc = true;
  let j = opStart + redir.length;
  while (j < text.length && (text[j] === " " || text[j] === "	")) j++;
  const targetEnd = words.word(j);
  if (targetEnd === j) throw new ShellSyntaxError("redirection without a target");
  return { kind: "redir", text: redir, start: i, end: targetEnd, fd: fdMatch ? Number(fdMatch[0]) : null, target: text.slice(j, targetEnd) };
}
function tokenize(text, script) {
  const tokens = [];
  const words = new WordScanner(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (c === "\\" && text[i + 1] === "\n") {
      i += 2;
      continue;
    }
    if (c === "\n") {
      tokens.push({ kind: "op", text: "\n", start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === "#") {
      script.hasComment = true;
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? n : nl;
      continue;
    }
    const redir = redirection(text, i, words, script);
    const op = redir ? void 0 : OPERATORS.find((o) => text.startsWith(o, i));
    const token = redir ?? (op ? { kind: "op", text: op, start: i, end: i + op.length } : { kind: "word", text: "", start: i, end: words.word(i) });
    if (token.kind === "word") token.text = text.slice(i, token.end);
    tokens.push(token);
    i = token.end;
  }
  return tokens;
}
var Parser = class {
  constructor(tokens, script) {
    this.tokens = tokens;
    this.script = script;
  }
  tokens;
  script;
  pos = 0;
  peek() {
    return this.tokens[this.pos];
  }
  isOp(t, ...ops) {
    return !!t && t.kind === "op" && ops.includes(t.text);
  }
  parseProgram() {
    const list = this.parseList(null);
    if (this.pos < this.tokens.length) throw new ShellSyntaxError("unexpected token");
    return list;
  }
  /** A list ends at end of input, at `)` for a subshell, or at a `}` word for a group. */
  parseList(closer) {
    const list = { items: [] };
    for (; ; ) {
      while (this.isOp(this.peek(), "\n")) this.pos++;
      const t = this.peek();
      if (!t) break;
      if (closer === ")" && this.isOp(t, ")")) break;
      if (closer === "}" && t.kind === "word" && t.text === "}") break;
      const pipelines = [this.parsePipeline()];
      while (this.isOp(this.peek(), "&&", "||")) {
        this.pos++;
        while (this.isOp(this.peek(), "\n")) this.pos++;
        pipelines.push(this.parsePipeline());
      }
      const sep = this.peek();
      if (this.isOp(sep, ";", ";;", "&", "\n")) {
        this.pos++;
        list.items.push({ pipelines, separator: sep.text });
      } else {
        list.items.push({ pipelines, separator: null });
        break;
      }
    }
    return list;
  }
  parsePipeline() {
    const pipeline = { commands: [this.parseCommand()], stderrPiped: [] };
    while (this.isOp(this.peek(), "|", "|&")) {
      pipeline.stderrPiped.push(this.peek().text === "|&");
      this.pos++;
      while (this.isOp(this.peek(), "\n")) this.pos++;
      pipeline.commands.push(this.parseCommand());
    }
    return pipeline;
  }
  parseCommand() {
    const first = this.peek();
    if (!first) throw new ShellSyntaxError("missing command");
    if (this.isOp(first, "(") || first.kind === "word" && first.text === "{") {
      this.pos++;
      const closer = first.text === "(" ? ")" : "}";
      const body = this.parseList(closer);
      const close = this.peek();
      if (!close || close.text !== closer) throw new ShellSyntaxError(`missing ${closer}`);
      this.pos++;
      const redirs2 = [];
      while (this.peek()?.kind === "redir") redirs2.push(this.tokens[this.pos++]);
      const last = redirs2.at(-1) ?? close;
      return { kind: "group", body, redirs: redirs2, start: first.start, end: last.end };
    }
    const words = [];
    const redirs = [];
    for (; ; ) {
      const t = this.peek();
      if (!t || t.kind === "op") break;
      if (t.kind === "word" && t.text === "}" && words.length === 0 && redirs.length === 0) break;
      if (t.kind === "word") {
        if (words.length === 0 && RESERVED.has(t.text)) this.script.hasCompound = true;
        if (words.length === 0 && t.text.includes(PLACEHOLDER) && !/^\w+=/.test(t.text)) this.script.placeholderCommand = true;
        words.push(t);
      } else redirs.push(t);
      this.pos++;
    }
    if (words.length === 0 && redirs.length === 0) throw new ShellSyntaxError("empty command");
    const all = [...words, ...redirs];
    return { kind: "simple", words, redirs, start: Math.min(...all.map((t) => t.start)), end: Math.max(...all.map((t) => t.end)) };
  }
};
function parseShell(text) {
  const script = {
    ok: true,
    list: { items: [] },
    hasComment: false,
    hasHeredoc: false,
    hasCompound: false,
    placeholderCommand: false,
    firstStart: 0,
    lastEnd: 0
  };
  try {
    const tokens = tokenize(text, script);
    script.list = new Parser(tokens, script).parseProgram();
    const firstToken = tokens.find((t) => t.kind !== "op" || t.text !== "\n");
    script.firstStart = firstToken?.start ?? 0;
    const lastItem = script.list.items.at(-1);
    script.lastEnd = lastItem ? lastItem.pipelines.at(-1).commands.at(-1).end : 0;
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    script.ok = false;
  }
  return script;
}
function shellWordValue(raw) {
  let out = "";
  for (let i = 0; i < raw.length; ) {
    const c = raw[i];
    if (c === "'") {
      const close = raw.indexOf("'", i + 1);
      const body = raw.slice(i + 1, close < 0 ? raw.length : close);
      out += body;
      i = close < 0 ? raw.length : close + 1;
    } else if (c === "\\") {
      out += raw[i + 1] ?? "";
      i += 2;
    } else if (c === "$" || c === "`") {
      let j = i + 1;
      if (c === "`") j = raw.indexOf("`", j) + 1 || raw.length;
      else if (raw[j] === "(" || raw[j] === "{") {
        const close = raw[j] === "(" ? ")" : "}";
        let depth = 0;
        for (; j < raw.length; j++) {
          if (raw[j] === raw[i + 1]) depth++;
          else if (raw[j] === close && --depth === 0) {
            j++;
            break;
          }
        }
      } else while (j < raw.length && /[\w@*#?$!-]/.test(raw[j])) j++;
      out += PLACEHOLDER;
      i = j;
    } else if (c === '"') {
      i++;
      while (i < raw.length && raw[i] !== '"') {
        if (raw[i] === "\\" && '"\\$`'.includes(raw[i + 1] ?? "")) {
          out += raw[i + 1];
          i += 2;
        } else if (raw[i] === "$" || raw[i] === "`") {
          const sub = /^\$\{[^}]*\}|^\$\([^)]*\)|^\$[\w@*#?$!-]+|^`[^`]*`/.exec(raw.slice(i));
          out += PLACEHOLDER;
          i += sub ? sub[0].length : 1;
        } else {
          out += raw[i];
          i++;
        }
      }
      i++;
    } else {
      out += c;
      i++;
    }
  }
  if (out.length > 0 && [...out].every((ch) => ch === PLACEHOLDER)) return null;
  return out;
}

// src/shell-fds.ts
function applyRedirs(fds, redirs) {
  const out = new Map(fds);
  for (const r of redirs) {
    const op = r.text;
    const target = r.target ?? "";
    if (op === "&>" || op === "&>>" || op === ">&" && r.fd === null && !/^\d+$|^-$/.test(target)) {
      out.set(1, "file");
      out.set(2, "file");
    } else if (op === ">&" || op === "<&") {
      const fd = r.fd ?? (op === ">&" ? 1 : 0);
      out.set(fd, target === "-" ? "closed" : out.get(Number(target)) ?? "closed");
    } else if (op.startsWith(">")) out.set(r.fd ?? 1, "file");
    else if (op.startsWith("<")) out.set(r.fd ?? 0, "file");
    else if (r.fd !== null && r.fd !== void 0) out.set(r.fd, "file");
  }
  return out;
}
function listLeaks(list, fds, hazards) {
  return list.items.some(
    (item) => item.pipelines.some(
      (pipeline) => pipeline.commands.some((command, i) => {
        const local = new Map(fds);
        if (i < pipeline.commands.length - 1) {
          local.set(1, "inner");
          if (pipeline.stderrPiped[i]) local.set(2, "inner");
        }
        return commandLeaks(command, local, hazards);
      })
    )
  );
}
function commandLeaks(command, fds, hazards) {
  const after = applyRedirs(fds, command.redirs);
  if (command.kind === "group") return listLeaks(command.body, after, hazards);
  return hazards.has(after.get(1) ?? "") || hazards.has(after.get(2) ?? "");
}
function shellLeaks(script, pipes2) {
  if (!script.ok) return true;
  const fds = /* @__PURE__ */ new Map([[0, "stdin"], [1, "inherit-1"], [2, "inherit-2"]]);
  const hazards = /* @__PURE__ */ new Set();
  for (const fd of pipes2) {
    fds.set(fd, `pipe-${fd}`);
    hazards.add(`pipe-${fd}`);
  }
  return listLeaks(script.list, fds, hazards);
}
function redirectionFor(pipes2) {
  return pipes2.includes(2) ? ">/dev/null 2>&1" : ">/dev/null";
}
function applyShellEdits(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.content + out.slice(e.end);
  return out;
}
function devnullShellEdits(text, script, pipes2) {
  if (!script.ok || script.hasHeredoc || script.list.items.length === 0) return null;
  const redirect = redirectionFor(pipes2);
  const candidates = [];
  const single = script.list.items.length === 1 && script.list.items[0].pipelines.length === 1;
  if (single && !script.hasComment && !script.hasCompound && !script.placeholderCommand) {
    candidates.push([{ start: script.lastEnd, end: script.lastEnd, content: ` ${redirect}` }]);
  }
  const lastSeparator = script.list.items.at(-1).separator;
  if (script.hasComment || script.placeholderCommand) {
    candidates.push([
      { start: script.firstStart, end: script.firstStart, content: "{ " },
      { start: text.length, end: text.length, content: `
} ${redirect}` }
    ]);
  } else {
    let tailEnd = text.length;
    while (tailEnd > script.lastEnd && /\s/.test(text[tailEnd - 1])) tailEnd--;
    candidates.push([
      { start: script.firstStart, end: script.firstStart, content: "{ " },
      { start: script.lastEnd, end: tailEnd, content: `; } ${redirect}${lastSeparator === "&" ? " &" : ""}` }
    ]);
  }
  for (const edits of candidates) {
    const fixed = parseShell(applyShellEdits(text, edits));
    if (fixed.ok && !shellLeaks(fixed, pipes2)) return edits;
  }
  return null;
}
function commandSites(script) {
  if (!script.ok) return null;
  const out = [];
  const walk2 = (list, fds, background) => {
    for (const item of list.items) {
      const bg = background || item.separator === "&";
      for (const pipeline of item.pipelines) {
        let feeder;
        pipeline.commands.forEach((command, i) => {
          const local = new Map(fds);
          if (i < pipeline.commands.length - 1) {
            local.set(1, "inner");
            if (pipeline.stderrPiped[i]) local.set(2, "inner");
          }
          const after = applyRedirs(local, command.redirs);
          const fedBy = i > 0 && after.get(0) === fds.get(0) ? feeder : void 0;
          feeder = void 0;
          if (command.kind === "group") walk2(command.body, after, bg);
          else {
            feeder = after.get(1) === "inner" ? out.length : void 0;
            out.push({ words: command.words.map((w) => w.text), stdout: after.get(1) ?? "closed", stderr: after.get(2) ?? "closed", background: bg, ...fedBy !== void 0 ? { fedBy } : {} });
          }
        });
      }
    }
  };
  walk2(script.list, /* @__PURE__ */ new Map([[0, "in"], [1, "out"], [2, "err"]]), false);
  return out;
}
function allInBackground(script) {
  const sites = commandSites(script);
  return !!sites && sites.length > 0 && sites.every((s) => s.background);
}

// src/knowledge/commands.data.ts
var UNLISTED = { stdout: "unbounded", stderr: "bounded" };
var VERBOSE = ["-v", "--verbose"];
var FFMPEG_QUIET = ["-loglevel", "?/^-v$/"].map((o) => `${o} /^(\\w+\\+)*(quiet|panic|fatal|error|-8|0|8|16)$/`);
var FFMPEG_STREAMING = [
  "?/^[A-Za-z][\\w+.-]*:\\/\\//",
  "?/\\.(m3u8|m3u|mpd)(\\?|$)/",
  "?/^-i$/ -",
  "?/^-i$/ /^pipe:/",
  "-headers",
  "-user_agent",
  "-user-agent",
  "-referer",
  "-cookies",
  "/^-reconnect/",
  "-rw_timeout",
  "-stimeout",
  "-timeout",
  "-rtsp_transport",
  "-rtsp_flags",
  "-protocol_whitelist",
  "-http_proxy",
  "-live_start_index",
  "-re",
  "-listen",
  "-stream_loop",
  "?/^-f$/ /^(concat|hls|dash|segment|stream_segment|ssegment|rtsp|rtp|rtp_mpegts|flv|mpegts|tee|v4l2|video4linux2|x11grab|gdigrab|avfoundation|dshow|alsa|pulse|lavfi)$/",
  "-segment_time",
  "-hls_time"
];
var FFMPEG_LIVE_INPUT = [
  "-rtsp_transport",
  "-rtsp_flags",
  "-re",
  "-stream_loop",
  "-listen",
  "/^-reconnect/",
  "-i /^(rtsps?|rtmps?|rtp|udp|tcp|srt|mmsh?):\\/\\//",
  "?/^-f$/ /^(v4l2|video4linux2|x11grab|gdigrab|avfoundation|dshow|alsa|pulse|kmsgrab|decklink)$/"
];
var FFMPEG_VIDEO_ENCODER = ["-c:v", "-c:V", "-vcodec", "-codec:v"].map((o) => `${o} /^(?!copy$)[\\w-]+$/`);
var FFMPEG_STREAM_COPY = ["?/^-(c|codec)(:[vV](:\\d+)?)?$/ copy", "-vcodec copy"];
var NAME_TESTS = ["-name", "-iname", "-path", "-ipath", "-wholename", "-iwholename"];
var FIND_WILDCARD_TEST = [...NAME_TESTS.map((t) => `${t} ?/[*?[]/`), ...["-regex", "-iregex"].map((t) => `${t} ?/[*+?[|]/`)];
var FIND_NAMED = [...NAME_TESTS.map((t) => `?/^(?!(-not|!)$)/ ${t} /^[^*?[]+$/`), ...["-regex", "-iregex"].map((t) => `?/^(?!(-not|!)$)/ ${t} /^[^*+?[|]+$/`)];
var COUNT = (n) => [`-n /^${n}$/`, `/^-n?${n}$/`, `/^--max-count=${n}$/`, `--max-count /^${n}$/`];
var DISPATCHERS = "docker|podman|kubectl|helm|git|go|npm|pnpm|cargo|rustup|pip|pip3|apt|apt-get|apt-cache|yum|dnf|brew|dotnet|vagrant|ansible-galaxy|snap|flatpak";
var COMMANDS = [
  // Probes: a version banner or a help text is a few lines.
  { command: "*", exact: ["--version"], stdout: "bounded", stderr: "bounded", says: "prints a version line" },
  { command: "*", exact: ["-V"], stdout: "bounded", stderr: "bounded", says: "prints a version line" },
  { command: "*", exact: ["-VV"], stdout: "bounded", stderr: "bounded", says: "prints its version" },
  { command: "*", exact: ["-version"], stdout: "bounded", stderr: "bounded", says: "prints a version line" },
  { command: "*", exact: ["--help"], stdout: "bounded", stderr: "bounded", says: "prints its help" },
  { command: "*", exact: ["-h"], stdout: "bounded", stderr: "bounded", says: "prints its help" },
  { command: "*", exact: ["-help"], stdout: "bounded", stderr: "bounded", says: "prints its help" },
  { command: "*", exact: ["--usage"], stdout: "bounded", stderr: "bounded", says: "prints its usage" },
  // ffmpeg(1) and avconv given an input and no output file describe the input (its streams and
  // metadata) on stderr, print nothing on stdout, and exit: the probe GUIs run on an encoder they
  // keep in a variable (`[self.encoder, '-i', path]`; audit 15: Curlew). Its listings (`-encoders`,
  // `-codecs`, ...) print a fixed table of a few hundred lines on stdout and the banner on stderr.
  // `…` is a program not known statically: these forms say nothing of a program the table names
  // (`tcpdump -i eth0` captures, `dpkg -i x.deb` installs).
  { command: "\u2026", exact: ["-i", "*"], stdout: "none", stderr: "bounded", says: "names an input and no output: it describes the input on stderr and exits, as ffmpeg does" },
  { command: "\u2026", exact: ["-hide_banner", "-i", "*"], stdout: "none", stderr: "bounded", says: "names an input and no output: it describes the input on stderr and exits, as ffmpeg does" },
  // A program run with the flags of a Chromium-family browser (`--app=URL`, `--new-window`,
  // `--remote-debugging-port=N`, `--user-data-dir=DIR`, `--kiosk`): a browser, kept open for a
  // session, logging its warnings and errors on stderr for as long as it runs; stdout stays all
  // but empty (audit 9: Eel's `[path, '--app=%s' % url]`, where the path is the user's browser).
  { command: "\u2026", when: ["/^--app=/", "--new-window", "/^--remote-debugging-port(=|$)/", "/^--user-data-dir=/", "--kiosk", "--no-first-run"], stdout: "bounded", stderr: "unbounded", says: "takes the flags of a Chromium-family browser: a browser, logging on stderr for as long as it runs" },
  ...["-encoders", "-decoders", "-codecs", "-formats", "-filters", "-muxers", "-demuxers", "-pix_fmts"].map((o) => ({ command: "\u2026", exact: [o], stdout: "bounded", stderr: "bounded", says: "prints the fixed table it names, as ffmpeg does" })),
  // Watch mode and dev servers: a compiler, a bundler or a test runner run with --watch (tsc,
  // webpack, rollup, babel, jest --watchAll, node --watch), or a build's own watcher (`rescript
  // build -w`, `rescript watch`, `npm run watch`, `ng serve`, `next dev`, `elm reactor`), runs
  // until it is stopped and writes a rebuild report or a request log on every change or request:
  // under exec the log piles up in the buffer for the whole session (audit 20: rescript-vscode's
  // build watcher, vscode-elm's `elm reactor`). A program not known statically (`…`) counts as a
  // watcher when its words say so: `watch` or `serve`, or `-w` after `build`.
  { command: "*", when: ["/^--watch(All)?$/", "/^--watch(All)?=(?!(false|0|no)$)/"], stdout: "unbounded", stderr: "unbounded", says: "runs in watch mode: it rebuilds and reports on every change until it is stopped", serves: true },
  { command: "\u2026", when: ["watch", "serve"], stdout: "unbounded", stderr: "unbounded", says: "runs a watcher or a dev server, which reports on every change or request until it is stopped", serves: true },
  { command: "\u2026", when: ["build"], also: ["-w"], stdout: "unbounded", stderr: "unbounded", says: "runs a build in watch mode, which rebuilds and reports on every change until it is stopped", serves: true },
  // Programs that dispatch to subcommands print their usage when given none, or `help`
  // (`git help log` is a whole manual page), and a version line for `version`.
  { command: DISPATCHERS, exact: [], stdout: "bounded", stderr: "bounded", says: "without a subcommand prints its usage" },
  { command: DISPATCHERS, exact: ["help"], stdout: "bounded", stderr: "bounded", says: "prints its usage" },
  { command: `${DISPATCHERS} version`, stdout: "bounded", stderr: "bounded", says: "prints its version" },
  // Forms of otherwise loud or unlisted programs that write little (issue 11, audits 9 and 10).
  // docker-volume-create(1), docker-network-create(1): the name or id of what was made; rm the
  // names it removed (one per argument); connect and disconnect print nothing.
  { command: "docker|podman volume|network create|rm|remove|connect|disconnect", stdout: "bounded", stderr: "bounded", says: "prints the name or id of each volume or network it makes or removes, or nothing" },
  // qemu(1): `-machine help` (`-M ?`), `-cpu help`, `-accel help`, `-display help` print a fixed list and exit.
  { command: "qemu-system-x86_64|qemu-system-i386|qemu-system-aarch64|qemu-system-arm|qemu-system-riscv64|qemu-kvm", when: ["-machine help", "-M help", "-cpu help", "-accel help", "-display help", "-machine ?", "-M ?", "-cpu ?"], stdout: "bounded", stderr: "bounded", says: "prints the list of machines or CPUs it supports and exits" },
  // wineserver(1): -d logs every request on stderr; -k kills the running server and -w waits for it, printing nothing.
  { command: "wineserver", when: ["/^-d\\d*$/", "/^--debug(=\\d+)?$/"], stdout: "none", stderr: "unbounded", says: "logs every request on stderr" },
  { command: "wineserver", when: ["-w", "--wait", "/^-k\\d*$/", "/^--kill(=\\d+)?$/"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  // pyminifier prints the minified source unless -o/--outfile or -d/--destdir names where it goes;
  // then it prints a size line per file it was given.
  { command: "pyminifier", when: ["-o", "--outfile", "/^--outfile=/", "-d", "--destdir", "/^--destdir=/"], stdout: "bounded", stderr: "bounded", says: "writes the result to a file and prints a size line per file" },
  { command: "pyminifier", stdout: "unbounded", stderr: "bounded", says: "prints the minified source" },
  // terminal-notifier posts (or lists, removes) macOS notifications: a few lines at most.
  { command: "terminal-notifier", stdout: "bounded", stderr: "bounded", says: "shows a notification and prints a few lines at most" },
  // git-clean(1): one line per path it removes (or would, -n), growing with the untracked files; -q prints errors only.
  { command: "git clean", when: ["-q", "--quiet"], stdout: "bounded", stderr: "bounded", says: "prints errors only" },
  { command: "git clean", stdout: "unbounded", stderr: "bounded", says: "names every path it removes" },
  // tcpreplay(1): a statistics block when it ends; -v decodes every packet on stdout, --stats repeats the block.
  { command: "tcpreplay|tcpreplay-edit", when: ["-v", "--verbose", "--stats", "/^--stats=/"], stdout: "unbounded", stderr: "bounded", says: "prints every packet or a statistics block per interval" },
  { command: "tcpreplay|tcpreplay-edit", stdout: "bounded", stderr: "bounded", says: "prints a statistics block when it ends" },
  // PyInstaller logs through Python's logging, on stderr; stdout stays nearly empty.
  { command: "pyinstaller", stdout: "bounded", stderr: "unbounded", says: "logs its build on stderr and prints little on stdout" },
  // tasklist /FI "IMAGENAME eq x" or "PID eq n" keeps the processes of one image or one id.
  { command: "tasklist|tasklist.exe", when: ["/^(IMAGENAME|imagename|ImageName|PID|pid) +(eq|EQ) /"], stdout: "bounded", stderr: "bounded", says: "prints the processes of one image or id" },
  // svn --version (--quiet: the number alone).
  { command: "svn", when: ["--version"], stdout: "bounded", stderr: "bounded", says: "prints its version" },
  // git-upload-pack(1) sends a pack on stdout (protocol data); its stderr carries errors only.
  { command: "git upload-pack|upload-archive", stdout: "unbounded", stderr: "bounded", says: "sends a pack on stdout and only errors on stderr" },
  { command: "git-upload-pack|git-upload-archive", stdout: "unbounded", stderr: "bounded", says: "sends a pack on stdout and only errors on stderr" },
  // Shell builtins and small status commands.
  { command: "exit|true|false|:|sleep|cd|export|unset|umask|test|[|[[|wait|shift|trap|ulimit|set|source|.|alias|usleep", stdout: "none", stderr: "bounded", says: "prints nothing" },
  // du names every directory unless it sums up; a zone transfer lists a whole zone.
  { command: "du", when: ["-s", "--summarize", "/^--max-depth=[01]$/", "-d 0", "-d 1"], stdout: "bounded", stderr: "bounded", says: "prints a total" },
  { command: "du", stdout: "unbounded", stderr: "bounded", says: "prints a line per directory" },
  { command: "dig", when: ["axfr", "AXFR", "ixfr", "IXFR"], stdout: "unbounded", stderr: "bounded", says: "lists a whole zone" },
  { command: "host", when: ["-l", "axfr", "AXFR"], stdout: "unbounded", stderr: "bounded", says: "lists a whole zone" },
  { command: "echo|printf|hostname|whoami|id|uname|date|pwd|basename|dirname|readlink|realpath|nproc|arch|tty|logname|getconf|lsb_release|uptime|expr|mktemp|which|type|pidof|pgrep|tput|clear|stty|locale|groups|who|users|where|md5sum|sha1sum|sha256sum|sha512sum|cksum|wc|stat|file|df|free|nslookup|host|dig", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // `head -n -5` prints all but the last lines, `tail -n +2` all but the first: the whole file.
  // grep -q answers with its exit status, -c with a count; otherwise it prints every match.
  { command: "grep|egrep|fgrep", when: ["-q", "--quiet", "--silent"], stdout: "none", stderr: "bounded", says: "answers with its exit status only" },
  { command: "grep|egrep|fgrep", when: ["-r", "-R", "--recursive", "--dereference-recursive"], stdout: "unbounded", stderr: "bounded", says: "searches a whole tree" },
  { command: "grep|egrep|fgrep", when: ["-c", "--count"], stdout: "bounded", stderr: "bounded", says: "prints a count per file it is given" },
  { command: "grep|egrep|fgrep", when: ["-v", "--invert-match", "/^-\\w*v/"], stdout: "unbounded", stderr: "bounded", says: "prints every line that does not match", fromInput: true },
  { command: "grep|egrep|fgrep", stdout: "unbounded", stderr: "bounded", says: "prints every line that matches", fromInput: true, selects: true },
  { command: "head", when: ["-n /^-\\d+$/", "-c /^-\\d+$/", "/^-[nc]-\\d+$/", "/^--(lines|bytes)=-/"], stdout: "unbounded", stderr: "bounded", says: "prints all but the last lines of its input" },
  { command: "head", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "tail", when: ["-f", "-F", "--follow", "/^--follow=/"], stdout: "unbounded", stderr: "bounded", says: "follows the file without end" },
  { command: "tail", when: ["/^\\+\\d+$/", "/^-[nc]\\+\\d+$/", "/^--(lines|bytes)=\\+/"], stdout: "unbounded", stderr: "bounded", says: "prints the file from a line on" },
  { command: "tail", stdout: "bounded", stderr: "bounded", says: "prints the last lines" },
  // File utilities: quiet unless asked to be verbose.
  { command: "chmod|chown|chgrp", when: ["-c", "--changes"], stdout: "unbounded", stderr: "bounded", says: "names every file it changes" },
  { command: "mkdir|rmdir|rm|mv|cp|ln|touch|chmod|chown|chgrp|install|truncate|unlink|shred|chattr|setfacl|mknod|mkfifo|rename", when: VERBOSE, stdout: "unbounded", stderr: "bounded", says: "names every file it touches" },
  { command: "mkdir|rmdir|rm|mv|cp|ln|touch|chmod|chown|chgrp|install|truncate|unlink|shred|chattr|setfacl|mknod|mkfifo|rename|sync", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "dd", when: ["status=progress"], also: ["/^of=/"], stdout: "none", stderr: "unbounded", says: "writes to its output file and reports its progress on stderr every second" },
  { command: "dd", when: ["/^of=/"], stdout: "none", stderr: "bounded", says: "writes to its output file and a summary to stderr" },
  { command: "dd", stdout: "unbounded", stderr: "bounded", says: "copies its input to stdout" },
  { command: "cat|tac", stdout: "unbounded", stderr: "bounded", says: "copies its files (or its input) to stdout" },
  // Compressors: `-c` writes the data to stdout, `-v` names each file on stderr, `-t` and `-l` are checks.
  { command: "gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma", when: ["-c", "--stdout"], stdout: "unbounded", stderr: "bounded", says: "writes the data to stdout" },
  { command: "zcat|bzcat|xzcat|zstdcat", stdout: "unbounded", stderr: "bounded", says: "writes the data to stdout" },
  // With no file named they are filters: stdin to stdout (`Popen(['gzip'], stdin=..., stdout=PIPE)`),
  // unless they only test or list it, or write it to an -o file.
  { command: "gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma", when: ["-l", "--list"], stdout: "bounded", stderr: "bounded", says: "prints a line per file" },
  { command: "gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma", when: ["-t", "--test"], stdout: "none", stderr: "bounded", says: "tests its files and prints nothing" },
  { command: "zstd", when: ["-o"], stdout: "none", stderr: "bounded", says: "writes to its -o file" },
  { command: "gzip|gunzip", filter: ["-S", "--suffix"], stdout: "unbounded", stderr: "bounded", fromInput: true, says: "with no file reads its input and writes the data to stdout" },
  { command: "bzip2|bunzip2", filter: [], stdout: "unbounded", stderr: "bounded", fromInput: true, says: "with no file reads its input and writes the data to stdout" },
  { command: "xz|unxz|lzma", filter: ["-S", "--suffix", "-F", "--format", "-C", "--check", "-T", "--threads", "-M", "--memlimit", "--memory", "--memlimit-compress", "--memlimit-decompress", "--block-size", "--block-list"], stdout: "unbounded", stderr: "bounded", fromInput: true, says: "with no file reads its input and writes the data to stdout" },
  { command: "zstd", filter: ["-D", "--output-dir-flat", "--output-dir-mirror"], stdout: "unbounded", stderr: "bounded", fromInput: true, says: "with no file reads its input and writes the data to stdout" },
  { command: "gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma", when: ["-v", "--verbose"], also: ["/^-[a-zA-Z]*r[a-zA-Z]*$|^--recursive$/"], stdout: "none", stderr: "unbounded", says: "names every file of the tree on stderr" },
  { command: "gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma", when: ["-v", "--verbose"], stdout: "none", stderr: "bounded", says: "names each file it is given on stderr" },
  { command: "gzip|gunzip|bzip2|bunzip2|xz|unxz|zstd|lzma", stdout: "none", stderr: "bounded", says: "prints nothing" },
  // `tar czf - dir` writes the archive to stdout (and a verbose listing to stderr).
  { command: "tar", when: ["/^-?[ctxrudAzjJpfvhPW]*c[ctxrudAzjJpfvhPW]*$/", "--create"], also: ["-", "/^-?[ctxrudAzjJpfvhPW]*v[ctxrudAzjJpfvhPW]*$|^--verbose$/"], stdout: "unbounded", stderr: "unbounded", says: "writes the archive to stdout and lists every file on stderr" },
  { command: "tar", when: ["/^-?[ctxrudAzjJpfvhPW]*c[ctxrudAzjJpfvhPW]*$/", "--create"], also: ["-"], stdout: "unbounded", stderr: "bounded", says: "writes the archive to stdout" },
  { command: "tar", when: ["-v", "--verbose", "-t", "--list", "/^[ctxrudAzjJpf]*[vt][ctxrudAzjJpfv]*$/"], stdout: "unbounded", stderr: "bounded", says: "lists every file" },
  { command: "tar", when: ["-f", "/^--file=/", "/^[ctxrudAzjJp]*f[ctxrudAzjJp]*$/"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "unzip", when: ["-l", "-v", "-Z", "-p", "-c"], stdout: "unbounded", stderr: "bounded", says: "lists or prints the files of the archive" },
  { command: "zip|unzip", when: ["-q", "-qq", "--quiet"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "rsync", when: ["-v", "--verbose", "--progress", "-P", "--stats", "-i", "--itemize-changes", "/^--info=/", "--list-only"], stdout: "unbounded", stderr: "bounded", says: "lists every file" },
  { command: "rsync|scp", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "mount|umount|swapon|swapoff|losetup|mkswap", when: ["-a", "--all", "--show", "-l", "-s", "--summary"], stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "mount|umount|swapon|swapoff", when: ["/^[^-]/"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  // Processes.
  { command: "kill|killall|pkill|killall5|renice|disown", stdout: "none", stderr: "bounded", says: "prints nothing" },
  // Quiet forms of desktop and client commands listed further down: their actions print nothing,
  // their queries a few lines (issue 11).
  // notify-send(1) prints nothing, only the notification's id with -p/--print-id.
  { command: "notify-send", when: ["-p", "--print-id"], stdout: "bounded", stderr: "bounded", says: "prints the id of the notification" },
  { command: "notify-send", stdout: "none", stderr: "bounded", says: "shows a notification and prints nothing" },
  // xset(1): `q` prints the settings; the other forms change one and print nothing.
  { command: "xset", when: ["q", "-q"], stdout: "bounded", stderr: "bounded", says: "prints the current settings" },
  { command: "xset", stdout: "none", stderr: "bounded", says: "changes an X setting and prints nothing" },
  // setxkbmap(1): -query and -print describe the layout, -v[level] reports what it sets.
  { command: "setxkbmap", when: ["-query", "-print", "/^-v\\d*$/", "-verbose"], stdout: "bounded", stderr: "bounded", says: "prints the keyboard layout" },
  { command: "setxkbmap", stdout: "none", stderr: "bounded", says: "sets the keyboard layout and prints nothing" },
  // amixer(1): `set` prints the control's new state unless -q.
  { command: "amixer", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "changes a mixer control and prints nothing" },
  // xrandr(1): without an action, or with a query, it prints the outputs; an action prints nothing.
  { command: "xrandr", when: ["-q", "--query", "--verbose", "--listmonitors", "--listactivemonitors", "--listproviders", "--prop", "--props", "--current"], stdout: "bounded", stderr: "bounded", says: "prints the screens and outputs" },
  { command: "xrandr", when: ["--output", "-s", "--size", "--orientation", "--fb", "--setmonitor", "--delmonitor", "--newmode", "--rmmode", "--addmode", "--delmode", "--dpi", "--auto"], stdout: "none", stderr: "bounded", says: "changes the screen setup and prints nothing" },
  // pactl(1): the set-, move-, suspend- and kill- commands change the sound server and print nothing.
  { command: "pactl set-sink-volume|set-sink-mute|set-source-volume|set-source-mute|set-default-sink|set-default-source|set-card-profile|set-sink-port|set-source-port|set-sink-input-volume|set-sink-input-mute|set-source-output-volume|set-source-output-mute|set-sink-formats|set-port-latency-offset|suspend-sink|suspend-source|move-sink-input|move-source-output|unload-module|kill-client|kill-sink-input|kill-source-output|play-sample|remove-sample|upload-sample|exit", stdout: "none", stderr: "bounded", says: "changes the sound server and prints nothing" },
  // svn(1): -q keeps only conflicts and errors; info and the property, lock and cleanup commands print a few lines.
  { command: "svn checkout|co|update|up|export|switch|sw|commit|ci|add|delete|del|remove|rm|import|revert|copy|cp|move|mv", when: ["-q", "--quiet"], stdout: "bounded", stderr: "bounded", says: "prints conflicts and errors only" },
  { command: "svn info|cleanup|propset|pset|ps|propget|pget|pg|propdel|pdel|pd|lock|unlock|mkdir|resolve|resolved|upgrade|relocate", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Launchers (editor extensions, Electron apps): they hand the file or URL over and print
  // nothing. On Linux the program that opens it is started from the launcher, by GLib or by
  // xdg-open's own exec of the desktop entry, with the launcher's stdout and stderr (a GUI
  // program opened from a terminal prints its warnings there); the launcher exits at once and
  // the program lives on with the pipes (reproduced: test/e2e/hazard-launchers.test.ts). macOS `open`
  // asks LaunchServices, and Windows' explorer ShellExecute: the program is not their child.
  { command: "xdg-open|gnome-open|gvfs-open|kde-open|kde-open5|exo-open|gtk-launch|gtk4-launch", stdout: "none", stderr: "bounded", says: "hands the file or URL to the program that opens it", livesOn: "starts the program that opens the file or URL (a file manager, a player, a browser), which inherits these pipes and writes its warnings on stderr for as long as it runs" },
  { command: "gio open|launch", stdout: "none", stderr: "bounded", says: "hands the file or URL to the program that opens it", livesOn: "starts the program that opens the file or URL (a file manager, a player, a browser), which inherits these pipes and writes its warnings on stderr for as long as it runs" },
  { command: "kioclient|kioclient5 exec", stdout: "none", stderr: "bounded", says: "hands the file or URL to the program that opens it", livesOn: "starts the program that opens the file or URL (a file manager, a player, a browser), which inherits these pipes and writes its warnings on stderr for as long as it runs" },
  { command: "open|gio|wslview|explorer|explorer.exe", stdout: "none", stderr: "bounded", says: "hands the file or URL over and prints nothing" },
  // Windows: `start` opens the file or program in a window of its own and returns, unless /B keeps it in this console.
  { command: "cmd|cmd.exe", also: ["/^[/-][cCkK]$/", "start", "/^\\/[bB]$/"], stdout: "unbounded", stderr: "unbounded", says: "runs `start /B`: the program writes to this console" },
  // cmd's own `vol` and `ver` print two lines (the volume label and serial, the Windows version;
  // audit 23: rapid-photo-downloader reads a drive's serial with `cmd.exe /c vol X:`).
  { command: "cmd|cmd.exe", when: ["/^[/-][cC]$/ /^([vV][oO][lL]|[vV][eE][rR])$/"], stdout: "bounded", stderr: "bounded", says: "runs its built-in `vol` or `ver`, which prints two lines" },
  { command: "cmd|cmd.exe", also: ["/^[/-][cCkK]$/", "start"], stdout: "none", stderr: "bounded", says: "runs `start`, which opens the file in a window of its own and returns" },
  // attrib with +x/-x flags sets attributes and prints nothing (an error line at most); without them it lists.
  { command: "attrib|attrib.exe", when: ["/^[+-][rahsiRAHSI]$/"], stdout: "bounded", stderr: "bounded", says: "sets file attributes and prints an error line at most" },
  // A terminal emulator runs its command in its own window: nothing reaches our pipes but its warnings.
  { command: "xterm|x-terminal-emulator|gnome-terminal|konsole|xfce4-terminal|terminator|urxvt|rxvt|lxterminal|mate-terminal|tilix", stdout: "none", stderr: "bounded", says: "runs its command in its own window" },
  // Clipboards. xclip(1): "-o, -out: prints the selection to standard out"; "-f, -filter: ... print the text piped
  // to standard in back to standard out"; in mode (the default) it reads stdin into the selection and prints nothing.
  // xsel(1): -o/--output prints the selection; -i/--input (the default when stdin is not a terminal), -a, -c, -d
  // change it and print nothing. The readers print what a user copied: text, a few lines.
  { command: "xclip", when: ["/^-f(ilter)?$/"], stdout: "unbounded", stderr: "bounded", says: "prints its input back as it stores it", fromInput: true },
  { command: "xclip", when: ["/^-o(ut)?$/"], stdout: "bounded", stderr: "bounded", says: "prints what the clipboard holds" },
  { command: "xsel", when: ["-o", "--output"], stdout: "bounded", stderr: "bounded", says: "prints what the clipboard holds" },
  { command: "pbpaste|wl-paste|termux-clipboard-get", stdout: "bounded", stderr: "bounded", says: "prints what the clipboard holds" },
  { command: "xclip|xsel|termux-clipboard-set", stdout: "none", stderr: "bounded", says: "stores its input in the clipboard and prints nothing" },
  { command: "pbcopy|wl-copy|clip|clip.exe|say|afplay|paplay|aplay|espeak", stdout: "none", stderr: "bounded", says: "prints nothing" },
  // Pickers: what they print on stdout is the entry the user picked (fzf(1): "the selected item is
  // printed to stdout"; --print-query and --expect add a line each); they draw their screen on the
  // terminal (fzf, sk: on stderr) or in a window of their own (dmenu, rofi). With -m/--multi the
  // user may pick every entry (audit 15: iterfzf); --filter prints every entry that matches, as grep.
  { command: "fzf|sk", when: ["-f", "/^--filter(=|$)/"], stdout: "unbounded", stderr: "bounded", says: "prints every entry of its input that matches the query", fromInput: true },
  { command: "fzf|sk", when: ["-m", "/^--multi(=|$)/"], stdout: "unbounded", stderr: "unbounded", says: "prints the entries the user picks, any number of them (--multi), and draws its screen on stderr" },
  { command: "fzf|sk", stdout: "bounded", stderr: "unbounded", says: "prints the entry the user picks, and draws its screen on stderr for as long as the user browses" },
  { command: "rofi|wofi|fuzzel|tofi", when: ["-multi-select", "--multi-select"], stdout: "unbounded", stderr: "bounded", says: "prints the entries the user picks, any number of them" },
  { command: "dmenu|rofi|wofi|bemenu|fuzzel|tofi", stdout: "bounded", stderr: "bounded", says: "prints the entry the user picks, from a window of its own" },
  { command: "zenity|kdialog|yad|notify-send|launchctl|sw_vers|code|reg|reg.exe|sc|sc.exe|schtasks|netsh|rfkill|nmcli|hostapd_cli|wpa_cli", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Browsers log on stderr for as long as they run.
  { command: "chrome|google-chrome|google-chrome-stable|chromium|chromium-browser|firefox|msedge|microsoft-edge", stdout: "unbounded", stderr: "unbounded", says: "logs on both streams while it runs" },
  // Android's adb: logcat follows the log and shell runs a command (`adb shell ps` is judged as
  // `ps`: commands.ts, adbRemoteLine; an interactive shell stays here); the rest answer briefly.
  { command: "adb logcat|shell|exec-out", stdout: "unbounded", stderr: "unbounded", says: "follows the log or runs a command" },
  { command: "adb", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // What `adb shell` runs on the device: the log follows; the device's settings and managers answer briefly.
  { command: "logcat", stdout: "unbounded", stderr: "bounded", says: "prints the device log" },
  { command: "getprop|setprop|am|input|settings|wm|svc", stdout: "bounded", stderr: "bounded", says: "prints a few lines (an Android device tool)" },
  // Daemons that fork into the background by default; `nginx -T` dumps its configuration.
  { command: "nginx", when: ["-T"], stdout: "unbounded", stderr: "bounded", says: "prints its whole configuration" },
  { command: "nginx|apachectl|apache2ctl|httpd", stdout: "bounded", stderr: "bounded", says: "starts or signals the daemon and prints a line at most" },
  { command: "dhclient|dhcpcd", when: ["-d", "-v"], stdout: "unbounded", stderr: "unbounded", says: "logs in the foreground" },
  { command: "dhclient|dhcpcd", stdout: "bounded", stderr: "bounded", says: "prints a few lines and forks into the background" },
  // Media: ffmpeg writes its media to a file unless told `-`/`pipe:`, and logs progress on stderr.
  // `-i -` / `-i pipe:0` is its input (read from stdin), not an output: the word before must not be `-i`.
  // Ex) spawn('ffmpeg') with no argument: a check that it is installed (audit 26: TGVCBot); it prints its
  // banner and a usage hint on stderr (1-2 KB) and exits.
  { command: "ffmpeg|ffprobe", exact: [], stdout: "none", stderr: "bounded", says: "alone prints its banner and a usage hint, and exits" },
  { command: "ffmpeg", when: ["?/^(?!-i$)/ -", "?/^(?!-i$)/ /^pipe:/"], stdout: "unbounded", stderr: "unbounded", says: "writes its media to stdout and logs its progress on stderr" },
  // What ffmpeg writes on stderr is decided by its arguments. Its stats line (`frame= ... speed=`,
  // 75 to 115 bytes every 0.5 s) is printed at log level info and above unless -nostats, and at any
  // level with -stats; below `warning` (quiet, panic, fatal, error) only errors are left. At
  // `warning` a damaged input can still print a line per packet ("Non-monotonous DTS"; audit 9:
  // tartube). A network, live or segmented input (a URL, HLS, `-f concat`, the options only a
  // network input takes), stdin, or a streaming or segmenting output runs as long as the stream
  // does, with a line per segment it opens (audit 19: animdl's HLS download, audit 11: frigate's
  // concat). Otherwise a stream copy (`-c copy`, `-c:v copy`: no video encoder) of a file runs at
  // the speed of the disk, gigabytes a minute: a film is copied in a minute or two, a few hundred
  // stats lines at most, where 64 KiB is some 650 (audit 19: animdl's subtitle merge). An encode runs
  // at the speed of the encoder, an hour for a film: its stats line grows with it.
  { command: "ffmpeg", when: ["-stats"], stdout: "none", stderr: "unbounded", says: "prints its stats line (-stats) on stderr while it works" },
  { command: "ffmpeg", when: FFMPEG_QUIET, stdout: "none", stderr: "bounded", says: "logs errors only" },
  { command: "ffmpeg", when: ["-nostats"], stdout: "none", stderr: "bounded", says: "logs its settings and errors, not its progress" },
  { command: "ffmpeg", when: FFMPEG_STREAMING, stdout: "none", stderr: "unbounded", says: "reads or writes a network, live or segmented stream: it logs each segment it opens and its stats line on stderr for as long as the stream runs" },
  { command: "ffmpeg", when: FFMPEG_VIDEO_ENCODER, stdout: "none", stderr: "unbounded", says: "logs its progress on stderr while it encodes" },
  { command: "ffmpeg", when: FFMPEG_STREAM_COPY, stdout: "none", stderr: "bounded", says: "copies the video without encoding it, at the speed of the disk: its stats line stays at a few hundred lines" },
  { command: "ffmpeg", stdout: "none", stderr: "unbounded", says: "logs its progress on stderr" },
  { command: "HandBrakeCLI|HandbrakeCLI|handbrakecli", stdout: "unbounded", stderr: "unbounded", says: "prints its progress on stdout and its log on stderr while it encodes" },
  // FLV metadata tools: -U updates the file in place and prints nothing.
  { command: "flvtool2|flvmeta", when: ["-U", "--update"], stdout: "none", stderr: "bounded", says: "updates the file in place and prints nothing" },
  { command: "ps", when: ["-p", "--pid", "-q", "--quick-pid"], stdout: "bounded", stderr: "bounded", says: "prints the processes it is asked about" },
  { command: "ps", stdout: "unbounded", stderr: "bounded", says: "lists processes, and only warnings on stderr", listsProcesses: true },
  { command: "lsof|tasklist", stdout: "unbounded", stderr: "bounded", says: "lists processes or files, and only warnings on stderr" },
  { command: "taskkill", stdout: "bounded", stderr: "bounded", says: "prints a line per process" },
  { command: "screen", when: ["-dmS", "-dm", "/^-d+m/"], stdout: "none", stderr: "bounded", says: "starts a detached session and prints nothing" },
  { command: "tmux", when: ["-d"], stdout: "none", stderr: "bounded", says: "starts a detached session and prints nothing" },
  // Network and firewall configuration: the changing forms print nothing, the listing forms can grow.
  { command: "iptables|ip6tables|ebtables|arptables|iptables-legacy|iptables-nft|ip6tables-legacy", when: ["-L", "--list", "-S", "--list-rules", "/^-[a-zA-Z]*[LS][a-zA-Z]*$/"], stdout: "unbounded", stderr: "bounded", says: "lists the rules" },
  { command: "iptables|ip6tables|ebtables|arptables|iptables-legacy|iptables-nft|ip6tables-legacy", when: ["-A", "-I", "-D", "-R", "-N", "-X", "-F", "-P", "-Z", "-E", "-C", "--append", "--insert", "--delete", "--replace", "--new-chain", "--delete-chain", "--flush", "--policy", "--zero", "--rename-chain", "--check"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "iptables|ip6tables|ebtables|arptables|iptables-legacy|iptables-nft|ip6tables-legacy", stdout: "unbounded", stderr: "bounded", says: "may list the rules (no action flag in the literal text)" },
  { command: "nft list|monitor", stdout: "unbounded", stderr: "bounded", says: "lists the ruleset or its events" },
  { command: "iptables-restore|ip6tables-restore|ebtables-restore|nft", when: ["-f", "/^[^-]/"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "iptables-restore|ip6tables-restore", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "iptables-save|ip6tables-save", stdout: "unbounded", stderr: "bounded", says: "prints every rule" },
  // ipfw (FreeBSD, macOS): `list N` prints one rule, a range or no number all of them; `add`
  // echoes the rule it adds unless -q.
  { command: "ipfw list|l|show|sh", when: ["/^\\d+-\\d+$/"], stdout: "unbounded", stderr: "bounded", says: "lists the rules of a range" },
  { command: "ipfw list|l|show|sh *", stdout: "bounded", stderr: "bounded", says: "prints the rule it is given" },
  { command: "ipfw", when: ["-q"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "ipfw add|delete|flush|zero|resetlog|disable|enable|pipe|queue|sched|nat", stdout: "bounded", stderr: "bounded", says: "prints the rule it changes" },
  { command: "ipfw", stdout: "unbounded", stderr: "bounded", says: "lists the rules" },
  { command: "ufw|firewall-cmd", stdout: "bounded", stderr: "bounded", says: "prints a status line or the rules it is asked about" },
  { command: "ifconfig", when: ["up", "down", "netmask", "hw", "mtu", "promisc", "-promisc", "broadcast", "add", "del", "inet", "inet6", "arp", "-arp", "txqueuelen", "pointopoint"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "ifconfig", stdout: "bounded", stderr: "bounded", says: "prints the interfaces" },
  { command: "ifup|ifdown", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "ip monitor|mon", stdout: "unbounded", stderr: "bounded", says: "prints every network event until it is stopped" },
  { command: "ip link|l|li|addr|a|address|route|r|ro|rule|ru|neigh|n|tunnel|tun|netns|maddr|tuntap|xfrm add|del|delete|set|flush|change|replace|append|flush", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "ip netns exec", stdout: "unbounded", stderr: "unbounded", says: "runs a command" },
  { command: "ip link|l|li|addr|a|address|neigh|n|route|r|ro|rule|ru", stdout: "bounded", stderr: "bounded", says: "prints the interfaces" },
  { command: "route", when: ["add", "del"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "route|arp", stdout: "bounded", stderr: "bounded", says: "prints a table" },
  { command: "iwconfig|iwpriv|hciconfig|macchanger|brctl|vconfig|ethtool|tc|iw", when: ["up", "down", "mode", "channel", "essid", "key", "set", "add", "del", "addbr", "delbr", "addif", "delif", "txpower", "rate", "-s", "-r", "-m", "-a", "piscan", "noscan", "reset", "qdisc"], stdout: "bounded", stderr: "bounded", says: "prints a line at most" },
  { command: "iwconfig|hciconfig|brctl", stdout: "bounded", stderr: "bounded", says: "prints the interfaces" },
  // airmon-ng start/stop switches an interface into or out of monitor mode; check lists the processes in the way.
  { command: "airmon-ng start|stop|check", stdout: "bounded", stderr: "bounded", says: "prints the interfaces and the monitor interface it starts or stops" },
  { command: "airmon-ng", stdout: "bounded", stderr: "bounded", says: "prints a table of interfaces" },
  { command: "sysctl", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "sysctl", when: ["-a", "-A", "-X", "--all"], stdout: "unbounded", stderr: "bounded", says: "prints every setting" },
  { command: "sysctl", stdout: "bounded", stderr: "bounded", says: "prints the settings it reads or writes" },
  { command: "modprobe|rmmod|insmod|depmod", when: VERBOSE, stdout: "unbounded", stderr: "bounded", says: "logs what it does" },
  { command: "modprobe", when: ["-c", "--showconfig"], stdout: "unbounded", stderr: "bounded", says: "prints its whole configuration" },
  { command: "depmod", when: ["-n", "--dry-run"], stdout: "unbounded", stderr: "bounded", says: "writes the module index to stdout" },
  { command: "modprobe|rmmod|insmod|depmod", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "lsmod", stdout: "bounded", stderr: "bounded", says: "prints the loaded modules" },
  // Services.
  { command: "service", when: ["start", "stop", "restart", "reload", "force-reload", "status", "condrestart", "try-restart", "--status-all"], stdout: "bounded", stderr: "bounded", says: "prints a status line" },
  { command: "systemctl", when: ["start", "stop", "restart", "reload", "try-restart", "reload-or-restart", "enable", "disable", "mask", "unmask", "kill", "daemon-reload", "reset-failed", "is-active", "is-enabled", "is-failed", "status", "set-default", "get-default", "isolate", "poweroff", "reboot", "halt", "suspend"], stdout: "bounded", stderr: "bounded", says: "prints a status line at most" },
  { command: "initctl|start|stop|restart|reload|update-rc.d|chkconfig|rc-service|rc-update|invoke-rc.d", stdout: "bounded", stderr: "bounded", says: "prints a status line" },
  // An init script run by its path takes the actions `service NAME ACTION` passes it.
  { command: "/etc/init.d/*", when: ["start", "stop", "restart", "reload", "force-reload", "status", "condrestart", "try-restart", "graceful", "force-stop"], stdout: "bounded", stderr: "bounded", says: "prints a status line, as `service NAME ACTION` does" },
  { command: "supervisorctl|sv|pm2", when: ["-f", "--follow", "logs", "monit", "fg", "maintail", "--no-daemon"], stdout: "unbounded", stderr: "bounded", says: "follows the log without end" },
  { command: "supervisorctl|sv|pm2 start|stop|restart|reload|status|reread|update|delete|kill|save|up|down|once|term|hup", stdout: "bounded", stderr: "bounded", says: "prints a status line per process" },
  // A container's or a pod's log: the last N lines when a count up to a hundred is written
  // (`--tail 50`, `-n 20`), unless it follows the log (-f) for as long as the container runs.
  // docker replays the container's stdout and stderr each on its own stream; kubectl prints both on stdout.
  { command: "docker|podman logs", when: ["-f", "--follow", "/^--follow=(true|1)$/"], stdout: "unbounded", stderr: "unbounded", says: "follows the log for as long as the container runs" },
  { command: "kubectl logs", when: ["-f", "--follow", "/^--follow=(true|1)$/"], stdout: "unbounded", stderr: "bounded", says: "follows the log for as long as the pod runs" },
  { command: "docker|podman|kubectl logs", when: ["--tail /^([1-9]\\d?|100)$/", "/^--tail=([1-9]\\d?|100)$/", "-n /^([1-9]\\d?|100)$/"], stdout: "bounded", stderr: "bounded", says: "prints the last lines of the log, a hundred at most" },
  { command: "docker|podman logs", stdout: "unbounded", stderr: "unbounded", says: "prints the whole log of the container, its stdout and its stderr each on its own stream" },
  { command: "docker|podman start", when: ["-a", "--attach", "-i", "--interactive"], stdout: "unbounded", stderr: "unbounded", says: "attaches to the container's output" },
  { command: "brew|docker|podman services|start|stop|restart|rm|rmi|kill|pause|unpause|tag|rename|wait|port", stdout: "bounded", stderr: "bounded", says: "prints a line per service or container" },
  { command: "docker|podman run|create|exec", when: ["-d", "--detach"], stdout: "bounded", stderr: "bounded", says: "starts a container in the background and prints its id" },
  // systemd-resolved's clients: flushing or resetting prints nothing; `monitor` follows every lookup.
  { command: "resolvectl monitor", stdout: "unbounded", stderr: "bounded", says: "prints every lookup until it is stopped" },
  { command: "resolvectl flush-caches|reset-statistics|reset-server-features|revert", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "systemd-resolve", when: ["--flush-caches", "--reset-statistics", "--reset-server-features", "--revert"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "resolvectl|systemd-resolve", stdout: "bounded", stderr: "bounded", says: "prints a few lines per link or name" },
  { command: "journalctl|dmesg", when: ["-f", "--follow", "-w", "--follow"], stdout: "unbounded", stderr: "bounded", says: "follows the log without end" },
  { command: "shutdown|reboot|halt|poweroff|init|telinit", stdout: "bounded", stderr: "bounded", says: "prints a line at most" },
  // Users and system settings.
  { command: "pactl subscribe", stdout: "unbounded", stderr: "bounded", says: "prints every sound event until it is stopped" },
  { command: "gsettings|dconf", when: ["list-recursively", "monitor", "watch", "dump"], stdout: "unbounded", stderr: "bounded", says: "prints every key or change" },
  { command: "gsettings|dconf", stdout: "bounded", stderr: "bounded", says: "prints a value at most" },
  { command: "feh", when: ["/^--bg-/"], stdout: "none", stderr: "bounded", says: "sets the wallpaper and prints nothing" },
  { command: "xrdb|xsetroot", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "useradd|userdel|usermod|groupadd|groupdel|groupmod|gpasswd|chpasswd|chsh|chfn|passwd|adduser|deluser|addgroup|delgroup|ldconfig|hwclock|timedatectl|hostnamectl|loadkeys|setxkbmap|xset|xrandr|amixer|pactl|notify-send|crontab|at", stdout: "bounded", stderr: "bounded", says: "prints a line at most" },
  // git: the plumbing answers in a line, the rest can grow. Progress meters go to stderr only
  // on a terminal (or with --progress), but fetch and pull name every updated ref there.
  { command: "git clone|fetch|pull|push|submodule", when: ["--progress"], stdout: "bounded", stderr: "unbounded", says: "reports its progress on stderr" },
  { command: "git fetch|pull", when: ["-q", "--quiet"], stdout: "bounded", stderr: "bounded", says: "prints errors only" },
  { command: "git pull", stdout: "unbounded", stderr: "unbounded", says: "prints a diffstat of the merge on stdout and names every fetched ref on stderr" },
  { command: "git fetch", stdout: "bounded", stderr: "unbounded", says: "names every fetched ref on stderr" },
  { command: "git remote update", stdout: "bounded", stderr: "unbounded", says: "names every fetched ref on stderr" },
  { command: "git push", when: ["--all", "--mirror", "--tags"], stdout: "bounded", stderr: "unbounded", says: "names every pushed ref on stderr" },
  { command: "git submodule foreach", stdout: "unbounded", stderr: "unbounded", says: "runs a command in every submodule" },
  { command: "git stash list|show", stdout: "unbounded", stderr: "bounded", says: "lists the stashes or shows a diff" },
  { command: "git add|rm|mv", when: ["-v", "--verbose", "-n", "--dry-run"], stdout: "unbounded", stderr: "bounded", says: "names every file" },
  { command: "git rm", when: ["-q", "--quiet"], stdout: "bounded", stderr: "bounded", says: "prints errors only" },
  { command: "git rm", when: ["-r"], stdout: "unbounded", stderr: "bounded", says: "names every file it removes" },
  { command: "git log", when: ["-p", "--patch", "--stat", "--numstat", "--name-only", "--name-status", "-u"], stdout: "unbounded", stderr: "bounded", says: "prints a diff per commit" },
  { command: "git log", when: COUNT("([1-9]|10)"), stdout: "bounded", stderr: "bounded", says: "prints a few commits" },
  // rev-list prints a commit id a line (41 bytes): a count written in the source, up to a thousand, stays below 64 KiB.
  { command: "git rev-list", when: ["--max-parents=0"], stdout: "bounded", stderr: "bounded", says: "prints the root commits, one in nearly every repository" },
  { command: "git rev-list", when: [...COUNT("([1-9]\\d{0,2}|1000)"), "--count"], stdout: "bounded", stderr: "bounded", says: "prints a commit id per line, a thousand at most, or a count" },
  { command: "git tag|branch", when: ["-l", "--list", "-a", "--all", "-r", "--remotes", "--contains", "--merged", "--no-merged"], stdout: "unbounded", stderr: "bounded", says: "lists every tag or branch" },
  { command: "git tag|branch", when: ["/^(?!(tag|branch)$)[^-]/", "-d", "-D", "--delete", "-m", "-M", "--show-current"], stdout: "bounded", stderr: "bounded", says: "prints a line at most" },
  // Words known only at run time (gulp-git's `git branch ' + opt.args + ' ' + name`, audit 18)
  // may hold a name (a line at most) or a listing option: take the listing, which for a pipe
  // nobody reads can pass 64 KiB in a repository with thousands of refs, so that the known
  // subcommand keeps its own class rather than falling to `git` below. SCALING says a listing
  // fits maxBuffer.
  { command: "git tag|branch", stdout: "unbounded", stderr: "bounded", says: "lists every tag or branch unless given a name" },
  { command: "git rev-parse|symbolic-ref|describe|merge-base|hash-object|write-tree|commit-tree|mktree|var|init|checkout|switch|reset|add|rm|mv|restore|update-index|update-ref|am|apply|cherry-pick|revert|gc|prune|push|clone|worktree|stash|commit|config|remote|submodule|notes|version", stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  { command: "git", stdout: "unbounded", stderr: "bounded", says: "can print a lot" },
  // Go tooling (editor extensions): `go list` reports module downloads and package errors on
  // stderr, for the packages it is given: a pattern with `...` (`./...`, `all`) names every
  // package of the tree, one import path names one. Builds, tests and runs can grow on both streams.
  { command: "go version|env", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "go list", when: ["/\\.\\.\\.$/", "all", "-deps", "-test"], stdout: "unbounded", stderr: "unbounded", says: "lists every package of the tree, and reports downloads and errors for each on stderr" },
  { command: "go list", stdout: "bounded", stderr: "bounded", says: "describes the packages it is given, and the module downloads for them on stderr (tens of KB at most)" },
  { command: "go", stdout: "unbounded", stderr: "unbounded", says: "builds, tests or runs code: both streams can grow" },
  { command: "gocode|gocode-gomod", when: ["close", "exit", "status"], stdout: "bounded", stderr: "bounded", says: "answers with a line" },
  { command: "gopkgs", stdout: "unbounded", stderr: "bounded", says: "lists packages, and only errors on stderr" },
  // Capture, attack and monitoring tools: they write until stopped.
  // dnsmasq forks into the background and logs to syslog unless kept in the foreground.
  { command: "dnsmasq", when: ["-d", "--no-daemon", "-k", "--keep-in-foreground", "/^--log-facility=-$/"], stdout: "unbounded", stderr: "unbounded", says: "logs in the foreground until it is stopped" },
  { command: "dnsmasq", stdout: "none", stderr: "bounded", says: "forks into the background and logs to syslog" },
  // Packet capture: `-w FILE` writes the packets to the file, not to stdout; `-r FILE` reads a
  // saved capture and prints a line per frame it selects, so it grows with the capture - except
  // a display filter on the WPA handshake (EAPOL) frames, which a capture holds a few of (four
  // per handshake). tcpdump -v and tshark (without -q) report a packet count on stderr while capturing.
  // tshark -v and dumpcap -v print their version (tcpdump's -v is verbose); -D lists the interfaces, -h the usage
  // (audit 27: a version check in cowrie's vendored ja4).
  { command: "tshark|dumpcap", exact: ["-v"], stdout: "bounded", stderr: "bounded", says: "prints its version" },
  { command: "tcpdump|tshark|dumpcap", when: ["-D", "--list-interfaces", "-h", "--help"], stdout: "bounded", stderr: "bounded", says: "lists the capture interfaces or its usage and exits" },
  { command: "tcpdump|tshark|dumpcap", when: ["-w -"], stdout: "unbounded", stderr: "bounded", says: "writes the packets to stdout" },
  { command: "tcpdump|tshark", when: ["-r", "/^--read-file=/"], also: ["-w"], stdout: "none", stderr: "bounded", says: "reads a saved capture and writes the frames it selects to a file" },
  { command: "tcpdump|tshark", when: ["-r", "/^--read-file=/"], also: ["/^\\(*(eapol|ether proto 0x888e)\\)*(\\s*(&&|and)\\s.*)?$|\\s(&&|and)\\s*\\(*eapol\\)*$/"], stdout: "bounded", stderr: "bounded", says: "reads a saved capture and prints only its handshake (EAPOL) frames, a few lines" },
  { command: "tcpdump|tshark", when: ["-r", "/^--read-file=/"], stdout: "unbounded", stderr: "bounded", says: "prints a line per frame of the saved capture" },
  { command: "tcpdump", when: ["-w"], also: ["/^-[a-zA-Z]*v[a-zA-Z]*$/"], stdout: "none", stderr: "unbounded", says: "writes the packets to a file and a packet count on stderr every second" },
  { command: "tcpdump", when: ["-w"], stdout: "none", stderr: "bounded", says: "writes the packets to a file and a line or two on stderr" },
  { command: "tshark|dumpcap", when: ["-w"], also: ["-q"], stdout: "none", stderr: "bounded", says: "writes the packets to a file and a count at the end" },
  { command: "tshark|dumpcap", when: ["-w"], stdout: "none", stderr: "unbounded", says: "writes the packets to a file and a running packet count on stderr" },
  { command: "tcpdump|tshark|dumpcap", stdout: "unbounded", stderr: "bounded", says: "prints a line per captured packet until it is stopped" },
  // mergecap writes the merged capture to its -w file (`-w -`: stdout); editcap and reordercap to their last argument.
  { command: "mergecap", when: ["-w -", "/^-w-$/"], stdout: "unbounded", stderr: "bounded", says: "writes the merged capture to stdout" },
  { command: "mergecap", stdout: "none", stderr: "bounded", says: "writes the merged capture to its -w file" },
  { command: "editcap|reordercap", when: ["/^-$/"], stdout: "unbounded", stderr: "bounded", says: "writes the capture to stdout" },
  { command: "editcap|reordercap", stdout: "none", stderr: "bounded", says: "writes the capture to its output file" },
  // aircrack-ng suite. aireplay-ng prints a status line about ten times a second while it
  // replays or injects (-2, -3, -4, -5, -6, -7, -0 0); fake authentication with a reassociation
  // delay of 0 (`-1 0`), a deauthentication of a few bursts (`-0 5`) and the injection test (-9)
  // end after a few lines. aircrack-ng redraws its status screen for every batch of keys it
  // tries: with `-q`, or a word list read from a command that prints a few lines, it stays small.
  { command: "aireplay-ng", when: ["-1 0", "--fakeauth 0", "--fakeauth=0", "-0 /^[1-9]\\d?$/", "--deauth /^[1-9]\\d?$/", "/^--deauth=[1-9]\\d?$/", "-9", "--test"], stdout: "bounded", stderr: "bounded", says: "sends a few packets and prints a few lines" },
  // A deauthentication whose count is known only at run time (`-0 str(n)`): as many lines as the
  // count (audit 23: waidps asks the user for it, 5 by default, or passes 1 to 5).
  { command: "aireplay-ng", when: ["-0 ?/^\uE000+$/", "--deauth ?/^\uE000+$/", "?/^--deauth=\uE000+$/"], stdout: "unbounded", stderr: "bounded", count: true, says: "sends as many deauthentication bursts as its count asks, a line each (0: until it is stopped)" },
  { command: "aireplay-ng", stdout: "unbounded", stderr: "bounded", says: "prints a status line about ten times a second until it is stopped" },
  // -S is its speed test: a "k/s" figure redrawn with \r for 15 s, then it exits (aircrack-ng.c:
  // _speed_test_length; audit 23: aircrack-ng's own dcrack.py reads it with readline()).
  // Without a capture file (no argument at all) it prints its usage and exits.
  { command: "aircrack-ng", exact: [], stdout: "bounded", stderr: "bounded", says: "without a capture file prints its usage" },
  { command: "aircrack-ng", when: ["-S"], stdout: "bounded", stderr: "bounded", says: "runs its 15-second speed test and prints the rate" },
  { command: "aircrack-ng", when: ["-q", "--quiet", "-J", "-j"], stdout: "bounded", stderr: "bounded", says: "prints its result only" },
  { command: "aircrack-ng", when: ["-w -"], stdout: "unbounded", stderr: "bounded", says: "tries every word of its standard input and redraws its status screen", fromInput: true },
  { command: "aircrack-ng", stdout: "unbounded", stderr: "bounded", says: "redraws its status screen for every batch of keys it tries" },
  // cowpatty -c only checks a capture for a handshake; otherwise it prints a line every thousand words.
  { command: "cowpatty", when: ["-c"], stdout: "bounded", stderr: "bounded", says: "checks the capture for a handshake and prints a few lines" },
  { command: "cowpatty", stdout: "unbounded", stderr: "bounded", says: "prints a line for every thousand words it tries" },
  { command: "pyrit analyze|list_cores|list_essids|selftest", stdout: "bounded", stderr: "bounded", says: "prints a few lines per access point or core" },
  // wash reads a saved capture (-f) and prints a line per access point, or scans until it is stopped.
  { command: "wash|walsh", when: ["-f", "--file", "/^--file=/"], stdout: "bounded", stderr: "bounded", says: "prints a line per WPS access point of the saved capture" },
  // Daemons: in the background (-B) they log to syslog; in the foreground they log every event.
  { command: "hostapd|wpa_supplicant", when: ["-B"], stdout: "none", stderr: "bounded", says: "forks into the background" },
  { command: "hostapd|wpa_supplicant", stdout: "unbounded", stderr: "unbounded", says: "logs every event in the foreground until it is stopped" },
  // ettercap in text mode (-T) with -q prints its banner, the hosts it scanned and what its
  // plugins report: the spoofing plugins a line per spoofed reply, the others a line or two.
  // Without -q it prints every packet; -D daemonizes.
  { command: "ettercap", when: ["-D", "--daemon"], stdout: "none", stderr: "bounded", says: "forks into the background" },
  { command: "ettercap", when: ["-P /^(dns_spoof|mdns_spoof|nbns_spoof|arp_cop|remote_browser|find_conn|sslstrip)$/", "--plugin /^(dns_spoof|mdns_spoof|nbns_spoof|arp_cop|remote_browser|find_conn|sslstrip)$/", "/^--plugin=(dns_spoof|mdns_spoof|nbns_spoof|arp_cop|remote_browser|find_conn|sslstrip)$/"], stdout: "unbounded", stderr: "bounded", says: "reports every spoofed reply or event" },
  { command: "ettercap", when: ["-q", "--quiet"], also: ["/^-[a-zA-Z]*T[a-zA-Z]*$|^--text$/"], stdout: "bounded", stderr: "bounded", says: "runs quiet in text mode: its banner, the hosts it scanned and its plugin's messages" },
  // sslstrip logs what it strips to a file (-w, sslstrip.log by default) and prints its banner.
  // Audit 25 judged a dropped sslstrip real on the argument that Twisted's tracebacks for failed
  // connections pile up on stderr over hours (reasoned, not measured); audit 2 judged one false
  // (only the banner): kept bounded until a run shows the tracebacks.
  { command: "sslstrip", stdout: "bounded", stderr: "bounded", says: "logs to a file (-w, sslstrip.log by default) and prints its banner" },
  { command: "hping3|l2ping", when: ["-c", "/^-c\\d+$/", "--count"], stdout: "bounded", stderr: "bounded", says: "prints a line per probe" },
  { command: "l2ping", stdout: "unbounded", stderr: "bounded", says: "prints a line per echo until it is stopped", writeErrors: "ignored" },
  { command: "hcitool lescan|lecc|cmd", stdout: "unbounded", stderr: "bounded", says: "prints a line per advertisement until it is stopped" },
  { command: "hcitool|wpa_passphrase|ssh-keygen", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // password-store: `pass show -c` puts the first line on the clipboard and says so in one line.
  { command: "pass show", when: ["-c", "--clip", "/^--clip=/"], stdout: "bounded", stderr: "bounded", says: "copies a password to the clipboard and prints one line" },
  // reaver and wash log through one file, stdout unless -o names another (set_log_file(stdout) in
  // their sources); stderr gets the banner, the usage and a fatal error.
  { command: "reaver|wash|walsh", stdout: "unbounded", stderr: "bounded", says: "logs every pin attempt or access point on stdout until it is stopped" },
  { command: "airodump-ng|ettercap|arpspoof|dnsspoof|dsniff|urlsnarf|tcpkill|driftnet|mdk3|mdk4|bully|masscan|hping3|nc|netcat|ncat|socat|airbase-ng|besside-ng|hcxdumptool", stdout: "unbounded", stderr: "unbounded", says: "writes until it is stopped" },
  // nmap prints a few lines per host: a scan of one host or a small network stays small; a
  // target list, verbose or tracing output can grow.
  { command: "nmap", when: ["-iL", "-v", "-vv", "-d", "-dd", "--packet-trace", "--reason", "-iR", "/\\/(8|1[0-9])$/"], stdout: "unbounded", stderr: "bounded", says: "prints a line per host and port of a large scan" },
  { command: "nmap", stdout: "bounded", stderr: "bounded", says: "prints a few lines per host" },
  { command: "packetforge-ng|airdecap-ng|ivstools|wesside-ng", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "ping|ping6|arping", when: ["-c", "/^-c\\d+$/", "-w", "-q"], stdout: "bounded", stderr: "bounded", says: "prints a line per probe" },
  { command: "ping|ping6|arping", stdout: "unbounded", stderr: "bounded", says: "pings until it is stopped" },
  // `wget -O -` writes the download to stdout.
  { command: "wget", when: ["-O -", "/^-[a-zA-Z]*O-$/", "/^--output-document=-$/"], also: ["/^-[a-zA-Z]*q[a-zA-Z]*(O-)?$|^--quiet$/"], stdout: "unbounded", stderr: "bounded", says: "writes the download to stdout" },
  { command: "wget", when: ["-O -", "/^-[a-zA-Z]*O-$/", "/^--output-document=-$/"], stdout: "unbounded", stderr: "unbounded", says: "writes the download to stdout and its progress on stderr" },
  { command: "wget", when: ["-q", "--quiet", "-nv", "--no-verbose", "-o", "/^--output-file=/", "-b", "--background"], stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "wget", stdout: "none", stderr: "unbounded", says: "logs its progress on stderr" },
  { command: "curl", when: ["-s", "--silent"], also: ["/^-[a-zA-Z]*[oO]$|^--output$|^--remote-name|^--output=/"], stdout: "none", stderr: "bounded", says: "saves to a file and prints errors only" },
  { command: "curl", when: ["-s", "--silent"], stdout: "unbounded", stderr: "bounded", says: "writes the response to stdout and errors only on stderr" },
  { command: "curl", when: ["-o", "-O", "--output", "--remote-name", "/^--output=/"], stdout: "none", stderr: "unbounded", says: "saves to a file and logs its progress on stderr" },
  { command: "curl", stdout: "unbounded", stderr: "unbounded", says: "writes the response to stdout and its progress meter on stderr" },
  { command: "dpkg", when: ["--add-architecture", "--remove-architecture", "--print-architecture", "--print-foreign-architectures", "-s", "--status", "--compare-versions"], stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  // Clients that print their results on stdout and only errors on stderr.
  { command: "svn|rpcclient|smbclient|ldapsearch|whois", stdout: "unbounded", stderr: "bounded", says: "prints its results on stdout, errors on stderr" },
  // openssl writes keys and certificates to -out, or a PEM block to stdout; enc and the clients stream.
  { command: "openssl enc|s_client|s_server|s_time|speed|base64", stdout: "unbounded", stderr: "bounded", says: "streams its data or a session" },
  { command: "openssl", stdout: "bounded", stderr: "bounded", says: "prints a key, a certificate or a digest at most" },
  { command: "msfvenom", stdout: "unbounded", stderr: "bounded", says: "writes the payload on stdout and a few lines on stderr" },
  // Documents: pandoc writes the document to stdout unless told -o, and only warnings on stderr.
  { command: "pandoc", when: ["-o", "/^--output=/", "--output"], stdout: "none", stderr: "bounded", says: "writes the document to a file and only warnings on stderr" },
  { command: "pandoc", stdout: "unbounded", stderr: "bounded", says: "writes the document to stdout and only warnings on stderr" },
  // Bibliography tools report on stdout per entry: bibtex a `Warning--` line for every entry with
  // an empty or missing field or key, biber INFO and WARN lines for each entry it reads (a
  // bibliography of a few thousand entries, `\nocite{*}`, passes 64 KiB; audit 21: Setzer). Index
  // and glossary tools print a fixed summary and log the rest to their .ilg/.glg file.
  { command: "bibtex|bibtex8|bibtexu|biber", stdout: "unbounded", stderr: "bounded", says: "prints a line on stdout for every entry of the bibliography with a problem (a missing field or key; biber also its INFO lines)" },
  { command: "makeindex|makeglossaries|xindy", stdout: "bounded", stderr: "bounded", says: "prints a short summary (the details go to its log file)" },
  // Squirrel's installer (Electron apps on Windows): shortcut and start-up commands log to a file.
  { command: "Update.exe|update.exe|Squirrel.exe", when: ["--createShortcut", "--removeShortcut", "--processStart", "--processStartAndWait"], stdout: "none", stderr: "bounded", says: "logs to its own file and prints nothing" },
  // Its other commands (--install, --update, --download, --checkForUpdate, --uninstall) log to
  // SquirrelSetup.log too; on the console at most a percentage per progress step, and one JSON
  // line of release info for --download and --checkForUpdate.
  { command: "Update.exe|update.exe|Squirrel.exe", stdout: "bounded", stderr: "bounded", says: "logs to its own file and prints at most its progress and a line of release info" },
  // Package managers' one-line queries; pip -q prints warnings and errors only.
  { command: "pip|pip3", when: ["-q", "--quiet", "-qq"], stdout: "bounded", stderr: "bounded", says: "prints warnings and errors only" },
  { command: "npm|pnpm|yarn root|bin|prefix|whoami|config|get", stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  // Dependency listings: a line (or a JSON object) per package. `npm ls` (npm 7 and later) and
  // `pnpm ls` list the direct dependencies unless --all or a depth says more; `yarn list` (v1)
  // names every package of the lockfile with its dependencies; --depth=0 keeps the direct ones.
  { command: "npm|pnpm|yarn ls|list|la|ll", when: ["--depth 0", "/^--depth=0$/"], stdout: "bounded", stderr: "bounded", says: "lists the direct dependencies" },
  { command: "npm|pnpm|yarn ls|list|la|ll", stdout: "unbounded", stderr: "bounded", says: "lists the installed packages, a line per package, and its problems (missing, invalid) on stderr" },
  // ---- Programs real code runs (issue 11), by kind. A long-lived program (a server, an X
  // server, a GUI program, a tunnel, a watcher) writes for as long as it runs: output that grows
  // with its life, 'unbounded', though each line is small.
  // X servers log on stderr for as long as they run: a line or more per client connection and at
  // each server reset (xkbcomp warnings, resource notices). xvfb-run and startx run a session.
  { command: "Xvfb|Xephyr|Xvnc|Xtigervnc|Xorg|X|Xnest|Xwayland|Xdummy", stdout: "none", stderr: "unbounded", says: "runs an X server, which logs on stderr for as long as it runs", serves: true },
  { command: "startx|xinit", stdout: "unbounded", stderr: "unbounded", says: "runs an X server and a session, which log for as long as they run", serves: true },
  // x11vnc(1) logs every client and screen event on stderr; -q logs less, -o/-logfile sends it to a file, -bg forks.
  { command: "x11vnc", when: ["/^-o$/", "-logfile", "-bg"], stdout: "bounded", stderr: "bounded", says: "logs to a file or forks into the background" },
  { command: "x11vnc", stdout: "bounded", stderr: "unbounded", says: "logs every client and screen event on stderr for as long as it runs", serves: true },
  // vncserver(1) (TigerVNC, TightVNC) starts Xvnc in the background and prints where it logs.
  { command: "vncserver|tigervncserver|tightvncserver", stdout: "bounded", stderr: "bounded", says: "starts the VNC server in the background and prints a few lines" },
  { command: "websockify|novnc_proxy|vncviewer|xtigervncviewer|xfreerdp|rdesktop|remmina", stdout: "unbounded", stderr: "unbounded", says: "logs every connection for as long as it runs", serves: true },
  // iproxy (libusbmuxd) forwards local ports to an iOS device until it is stopped; its main loop prints
  // "waiting for connection" and "New connection for L->D, fd = N" on stdout for every connection it accepts
  // (tools/iproxy.c), errors on stderr. A forwarder kept for a test session or a server's life passes 64 KiB
  // (audits 9 and 23: Airtest's and MobSF's iproxy with unread pipes, both real).
  { command: "iproxy", stdout: "unbounded", stderr: "bounded", says: "forwards ports until it is stopped, printing two lines on stdout for every connection it accepts", serves: true },
  // Compositors, window managers, panels and desktop daemons: warnings on stderr for as long as they run.
  { command: "weston|sway|cage|gamescope|mutter|kwin_x11|kwin_wayland|openbox|fluxbox|i3|xfwm4|metacity|twm|matchbox-window-manager|awesome|icewm|herbstluftwm|bspwm|picom|compton|polybar|tint2|dunst|swaybg|swayidle|xscreensaver|redshift|gammastep|sxhkd|xbindkeys|nm-applet|blueman-applet|plank|conky", stdout: "bounded", stderr: "unbounded", says: "runs for the whole session and writes its warnings on stderr for as long as it runs" },
  // GUI programs run directly: GTK/Qt warnings on stderr for as long as they run (hours). Media
  // players also print a status line: mpv on stderr unless --really-quiet or --no-terminal,
  // mplayer on stdout unless -really-quiet, VLC logs on stderr unless -q.
  { command: "mpv|mplayer", when: ["--really-quiet", "-really-quiet", "--no-terminal", "--quiet", "-quiet", "/^--msg-level=all=no$/"], stdout: "bounded", stderr: "bounded", says: "plays without its status line" },
  { command: "vlc|cvlc", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "plays without its messages" },
  { command: "ffplay", when: ["-nostats", "-loglevel /^(quiet|panic|fatal|error|warning|-8|0|8|16|24)$/", "-v /^(quiet|panic|fatal|error|warning|-8|0|8|16|24)$/"], stdout: "none", stderr: "bounded", says: "plays without its stats line" },
  // mpv common/msg.c: `(root->force_stderr || lev == MSGL_STATUS) ? stderr : stdout` - the status
  // line goes to stderr; stdout gets a few info lines per file, unless -v/--msg-level turn on its
  // log or --o=- encodes to stdout.
  { command: "mpv", when: ["-v", "--v", "/^--msg-level=/", "--o -", "/^--o=-$/"], stdout: "unbounded", stderr: "unbounded", says: "plays while it prints its log or its encoded output on stdout, for as long as it runs", serves: true },
  { command: "mpv", stdout: "bounded", stderr: "unbounded", says: "plays while it prints a few lines per file on stdout and its status line on stderr, for as long as it runs", serves: true },
  // ffplay logs (banner, stats line, warnings) through av_log, on stderr; it prints nothing on stdout.
  { command: "ffplay", stdout: "none", stderr: "unbounded", says: "plays while it prints its stats line on stderr, for as long as it runs", serves: true },
  { command: "mplayer|vlc|cvlc", stdout: "unbounded", stderr: "unbounded", says: "plays while it prints a status line or its log, for as long as it runs", serves: true },
  // LibreOffice(1): --cat prints the text of the documents; --convert-to, --print-to-file and
  // --headless run without a window and print a line per file they convert.
  { command: "libreoffice|soffice|lowriter|localc|loimpress|lodraw", when: ["--cat"], stdout: "unbounded", stderr: "bounded", says: "prints the text of the documents on stdout" },
  { command: "libreoffice|soffice|lowriter|localc|loimpress|lodraw", when: ["--convert-to", "/^--convert-to=/", "--print-to-file", "--headless", "--invisible"], stdout: "bounded", stderr: "bounded", says: "runs without a window and prints a line per file it converts" },
  { command: "totem|smplayer|celluloid|audacious|rhythmbox|clementine|parole|xine|nautilus|dolphin|caja|thunar|nemo|pcmanfm|pcmanfm-qt|dde-file-manager|konqueror|spacefm|gedit|kate|kwrite|mousepad|pluma|xed|geany|leafpad|gvim|eog|evince|okular|gwenview|ristretto|shotwell|gimp|atril|xreader|qpdfview|zathura|mupdf|xpdf|libreoffice|soffice|lowriter|localc|loimpress|lodraw|thunderbird|brave|brave-browser|vivaldi|opera|epiphany|midori|qutebrowser|telegram-desktop|signal-desktop|discord|slack|steam|transmission-gtk|qbittorrent|deluge", stdout: "bounded", stderr: "unbounded", says: "runs a GUI program, which writes its warnings on stderr for as long as it runs" },
  // Servers and daemons started as children: they log every request or event until they are stopped.
  // Build tools whose -w is --watch, and the watchers and dev servers of JS builds (see watch
  // mode above): they rebuild or serve until they are stopped, and report on every change.
  { command: "tsc|webpack|rollup|babel|coffee|stylus|sass|node-sass|rescript|bsb|swc", when: ["-w"], stdout: "unbounded", stderr: "unbounded", says: "runs in watch mode: it rebuilds and reports on every change until it is stopped", serves: true },
  { command: "npm|pnpm|yarn|bun run|run-script watch|dev|serve", stdout: "unbounded", stderr: "unbounded", says: "runs the project's watcher or dev server, which reports on every change or request until it is stopped", serves: true },
  { command: "yarn|pnpm|bun watch|dev|serve", stdout: "unbounded", stderr: "unbounded", says: "runs the project's watcher or dev server, which reports on every change or request until it is stopped", serves: true },
  { command: "rescript|parcel|microbundle|gulp|grunt watch", stdout: "unbounded", stderr: "unbounded", says: "runs a watcher, which rebuilds and reports on every change until it is stopped", serves: true },
  { command: "ng|vue-cli-service|gulp|grunt|ember|webpack|quasar|parcel serve", stdout: "unbounded", stderr: "unbounded", says: "runs a dev server, which rebuilds on every change and logs until it is stopped", serves: true },
  { command: "next|nuxt|nuxi|astro|remix|vite|quasar dev", stdout: "unbounded", stderr: "unbounded", says: "runs a dev server, which rebuilds on every change and logs until it is stopped", serves: true },
  { command: "gatsby develop", stdout: "unbounded", stderr: "unbounded", says: "runs a dev server, which rebuilds on every change and logs until it is stopped", serves: true },
  // elm reactor (Elm 0.19; `elm-reactor` before) serves the project and compiles on each request;
  // elm-analyse -s serves its report and re-analyses on every change; elm-live rebuilds on every change.
  { command: "elm reactor", stdout: "unbounded", stderr: "unbounded", says: "serves the project until it is stopped, compiling and reporting on every request", serves: true },
  { command: "elm-reactor|elm-live", stdout: "unbounded", stderr: "unbounded", says: "serves the project until it is stopped, compiling and reporting on every request", serves: true },
  { command: "elm-analyse", when: ["-s", "--serve"], stdout: "unbounded", stderr: "unbounded", says: "serves its report until it is stopped and re-analyses on every change", serves: true },
  // A server's own management commands end, judged by their words, not the program's name:
  // appium's extension CLI (`appium driver|plugin list|doctor|install|update|uninstall|run`,
  // `appium setup`) lists, checks or installs drivers and plugins and exits; only `appium` and
  // `appium server` serve (audit 12: webdriverio's `appium plugin list --installed`).
  { command: "appium driver|plugin", when: ["list", "doctor"], stdout: "bounded", stderr: "bounded", says: "lists or checks its drivers or plugins and ends" },
  { command: "appium driver|plugin|setup", stdout: "unbounded", stderr: "unbounded", says: "installs, updates or runs a driver or plugin with npm and ends" },
  // tor(1): these options run one command and exit instead of starting the relay: `--hash-password` prints the
  // hashed password (one line), `--verify-config` checks the configuration, `--list-fingerprint` prints the key's
  // fingerprint, `--keygen` makes a key (audit 27: Mailpile's control-password hash).
  { command: "tor", when: ["--hash-password", "--verify-config", "--list-fingerprint", "--keygen", "--list-torrc-options", "--list-deprecated-options", "--list-modules", "--help", "-h"], stdout: "bounded", stderr: "bounded", says: "runs one command (a password hash, a configuration check, a fingerprint) and exits" },
  { command: "gunicorn|uvicorn|hypercorn|daphne|waitress-serve|puma|unicorn|thin|http-server|live-server|serve|browser-sync|json-server|webpack-dev-server|nodemon|ts-node-dev|caddy|traefik|envoy|mitmdump|mitmproxy|mitmweb|ngrok|cloudflared|frpc|frps|chisel|tor|autossh|appium|geckodriver|chromedriver|msedgedriver|operadriver|selenium-server|tensorboard|redis-server|mongod|mysqld|mysqld_safe|mariadbd|postgres|postmaster|etcd|minio|elasticsearch|kibana|logstash|zookeeper-server-start|kafka-server-start|rabbitmq-server|influxd|prometheus|grafana-server|tailscaled|emulator|qemu-system-x86_64|qemu-system-i386|qemu-system-aarch64|qemu-system-arm|qemu-system-riscv64|qemu-kvm|VBoxHeadless|scrcpy|wine|wine64|dosbox|retroarch|mame", when: ["--daemonize", "--fork", "--detach", "--background", "-daemonize"], stdout: "bounded", stderr: "bounded", says: "forks into the background" },
  { command: "gunicorn|uvicorn|hypercorn|daphne|waitress-serve|puma|unicorn|thin|http-server|live-server|serve|browser-sync|json-server|webpack-dev-server|nodemon|ts-node-dev|caddy|traefik|envoy|mitmdump|mitmproxy|mitmweb|ngrok|cloudflared|frpc|frps|chisel|tor|autossh|appium|geckodriver|chromedriver|msedgedriver|operadriver|selenium-server|tensorboard|redis-server|mongod|mysqld|mysqld_safe|mariadbd|postgres|postmaster|etcd|minio|elasticsearch|kibana|logstash|zookeeper-server-start|kafka-server-start|rabbitmq-server|influxd|prometheus|grafana-server|tailscaled", stdout: "unbounded", stderr: "unbounded", says: "serves until it is stopped and logs every request or event", serves: true },
  { command: "emulator|qemu-system-x86_64|qemu-system-i386|qemu-system-aarch64|qemu-system-arm|qemu-system-riscv64|qemu-kvm|VBoxHeadless|scrcpy|wine|wine64|dosbox|retroarch|mame", stdout: "unbounded", stderr: "unbounded", says: "runs a machine or a program under emulation and logs for as long as it runs", serves: true },
  { command: "jupyter notebook|lab|server|console|qtconsole|kernel", stdout: "unbounded", stderr: "unbounded", says: "serves until it is stopped and logs every request", serves: true },
  { command: "mlflow server|ui", stdout: "unbounded", stderr: "unbounded", says: "serves until it is stopped and logs every request", serves: true },
  { command: "airflow webserver|scheduler|worker|triggerer|standalone|celery", stdout: "unbounded", stderr: "unbounded", says: "serves until it is stopped and logs every task", serves: true },
  { command: "celery", stdout: "unbounded", stderr: "unbounded", says: "runs a worker or a beat that logs every task" },
  { command: "flask|hugo|jekyll|mkdocs|zola|hexo|docusaurus run|serve|server|s|start|watch|dev", stdout: "unbounded", stderr: "unbounded", says: "serves until it is stopped and logs every request", serves: true },
  { command: "hugo|jekyll|mkdocs|zola", stdout: "bounded", stderr: "bounded", says: "builds the site and prints a summary" },
  { command: "jupyter|mlflow", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "airflow|flask|hexo|docusaurus", stdout: "unbounded", stderr: "unbounded", says: "runs a command of the project, which can print anything" },
  // openvpn(8) logs on stdout unless --daemon or --log; memcached(1) logs only with -v.
  { command: "openvpn", when: ["--daemon", "--log", "/^--log=/", "--log-append"], stdout: "bounded", stderr: "bounded", says: "logs to syslog or a file" },
  { command: "openvpn", stdout: "unbounded", stderr: "unbounded", says: "logs every event on stdout until it is stopped", serves: true },
  { command: "memcached", when: ["-v", "-vv", "-vvv"], stdout: "unbounded", stderr: "unbounded", says: "logs every connection or command" },
  { command: "memcached", stdout: "none", stderr: "bounded", says: "serves and prints errors only" },
  // dhcpd(8) logs on stderr in the foreground (-f, -d) and forks otherwise.
  { command: "dhcpd|udhcpd", when: ["/^-f$/", "/^-d$/"], stdout: "unbounded", stderr: "unbounded", says: "logs every lease in the foreground", serves: true },
  { command: "dhcpd|udhcpd", stdout: "bounded", stderr: "bounded", says: "prints its banner and forks into the background" },
  // pg_ctl(1): `start` without -l leaves the server's log on pg_ctl's stdout, which the server keeps.
  { command: "pg_ctl", when: ["-l", "/^--log=/", "--log"], stdout: "bounded", stderr: "bounded", says: "starts or stops the server, which logs to a file" },
  { command: "pg_ctl start|restart", stdout: "unbounded", stderr: "bounded", says: "starts the server, which logs on this stdout for as long as it runs", serves: true },
  { command: "pg_ctl|pg_ctlcluster|initdb|createdb|dropdb|createuser|dropuser|pg_isready|mysqladmin", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Database clients print the rows a query returns; dumps write the database to stdout unless to a file.
  { command: "redis-cli", when: ["monitor", "MONITOR", "subscribe", "SUBSCRIBE", "psubscribe", "PSUBSCRIBE", "--scan", "--bigkeys", "--stat", "-r", "--pipe"], stdout: "unbounded", stderr: "bounded", says: "follows the server or walks every key" },
  { command: "redis-cli", stdout: "bounded", stderr: "bounded", says: "prints the reply" },
  { command: "mysql|psql|sqlite3|mongo|mongosh|sqlcmd|clickhouse-client|cqlsh", stdout: "unbounded", stderr: "bounded", says: "prints the rows its queries return" },
  { command: "mysqldump|mariadb-dump", when: ["-r", "/^--result-file=/"], stdout: "none", stderr: "bounded", says: "writes the dump to a file" },
  { command: "pg_dump|pg_dumpall", when: ["-f", "/^--file=/", "--file"], stdout: "none", stderr: "bounded", says: "writes the dump to a file" },
  { command: "pg_restore", when: ["-d", "/^--dbname=/", "--dbname"], stdout: "none", stderr: "bounded", says: "restores into the database and prints errors only" },
  { command: "mysqldump|mariadb-dump|pg_dump|pg_dumpall|pg_restore|mongoexport", stdout: "unbounded", stderr: "bounded", says: "writes the dump to stdout" },
  { command: "mongodump|mongorestore|mongoimport", stdout: "bounded", stderr: "unbounded", says: "logs its progress on stderr" },
  // Followers: they print until they are stopped.
  { command: "journalctl", when: ["-n", "/^--lines=/", "--lines", "--disk-usage", "--list-boots", "--vacuum-size", "/^--vacuum-/", "--rotate", "--flush", "--verify", "--field", "-F"], stdout: "bounded", stderr: "bounded", says: "prints the last lines or a summary" },
  { command: "journalctl", stdout: "unbounded", stderr: "bounded", says: "prints the whole journal it selects" },
  { command: "dmesg", when: ["-C", "--clear", "-n", "--console-level", "-D", "--console-off", "-E", "--console-on"], stdout: "none", stderr: "bounded", says: "changes the kernel log and prints nothing" },
  { command: "dmesg", stdout: "unbounded", stderr: "bounded", says: "prints the whole kernel ring buffer" },
  { command: "inotifywait", when: ["-m", "--monitor"], stdout: "unbounded", stderr: "bounded", says: "prints every change until it is stopped" },
  { command: "fswatch", when: ["-1", "--one-event"], stdout: "bounded", stderr: "bounded", says: "prints one change" },
  { command: "fswatch", stdout: "unbounded", stderr: "bounded", says: "prints every change until it is stopped" },
  { command: "inotifywait", stdout: "bounded", stderr: "bounded", says: "waits for one change and prints it" },
  { command: "watchman|watchexec|entr|chokidar|onchange|reflex|cargo-watch|watchmedo", stdout: "unbounded", stderr: "unbounded", says: "runs its command on every change until it is stopped" },
  { command: "watch", stdout: "unbounded", stderr: "bounded", says: "reruns its command and prints its output every few seconds" },
  { command: "udevadm|dbus-monitor|gdbus|busctl|evtest|xev|acpi_listen|btmon", when: ["monitor", "--monitor", "/^--monitor=/"], stdout: "unbounded", stderr: "bounded", says: "prints every event until it is stopped" },
  { command: "dbus-monitor|evtest|xev|acpi_listen|btmon|iftop|nethogs|bmon", stdout: "unbounded", stderr: "bounded", says: "prints every event until it is stopped" },
  { command: "udevadm settle|trigger|control", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "udevadm info", when: ["-e", "--export-db"], stdout: "unbounded", stderr: "bounded", says: "prints the whole device database" },
  { command: "udevadm|busctl|gdbus|loginctl|xprop|xwininfo|xdpyinfo|xhost|xauth|fc-match|qdbus|dbus-send|xdg-mime|xdg-settings|xdg-user-dir|xfconf-query|lsblk|blkid|findmnt|lscpu|lspci|lsusb|dmidecode|hdparm|smartctl|sensors|acpi|upower|inxi|neofetch|screenfetch|ldd|pkg-config|mountpoint|traceroute|traceroute6|tracepath|ntpdate|chronyc|localectl", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // kubectl: port-forward and proxy print their address, then a line on stderr for every
  // connection that fails, for as long as they run; logs -f and get -w follow.
  { command: "kubectl port-forward|proxy", stdout: "bounded", stderr: "unbounded", says: "forwards until it is stopped and logs every failed connection on stderr" },
  { command: "kubectl exec|attach|run|debug|cp", stdout: "unbounded", stderr: "unbounded", says: "runs a command in a container, or copies: both streams can grow" },
  { command: "kubectl logs|get|describe|top|events|explain|api-resources|api-versions|diff", stdout: "unbounded", stderr: "bounded", says: "prints the log or every resource it lists (with -f or -w, until it is stopped)" },
  { command: "kubectl apply|create|delete|patch|label|annotate|scale|config|rollout|set|expose|cordon|uncordon|drain|taint|wait|auth|replace|autoscale|cluster-info", stdout: "bounded", stderr: "bounded", says: "prints a line per resource it changes" },
  // Media and conversion. ffprobe(1) prints the description of its input on stdout (its banner and
  // stream list on stderr); -show_frames and -show_packets print a block per frame or packet.
  { command: "ffprobe", when: ["-show_frames", "-show_packets", "-show_data", "-show_log"], stdout: "unbounded", stderr: "bounded", says: "prints a block per frame or packet" },
  { command: "ffprobe", stdout: "bounded", stderr: "bounded", says: "describes its input in a few lines" },
  // sox(1): quiet unless -S shows its progress (the default for play and rec, off with -q); `-p`
  // writes the audio to stdout (a file named `-` may be the input or the output: not told apart).
  { command: "sox|play|rec", when: ["-S", "--show-progress"], stdout: "none", stderr: "unbounded", says: "reports its progress on stderr while it works" },
  { command: "sox|rec", when: ["-p", "--sox-pipe"], stdout: "unbounded", stderr: "bounded", says: "writes the audio to stdout" },
  { command: "sox|play|rec", when: ["-q", "--no-show-progress"], stdout: "none", stderr: "bounded", says: "works quietly" },
  { command: "play|rec", stdout: "none", stderr: "unbounded", says: "reports its progress on stderr while it plays or records" },
  { command: "sox|soxi", stdout: "none", stderr: "bounded", says: "writes its output file or device, and only warnings on stderr" },
  // ImageMagick: convert, magick and montage write the image to the file named last; `-` or `fmt:-`
  // writes it to stdout. identify prints a line per image, -verbose a long description.
  { command: "convert|magick|montage|composite|mogrify|identify|compare", when: ["-", "/^[A-Za-z0-9]+:-$/"], stdout: "unbounded", stderr: "bounded", says: "writes the image to stdout" },
  { command: "convert|magick|montage|composite|mogrify|identify|compare", when: ["-verbose", "-list", "-monitor"], stdout: "unbounded", stderr: "unbounded", says: "describes every image or reports its progress" },
  { command: "identify|compare", stdout: "bounded", stderr: "bounded", says: "prints a line per image or a metric" },
  { command: "convert|magick|montage|composite|mogrify", stdout: "none", stderr: "bounded", says: "writes the image to a file and only warnings on stderr" },
  // Ghostscript prints a banner and a line per page unless -q; -sOutputFile=- (-o -) writes the output to stdout.
  { command: "gs|gsc|gswin32c|gswin64c", when: ["/^-sOutputFile=(-|%stdout%?)$/", "-o -", "/^-sstdout=/"], stdout: "unbounded", stderr: "bounded", says: "writes the rendered document to stdout" },
  { command: "gs|gsc|gswin32c|gswin64c", when: ["-q", "-dQUIET", "-dNOINFO"], stdout: "none", stderr: "bounded", says: "renders to its output file and prints errors only" },
  { command: "gs|gsc|gswin32c|gswin64c", stdout: "bounded", stderr: "bounded", says: "prints a banner and a line per page" },
  { command: "pdftk", when: ["output -"], stdout: "unbounded", stderr: "bounded", says: "writes the document to stdout" },
  { command: "mutool show", stdout: "unbounded", stderr: "bounded", says: "prints the objects of the document" },
  { command: "ps2pdf|pdf2ps|pdftoppm|pdftocairo", when: ["-"], stdout: "unbounded", stderr: "bounded", says: "may write the document to stdout (a file named `-`)" },
  { command: "ps2pdf|pdf2ps|ps2pdfwr|epstopdf|pdfcrop|pdfjam|pdftk|qpdf|pdfseparate|pdfunite|pdftoppm|pdftocairo|pdfimages|mutool|cpdf|pdfinfo|pdffonts", stdout: "bounded", stderr: "bounded", says: "writes its output file and prints a few lines" },
  // Document converters print the converted document on stdout (SCALING has their quiet forms).
  { command: "pdftotext|pdftohtml", when: ["-", "-stdout"], stdout: "unbounded", stderr: "bounded", says: "writes the text of the document to stdout" },
  { command: "pdftotext|pdftohtml", stdout: "none", stderr: "bounded", says: "writes the text to a file" },
  { command: "lynx|w3m|elinks", when: ["-dump", "-source"], stdout: "unbounded", stderr: "bounded", says: "prints the whole page on stdout" },
  { command: "antiword|catdoc|catppt|xls2csv|unrtf|odt2txt|docx2txt|html2text", stdout: "unbounded", stderr: "bounded", says: "prints the converted document on stdout" },
  // unoconv(1) writes a file unless --stdout; its --listener serves until it is stopped.
  { command: "unoconv", when: ["--stdout"], stdout: "unbounded", stderr: "bounded", says: "writes the converted document to stdout" },
  { command: "unoconv", when: ["--listener", "-l"], stdout: "unbounded", stderr: "unbounded", says: "serves conversions until it is stopped" },
  { command: "unoconv", stdout: "bounded", stderr: "bounded", says: "writes the converted document to a file" },
  // wkhtmltopdf(1): an output named `-` is the PDF on stdout; without -q it reports its stages on stderr.
  { command: "wkhtmltopdf|wkhtmltoimage", when: ["-"], stdout: "unbounded", stderr: "bounded", says: "writes the document to stdout" },
  { command: "wkhtmltopdf|wkhtmltoimage", stdout: "none", stderr: "bounded", says: "writes the document to a file and reports its stages on stderr" },
  // tesseract(1): an output base `stdout` or `-` prints the text it recognises (SCALING).
  { command: "tesseract", when: ["stdout", "-"], stdout: "unbounded", stderr: "bounded", says: "prints the text it recognises on stdout" },
  { command: "tesseract", when: ["--list-langs", "--print-parameters"], stdout: "unbounded", stderr: "bounded", says: "prints a list" },
  { command: "tesseract", stdout: "none", stderr: "bounded", says: "writes the text to a file and its banner on stderr" },
  // Downloaders print a progress line about once a second while they download.
  { command: "youtube-dl|yt-dlp|youtube-dlc", when: ["-o -", "/^--output=-$/", "-j", "--dump-json", "-J", "--dump-single-json"], stdout: "unbounded", stderr: "bounded", says: "writes the video, or its whole description in JSON, to stdout" },
  { command: "youtube-dl|yt-dlp|youtube-dlc", when: ["-q", "--quiet", "-s", "--simulate", "--skip-download", "-g", "--get-url", "-e", "--get-title", "--get-id", "--get-filename", "--get-duration", "-U", "--update", "--print", "-O", "-F", "--list-formats"], stdout: "bounded", stderr: "bounded", says: "prints what it is asked and no progress" },
  { command: "aria2c|axel|streamlink|spotdl|gallery-dl|you-get", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "downloads and prints errors only" },
  { command: "streamlink", when: ["-O", "--stdout"], stdout: "unbounded", stderr: "bounded", says: "writes the stream to stdout" },
  { command: "youtube-dl|yt-dlp|youtube-dlc|aria2c|axel|streamlink|spotdl|gallery-dl|you-get", stdout: "unbounded", stderr: "bounded", says: "prints its progress while it downloads" },
  // Audio encoders report their progress on stderr unless quiet (lame --quiet/-S, flac -s, oggenc -Q, opusenc --quiet).
  { command: "flac", when: ["-c", "--stdout"], stdout: "unbounded", stderr: "unbounded", says: "writes the audio to stdout and its progress on stderr" },
  { command: "lame", when: ["--quiet", "-S", "--silent"], stdout: "none", stderr: "bounded", says: "encodes quietly" },
  { command: "flac", when: ["-s", "--silent"], stdout: "none", stderr: "bounded", says: "encodes quietly" },
  { command: "oggenc", when: ["-Q", "--quiet"], stdout: "none", stderr: "bounded", says: "encodes quietly" },
  { command: "opusenc", when: ["--quiet"], stdout: "none", stderr: "bounded", says: "encodes quietly" },
  { command: "lame|flac|oggenc|opusenc", stdout: "none", stderr: "unbounded", says: "reports its progress on stderr while it encodes" },
  { command: "exiftool", when: ["-r", "-recurse"], stdout: "unbounded", stderr: "bounded", says: "reports on every file of a tree" },
  { command: "mediainfo|exiftool|mkvmerge|mkvextract|mkvinfo|mkvpropedit|gifsicle|optipng|pngquant|jpegoptim|cwebp|dwebp|gif2webp|img2webp|avifenc|heif-convert|gifski|svgo|sips", stdout: "bounded", stderr: "bounded", says: "prints a few lines per file" },
  // rsvg-convert and Graphviz write to stdout unless -o names a file.
  { command: "rsvg-convert|dot|neato|fdp|circo|twopi|sfdp", when: ["/^-o/", "/^--output/", "/^-O$/"], stdout: "none", stderr: "bounded", says: "writes the image to a file" },
  { command: "rsvg-convert|dot|neato|fdp|circo|twopi|sfdp", stdout: "unbounded", stderr: "bounded", says: "writes the image to stdout" },
  // Builds, test runners and installers: both streams grow with the work.
  { command: "terraform|packer|pulumi version|output|fmt|validate|workspace|providers", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "gem|bundle|bundler|rake|rails|composer|sbt|lein|stack|cabal|dune|opam|swift|swiftc|xcodebuild|xcrun|flutter|dart|pod|carthage|conan|vcpkg|bazelisk|buck|pants|waf|autoreconf|autoconf|automake|libtoolize|pyinstaller|nuitka|cython|pipx|pipenv|poetry|pdm|hatch|uv|conda|mamba|micromamba|virtualenv|tox|nox|pytest|py.test|nosetests|coverage|twine|flit|maturin|jest|vitest|mocha|karma|ava|jasmine|cypress|playwright|rollup|esbuild|parcel|vite|babel|sass|node-sass|lessc|postcss|tailwindcss|ng|next|nuxt|gatsby|expo|react-scripts|vue-cli-service|lerna|nx|turbo|grunt|gulp|ember|electron-builder|electron-packager|electron-forge|electron-rebuild|node-gyp|node-pre-gyp|prebuild|prebuild-install|cmake-js|vsce|ts-node|tsx|babel-node|terraform|packer|pulumi|zypper|emerge|apk|xbps-install|nix|nix-env|nix-build|nix-shell|guix|port|pkg|add-apt-repository|apt-add-repository|debootstrap|mock|rpmbuild|dpkg-buildpackage|debuild|makepkg|yay|paru|snapcraft|winget|choco|scoop|sfc|dism|DISM", stdout: "unbounded", stderr: "unbounded", says: "builds, tests or installs: both streams can grow" },
  // dpkg(1): installing runs the packages' scripts; the listing options print every package or file.
  { command: "dpkg", when: ["-i", "--install", "-r", "--remove", "-P", "--purge", "--configure", "--unpack", "-x", "--extract", "-X", "--vextract"], stdout: "unbounded", stderr: "unbounded", says: "installs or removes packages and runs their scripts" },
  { command: "dpkg|dpkg-query", when: ["-l", "--list", "-L", "--listfiles", "--get-selections", "-S", "--search", "-c", "--contents"], stdout: "unbounded", stderr: "bounded", says: "lists packages or files" },
  { command: "dpkg", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "apt-cache search|dump|dumpavail|pkgnames|showsrc|xvcg|dotty", stdout: "unbounded", stderr: "bounded", says: "lists every package it finds" },
  { command: "apt-cache", stdout: "bounded", stderr: "bounded", says: "describes the packages it is given" },
  // grub-mkconfig(8) writes the configuration to stdout unless -o names the file.
  { command: "grub-mkconfig|grub2-mkconfig", when: ["-o", "/^--output=/"], stdout: "bounded", stderr: "bounded", says: "writes the configuration to a file and names every kernel it finds" },
  { command: "grub-mkconfig|grub2-mkconfig", stdout: "unbounded", stderr: "bounded", says: "writes the configuration to stdout" },
  { command: "dpkg-query|apt-key|apt-mark|dpkg-reconfigure|debconf-set-selections|update-alternatives|alternatives|update-initramfs|mkinitcpio|dracut|update-grub|msgfmt|msgmerge|xgettext|getfattr|getcap", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Qt Linguist tools (lupdate(1), lrelease(1), pylupdate5): "Updating 'x.ts'..." and a count or two per translation file.
  { command: "pylupdate4|pylupdate5|pylupdate6|pylupdate|pyside-lupdate|pyside2-lupdate|pyside6-lupdate|lupdate|lupdate-qt4|lupdate-qt5|lupdate-qt6|lrelease|lrelease-qt4|lrelease-qt5|lrelease-qt6|pyside6-lrelease", stdout: "bounded", stderr: "bounded", says: "prints a summary line or two per translation file" },
  // Linters and formatters: a line per problem or per file on stdout; black reports on stderr.
  { command: "black|isort|autopep8|yapf", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "formats quietly" },
  { command: "black", when: ["--diff", "-"], stdout: "unbounded", stderr: "unbounded", says: "prints a diff or the formatted code on stdout and a line per file on stderr" },
  { command: "black", stdout: "none", stderr: "unbounded", says: "names every file it reformats on stderr" },
  { command: "eslint|tslint|prettier|stylelint|jshint|jscs|standard|xo|flake8|pylint|mypy|pyright|ruff|isort|autopep8|yapf|pycodestyle|pyflakes|pydocstyle|bandit|rubocop|shellcheck|hadolint|clang-tidy|clang-format|cppcheck|cpplint|swiftlint|ktlint|markdownlint|yamllint|vale|codespell", stdout: "unbounded", stderr: "bounded", says: "prints a line per problem or file" },
  // Cloud clients print the resources they list; gsutil reports every copy on stderr unless -q.
  { command: "gsutil", when: ["-q"], stdout: "unbounded", stderr: "bounded", says: "prints what it lists, and errors only on stderr" },
  { command: "gsutil", stdout: "unbounded", stderr: "unbounded", says: "prints what it lists, and every copy on stderr" },
  { command: "aws|az|gcloud|doctl|heroku|flyctl|vercel|netlify|firebase|eb|oc|minikube|kind|k3d|eksctl", stdout: "unbounded", stderr: "bounded", says: "prints the resources it lists or creates" },
  { command: "helm install|upgrade|uninstall|delete|repo|rollback|dependency|package|push|lint|env", stdout: "bounded", stderr: "bounded", says: "prints a status and the chart notes" },
  { command: "helm", stdout: "unbounded", stderr: "bounded", says: "prints the charts, releases or manifests it lists" },
  // gh(1): --jq and --template pick values out; api, list, view, diff and the watchers print what they fetch.
  { command: "gh", when: ["-q", "--jq", "-t", "--template"], stdout: "bounded", stderr: "bounded", says: "prints the values it picks out" },
  { command: "gh", when: ["api", "list", "view", "diff", "watch", "--watch", "checks", "--log", "--log-failed", "search", "download"], stdout: "unbounded", stderr: "bounded", says: "prints what it fetches" },
  { command: "gh", stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  // Mercurial: the commands that act or answer print a line or a few (every file with -v); log,
  // diff, status, add, annotate and the like can grow.
  { command: "hg id|identify|root|branch|paths|tip|parents|summary|sum|version|showconfig|config|bookmark|bookmarks|tags|branches|heads|init|commit|ci|update|up|checkout|co|tag|revert|rm|remove|forget|mv|rename|cp|copy|merge|resolve|pull|push|clone|rebase|strip|graft|phase|shelve|unshelve|purge", when: ["-v", "--verbose", "--debug", "-p", "--patch", "--stat", "--print"], stdout: "unbounded", stderr: "bounded", says: "names every file or change" },
  { command: "hg id|identify|root|branch|paths|tip|parents|summary|sum|version|showconfig|config|bookmark|bookmarks|tags|branches|heads|init|commit|ci|update|up|checkout|co|tag|revert|rm|remove|forget|mv|rename|cp|copy|merge|resolve|pull|push|clone|rebase|strip|graft|phase|shelve|unshelve|purge", stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  { command: "hg", stdout: "unbounded", stderr: "bounded", says: "can print a lot (log, diff, status, annotate, manifest)" },
  { command: "fossil version|info|branch|tag|user|remote|settings|open|close|commit|ci|clone|pull|push|sync|init|new|undo|redo", stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  { command: "fossil|bzr|darcs|cvs", stdout: "unbounded", stderr: "bounded", says: "can print a lot (timeline, diff, changes, annotate)" },
  // Archivers. zip(1) and unzip(1) name every file they add or extract, unless -q (above).
  { command: "zip|unzip", stdout: "unbounded", stderr: "bounded", says: "names every file it adds or extracts" },
  { command: "unar", when: ["-q", "-quiet"], stdout: "bounded", stderr: "bounded", says: "prints errors only" },
  { command: "zipinfo|lsar|unar", stdout: "unbounded", stderr: "bounded", says: "names every file of the archive" },
  // 7-Zip lists with `l`, hashes with `h`, names files with -bb1 and up, writes to stdout with -so; otherwise a summary.
  { command: "7z|7za|7zr|7zz", when: ["-so", "/^-bb[1-3]$/", "-bsp1"], stdout: "unbounded", stderr: "bounded", says: "writes the data, every file name or its progress to stdout" },
  { command: "7z|7za|7zr|7zz l|h", stdout: "unbounded", stderr: "bounded", says: "names every file of the archive" },
  { command: "7z|7za|7zr|7zz", stdout: "bounded", stderr: "bounded", says: "prints a summary" },
  { command: "rar|unrar", when: ["-inul", "-idq", "/^-id[cdpq]+$/"], stdout: "bounded", stderr: "bounded", says: "prints errors only" },
  { command: "rar|unrar", stdout: "unbounded", stderr: "bounded", says: "names every file it adds, extracts or lists" },
  // cpio(1): -o writes the archive to stdout, -t lists it, -v names every file.
  { command: "cpio", when: ["-o", "--create", "-v", "--verbose", "-t", "--list"], stdout: "unbounded", stderr: "unbounded", says: "writes the archive to stdout or names every file" },
  { command: "cpio", stdout: "none", stderr: "bounded", says: "extracts or copies its files and prints a block count on stderr" },
  { command: "pigz|unpigz|pbzip2|lbzip2|pixz|brotli|lzop", when: ["-c", "--stdout", "--to-stdout"], stdout: "unbounded", stderr: "bounded", says: "writes the data to stdout" },
  { command: "pigz|unpigz|pbzip2|lbzip2|brotli|lzop", when: ["-t", "--test", "-l", "--list", "-o", "--output"], stdout: "bounded", stderr: "bounded", says: "tests or lists its files, or writes to its -o file" },
  { command: "pigz|unpigz", filter: ["-p", "--processes", "-b", "--blocksize", "-S", "--suffix"], stdout: "unbounded", stderr: "bounded", fromInput: true, says: "with no file reads its input and writes the data to stdout" },
  { command: "pbzip2|lzop", filter: ["-S", "--suffix"], stdout: "unbounded", stderr: "bounded", fromInput: true, says: "with no file reads its input and writes the data to stdout" },
  { command: "lbzip2", filter: ["-n"], stdout: "unbounded", stderr: "bounded", fromInput: true, says: "with no file reads its input and writes the data to stdout" },
  { command: "brotli", filter: ["-q", "--quality", "-w", "--lgwin", "-S", "--suffix"], stdout: "unbounded", stderr: "bounded", fromInput: true, says: "with no file reads its input and writes the data to stdout" },
  { command: "pigz|unpigz|pbzip2|lbzip2|pixz|brotli|lzop", stdout: "none", stderr: "bounded", says: "compresses or expands its files and prints nothing" },
  // Backups: a list, an extract to stdout and a verbose run grow; the others print a summary.
  { command: "borg", when: ["--stdout", "--list", "--progress", "--stats", "-v", "--verbose", "--info", "--debug"], stdout: "unbounded", stderr: "unbounded", says: "writes the data to stdout or names every file on stderr" },
  { command: "borg list|diff|export-tar", stdout: "unbounded", stderr: "bounded", says: "prints every archive or file it lists" },
  { command: "borg", stdout: "bounded", stderr: "bounded", says: "prints warnings and errors only" },
  { command: "borgmatic", stdout: "unbounded", stderr: "unbounded", says: "runs borg and logs what it does" },
  { command: "restic", when: ["-v", "--verbose", "/^--verbose=/"], stdout: "unbounded", stderr: "unbounded", says: "names every file it handles" },
  { command: "restic snapshots|ls|find|dump|cat|diff|list|stats", stdout: "unbounded", stderr: "bounded", says: "prints every snapshot or file it lists, or the data" },
  { command: "restic", stdout: "bounded", stderr: "bounded", says: "prints a summary" },
  { command: "rclone", when: ["-v", "-vv", "--verbose", "-P", "--progress", "--stats-one-line"], stdout: "unbounded", stderr: "unbounded", says: "reports every file and its progress" },
  { command: "rclone ls|lsl|lsd|lsf|lsjson|cat|tree|ncdu|md5sum|sha1sum|hashsum|check|cryptcheck|listremotes|size", stdout: "unbounded", stderr: "bounded", says: "prints every file it lists, or the data" },
  { command: "rclone", stdout: "bounded", stderr: "bounded", says: "prints notices and errors only" },
  // ZFS: `send` writes a stream to stdout; list, get, history and diff print a line per dataset or change.
  { command: "zfs send", stdout: "unbounded", stderr: "bounded", says: "writes the snapshot stream to stdout" },
  { command: "zfs receive|recv|destroy|snapshot|rollback", when: ["-v"], stdout: "unbounded", stderr: "bounded", says: "names every dataset or snapshot it handles" },
  { command: "zfs|zpool list|get|history|diff|status|iostat|events|holds|userspace|groupspace", stdout: "unbounded", stderr: "bounded", says: "prints a line per dataset, pool, change or event" },
  { command: "zfs|zpool create|destroy|snapshot|rollback|rename|set|inherit|hold|release|promote|clone|unmount|umount|receive|recv|scrub|clear|online|offline|attach|detach|add|remove|labelclear|export|upgrade|replace|split|trim|initialize|reguid|allow|unallow|bookmark|load-key|unload-key|change-key|share|unshare", stdout: "none", stderr: "bounded", says: "changes the pool or dataset and prints nothing" },
  { command: "zfs|zpool", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Network and Wi-Fi. iwlist and iw scans print some thirty lines per access point in range.
  { command: "iwlist", when: ["scan", "scanning"], stdout: "unbounded", stderr: "bounded", says: "prints some thirty lines per access point in range" },
  { command: "iwlist", stdout: "bounded", stderr: "bounded", says: "prints the interface's frequencies, rates or keys" },
  { command: "iw", when: ["scan", "event"], stdout: "unbounded", stderr: "bounded", says: "prints every access point in range or every event" },
  { command: "iw", stdout: "bounded", stderr: "bounded", says: "prints the interface or the change it makes" },
  { command: "netstat|ss", when: ["-c", "--continuous"], stdout: "unbounded", stderr: "bounded", says: "prints the table again every second" },
  { command: "netstat|ss", stdout: "unbounded", stderr: "bounded", says: "prints a line per socket or route (thousands on a busy host)" },
  { command: "conntrack", when: ["-L", "--dump", "-E", "--event"], stdout: "unbounded", stderr: "bounded", says: "prints every tracked connection or event" },
  { command: "conntrack", stdout: "bounded", stderr: "bounded", says: "prints a summary line" },
  { command: "ipset", when: ["list", "save", "-L", "-S", "--list", "--save"], stdout: "unbounded", stderr: "bounded", says: "prints every set and entry" },
  { command: "ipset", stdout: "none", stderr: "bounded", says: "changes a set and prints nothing" },
  { command: "sshfs", when: ["-d", "--debug"], stdout: "unbounded", stderr: "unbounded", says: "logs every request" },
  { command: "tc|wondershaper|wg-quick|wg|tailscale|ssh-keyscan|ssh-copy-id|ssh-add|sshfs|fusermount|fusermount3", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "snmpwalk|snmpbulkwalk|snmptable", stdout: "unbounded", stderr: "bounded", says: "prints every value of the subtree it walks" },
  { command: "snmpget|snmpset|snmpgetnext|snmptrap", stdout: "bounded", stderr: "bounded", says: "prints the values it gets or sets" },
  { command: "telnet|ftp|lftp|sftp|tftp|minicom|picocom|cu", stdout: "unbounded", stderr: "unbounded", says: "runs a session that prints what the other end sends" },
  { command: "bluetoothctl", when: ["scan", "monitor"], stdout: "unbounded", stderr: "bounded", says: "prints every device it finds until it is stopped" },
  { command: "bluetoothctl", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Security and attack tools: they print every result and their progress until they finish.
  // hashcat prints its session summary and the hashes it cracks (a status screen with --status); john
  // the passwords it cracks (its status on a key press), and every candidate word with --stdout.
  { command: "hashcat", when: ["--status", "/^--status-timer=/", "--status-timer"], stdout: "unbounded", stderr: "bounded", says: "prints a status screen every few seconds" },
  { command: "john", when: ["--stdout", "/^--stdout=/"], stdout: "unbounded", stderr: "bounded", says: "prints every candidate word" },
  { command: "crunch", when: ["-o"], stdout: "bounded", stderr: "bounded", says: "writes the word list to a file" },
  { command: "hashcat|john", stdout: "bounded", stderr: "bounded", says: "prints a summary and the passwords it cracks" },
  // Password candidate generators: their output is the candidate list itself, one word per line over
  // the whole keyspace (hashcat-utils' combinator*, combipow, ngramX, permute, expander, maskprocessor,
  // statsprocessor, princeprocessor, kwprocessor, OMEN's enumNG), millions of lines, usually piped
  // into a cracker's stdin. The hashcat-utils binaries are named with their `.bin` suffix.
  { command: "combinator|combinator.bin|combinator3|combinator3.bin|combinatorX|combinatorX.bin|combipow|combipow.bin|ngramX|ngramX.bin|permute|permute.bin|expander|expander.bin|mp32.bin|mp64.bin|maskprocessor|sp32.bin|sp64.bin|statsprocessor|pp32.bin|pp64.bin|pp.bin|princeprocessor|kwp|kwp.bin|kwp64.bin|kwprocessor|enumNG", stdout: "unbounded", stderr: "bounded", says: "prints every password candidate it generates" },
  { command: "gobuster|ffuf|feroxbuster|nuclei|subfinder|amass", stdout: "unbounded", stderr: "unbounded", says: "prints every result, and its progress on stderr" },
  { command: "nikto|sqlmap|hydra|medusa|wfuzz|dirb|wpscan|enum4linux|bettercap|xettercap|sslsplit|responder|msfconsole|msfcli|setoolkit|crunch|searchsploit|netdiscover|zmap|theHarvester|kismet|horst|hcidump|rtl_433|rtl_fm|dump1090", stdout: "unbounded", stderr: "bounded", says: "prints every result until it ends or is stopped" },
  // Walkers and searches grow with the tree (ls, one directory's entries, stays unlisted; SCALING has ls -R).
  { command: "rg|ag|ack", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "answers with its exit status only" },
  { command: "locate|plocate|mlocate", when: ["-c", "--count"], stdout: "bounded", stderr: "bounded", says: "prints a count" },
  { command: "tree|locate|plocate|mlocate|fd|fdfind|rg|ag|ack", stdout: "unbounded", stderr: "bounded", says: "prints a line per file it lists or finds" },
  { command: "top", when: ["/^-[a-zA-Z]*b/", "--batch"], stdout: "unbounded", stderr: "bounded", says: "prints a screen of processes, again and again unless -n bounds it", listsProcesses: true },
  { command: "top", stdout: "bounded", stderr: "bounded", says: "needs a terminal without -b, and prints an error line" },
  // Statistics every interval: an interval and a count end; an interval alone runs until stopped.
  { command: "vmstat|iostat|mpstat|pidstat|sar", when: ["?/^\\d+$/ ?/^\\d+$/"], stdout: "bounded", stderr: "bounded", says: "prints a report for each of a few intervals" },
  { command: "vmstat|iostat|mpstat|pidstat|sar", when: ["/^\\d+$/"], stdout: "unbounded", stderr: "bounded", says: "prints a report every interval until it is stopped" },
  { command: "nvidia-smi", when: ["-l", "--loop", "/^--loop=/", "-lms", "dmon", "pmon"], stdout: "unbounded", stderr: "bounded", says: "prints a report every interval until it is stopped" },
  { command: "vmstat|iostat|mpstat|pidstat|sar|nvidia-smi|lsns|lslocks|lsipc", stdout: "bounded", stderr: "bounded", says: "prints a report" },
  { command: "dumpe2fs", when: ["-h"], stdout: "bounded", stderr: "bounded", says: "prints the superblock" },
  { command: "dumpe2fs|btrfs", stdout: "unbounded", stderr: "bounded", says: "prints every group, subvolume or device it lists" },
  { command: "mkfs|mke2fs|mkfs.ext2|mkfs.ext3|mkfs.ext4|mkfs.vfat|mkfs.fat|mkfs.msdos|mkdosfs|mkfs.xfs|mkfs.btrfs|mkfs.ntfs|mkntfs|mkfs.exfat|mkfs.f2fs|fsck|e2fsck|fsck.ext4|resize2fs|tune2fs|parted|sfdisk|sgdisk|gdisk|fdisk|partprobe|wipefs|cryptsetup|pvcreate|vgcreate|lvcreate|pvremove|vgremove|lvremove|lvextend|lvresize|pvs|vgs|lvs|dmsetup|kpartx|eject|udisksctl|hdiutil|diskutil|blockdev|fstrim|quotacheck|quotaon|setquota", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // Text filters print their input or their files, transformed (`sed -i` edits in place).
  { command: "sed", when: ["-i", "--in-place", "/^--in-place=/", "/^-i./"], stdout: "none", stderr: "bounded", says: "edits the file in place and prints nothing" },
  { command: "sort", when: ["-o", "/^--output=/", "-c", "--check", "-C"], stdout: "none", stderr: "bounded", says: "writes to its output file or only checks" },
  { command: "cmp", when: ["-s", "--silent", "--quiet"], stdout: "none", stderr: "bounded", says: "answers with its exit status only" },
  { command: "diff", when: ["-q", "--brief"], stdout: "bounded", stderr: "bounded", says: "says whether the files differ" },
  { command: "sed|awk|gawk|mawk|nawk|sort|uniq|cut|tr|paste|column|fold|fmt|nl|rev|expand|unexpand|iconv|base64|base32|xxd|od|hexdump|strings|jq|yq|xq|xmllint|xmlstarlet|mlr|tee|shuf|numfmt|envsubst|pr", stdout: "unbounded", stderr: "bounded", says: "prints its input or its files, transformed", fromInput: true },
  { command: "diff|diff3|sdiff|colordiff|wdiff|comm|join|seq|yes", stdout: "unbounded", stderr: "bounded", says: "prints every line that differs, or a sequence" },
  { command: "cmp|patch|split|csplit|look", stdout: "bounded", stderr: "bounded", says: "prints a line per file or difference at most" },
  { command: "dos2unix|unix2dos|mac2unix|unix2mac", stdout: "none", stderr: "bounded", says: "converts the files in place and names each on stderr" },
  // macOS tools.
  { command: "security dump-keychain|dump-trust-settings", stdout: "unbounded", stderr: "bounded", says: "prints every item of the keychain" },
  { command: "pkgutil", when: ["--files", "--pkgs", "--payload-files", "--lsbom"], stdout: "unbounded", stderr: "bounded", says: "lists every package or file" },
  { command: "otool", when: ["-L", "-D", "-h", "-f", "-l"], stdout: "bounded", stderr: "bounded", says: "prints the libraries or headers of the binary" },
  { command: "otool", stdout: "unbounded", stderr: "bounded", says: "prints the sections or the disassembly of the binary" },
  { command: "system_profiler", when: ["/^SP\\w+DataType$/"], stdout: "bounded", stderr: "bounded", says: "describes one part of the machine" },
  { command: "mdfind|system_profiler|ioreg", stdout: "unbounded", stderr: "bounded", says: "prints every item it finds" },
  { command: "log stream|show", stdout: "unbounded", stderr: "bounded", says: "prints the system log (stream follows it until it is stopped)" },
  { command: "log", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  { command: "screencapture", stdout: "none", stderr: "bounded", says: "saves the screenshot and prints nothing" },
  { command: "codesign|install_name_tool|lipo|xattr|SetFile|spctl|ditto|pkgbuild|productbuild|productsign|notarytool|stapler|pmset|tmutil|networksetup|scutil|systemsetup|dscacheutil|PlistBuddy|plutil|defaults|mdls|mdutil|csrutil|nvram|bless|softwareupdate|xcode-select|security|pkgutil|dscl", stdout: "bounded", stderr: "bounded", says: "prints a line or a few" },
  // Windows tools.
  { command: "wmic|wmic.exe", when: ["where", "WHERE"], stdout: "bounded", stderr: "bounded", says: "prints the properties of the items it selects" },
  { command: "wmic|wmic.exe|robocopy|robocopy.exe|xcopy|xcopy.exe|icacls|icacls.exe|takeown|takeown.exe|driverquery|wevtutil", stdout: "unbounded", stderr: "bounded", says: "prints a line per item or file it handles" },
  { command: "msiexec|msiexec.exe|rundll32|rundll32.exe", stdout: "none", stderr: "bounded", says: "prints nothing to the console" },
  { command: "setx|setx.exe|mklink|net|net.exe|ipconfig|ipconfig.exe|getmac|bcdedit|powercfg|certutil|systeminfo|systeminfo.exe|cygpath|cygpath.exe|wslpath|mountvol|fsutil|vssadmin", stdout: "bounded", stderr: "bounded", says: "prints a few lines at most" },
  { command: "wsl|wsl.exe|cscript|cscript.exe|wscript|wscript.exe", stdout: "unbounded", stderr: "unbounded", says: "runs a program whose output can grow" },
  // X and desktop actions: they act and print nothing; their queries print a few lines.
  { command: "xdotool key|keydown|keyup|type|mousemove|mousemove_relative|click|mousedown|mouseup|windowactivate|windowfocus|windowraise|windowminimize|windowmap|windowunmap|windowmove|windowsize|windowclose|windowkill|windowstate|set_desktop|set_window|set_desktop_for_window|set_num_desktops|sleep", stdout: "none", stderr: "bounded", says: "acts on the display and prints nothing" },
  { command: "xdotool", stdout: "bounded", stderr: "bounded", says: "prints the windows or the position it is asked about" },
  { command: "ydotool|wtype|dotool|dotoolc|xte|xvkbd|wlrctl", stdout: "none", stderr: "bounded", says: "acts on the display and prints nothing" },
  { command: "wmctrl", when: ["-l", "-d", "-m"], stdout: "bounded", stderr: "bounded", says: "prints a line per window or desktop" },
  { command: "wmctrl", stdout: "none", stderr: "bounded", says: "acts on a window and prints nothing" },
  { command: "pamixer", when: ["--get-volume", "--get-volume-human", "--get-mute", "--list-sinks", "--list-sources", "--get-default-sink"], stdout: "bounded", stderr: "bounded", says: "prints the volume or the devices" },
  { command: "pamixer", stdout: "none", stderr: "bounded", says: "changes the volume and prints nothing" },
  { command: "playerctl", when: ["-F", "--follow"], stdout: "unbounded", stderr: "bounded", says: "prints every change until it is stopped" },
  { command: "playerctl play|pause|play-pause|next|previous|stop|position|volume|open|shuffle|loop", stdout: "none", stderr: "bounded", says: "controls the player and prints nothing" },
  { command: "mpc idleloop", stdout: "unbounded", stderr: "bounded", says: "prints every change until it is stopped" },
  { command: "playerctl|mpc", stdout: "bounded", stderr: "bounded", says: "prints the player's status" },
  { command: "xbacklight|light", when: ["-get", "-G"], stdout: "bounded", stderr: "bounded", says: "prints the brightness" },
  { command: "brightnessctl", when: ["-q", "--quiet"], stdout: "none", stderr: "bounded", says: "changes the brightness and prints nothing" },
  { command: "xbacklight|light", stdout: "none", stderr: "bounded", says: "changes the brightness and prints nothing" },
  { command: "xmodmap", when: ["/^-p/"], stdout: "bounded", stderr: "bounded", says: "prints the keymap" },
  { command: "xmodmap", stdout: "none", stderr: "bounded", says: "changes the keymap and prints nothing" },
  { command: "xinput test|test-xi2", stdout: "unbounded", stderr: "bounded", says: "prints every input event until it is stopped" },
  { command: "xinput set-prop|set-int-prop|set-float-prop|set-atom-prop|enable|disable|map-to-output|set-button-map|float|reattach|create-master|remove-master|set-cp|set-mode|set-ptr-feedback|set-integer-feedback|delete-prop", stdout: "none", stderr: "bounded", says: "changes an input device and prints nothing" },
  { command: "xdg-desktop-menu|xdg-icon-resource|xdg-desktop-icon|xdg-screensaver|xdg-user-dirs-update|update-desktop-database|glib-compile-schemas|numlockx|hsetroot|xwallpaper|kwriteconfig5|kwriteconfig6|cpufreq-set|xkbset|xcalib", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "xinput|synclient|xsetwacom|brightnessctl|gtk-update-icon-cache|update-mime-database|cpupower|tlp|iwctl|pacmd|powerprofilesctl|nitrogen", stdout: "bounded", stderr: "bounded", says: "prints a few lines at most" },
  { command: "fc-list|fc-cat", stdout: "unbounded", stderr: "bounded", says: "prints a line per installed font" },
  { command: "fc-cache|strip|objcopy|restorecon|chcon", when: VERBOSE, stdout: "unbounded", stderr: "bounded", says: "names every file it handles" },
  { command: "fc-cache|ranlib|strip|objcopy|patchelf|chcon|restorecon|setfattr|setcap", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "nm|objdump|readelf|size|addr2line|c++filt", stdout: "unbounded", stderr: "bounded", says: "prints the symbols, sections or disassembly of the binary" },
  // Interpreters and REPLs run code whose output nobody can bound.
  { command: "julia|octave|octave-cli|matlab|scala|kotlin|groovy|elixir|iex|mix|erl|escript|clojure|clj|racket|guile|tclsh|wish|expect|swipl|runghc|runhaskell|ghci|jshell|jruby|jython|ipython|ipython3|irb|sage|gnuplot|maxima|tcsh|csh|fish|busybox|xonsh|mksh|ash|coffee|luajit|php-cgi|raku", stdout: "unbounded", stderr: "unbounded", says: "runs a program whose output can grow" },
  // Pagers, manual pages and terminal editors write their screen or their files to stdout (a
  // pager whose stdout is not a terminal copies its files, as cat does); terminal emulators run
  // their command in their own window, as xterm above.
  { command: "man|less|more|most|lynx|w3m|elinks|vim|vi|nvim|nano|micro|emacs|mc|ranger|htop|btop", stdout: "unbounded", stderr: "bounded", says: "prints a whole page or redraws its screen on stdout" },
  { command: "kitty|alacritty|wezterm|foot|st|sakura|termite|guake|tilda|qterminal|deepin-terminal|kgx|gnome-console|terminology|cool-retro-term", stdout: "none", stderr: "bounded", says: "runs its command in its own window" },
  // Java's jar(1) names every file with v and lists with t; keytool and jarsigner print a few lines (-verbose: a line per entry).
  { command: "jar", when: ["/^-?[ctxuf0meMiv]*[tv][ctxuf0meMiv]*$/"], stdout: "unbounded", stderr: "bounded", says: "names every file of the archive" },
  { command: "jar", stdout: "none", stderr: "bounded", says: "writes the archive and prints nothing" },
  { command: "keytool|jarsigner", when: ["-verbose", "-v"], stdout: "unbounded", stderr: "bounded", says: "prints every entry it handles" },
  { command: "keytool|jarsigner", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // apksigner (Android build-tools; also run as `java -jar apksigner.jar`) verify prints its result, the signers'
  // certificates (--print-certs) and a WARNING line per problem on stdout, one per entry the signature does not
  // cover; only ERROR lines and "DOES NOT VERIFY" go to stderr, warnings too under --Werr (ApkSignerTool.verify:
  // `PrintStream out = warningsTreatedAsErrors ? System.err : System.out`, read with javap from the jar adb-enhanced
  // ships; audit 21: adb-enhanced reads stdout to its end, then stderr). sign prints nothing but with -v.
  { command: "apksigner verify", when: ["--Werr"], stdout: "unbounded", stderr: "unbounded", says: "prints a line per entry the signature does not cover, on stderr too under --Werr" },
  { command: "apksigner verify", stdout: "unbounded", stderr: "bounded", says: "prints its warnings on stdout, a line per entry the signature does not cover, and only its errors on stderr" },
  { command: "apksigner", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // iproute2's bridge(8), as ip above; virtual machine and snap controls answer in a few lines.
  { command: "bridge monitor", stdout: "unbounded", stderr: "bounded", says: "prints every bridge event until it is stopped" },
  { command: "bridge fdb|link|vlan|mdb add|del|append|replace|set|flush", stdout: "none", stderr: "bounded", says: "prints nothing" },
  { command: "bridge", stdout: "bounded", stderr: "bounded", says: "prints the bridge table" },
  // docker-machine -D: its debug log names every VBoxManage and ssh call it makes with their whole
  // output (kitematic's `docker-machine -D create`: past exec's maxBuffer, audit 10).
  { command: "docker-machine|docker-machine.exe", when: ["-D", "--debug"], stdout: "bounded", stderr: "unbounded", says: "logs every VBoxManage and ssh call it makes, with their output, on stderr" },
  // AtomicParsley writing tags into a file prints a Started/Progress/Finished summary (audit 10, freyr-js).
  { command: "AtomicParsley|atomicparsley|AtomicParsley.exe", stdout: "bounded", stderr: "bounded", says: "prints a short summary of the tags it writes" },
  { command: "VBoxManage|vboxmanage guestcontrol", stdout: "unbounded", stderr: "unbounded", says: "runs a command in the virtual machine" },
  { command: "VBoxManage|vboxmanage|prlctl|virsh|snapctl|swww|airgraph-ng", stdout: "bounded", stderr: "bounded", says: "prints a few lines" },
  // ---- end of the programs added for issue 11.
  // Programs that log, trace or report progress on stderr as well as stdout (see UNLISTED).
  // find(1) prints the paths its tests select, and names on stderr every directory it cannot read,
  // however narrow its tests: it walks the whole tree (audit 11: social-engineer-toolkit, audit 5:
  // recon-ng). A name test with no wildcard selects the files of that name, a few (audit 20:
  // codecov-node's report search); -quit stops at the first match; -maxdepth 0 tests the start
  // points alone. -exec and its kin print what the command they run prints, for every file.
  { command: "find", when: ["-exec", "-execdir", "-ok", "-okdir"], stdout: "unbounded", stderr: "unbounded", says: "runs a command on every file it selects" },
  { command: "find", when: ["-quit", "-maxdepth 0"], stdout: "bounded", stderr: "unbounded", says: "prints the first file it finds or its start points, and every directory it cannot read on stderr" },
  { command: "find", when: FIND_WILDCARD_TEST, stdout: "unbounded", stderr: "unbounded", says: "prints every file in the tree that the pattern matches, and every directory it cannot read on stderr" },
  // An alternative (`-name .git -prune -o -print`) may select every other file.
  { command: "find", when: ["/^-o$/", "-or"], stdout: "unbounded", stderr: "unbounded", says: "prints every file one of its alternatives selects, and every directory it cannot read on stderr" },
  { command: "find", when: FIND_NAMED, stdout: "bounded", stderr: "unbounded", says: "prints the few files of that name, and every directory it cannot read on stderr" },
  { command: "find", stdout: "unbounded", stderr: "unbounded", says: "names every file it finds, and every directory it cannot read on stderr" },
  { command: "strace|ltrace|valgrind", stdout: "unbounded", stderr: "unbounded", says: "traces the program it runs on stderr" },
  // pacman's dependency test prints the dependencies that are missing, one per line, at most.
  { command: "pacman", when: ["-T", "--deptest"], stdout: "bounded", stderr: "bounded", says: "prints the missing dependencies, if any" },
  { command: "make|gmake|cmake|ninja|meson|scons|bazel|gcc|g++|cc|c++|clang|clang++|rustc|cargo|javac|mvn|gradle|gradlew|ant|msbuild|dotnet|npm|npx|yarn|pnpm|bun|deno|tsc|webpack|pip|pip3|apt|apt-get|yum|dnf|pacman|brew|docker|podman|kubectl|ssh|su|runuser|xargs|parallel|electron|vagrant|ansible|ansible-playbook", stdout: "unbounded", stderr: "unbounded", says: "builds, installs or runs other programs: both streams can grow" },
  // osascript prints on stdout only the value its AppleScript ends with (`tell application
  // "Terminal" to do script ...` answers with a tab, `activate` with nothing), and `log` lines on
  // stderr; `do shell script` returns a shell command's whole output as that value, so a script
  // that shows one in its readable text (-e) can print without bound. A script file is not read.
  { command: "osascript", when: ["/\\bdo shell script\\b/"], stdout: "unbounded", stderr: "bounded", says: "returns the output of a shell command and prints it" },
  { command: "osascript", when: ["-e"], stdout: "bounded", stderr: "bounded", says: "prints the value its inline AppleScript ends with" },
  { command: "osascript", stdout: "bounded", stderr: "unbounded", says: "prints the value its script ends with on stdout, and its `log` lines on stderr" },
  // A script run by its path (`./collect-logs.sh`, `tools/build.py`) is an interpreter running it.
  { command: "*.sh|*.bash|*.zsh|*.ksh|*.py|*.pl|*.rb|*.js|*.mjs|*.cjs|*.php|*.ps1", stdout: "unbounded", stderr: "unbounded", says: "runs a script whose output can grow" },
  // `python -m PyInstaller` is pyinstaller run as a module: its build log on stderr, little on
  // stdout (audit 9: byob's generators.py reads stderr line by line and leaves stdout).
  { command: "python|python2|python3|pypy|pypy3", also: ["-m /^(PyInstaller|pyinstaller)$/"], stdout: "bounded", stderr: "unbounded", says: "runs PyInstaller, which logs its build on stderr and prints little on stdout" },
  // DynamoDB Local (`java -Djava.library.path=.../DynamoDBLocal_lib -jar DynamoDBLocal.jar`)
  // serves until it is stopped and logs on stdout (serverless-dynamodb-local#219, fixed in
  // rynop/dynamodb-local #46 "fixes hangs" by not piping it; audit 10: dynamodb-localhost).
  { command: "java", when: ["?/DynamoDBLocal/"], stdout: "unbounded", stderr: "unbounded", serves: true, says: "runs DynamoDB Local, which serves until it is stopped and logs on stdout" },
  // `java -version` prints three lines (on stderr; `--version` on stdout) and exits, whatever
  // `-D` properties come before it (audit 12: firebase-tools checkJavaMajorVersion). A `-version`
  // after `-jar app.jar` is the program's own option: rare enough to read as the probe.
  { command: "java", when: ["-version", "--version", "-fullversion"], stdout: "bounded", stderr: "bounded", says: "prints its version" },
  // Interpreters and shells run code whose output nobody can bound.
  { command: "python|python2|python3|pypy|pypy3|perl|ruby|node|nodejs|php|bash|sh|dash|zsh|ksh|java|lua|Rscript|powershell|pwsh|powershell.exe|cmd|cmd.exe", stdout: "unbounded", stderr: "unbounded", says: "runs a program whose output can grow" }
];
var VIDEO_CODEC = "/^(?!(copy|libwebp|libwebp_anim|webp|png|apng|mjpeg|jpeg|gif|bmp|tiff)$)[\\w-]+$/";
var VIDEO_ENCODER = ["-c:v", "-vcodec", "-codec:v"].map((o) => `${o} ${VIDEO_CODEC}`);
var SCALING = [
  { command: "find", when: ["-delete"], scales: false, says: "prints nothing" },
  { command: "find", when: ["-quit"], scales: false, says: "stops at the first file it finds" },
  { command: "find", when: ["-maxdepth /^[01]$/"], scales: false, says: "lists one directory at most" },
  // A name test prints only the files it selects: a pattern with a wildcard selects a share of
  // the tree (`-name '*.js'`), a name without one only the few files of that name, wherever they
  // are (also when the name is only known at run time: it is what the code looks for).
  { command: "find", when: [...NAME_TESTS.map((t) => `${t} ?/[*?[]/`), ...["-regex", "-iregex"].map((t) => `${t} ?/[*+?[|]/`)], scales: true, says: "prints every file in the tree that the pattern matches" },
  // `-name .git -prune -o -print`: every file outside the pruned directories.
  { command: "find", when: ["-prune"], scales: true, says: "prints every file outside the directories it prunes" },
  { command: "find", when: [...NAME_TESTS, "-regex", "-iregex"].map((t) => `${t} ?/./`), scales: false, says: "prints the files of that name that it finds" },
  { command: "find|rg|ag|ack|locate|tree", scales: true, says: "prints a line per file it walks" },
  { command: "grep|egrep|fgrep", when: ["-r", "-R", "--recursive", "--dereference-recursive"], scales: true, says: "prints every match in the tree" },
  { command: "ls", when: ["-R", "--recursive"], scales: true, says: "lists the whole tree" },
  // git log: a count written in the source bounds it (ten commits even with their files or
  // diffs, a thousand as one line each); a count only known at run time does not. A diff or a
  // file list per commit grows with the size of each commit too.
  { command: "git log|rev-list|reflog|shortlog|whatchanged", when: COUNT("([1-9]|10)"), scales: false, says: "prints the last few entries" },
  { command: "git log|whatchanged", when: ["-p", "--patch", "-u", "--stat", "--numstat", "--name-only", "--name-status", "--raw", "--summary"], scales: true, says: "prints the files or the diff of every commit it lists, growing with the history" },
  { command: "git log|rev-list|reflog|shortlog|whatchanged", when: [...COUNT("([1-9]\\d{0,2}|1000)"), "--count"], scales: false, says: "prints a line per entry, a thousand at most" },
  { command: "git diff", when: ["--quiet", "-s", "--no-patch", "--shortstat"], scales: false, says: "prints a summary line at most" },
  // A file list of the changes, a line of 20 to 60 bytes per changed file: 1 MiB is 20,000 files
  // or more, far past a commit's or a working tree's changes in practice (judged `not` five times
  // in audits 7, 14, 19, 20 and 22: cz-cli, pretty-quick, morituri, gitlab-ci-local, git-cz).
  { command: "git diff|diff-index|diff-tree|diff-files", when: ["--name-only", "--name-status", "--stat", "--numstat"], scales: false, fitsBuffer: true, says: "prints a line per changed file" },
  // A revision range lists the commits since a release or a bump (release notes, a changelog),
  // not the whole history: a line or a message per commit (audit 18: x-minecraft-launcher).
  { command: "git log|rev-list|shortlog|whatchanged", when: ["/^[^\\s/.][^\\s/]*?[^\\s/.]\\.\\.\\.?[^\\s/.][^\\s/]*$/"], scales: false, says: "lists the commits of a range" },
  // git's transfer commands name each ref they update (a line of about 60 bytes) and, when not
  // on a terminal, report progress only with --progress (a few hundred lines at most): past a
  // pipe's 64 KiB for a fetch of a thousand new tags (audit 6: ptf), never near 1 MiB (audit 16:
  // napi-rs `git fetch origin`). `git pull` also prints the merge's diffstat on stdout.
  { command: "git fetch|clone|push|remote", scales: false, fitsBuffer: true, says: "names the refs it updates" },
  { command: "git submodule update|init|sync", scales: false, fitsBuffer: true, says: "names the refs it updates" },
  // A listing of tags or branches is a line of 20 to 60 bytes per ref: 200 KiB is 3,000 to
  // 10,000 refs, far more than a repository holds in practice (audit 18: gulp-git `tag.js`,
  // `branch.js`; audit 16: auto's branch list).
  { command: "git tag|branch", scales: false, fitsBuffer: true, says: "lists the tags or branches" },
  { command: "git ls-files", when: ["--error-unmatch"], scales: false, says: "names the files it is given" },
  // The changes of the work tree, not the repository: modified, deleted, unmerged files, and the
  // untracked ones .gitignore does not exclude, a line each (audit 24: angular-cli's `ls-files -m
  // -d -o --exclude-standard` before `ng update`; audits 16, 18, 19: `-o --exclude-standard`, `-m`).
  // Untracked files without --exclude-standard include the ignored ones (node_modules): they grow.
  { command: "git ls-files", when: ["-o", "--others"], also: ["--exclude-standard"], scales: false, fitsBuffer: true, says: "prints a line per changed or untracked file" },
  { command: "git ls-files", when: ["-o", "--others"], scales: true, says: "prints every untracked file, the ignored ones too" },
  { command: "git ls-files", when: ["-m", "--modified", "-d", "--deleted", "-u", "--unmerged", "-k", "--killed"], scales: false, fitsBuffer: true, says: "prints a line per changed file" },
  // The root commits: one in nearly every repository, a few where histories were joined (audit
  // 24: astro's telemetry takes the first commit's id).
  { command: "git rev-list", when: ["--max-parents=0"], scales: false, says: "prints the root commits" },
  // git grep naming only the files that match, or a count per file: a line of 20 to 60 bytes per
  // matching file, not per match (audit 24: qunit's `git grep --name-only -i unreleased docs/`).
  { command: "git grep", when: ["-l", "--files-with-matches", "--name-only", "-L", "--files-without-match", "-c", "--count", "-q", "--quiet"], scales: false, says: "prints a line per matching file" },
  { command: "git log|rev-list|reflog|shortlog|whatchanged|diff|ls-files|ls-tree|grep", scales: true, says: "prints output that grows with the repository" },
  // git-show(1) of `<rev>:<path>` prints that file as it was at the revision: as large as the
  // file (a lockfile, a generated bundle passes a megabyte). Only a path known at run time (the
  // file the caller names, \uE000 = PLACEHOLDER): `HEAD:package.json` is the size the project sees.
  { command: "git show", when: ["?/^[^-][^:]*:.*\uE000/"], scales: true, document: true, says: "prints a file of the repository as it was at that revision, whole: as large as the file" },
  // Listings of a tree or an archive.
  { command: "du", when: ["-s", "--summarize", "/^--max-depth=[01]$/", "-d 0", "-d 1"], scales: false, says: "prints a total" },
  { command: "docker-machine|docker-machine.exe", when: ["-D", "--debug"], scales: true, says: "logs every VBoxManage and ssh call of the machine it makes or starts, with their output, on stderr (megabytes for a create)" },
  { command: "du", scales: true, says: "prints a line per directory it walks (per file with -a)" },
  { command: "tar", when: ["-v", "--verbose", "-t", "--list", "/^[ctxrudAzjJpf]*[vt][ctxrudAzjJpfv]*$/"], scales: true, says: "names every file of the archive" },
  { command: "unzip", when: ["-l", "-v", "-Z"], scales: true, says: "names every file of the archive" },
  { command: "zipinfo", scales: true, says: "names every file of the archive" },
  { command: "rsync", when: ["-v", "--verbose", "--progress", "-P", "-i", "--itemize-changes", "--list-only"], scales: true, says: "names every file it copies" },
  // Wireless scans grow with the air around: `iw dev IF scan` prints every BSS in range with its
  // capabilities (HT, VHT, HE, RSN, WPS), 2 to 5 KB each. 50 to 100 networks in an office or a
  // block of flats pass the 200 KiB Node gave exec before version 12; 1 MiB takes some 250
  // (audit 10: wireless-tools).
  { command: "iw", when: ["scan"], scales: true, says: "prints 2 to 5 KB for every access point in range: 50 to 100 networks in an office pass 200 KiB, some 250 pass 1 MiB" },
  // Progress that grows with time. HandBrakeCLI's main loop (test/test.c) waits up to 100 ms
  // on stdin and 200 ms more, then prints `\rEncoding: task 1 of 1, 12.34 % (45.67 fps, avg
  // 50.12 fps, ETA 00h12m34s)` (~75 bytes) on stdout: 3 to 5 lines a second. ffmpeg prints its
  // stats line (`frame= ... speed=1.2x`, 75 to 115 bytes) on stderr every 0.5 s (-stats_period)
  // unless -nostats, or a log level below info without -stats. curl's progress meter: a line of
  // ~80 bytes about once a second on stderr (110 bytes a second measured, curl 7.88). youtube-dl
  // and yt-dlp print a progress line per block, and size their blocks to about a second of download.
  // wget's dots (a line per 50 KiB, 1.5 KiB of log per MiB downloaded) grow with the data: 1 MiB
  // of log is some 670 MiB of download, so it is left out.
  { command: "HandBrakeCLI|HandbrakeCLI|handbrakecli", when: ["-z", "--preset-list", "--preset-export", "--scan", "-u", "--update", "--version", "-h", "--help"], scales: false, says: "prints a list or its version and ends" },
  { command: "HandBrakeCLI|HandbrakeCLI|handbrakecli", scales: true, says: "prints a progress line 3 to 5 times a second while it encodes", perSecond: [245, 375], doing: "encoding" },
  { command: "ffmpeg", when: ["-nostats", "-loglevel /^(\\w+\\+)*(quiet|panic|fatal|error|warning|-8|0|8|16|24)$/", "-v /^(\\w+\\+)*(quiet|panic|fatal|error|warning|-8|0|8|16|24)$/", "-frames:v", "-vframes", "-version", "-formats", "-codecs", "-encoders", "-decoders", "-filters", "-devices", "-protocols", "-pix_fmts", "-hwaccels", "-buildconf"], scales: false, says: "prints no stats line" },
  { command: "ffmpeg", lastAfter: "-i", scales: false, says: "only describes its input" },
  // An hour of ffmpeg is an encode of a long video: a video encoder named (not `copy`, which
  // remuxes at many times real time, nor an image codec). Audio, stickers, thumbnails and remuxes
  // end within minutes.
  { command: "ffmpeg", when: VIDEO_ENCODER, scales: true, says: "prints its stats line every half second while it encodes", perSecond: [150, 230], doing: "encoding" },
  // A live input (a camera over RTSP or RTMP, a capture device, `-re`, a looped or listening
  // input) runs for as long as its source does, hours or for good, and prints the stats line
  // every half second all along, stream copy included (audit 22: PetCam's and Shinobi's RTSP
  // relays, ffmeg's and cloudscope's v4l2 cameras). An HTTP input is as often a file to fetch.
  { command: "ffmpeg", when: FFMPEG_LIVE_INPUT, scales: true, says: "prints its stats line every half second for as long as its live input runs", perSecond: [150, 230], doing: "relaying a live stream" },
  { command: "curl", when: ["-s", "--silent"], scales: false, says: "prints no progress meter" },
  { command: "curl", scales: true, says: "prints its progress meter on stderr about once a second", perSecond: [80, 110], doing: "downloading" },
  { command: "youtube-dl|yt-dlp|youtube-dlc", when: ["-q", "--quiet", "--no-progress", "-s", "--simulate", "--skip-download", "-j", "--dump-json", "-J", "--dump-single-json", "-g", "--get-url", "-e", "--get-title", "--get-id", "--get-filename", "--get-duration", "--get-format", "--get-thumbnail", "--get-description", "-F", "--list-formats", "--list-extractors", "-U", "--update", "--print", "-O"], scales: false, says: "prints no progress" },
  { command: "youtube-dl|yt-dlp|youtube-dlc", scales: true, says: "prints a progress line about once a second while it downloads", perSecond: [60, 120], doing: "downloading" },
  // Document converters print the whole converted document on stdout: it grows with the document
  // a user hands in (antiword(1), catdoc(1), unrtf(1): "writes to standard output"; pdftotext(1)
  // and odt2txt(1) only when the output named is `-` or none; pandoc(1) unless -o/--output). pdftotext and its kin take long options after one dash
  // (`-layout`, `-nopgbrk`), so their single letters are matched whole, never as a cluster.
  { command: "antiword|catdoc|catppt|xls2csv|unrtf|pandoc|pdftotext|pdftohtml|odt2txt|docx2txt|html2text|lynx|w3m|elinks", when: ["/^-(v|h|o|help|version)$/", "--version", "--help", "--output", "--list"], scales: false, says: "prints a version or its help, or writes to the file it names" },
  { command: "pdftotext", when: ["-"], document: true, scales: true, says: "prints the text of the whole document on stdout" },
  { command: "pdftohtml", when: ["-stdout"], document: true, scales: true, says: "prints the whole document as HTML on stdout" },
  { command: "lynx|w3m|elinks", when: ["-dump"], document: true, scales: true, says: "prints the whole page as text on stdout" },
  { command: "antiword|catdoc|catppt|xls2csv|unrtf|pandoc|odt2txt|html2text", document: true, scales: true, says: "prints the whole converted document on stdout" },
  // Graphviz renders the graph it is given on stdout unless -o names a file: an SVG or a PostScript grows with the
  // graph, thousands of nodes for a large project's dependency graph (audit 28: dependency-cruiser's `dot -Tsvg`).
  { command: "dot|neato|fdp|circo|twopi|sfdp", when: ["/^-o/", "/^--output/", "/^-O$/", "-V", "-?"], scales: false, says: "writes the image to a file, or prints its version" },
  { command: "dot|neato|fdp|circo|twopi|sfdp", document: true, scales: true, says: "prints the whole rendered graph on stdout" },
  // tesseract(1): `tesseract imagename|imagelist|stdin outputbase|stdout [configfile...]`: an output base `stdout`
  // or `-` prints the recognised text (or the hOCR, TSV, ALTO of the `hocr`/`tsv`/`alto` configs) on stdout, one
  // page after another for a list of images: as long as the document.
  { command: "tesseract", when: ["--version", "-v", "--help", "-h", "--list-langs", "--print-parameters"], scales: false, says: "prints its version, its help or a list and ends" },
  { command: "tesseract", when: ["stdout", "-"], document: true, scales: true, says: "prints the text it recognises on stdout, a page per image" },
  // Go tools given a package pattern (`./...`, `all`) walk every package below it.
  { command: "go list|vet|build|test|install|doc|generate|mod", when: ["/\\.\\.\\.$/", "all"], scales: true, says: "reports on every package of the pattern" },
  { command: "golint|staticcheck|errcheck|revive|golangci-lint|gometalinter|ineffassign", when: ["/\\.\\.\\.$/"], scales: true, says: "reports on every package of the pattern" },
  { command: "go-symbols", scales: true, says: "prints every symbol of the workspace that matches the query" },
  { command: "guru referrers|callers|callstack|peers", scales: true, says: "prints a line per reference across the workspace" }
];
var WRAPPERS = [
  { name: "sudo", valued: ["-u", "-g", "-C", "-p", "-U", "-h", "-r", "-t", "-T", "-D", "-R"], positionals: 0, queries: ["-l", "-v", "-k", "-K", "-V"] },
  { name: "doas", valued: ["-u", "-C"], positionals: 0 },
  { name: "nohup", valued: [], positionals: 0 },
  { name: "env", valued: ["-u", "-C", "-S", "--unset", "--chdir"], positionals: 0 },
  { name: "nice", valued: ["-n", "--adjustment"], positionals: 0 },
  { name: "ionice", valued: ["-c", "-n", "-p", "-P", "-u", "--class", "--classdata"], positionals: 0 },
  { name: "timeout", valued: ["-k", "-s", "--kill-after", "--signal"], positionals: 1 },
  { name: "stdbuf", valued: ["-i", "-o", "-e", "--input", "--output", "--error"], positionals: 0 },
  { name: "exec", valued: ["-a"], positionals: 0 },
  { name: "command", valued: [], positionals: 0, queries: ["-v", "-V"] },
  { name: "builtin", valued: [], positionals: 0 },
  { name: "time", valued: ["-f", "-o", "--format", "--output"], positionals: 0 },
  { name: "setsid", valued: [], positionals: 0 },
  { name: "chrt", valued: [], positionals: 1 },
  { name: "taskset", valued: [], positionals: 1 },
  // Wrappers that run the rest of the line (issue 11): a password feeder, a throwaway X server
  // (its own output goes to /dev/null unless -e), privilege and sandbox changers, proxies.
  { name: "sshpass", valued: ["-p", "-f", "-d", "-P"], positionals: 0 },
  { name: "xvfb-run", valued: ["-n", "--server-num", "-s", "--server-args", "-f", "--auth-file", "-e", "--error-file", "-p", "--xauth-protocol", "-w", "--wait"], positionals: 0 },
  { name: "pkexec", valued: ["--user"], positionals: 0 },
  { name: "chroot", valued: ["--userspec", "--groups"], positionals: 1 },
  { name: "gosu", valued: [], positionals: 1 },
  { name: "su-exec", valued: [], positionals: 1 },
  { name: "unbuffer", valued: [], positionals: 0 },
  { name: "proxychains", valued: ["-f"], positionals: 0 },
  { name: "proxychains4", valued: ["-f"], positionals: 0 },
  { name: "torsocks", valued: ["-u", "-p", "-a", "-P"], positionals: 0 },
  { name: "firejail", valued: [], positionals: 0 },
  { name: "dbus-run-session", valued: ["--config-file", "--dbus-daemon"], positionals: 0 },
  { name: "systemd-inhibit", valued: ["--what", "--who", "--why", "--mode"], positionals: 0 },
  { name: "caffeinate", valued: ["-t", "-w"], positionals: 0 },
  { name: "prime-run", valued: [], positionals: 0 },
  { name: "optirun", valued: [], positionals: 0 }
];

// src/knowledge/command-table.ts
var unknownWord = (w) => w === null || w.includes(PLACEHOLDER);
function namesNoFile(args, valued) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === null || a === void 0 || a.includes(PLACEHOLDER)) return false;
    if (a === "--") return i === args.length - 1;
    if (a === "-") continue;
    if (!a.startsWith("-")) return false;
    if (valued.includes(a)) i++;
  }
  return true;
}
function wordMatcher(flag) {
  const re = /^\/(.*)\/$/.exec(flag);
  if (re) {
    const r = new RegExp(re[1]);
    return (w) => r.test(w);
  }
  if (/^-[A-Za-z]$/.test(flag)) {
    const letter = flag[1];
    return (w) => w === flag || /^-[A-Za-z]+$/.test(w) && w.includes(letter);
  }
  if (flag.startsWith("--")) return (w) => w === flag || w.startsWith(`${flag}=`);
  return (w) => w === flag;
}
function flagMatcher(flag) {
  const split = flag.split(" ");
  const parts = flag.startsWith("/") && !split.every((p) => !p.startsWith("/") || /^\/.+\/$/.test(p)) ? [flag] : split;
  const raw = parts.map((p) => p.startsWith("?/"));
  const tests = parts.map((p, j) => wordMatcher(raw[j] ? p.slice(1) : p));
  return (args, i) => {
    const slice = args.slice(i, i + tests.length);
    const words = slice.map((w, j) => raw[j] ? w ?? PLACEHOLDER : knownPart(w));
    if (words.length < tests.length || words.some((w) => w === null)) return null;
    return tests.every((t, j) => t(words[j])) ? words.map((w) => w.replace(new RegExp(`${PLACEHOLDER}+`, "g"), "\u2026")).join(" ") : null;
  };
}
function knownPart(word) {
  if (word === null || word === void 0) return null;
  if (!word.includes(PLACEHOLDER)) return word;
  const option = /^--[A-Za-z][\w-]*=/.exec(word)?.[0];
  if (option && !option.includes(PLACEHOLDER)) return option;
  const range = word.replaceAll(PLACEHOLDER, "REV");
  return REVISION_RANGE.test(range) ? range : null;
}
var REVISION_RANGE = /^[^\s/.][^\s/]*?[^\s/.]\.\.\.?[^\s/.][^\s/]*$/;
function findPhrase(args, matchers) {
  for (let i = 0; i < args.length; i++) {
    for (const m of matchers) {
      const phrase = m(args, i);
      if (phrase === null) continue;
      const before = i > 0 ? args[i - 1] : null;
      return !phrase.startsWith("-") && before && /^-[A-Za-z]$/.test(before) ? `${before} ${phrase}` : phrase;
    }
  }
  return void 0;
}
var CompiledLine = class {
  constructor(entry) {
    this.entry = entry;
    const [program, ...subs] = entry.command.split(/\s+/);
    this.programs = new Set(program.split("|"));
    this.subcommands = subs.map((s) => new Set(s.split("|")));
  }
  entry;
  programs;
  subcommands;
  matchWhen = void 0;
  matchAlso = void 0;
  get when() {
    if (this.matchWhen === void 0) this.matchWhen = this.entry.when ? this.entry.when.map(flagMatcher) : null;
    return this.matchWhen;
  }
  get also() {
    return this.matchAlso ??= (this.entry.also ?? []).map(flagMatcher);
  }
};
var anyProgram = (command) => command === "*" || command.startsWith("* ");
var LineTable = class {
  constructor(entries) {
    this.entries = entries;
    this.compiled = new Array(entries.length);
    for (let i = 0; i < entries.length; i++) {
      const command = entries[i].command;
      if (anyProgram(command)) {
        this.any.push(i);
        continue;
      }
      const space = command.search(/\s/);
      for (const name of (space < 0 ? command : command.slice(0, space)).split("|")) {
        const list = this.byProgram.get(name);
        if (list) list.push(i);
        else this.byProgram.set(name, [i]);
      }
    }
  }
  entries;
  compiled;
  byProgram = /* @__PURE__ */ new Map();
  any = [];
  /** The lines of any of these programs, and those of any program, in table order. */
  lines(names) {
    const at = new Set(this.any);
    for (const n of names) for (const i of this.byProgram.get(n) ?? []) at.add(i);
    return [...at].sort((a, b) => a - b).map((i) => this.compiled[i] ??= new CompiledLine(this.entries[i]));
  }
  /** A line names one of these programs (a line of any program does not count). */
  lists(names) {
    return names.some((n) => this.byProgram.has(n));
  }
};
var compiled = null;
function table() {
  compiled ??= new LineTable(COMMANDS);
  return compiled;
}
var compiledScaling = null;
function scalingTable() {
  compiledScaling ??= new LineTable(SCALING);
  return compiledScaling;
}
function firstMatch(lines, names, args, positional, display = names[0]) {
  for (const c of lines) {
    const { entry } = c;
    const program = anyProgram(entry.command) ? "*" : names.find((n) => c.programs.has(n));
    if (!program) continue;
    if (entry.exact && (args.length !== entry.exact.length || args.some((a, i) => entry.exact[i] !== "*" && a !== entry.exact[i]))) continue;
    if (entry.lastAfter && (args.length < 2 || args.at(-2) !== entry.lastAfter)) continue;
    if (entry.filter && !namesNoFile(args, entry.filter)) continue;
    let matched = [];
    if (c.subcommands.length) {
      const any = c.subcommands.at(-1).has("*");
      const words = any ? c.subcommands.slice(0, -1) : c.subcommands;
      const tryAt = (k) => words.every((set, j) => {
        const p = positional[k + j];
        return !!p && !p.word.includes(PLACEHOLDER) && set.has(p.word);
      });
      const at = tryAt(0) ? 0 : positional[0]?.afterOption && tryAt(1) ? 1 : -1;
      if (at < 0) continue;
      matched = words.map((_, j) => positional[at + j].word);
      if (any) {
        const after = words.length ? positional[at + words.length - 1].at + 1 : 0;
        if (!args.slice(after).some((w) => w === null || !w.startsWith("-"))) continue;
        matched.push("N");
      }
    }
    let flag;
    if (c.when) {
      flag = findPhrase(args, c.when);
      if (flag === void 0) continue;
    }
    const also = c.also.map((m) => findPhrase(args, [m]));
    if (also.some((p) => p === void 0)) continue;
    const flags = [flag, ...also].filter((f) => f !== void 0 && !matched.includes(f));
    return { entry, phrase: [display, ...matched, ...new Set(flags), ...(entry.exact ?? []).map((w) => w === "*" ? "FILE" : w)] };
  }
  return null;
}

// src/knowledge/program-words.ts
var INIT_SCRIPT = /^(?:\/[\w.-]+)*\/(?:init\.d|rc\.d)\/[^/]+$/;
var INIT_SCRIPT_NAME = "/etc/init.d/*";
function programNames(word) {
  if (INIT_SCRIPT.test(word)) return [INIT_SCRIPT_NAME];
  const base = word.slice(word.lastIndexOf("/") + 1);
  const stem = /^(.+)\.(?:exe|cmd|bat)$/i.exec(base)?.[1];
  if (stem) return [base, ...programNames(stem)];
  const script = /^[^.].*(\.(?:sh|bash|zsh|ksh|py|pl|rb|js|mjs|cjs|php|ps1))$/i.exec(base)?.[1];
  if (script) return [base, `*${script.toLowerCase()}`];
  const names = [base];
  const unversioned = base.replace(/[\d.]+$/, "");
  if (unversioned && unversioned !== base) {
    const major = /^(\D+\d)[\d.]*$/.exec(base)?.[1];
    if (major && major !== base) names.push(major);
    names.push(unversioned);
  }
  return names;
}
function stripWrappers(argv) {
  let i = 0;
  for (; ; ) {
    while (i < argv.length && argv[i] !== null && /^[A-Za-z_]\w*=/.test(argv[i])) i++;
    const word = argv[i];
    if (word === null || word === void 0) break;
    const wrapper = WRAPPERS.find((w) => w.name === programNames(word)[0]);
    if (!wrapper) break;
    i++;
    let positionals = wrapper.positionals;
    while (i < argv.length) {
      const w = argv[i];
      if (w === null) break;
      if (w === "--") {
        i++;
        break;
      }
      if (wrapper.queries?.includes(w)) return { argv: [], query: true };
      if (w.startsWith("-") && w.length > 1) {
        i += wrapper.valued.includes(w) ? 2 : 1;
        continue;
      }
      if (wrapper.name === "env" && /^[A-Za-z_]\w*=/.test(w)) {
        i++;
        continue;
      }
      if (positionals > 0) {
        positionals--;
        i++;
        continue;
      }
      break;
    }
  }
  return { argv: argv.slice(i), query: false };
}
function jarProgram(argv) {
  if (argv[0] === null || argv[0] === void 0 || !/^javaw?$/.test(programNames(argv[0])[0])) return argv;
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i];
    if (w === null || !w.startsWith("-")) return argv;
    if (w === "-cp" || w === "-classpath" || w === "--class-path" || w === "--module-path" || w === "-p") {
      i++;
      continue;
    }
    if (w !== "-jar") continue;
    const jar = argv[i + 1];
    const base = jar?.slice(Math.max(jar.lastIndexOf("/"), jar.lastIndexOf("\\")) + 1) ?? "";
    const name = /^([A-Za-z][\w+]*(?:-[A-Za-z][\w+]*)*?)(?:-\d[\w.-]*)?\.jar$/.exec(base)?.[1];
    return name && isListed(name) ? [name, ...argv.slice(i + 2)] : argv;
  }
  return argv;
}
function isListed(program) {
  const names = programNames(program);
  return table().lists(names);
}

// src/knowledge/last-write.data.ts
var LAST_WRITE = [
  // Interpreters and the programs written for them (npm, yarn and appium are node programs; yt-dlp,
  // pip, hg, aws and meson Python ones; gradle, mvn and sbt run on the JVM).
  { command: "node|nodejs|electron|deno|bun|npm|npx|yarn|pnpm|tsc|ts-node|tsx|eslint|prettier|jest|mocha|vitest|webpack|vite|lhci|lighthouse|ng|vue-cli-service|appium|cordova|ionic|tns|react-native|expo|lerna|nx|firebase|netlify|vercel|serverless|sls|cdk", lastWrite: "teardown" },
  { command: "python|python2|python3|pypy|pypy3|pip|pip3|yt-dlp|youtube-dl|unoconv|ansible|ansible-playbook|poetry|pipenv|black|flake8|mypy|pytest|hg|aws|gcloud|az|meson|scons|conan|pio|platformio|esptool", lastWrite: "teardown" },
  { command: "java|javaw|gradle|gradlew|mvn|mvnw|sbt|kotlin|scala|groovy|dotnet|mono|powershell|pwsh", lastWrite: "teardown" },
  { command: "ruby|bundle|gem|rake|rails|rubocop|php|composer|Rscript|julia|erl|elixir|mix", lastWrite: "teardown" },
  { command: "*.py|*.js|*.mjs|*.cjs|*.rb|*.php", lastWrite: "teardown" },
  // Programs compiled to native code: coreutils and the other C tools, git, media tools,
  // compilers, and Go or Rust binaries (docker, kubectl, opa, rg).
  // A shell script: the shell writes with its builtins, or ends as its last command does.
  { command: "sh|bash|dash|zsh|ksh|*.sh|*.bash", lastWrite: "at-exit" },
  { command: "ls|cat|echo|printf|head|tail|wc|cut|sort|uniq|tr|sed|awk|gawk|grep|egrep|fgrep|find|xargs|stat|du|df|file|which|whereis|uname|id|whoami|hostname|date|env|printenv|readlink|realpath|basename|dirname|md5sum|sha1sum|sha256sum|tee|tar|gzip|gunzip|zcat|unzip|zip|xz|bzip2", lastWrite: "at-exit" },
  { command: "ps|pgrep|lsof|netstat|ss|ip|ifconfig|iwgetid|lsblk|blkid|mount|free|uptime|vmstat|wmic|tasklist|reg|netsh|where|systemctl|journalctl|sysctl|defaults|sw_vers|system_profiler|ioreg|osascript", lastWrite: "at-exit" },
  { command: "git|svn|curl|wget|ssh|scp|rsync|openssl|gpg|make|cmake|ninja|gcc|g++|cc|clang|clang-format|clang-tidy|ld|ar|strip|objdump|nm|otool|xcrun|xcodebuild|lipo|codesign|security|plutil", lastWrite: "at-exit" },
  { command: "ffmpeg|ffprobe|ffplay|avconv|sox|convert|magick|identify|gm|dot|neato|pdflatex|xelatex|lualatex|latexmk|pandoc|elm|ghc|ghc-mod|ghc-modi|stack|cabal|rustc|cargo|go|zig", lastWrite: "at-exit" },
  { command: "docker|podman|kubectl|helm|terraform|opa|gh|hub|rg|fd|jq|yq|adb|fastboot|lldb|gdb|7z|7za|unrar", lastWrite: "at-exit" }
];

// src/knowledge/output-only.data.ts
var OUTPUT_ONLY = [
  // find's actions run commands or change the tree; its -fprint family writes files.
  { command: "find", when: ["-exec", "-execdir", "-ok", "-okdir", "-delete", "-fprint", "-fprint0", "-fprintf", "-fls"], outputOnly: false },
  { command: "find|locate|tree|ls|dir|du|df|stat|file|which|whereis", outputOnly: true },
  // A step of a command line that does nothing but set up or print (`cd repo && git log`).
  { command: "cd|pushd|echo|printf|true", outputOnly: true },
  // grep family and text tools over files: they read and print. `sed -i` and `sort -o` write.
  { command: "sed", when: ["-i", "--in-place"], outputOnly: false },
  { command: "sort", when: ["-o", "--output"], outputOnly: false },
  { command: "grep|egrep|fgrep|rg|ag|ack|cat|zcat|bzcat|xzcat|head|tail|wc|cut|sort|uniq|sed|strings|nl|od|hexdump|xxd|jq", outputOnly: true },
  { command: "ps|pgrep|lsof|netstat|ss|lsblk|blkid|lsusb|lspci|lsmod|journalctl|last|who|id|printenv|uname|uptime|free|vmstat|iostat", outputOnly: true },
  // git's read-only commands (`git log`, `git diff` without an output file).
  { command: "git diff|log", when: ["--output"], outputOnly: false },
  { command: "git log|rev-list|reflog|shortlog|whatchanged|diff|diff-tree|diff-index|diff-files|ls-files|ls-tree|ls-remote|grep|show|blame|annotate|cat-file|rev-parse|describe|name-rev|for-each-ref|show-ref|status|cherry|count-objects", outputOnly: true },
  { command: "hg log|status|diff|cat|annotate|manifest|files|heads|branches|tags", outputOnly: true },
  { command: "svn log|status|diff|cat|list|ls|info|blame", outputOnly: true },
  { command: "tar", when: ["-t", "--list", "/^-?[tvzjJf]*t[tvzjJf]*$/"], outputOnly: true },
  { command: "unzip", when: ["-l", "-Z", "-v"], outputOnly: true },
  { command: "zipinfo", outputOnly: true },
  { command: "dpkg", when: ["-l", "--list", "-L", "--listfiles", "-S", "--search", "-s", "--status"], outputOnly: true },
  { command: "dpkg-query", outputOnly: true },
  // A saved capture read back (`tshark -r`, `tcpdump -r`) prints its frames and changes nothing;
  // with -w it writes a file (audit 23: wifit3 reads frames until the sequence it follows ends).
  { command: "tshark|tcpdump", when: ["-w"], outputOnly: false },
  { command: "tshark|tcpdump", when: ["-r", "/^--read-file=/"], outputOnly: true },
  { command: "rpm", when: ["-q", "--query"], outputOnly: true },
  { command: "pip|pip3 list|freeze|show", outputOnly: true },
  { command: "npm ls|list", outputOnly: true },
  { command: "yarn list", outputOnly: true },
  // Samba's rpcclient running only its queries (`-c 'enumdomusers'`, `querydominfo`, `lookupnames`,
  // `lsaquery`, `srvinfo`): each prints what it finds and changes nothing on the server (audit 11:
  // social-engineer-toolkit's ridenum reads the user lines and gives up at the first other line).
  { command: "rpcclient", when: ["-c /^((enum|query|lookup|lsaquery|lsaenum|getdom|getusrdom|srvinfo|netshareenum|dsroledominfo)\\w*\\s*;?\\s*)+$/", "/^--command=((enum|query|lookup|lsaquery|lsaenum|getdom|getusrdom|srvinfo|netshareenum|dsroledominfo)\\w*\\s*;?\\s*)+$/"], outputOnly: true }
];

// src/knowledge/commands.ts
var compiledOutputOnly = null;
function outputOnlyTable() {
  compiledOutputOnly ??= new LineTable(OUTPUT_ONLY);
  return compiledOutputOnly;
}
var compiledLastWrite = null;
function lastWriteTable() {
  compiledLastWrite ??= new LineTable(LAST_WRITE);
  return compiledLastWrite;
}
var RANK = { none: 0, bounded: 1, unbounded: 2 };
function maxClass(a, b) {
  return RANK[a] >= RANK[b] ? a : b;
}
function canFill(c) {
  return c === "unbounded";
}
function shown(words) {
  return `\`${words.join(" ")}\``;
}
function unknown(evidence, basis = "value") {
  return { stdout: "unbounded", stderr: "unbounded", program: null, evidence, basis };
}
function classifyArgv(argv) {
  const stripped = stripWrappers(argv);
  if (stripped.query) return { stdout: "bounded", stderr: "bounded", program: null, evidence: "a command lookup prints a line" };
  const words = jarProgram(stripped.argv);
  const first = words[0];
  if (first === void 0) return { stdout: "none", stderr: "none", program: null, evidence: "an empty command prints nothing" };
  const tail = first === null ? null : /\uE000\/?([A-Za-z][\w.+-]*)$/.exec(first)?.[1] ?? null;
  const args = words.slice(1).flatMap((w) => {
    const joined = w === null ? null : /^(-[A-Za-z0-9]) +(\S.*)$/.exec(w);
    return joined ? [joined[1], joined[2]] : [w];
  });
  if (unknownWord(first) && !tail) {
    const probe2 = firstMatch(table().lines(["\u2026"]).filter((c) => c.entry.command === "*" || c.entry.command === "\u2026"), ["\u2026"], args, []);
    if (probe2) return { stdout: probe2.entry.stdout, stderr: probe2.entry.stderr, program: null, evidence: `a program run with ${probe2.entry.exact ? "only " : ""}${shown(probe2.phrase.slice(1))} ${probe2.entry.says}`, ...probe2.entry.serves ? { serves: true } : {} };
    return unknown("the command is not known statically");
  }
  const names = programNames(tail ?? first);
  const display = names[0] === INIT_SCRIPT_NAME ? first : names[0];
  const positional = [];
  for (const [i, w] of args.entries()) {
    if (w === null || w.startsWith("-")) continue;
    positional.push({ word: w, afterOption: i > 0 && (args[i - 1] ?? "").startsWith("-"), at: i });
  }
  const inline = inlineProgram(names, args) ?? idleShell(names, args) ?? findActions(names, args);
  if (inline) return inline;
  const line = commandLineArgument(names[0], args);
  if (line !== null) return classifyShell(line);
  const scales = firstMatch(scalingTable().lines(names), names, args, positional, display);
  const pace = scales?.entry.perSecond ? { pace: { perSecond: scales.entry.perSecond, doing: scales.entry.doing ?? "working" } } : {};
  let scaling = scales?.entry.scales ? { scales: `${shown(scales.phrase)} ${scales.entry.says}`, ...pace, ...scales.entry.document ? { document: true } : {} } : scales?.entry.fitsBuffer ? { fitsBuffer: true } : {};
  const hit = firstMatch(table().lines(names), names, args, positional, display);
  if (firstMatch(outputOnlyTable().lines(names), names, args, positional, display)?.entry.outputOnly) scaling = { ...scaling, outputOnly: true };
  const ends = firstMatch(lastWriteTable().lines(names), names, args, positional, display)?.entry.lastWrite;
  if (ends) scaling = { ...scaling, lastWrite: ends };
  if (hit) return { stdout: hit.entry.stdout, stderr: hit.entry.stderr, program: display, evidence: `${shown(hit.phrase)} ${hit.entry.says}`, ...hit.entry.fromInput ? { fromInput: true } : {}, ...hit.entry.listsProcesses ? { listsProcesses: true } : {}, ...hit.entry.selects ? { selects: true } : {}, ...hit.entry.writeErrors === "ignored" ? { ignoresWriteErrors: true } : {}, ...hit.entry.livesOn ? { livesOn: { says: `${shown(hit.phrase)} ${hit.entry.livesOn}`, stdout: false, stderr: true } } : {}, ...hit.entry.serves ? { serves: true } : {}, ...hit.entry.count ? { basis: "count" } : {}, ...scaling };
  return { stdout: UNLISTED.stdout, stderr: UNLISTED.stderr, program: display, evidence: `${shown([display])} is not known to be quiet: its output can grow`, basis: "unlisted", ...scaling };
}
var INTERPRETERS = /^(python|pypy|perl|ruby|node|php)/;
function inlineProgram(names, args) {
  const name = names[0];
  if (!INTERPRETERS.test(name)) return null;
  const at = args.findIndex((a) => a === "-c" || a === "-e");
  const code2 = at >= 0 ? args[at + 1] : void 0;
  if (typeof code2 !== "string" || code2.includes(PLACEHOLDER) || code2.length > 300) return null;
  if (/\b(for|while|range|repeat|main|run|exec|eval|system|popen|subprocess|loop|forever|alloc|fill)\b|\*|<<|\d{4,}/.test(code2)) return null;
  const imports = [...code2.matchAll(/\bimport\s+([\w., ]+)/g)].flatMap((m) => m[1].split(/[\s,]+/)).filter(Boolean);
  if (imports.some((m) => !["sys", "os", "time", "signal", "errno"].includes(m.split(".")[0]))) return null;
  return { stdout: "bounded", stderr: "bounded", program: name, evidence: `\`${name} ${args[at]}\` runs a short inline program` };
}
function idleShell(names, args) {
  if (!names.some((n) => /^cmd(\.exe)?$/i.test(n)) || !args.length) return null;
  if (args.some((a) => a === null || a.replaceAll(PLACEHOLDER, "") === "" || /^[/-][a-zA-Z]*[cCkK]$/.test(a) || /^\/[cCkK]\b/.test(a))) return null;
  return { stdout: "bounded", stderr: "bounded", program: "cmd.exe", evidence: "`cmd.exe` without /c or /k runs no command: it prints its banner and a prompt, and reads its commands from stdin" };
}
var FIND_EXEC = /* @__PURE__ */ new Set(["-exec", "-execdir", "-ok", "-okdir"]);
var FIND_PRINTS = /* @__PURE__ */ new Set(["-print", "-print0", "-printf", "-ls"]);
function findActions(names, args) {
  if (names[0] !== "find") return null;
  const commands = [];
  let deletes = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === null) continue;
    if (FIND_PRINTS.has(a)) return null;
    if (a === "-delete") deletes = true;
    if (!FIND_EXEC.has(a)) continue;
    const words = [];
    for (i++; i < args.length && args[i] !== ";" && args[i] !== "\\;" && args[i] !== "+"; i++) if (args[i] !== "{}") words.push(args[i]);
    if (i >= args.length) return null;
    commands.push(words);
  }
  if (!commands.length && !deletes) return null;
  const runs = commands.map((w) => classifyArgv(w));
  const loud = runs.find((o) => o.stdout !== "none");
  const stderr = runs.some((o) => o.stderr === "unbounded") ? "unbounded" : "bounded";
  const named = runs.map((o) => `\`${o.program ?? "\u2026"}\``);
  if (loud) {
    const what = loud.program ? `\`${loud.program}\`` : "a command not known statically";
    return { stdout: "unbounded", stderr, program: "find", evidence: `\`find -exec\` prints what ${what} prints, for every file it selects`, scales: `\`find -exec\` prints what ${what} prints for every file it walks`, ...loud.basis === "value" ? { basis: "value" } : {} };
  }
  const evidence = commands.length ? `\`find -exec\` runs ${[...new Set(named)].join(", ")} on the files it selects, which ${new Set(named).size > 1 ? "print" : "prints"} nothing, and names none of them` : "`find -delete` deletes the files it selects and names none of them";
  return { stdout: "none", stderr, program: "find", evidence };
}
var SHELLS = /^(?:sh|bash|dash|zsh|ksh|mksh|ash|busybox-sh)$/;
var SWITCH_USER = /^(?:su|runuser)$/;
function commandLineArgument(name, args) {
  let at = -1;
  if (SHELLS.test(name)) {
    for (const [i, a] of args.entries()) {
      if (a === null || !a.startsWith("-")) break;
      if (/^-[a-z]*c$/.test(a)) {
        at = i + 1;
        break;
      }
    }
  } else if (SWITCH_USER.test(name)) {
    for (const [i, a] of args.entries()) {
      if (a === "-c" || a === "--command") {
        at = i + 1;
        break;
      }
      if (a?.startsWith("--command=")) return literalLine(a.slice("--command=".length));
    }
  } else if (name === "adb") {
    return adbRemoteLine(args);
  }
  return at >= 0 ? literalLine(args[at]) : null;
}
var ADB_VALUED = /* @__PURE__ */ new Set(["-s", "-t", "-H", "-P", "-L"]);
var ADB_SHELL_VALUED = /* @__PURE__ */ new Set(["-e"]);
function adbRemoteLine(args) {
  let i = 0;
  while (i < args.length && args[i]?.startsWith("-")) i += ADB_VALUED.has(args[i]) ? 2 : 1;
  if (args[i] !== "shell" && args[i] !== "exec-out") return null;
  i++;
  while (i < args.length && args[i]?.startsWith("-")) i += ADB_SHELL_VALUED.has(args[i]) ? 2 : 1;
  const words = args.slice(i);
  if (words.length === 0 || words.some((w) => w === null)) return null;
  return literalLine(words.join(" "));
}
function literalLine(line) {
  return typeof line === "string" && line.replaceAll(PLACEHOLDER, "").trim() !== "" ? line : null;
}
var RESERVED_LEAD = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "while", "until", "do", "!", "{", "time"]);
var RESERVED_QUIET = /* @__PURE__ */ new Set(["fi", "done", "esac", "}", "for", "select"]);
function classifyShell(command) {
  if (command === null) return unknown("the command is not known statically");
  const sites = commandSites(parseShell(command));
  if (!sites) return unknown("the command line could not be read", "unlisted");
  let stdout = "none";
  let stderr = "none";
  const seen = [];
  const bySite = /* @__PURE__ */ new Map();
  let scales;
  let pace;
  let document = false;
  let livesOn;
  let serves = false;
  for (const [index, site] of sites.entries()) {
    let words = site.words.map(shellWordValue);
    while (words.length && words[0] !== null && RESERVED_LEAD.has(words[0])) words = words.slice(1);
    let out;
    if (words.length === 0 || words[0] !== null && RESERVED_QUIET.has(words[0])) continue;
    if (words[0] === "case" || words[0] === "function") out = unknown("the command line holds a compound command", "unlisted");
    else out = classifyArgv(words);
    const feeder = site.fedBy !== void 0 ? bySite.get(site.fedBy) : void 0;
    if (out.fromInput && feeder && !canFill(feeder.stdout) && feeder.program) {
      out = { ...out, stdout: "bounded", evidence: `${out.evidence.slice(0, out.evidence.indexOf("`", 1) + 1)} reads its input from \`${feeder.program}\`, which prints ${feeder.stdout === "none" ? "nothing" : "a few lines"}` };
    } else if (out.selects && feeder?.listsProcesses && words.length > 1) {
      out = { ...out, stdout: "bounded", evidence: `${out.evidence.slice(0, out.evidence.indexOf("`", 1) + 1)} picks the processes that match out of the list of \`${feeder.program}\`` };
    }
    bySite.set(index, out);
    let reaches2 = "none";
    for (const [dest2, cls2] of [[site.stdout, out.stdout], [site.stderr, out.stderr]]) {
      if (dest2 === "out") reaches2 = maxClass(reaches2, cls2);
      if (dest2 === "err") stderr = maxClass(stderr, cls2);
    }
    const [dest, cls] = out.stdout === "unbounded" ? [site.stdout, out.stdout] : [site.stderr, out.stderr];
    if (out.scales && cls === "unbounded" && (dest === "out" || dest === "err") && scales === void 0) {
      scales = out.scales;
      pace = out.pace;
      document = !!out.document && dest === "out";
    }
    if (out.livesOn) {
      const to = [...out.livesOn.stdout ? [site.stdout] : [], ...out.livesOn.stderr ? [site.stderr] : []];
      if (to.some((d) => d === "out" || d === "err")) {
        livesOn = { says: livesOn?.says ?? out.livesOn.says, stdout: !!livesOn?.stdout || to.includes("out"), stderr: !!livesOn?.stderr || to.includes("err") };
      }
    }
    if (out.serves && (canFill(out.stdout) && (site.stdout === "out" || site.stdout === "err") || canFill(out.stderr) && (site.stderr === "out" || site.stderr === "err"))) serves = true;
    stdout = maxClass(stdout, reaches2);
    seen.push({ out, reaches: reaches2 });
  }
  const deciding = seen.filter((s) => s.reaches === stdout && (stdout !== "none" || s.out.stdout === "none"));
  const decisive = deciding.find((s) => (s.out.basis ?? "listed") === "listed") ?? deciding.find((s) => s.out.basis === "count") ?? deciding.find((s) => s.out.basis === "value") ?? deciding[0];
  const launched = livesOn ? { livesOn } : {};
  const fits = seen.some((s) => s.out.fitsBuffer) && seen.every((s) => s.out.fitsBuffer || s.out.stdout !== "unbounded" && s.out.stderr !== "unbounded");
  const growth = { ...scales ? { scales } : {}, ...pace ? { pace } : {}, ...document ? { document } : {}, ...fits ? { fitsBuffer: true } : {}, ...serves ? { serves } : {}, ...seen.length && seen.every((s) => s.out.outputOnly) ? { outputOnly: true } : {}, ...lastOf(seen) };
  if (stdout === "none") {
    const own = seen.filter((s) => s.out.stdout === "none");
    if (own.length === seen.length && own.length > 1) {
      const programs2 = [...new Set(own.map((s) => s.out.program ?? "?"))].map((p) => `\`${p}\``);
      return { stdout, stderr, program: own[0].out.program, evidence: `${programs2.join(", ")} print nothing`, ...launched };
    }
    if (decisive && own.length === seen.length) return { stdout, stderr, program: decisive.out.program, evidence: decisive.out.evidence, ...growth, ...launched };
    const redirected = seen.find((s) => s.out.stdout !== "none");
    const what = redirected?.out.program ? `the output of \`${redirected.out.program}\`` : "the command's output";
    return { stdout, stderr, program: redirected?.out.program ?? null, evidence: redirected ? `${what} is redirected` : "the command line runs nothing", ...launched };
  }
  const writers = seen.filter((s) => s.reaches !== "none");
  const runsOn = writers.length > 0 && writers.every((s) => s.out.ignoresWriteErrors);
  const basis = decisive.out.basis ? { basis: decisive.out.basis } : {};
  return { stdout, stderr, program: decisive.out.program, evidence: decisive.out.evidence, ...basis, ...growth, ...runsOn ? { ignoresWriteErrors: true } : {}, ...launched };
}
function lastOf(seen) {
  const last = seen[seen.length - 1]?.out.lastWrite;
  return last ? { lastWrite: last } : {};
}

// src/python/strings.ts
var PREFIX_RE = /^([rRbBuUfF]{0,2})('''|"""|'|")/;
var SIMPLE_ESCAPES = { "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v" };
function decodeString(node) {
  const raw = node.text;
  const m = PREFIX_RE.exec(raw);
  if (!m) return null;
  const prefix = m[1].toLowerCase();
  const quote = m[2];
  const isRaw = prefix.includes("r");
  const isF = prefix.includes("f");
  const bodyStart = m[0].length;
  const bodyEnd = raw.length - quote.length;
  if (bodyEnd < bodyStart || !raw.endsWith(quote)) return null;
  const base = node.startIndex;
  const interpolations = isF ? node.namedChildren.filter((c) => c.type === "interpolation") : [];
  let text = "";
  const map = [];
  let i = bodyStart;
  while (i < bodyEnd) {
    const abs = base + i;
    const interp = interpolations.find((n) => n.startIndex === abs);
    if (interp) {
      text += PLACEHOLDER;
      map.push(abs);
      i = interp.endIndex - base;
      continue;
    }
    const c = raw[i];
    if (isF && (c === "{" || c === "}") && raw[i + 1] === c) {
      text += c;
      map.push(abs);
      i += 2;
      continue;
    }
    if (c === "\\" && !isRaw) {
      const next = raw[i + 1] ?? "";
      let len = 2;
      let value;
      if (next === "\n") value = "";
      else if (next === "\r") {
        value = "";
        if (raw[i + 2] === "\n") len = 3;
      } else if (next in SIMPLE_ESCAPES) value = SIMPLE_ESCAPES[next];
      else if (next === "x") {
        value = String.fromCharCode(parseInt(raw.slice(i + 2, i + 4), 16));
        len = 4;
      } else if (/[0-7]/.test(next)) {
        const oct = /^[0-7]{1,3}/.exec(raw.slice(i + 1))[0];
        value = String.fromCharCode(parseInt(oct, 8));
        len = 1 + oct.length;
      } else if (next === "u" && !prefix.includes("b")) {
        value = String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
        len = 6;
      } else if (next === "U" && !prefix.includes("b")) {
        value = String.fromCodePoint(parseInt(raw.slice(i + 2, i + 10), 16));
        len = 10;
      } else if (next === "N" && raw[i + 2] === "{") {
        const close = raw.indexOf("}", i);
        value = PLACEHOLDER;
        len = close - i + 1;
      } else value = "\\" + next;
      for (let k = 0; k < value.length; k++) {
        text += value[k];
        map.push(abs);
      }
      i += len;
      continue;
    }
    if (c === "\r") {
      text += "\n";
      map.push(abs);
      i += raw[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    text += c;
    map.push(abs);
    i++;
  }
  map.push(base + bodyEnd);
  const triple = quote.length === 3;
  const escape2 = (s) => {
    let out = s;
    if (out.includes("\n")) {
      if (isRaw) return triple ? out : null;
      out = out.replace(/\n/g, "\\n");
    }
    if (isF) out = out.replace(/[{}]/g, (b) => b + b);
    return out;
  };
  return { text, map, escape: escape2 };
}
var TEMPLATE_FIELDS = {
  percent: /%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?[diouxXeEfFgGcrsab%]/g,
  format: /\{\{|\}\}|\{[^{}]*\}/g
};
function applyTemplate(seg, kind) {
  if (!seg.map) return seg;
  const re = TEMPLATE_FIELDS[kind];
  let text = "";
  const map = [];
  let last = 0;
  for (const m of seg.text.matchAll(re)) {
    const at = m.index;
    for (let k = last; k < at; k++) {
      text += seg.text[k];
      map.push(seg.map[k]);
    }
    const literal2 = m[0] === "%%" ? "%" : m[0] === "{{" ? "{" : m[0] === "}}" ? "}" : PLACEHOLDER;
    text += literal2;
    map.push(seg.map[at]);
    last = at + m[0].length;
  }
  for (let k = last; k < seg.text.length; k++) {
    text += seg.text[k];
    map.push(seg.map[k]);
  }
  map.push(seg.map[seg.text.length]);
  const inner = seg.escape;
  const escape2 = (s) => {
    const e = inner(s);
    if (e === null) return null;
    return kind === "percent" ? e.replace(/%/g, "%%") : e.replace(/[{}]/g, (b) => b + b);
  };
  return { text, map, escape: escape2 };
}
function applyTemplateValues(seg, kind, values) {
  const applied = applyTemplate(seg, kind);
  if (!seg.map || !applied.map || values.every((v) => v === null)) return [applied];
  const re = TEMPLATE_FIELDS[kind];
  const fields = [];
  let shift = 0;
  let auto = 0;
  for (const m of seg.text.matchAll(re)) {
    const at = m.index - shift;
    shift += m[0].length - 1;
    if (m[0] === "%%" || m[0] === "{{" || m[0] === "}}") continue;
    let index;
    if (kind === "percent") index = m[0].startsWith("%(") || m[0].includes("*") ? null : auto++;
    else {
      const name = /^\{([^!:}]*)/.exec(m[0])[1];
      index = name === "" ? auto++ : /^\d+$/.test(name) ? Number(name) : null;
    }
    fields.push({ at, value: index === null ? null : values[index] ?? null });
  }
  const out = [];
  let from = 0;
  for (const f of fields) {
    if (f.value === null) continue;
    if (f.at > from) out.push({ text: applied.text.slice(from, f.at), map: applied.map.slice(from, f.at + 1), escape: applied.escape });
    out.push({ text: f.value, map: null, escape: () => null });
    from = f.at + 1;
  }
  out.push({ text: applied.text.slice(from), map: applied.map.slice(from), escape: applied.escape });
  return out;
}
var OPAQUE = { text: PLACEHOLDER, map: null, escape: () => null };

// src/python/program-name.ts
var WHICH = /* @__PURE__ */ new Set(["shutil.which", "distutils.spawn.find_executable"]);
var WHICH_NAMES = /* @__PURE__ */ new Set(["which", "find_executable"]);
function isWhich(call, model) {
  const fn = call.childForFieldName("function");
  if (!fn) return false;
  const q = model.qualifiedName(fn);
  if (q && WHICH.has(q)) return true;
  const name = fn.type === "identifier" ? fn.text : fn.type === "attribute" ? fn.childForFieldName("attribute")?.text : null;
  return !!name && WHICH_NAMES.has(name);
}
function whichProgram(node, model) {
  if (node.type !== "call" || !isWhich(node, model)) return null;
  const args = node.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
  return args.length >= 1 ? plainText(args[0]) : null;
}
var PATH_WORDS = /* @__PURE__ */ new Set(["get", "find", "which", "locate", "resolve", "default", "local", "system", "exe", "executable", "bin", "binary", "path", "program", "prog", "location", "file", "cmd", "command", "name"]);
function programNamed(node, model, depth = 0) {
  const own = nameProgram(node, model);
  if (own !== null || depth > 0) return own;
  const value = soleSelfAssignment(unparenthesize(node));
  return value ? programNamed(value, model, depth + 1) : null;
}
function nameProgram(node, model) {
  let n = unparenthesize(node);
  if (n.type === "call") {
    const fn = n.childForFieldName("function");
    const args = n.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
    if (isWhich(n, model)) return args.length >= 1 ? plainText(args[0]) : null;
    if (args.length > 0 || !fn) return null;
    n = fn;
  }
  const name = n.type === "identifier" ? n.text : n.type === "attribute" ? n.childForFieldName("attribute")?.text : null;
  if (!name) return null;
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/_+/).filter(Boolean);
  const programs2 = words.filter((w) => !PATH_WORDS.has(w));
  if (programs2.length !== 1) return null;
  const program = programs2[0];
  if (BUILTINS.has(program)) return null;
  if (isListed(program)) return program;
  return ENDS_IN_PATH.has(words[words.length - 1]) && /^[a-z][a-z0-9+-]*$/.test(program) && program.length >= 3 && !ROLE_WORDS.has(program) ? program : null;
}
var BUILTINS = /* @__PURE__ */ new Set(["set", "unset", "export", "source", "exit", "wait", "test", "true", "false", "cd", "alias", "shift", "trap", "read", "eval", "exec", "type", "umask", "ulimit", "echo", "printf"]);
var ENDS_IN_PATH = /* @__PURE__ */ new Set(["path", "bin", "binary", "exe", "executable", "prog", "program"]);
var ROLE_WORDS = /* @__PURE__ */ new Set([
  "app",
  "application",
  "tool",
  "tools",
  "util",
  "utility",
  "script",
  "helper",
  "wrapper",
  "launcher",
  "runner",
  "loader",
  "installer",
  "updater",
  "player",
  "browser",
  "editor",
  "viewer",
  "reader",
  "writer",
  "shell",
  "terminal",
  "term",
  "interpreter",
  "compiler",
  "linker",
  "debugger",
  "encoder",
  "decoder",
  "converter",
  "renderer",
  "driver",
  "daemon",
  "service",
  "server",
  "client",
  "agent",
  "worker",
  "engine",
  "backend",
  "frontend",
  "plugin",
  "module",
  "main",
  "base",
  "root",
  "home",
  "dir",
  "folder",
  "src",
  "source",
  "dest",
  "destination",
  "target",
  "output",
  "input",
  "out",
  "log",
  "temp",
  "tmp",
  "data",
  "config",
  "conf",
  "cache",
  "work",
  "install",
  "abs",
  "full",
  "real",
  "user",
  "custom",
  "external",
  "current",
  "new",
  "old",
  "this",
  "my",
  "the",
  "venv",
  "env",
  "build",
  "test",
  "run",
  "exec",
  "process",
  "proc",
  "sub",
  "child",
  "parent",
  "cli",
  "gui",
  "web"
]);
function plainText(node) {
  const n = unparenthesize(node);
  const text = n.type === "string" ? decodeString(n)?.text ?? null : null;
  return text !== null && !text.includes(PLACEHOLDER) ? text : null;
}
function soleSelfAssignment(attr) {
  if (attr.type !== "attribute" || attr.childForFieldName("object")?.text !== "self") return null;
  const name = attr.childForFieldName("attribute")?.text;
  let cls = attr.parent;
  while (cls && cls.type !== "class_definition") cls = cls.parent;
  const body = cls?.childForFieldName("body");
  if (!name || !body) return null;
  const values = [];
  const stack = [body];
  while (stack.length) {
    const n = stack.pop();
    if (n.type === "class_definition" && n.id !== cls.id) continue;
    if (n.type === "assignment" || n.type === "augmented_assignment") {
      const left = n.childForFieldName("left");
      const targets = left?.type === "pattern_list" || left?.type === "tuple_pattern" ? left.namedChildren : left ? [left] : [];
      if (targets.some((t) => t.type === "attribute" && t.childForFieldName("object")?.text === "self" && t.childForFieldName("attribute")?.text === name)) {
        const right = n.childForFieldName("right");
        if (n.type === "augmented_assignment" || !right || targets.length > 1) return null;
        values.push(right);
      }
    }
    stack.push(...n.namedChildren);
  }
  return values.length === 1 ? values[0] : null;
}

// src/python/command-text.ts
function segmentsOf(node, model) {
  const n = unparenthesize(node);
  switch (n.type) {
    case "string": {
      const seg = decodeString(n);
      if (!seg) return [OPAQUE];
      const first = model && seg.map ? leadingField(seg) : -1;
      const interp = first >= 0 ? n.namedChildren.find((c) => c.type === "interpolation" && c.startIndex === seg.map[first]) : null;
      const expr = interp?.namedChildren.find((c) => c.type !== "comment" && c.type !== "type_conversion" && c.type !== "format_specifier");
      const program = expr ? programNamed(expr, model) : null;
      if (program) return [{ text: seg.text.slice(0, first) + program, map: null, escape: () => null }, { text: seg.text.slice(first + 1), map: seg.map.slice(first + 1), escape: seg.escape }];
      return model ? jarField(n, seg, model) : [seg];
    }
    case "concatenated_string":
      return n.namedChildren.flatMap((c) => segmentsOf(c));
    case "binary_operator": {
      const op = n.childForFieldName("operator")?.text;
      const left = n.childForFieldName("left");
      const right = n.childForFieldName("right");
      if (!left || !right) return [OPAQUE];
      if (op === "+") return [...segmentsOf(left, model), ...segmentsOf(right, model)];
      if (op === "%" && isStringNode(left)) {
        const r = unparenthesize(right);
        const items = r.type === "tuple" ? r.namedChildren.filter((c) => c.type !== "comment") : [r];
        return filled(segmentsOf(left), "percent", model ? commandValues(left, /^\s*%s/, items, model) : []);
      }
      return [OPAQUE];
    }
    case "call": {
      const fn = n.childForFieldName("function");
      const object = fn?.type === "attribute" ? fn.childForFieldName("object") : null;
      if (fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "format" && object && isStringNode(object)) {
        const args = n.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
        const positional = args.findIndex((a) => a.type === "keyword_argument" || a.type === "list_splat" || a.type === "dictionary_splat");
        const values = model ? commandValues(object, /^\s*\{0?\}/, positional < 0 ? args : args.slice(0, positional), model) : [];
        return filled(segmentsOf(object), "format", values);
      }
      return [OPAQUE];
    }
    case "attribute":
      return model?.qualifiedName(n) === "sys.executable" ? [{ text: "python", map: null, escape: () => null }] : [OPAQUE];
    default: {
      const choices = model ? textChoices(n, model) : null;
      return choices?.length === 1 ? [{ text: choices[0], map: null, escape: () => null }] : [OPAQUE];
    }
  }
}
var MAX_CHOICES = 8;
function textChoices(node, model, depth = 0) {
  const n = unparenthesize(node);
  if (n.type === "integer") return [n.text];
  if (isStringNode(n)) {
    const text = literalText(n);
    return text === null || text.includes(PLACEHOLDER) ? null : [text];
  }
  if (depth >= 4) return null;
  let out = null;
  if (n.type === "binary_operator" && n.childForFieldName("operator")?.text === "+") {
    const left = textChoices(n.childForFieldName("left"), model, depth + 1);
    const right = left && textChoices(n.childForFieldName("right"), model, depth + 1);
    out = left && right ? left.flatMap((l) => right.map((r) => l + r)) : null;
  } else if (n.type === "conditional_expression") {
    const [yes, , no] = n.namedChildren.filter((c) => c.type !== "comment");
    const a = yes && textChoices(yes, model, depth + 1);
    const b = a && no ? textChoices(no, model, depth + 1) : null;
    out = a && b ? [...a, ...b] : null;
  } else if (n.type === "call") {
    const fn = n.childForFieldName("function");
    const args = n.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
    const builtin = fn?.type === "identifier" && (fn.text === "str" || fn.text === "unicode") && !model.lookup(fn.text, model.scopeOf(n));
    out = builtin && args.length === 1 && !["keyword_argument", "list_splat", "dictionary_splat"].includes(args[0].type) ? textChoices(args[0], model, depth + 1) : null;
  } else if (n.type === "identifier") {
    const bindings = reachingAssignments(model, n);
    out = [];
    for (const b of bindings ?? []) {
      const texts = b.value ? textChoices(b.value, model, depth + 1) : null;
      if (!texts) return null;
      out.push(...texts);
    }
    if (!bindings?.length) return null;
  }
  if (!out) return null;
  const unique = [...new Set(out)];
  return unique.length <= MAX_CHOICES ? unique : null;
}
function commandValues(template, leading, items, model) {
  const values = items.map((v) => templateValue(v, model));
  if (values[0] === null && items[0] && leading.test(literalText(template) ?? "")) values[0] = programNamed(items[0], model);
  return values;
}
function jarField(n, seg, model) {
  const at = seg.map ? seg.text.search(/-jar\s+\uE000/) : -1;
  if (at < 0) return [seg];
  const field = seg.text.indexOf(PLACEHOLDER, at);
  const interp = n.namedChildren.find((c) => c.type === "interpolation" && c.startIndex === seg.map[field]);
  const expr = interp?.namedChildren.find((c) => c.type !== "comment" && c.type !== "type_conversion" && c.type !== "format_specifier");
  const name = expr ? jarName(expr, model, 0) : null;
  if (!name) return [seg];
  return [
    { text: seg.text.slice(0, field), map: seg.map.slice(0, field), escape: seg.escape },
    { text: `${PLACEHOLDER}/${name}`, map: null, escape: () => null },
    { text: seg.text.slice(field + 1), map: seg.map.slice(field + 1), escape: seg.escape }
  ];
}
var JAR_PATH_FUNCTIONS = /* @__PURE__ */ new Set(["os.path.join", "os.path.abspath", "os.path.realpath", "posixpath.join"]);
function jarName(node, model, depth) {
  const n = unparenthesize(node);
  if (depth > 3) return null;
  let last = null;
  if (isStringNode(n)) last = n;
  else if (n.type === "binary_operator" && n.childForFieldName("operator")?.text === "/") last = n.childForFieldName("right");
  else if (n.type === "call") {
    const fn = n.childForFieldName("function");
    const args = n.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
    if (fn && (JAR_PATH_FUNCTIONS.has(model.qualifiedName(fn) ?? "") || fn.type === "identifier" && fn.text === "str" && args.length === 1)) last = args.at(-1) ?? null;
  } else if (n.type === "identifier") {
    const reaching = reachingAssignments(model, n);
    return reaching?.length === 1 && reaching[0].value ? jarName(reaching[0].value, model, depth + 1) : null;
  }
  if (!last) return null;
  if (!isStringNode(unparenthesize(last))) return last === n ? null : jarName(last, model, depth + 1);
  const text = literalText(unparenthesize(last));
  const base = text?.slice(Math.max(text.lastIndexOf("/"), text.lastIndexOf("\\")) + 1);
  return base && /^[\w.+-]+\.jar$/.test(base) ? base : null;
}
function leadingField(seg) {
  const at = seg.text.search(/\S/);
  return at >= 0 && seg.text[at] === PLACEHOLDER ? at : -1;
}
function filled(segments, kind, values) {
  return segments.length === 1 ? applyTemplateValues(segments[0], kind, values) : segments.map((s) => applyTemplate(s, kind));
}
function templateValue(node, model, depth = 0) {
  const v = unparenthesize(node);
  if (v.type === "integer") return v.text;
  if (v.type === "string") return literalText(v);
  if (v.type === "attribute" && model.qualifiedName(v) === "sys.executable") return "python";
  if (v.type === "conditional_expression" && depth < 2) {
    const [yes, test, no] = v.namedChildren.filter((c) => c.type !== "comment");
    const windows = test ? windowsTest(test, model) : null;
    if (windows === null || !yes || !no) return null;
    return templateValue(windows ? no : yes, model, depth + 1);
  }
  if (v.type === "identifier" && depth < 2) {
    const bindings = reachingAssignments(model, v);
    return bindings?.length === 1 && bindings[0].value ? templateValue(bindings[0].value, model, depth + 1) : null;
  }
  return null;
}
function windowsTest(test, model) {
  const t = unparenthesize(test);
  if (t.type === "comparison_operator" && t.namedChildren.length === 2) {
    const [left, right] = t.namedChildren;
    const op = t.text.slice(left.endIndex - t.startIndex, right.startIndex - t.startIndex).trim();
    const value = literalText(right);
    const subject = left.type === "call" ? left.childForFieldName("function") : left;
    const q = subject ? model.qualifiedName(subject) : null;
    const windows = q === "os.name" && value === "nt" || q === "sys.platform" && !!value && value.startsWith("win") || q === "platform.system" && value === "Windows";
    if (!windows) return null;
    return op === "==" ? true : op === "!=" ? false : null;
  }
  if (t.type === "call") {
    const fn = t.childForFieldName("function");
    const object = fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "startswith" ? fn.childForFieldName("object") : null;
    const arg = t.childForFieldName("arguments")?.namedChildren[0];
    return object && model.qualifiedName(object) === "sys.platform" && arg && literalText(arg) === "win" ? true : null;
  }
  return null;
}
function isStringNode(node) {
  const n = unparenthesize(node);
  return n.type === "string" || n.type === "concatenated_string";
}
function literalText(node) {
  const n = unparenthesize(node);
  if (n.type !== "string" && n.type !== "concatenated_string") return null;
  const segs = n.type === "string" ? [decodeString(n)] : n.namedChildren.map((c) => c.type === "string" ? decodeString(c) : null);
  if (segs.some((x) => !x)) return null;
  const text = segs.map((x) => x.text).join("");
  return text.includes(PLACEHOLDER) && [...text].every((c) => c === PLACEHOLDER) ? null : text;
}
var RANK2 = { none: 0, bounded: 1, unbounded: 2 };
var rank = (c) => RANK2[c.stdout] + RANK2[c.stderr];
var textOf2 = (node) => segmentsOf(node).map((s) => s.text).join("");

// src/python/command.ts
function commandOf(expr, model) {
  let source = sameText(unparenthesize(expr), model);
  let editable = true;
  if (source.type === "identifier") {
    const bindings = reachingAssignments(model, source);
    if (bindings) {
      const use = source;
      const louder = (a, b) => rank(classifyShell(textOf2(lineOf(b.value)))) > rank(classifyShell(textOf2(lineOf(a.value)))) ? b : a;
      const binding = bindings.reduce(louder);
      editable = bindings.length === 1 && reachedLoads(model, binding).every((load) => load.id === use.id);
      source = lineOf(binding.value);
    } else {
      const grown = grownLine(model, source);
      if (grown) return { expr, segments: grown, text: grown.map((s) => s.text).join(""), editable: false, source };
      editable = false;
    }
  }
  const segments = segmentsOf(source, model);
  if (segments.some((s) => s.map === null)) editable = editable && segments.length > 1;
  return { expr, segments, text: segments.map((s) => s.text).join(""), editable, source };
}
function grownLine(model, use) {
  const found = model.lookup(use.text, model.scopeOf(use));
  const before = (found?.bindings ?? []).filter((b) => b.node.startIndex < use.startIndex).sort((a, b) => a.node.startIndex - b.node.startIndex);
  const base = before[0];
  if (before.length < 2 || base?.kind !== "assign" || !base.value || base.node.parent?.type !== "assignment") return null;
  const segments = [...segmentsOf(lineOf(base.value), model)];
  for (const b of before.slice(1)) {
    const grow = b.node.parent;
    if (grow?.type !== "augmented_assignment" || grow.childForFieldName("left")?.id !== b.node.id || grow.childForFieldName("operator")?.text !== "+=") return null;
    const block = enclosingStatement(grow)?.parent;
    const always = !!block && use.startIndex >= block.startIndex && use.endIndex <= block.endIndex;
    segments.push(...always ? segmentsOf(grow.childForFieldName("right"), model) : [OPAQUE]);
  }
  return segments;
}
function lineOf(value) {
  const v = unparenthesize(value);
  if (v.type !== "list" && v.type !== "tuple") return value;
  return v.namedChildren.find((c) => c.type !== "comment") ?? value;
}
function sameText(n, model) {
  if (n.type !== "call") return n;
  const fn = n.childForFieldName("function");
  if (fn?.type !== "identifier" || fn.text !== "str" && fn.text !== "unicode" || model.lookup(fn.text, model.scopeOf(n))) return n;
  const args = n.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
  const only = args.length === 1 ? args[0] : null;
  return only && only.type !== "keyword_argument" && only.type !== "list_splat" && only.type !== "dictionary_splat" ? unparenthesize(only) : n;
}
function devnullEdits(command, pipes2) {
  if (command.editable) {
    const shellEdits = devnullShellEdits(command.text, parseShell(command.text), pipes2);
    const mapped = shellEdits && mapEdits(command, shellEdits);
    if (mapped) return mapped;
  }
  const expr = command.expr;
  return [{ start: expr.startIndex, end: expr.endIndex, content: `'{ %s\\n} ${redirectionFor(pipes2)}' % (${expr.text},)` }];
}
function backgroundEdits(command) {
  const script = parseShell(command.text);
  const sites = commandSites(script);
  if (sites && sites.length > 0 && sites.every((s) => s.background && !["out", "err"].includes(s.stdout) && !["out", "err"].includes(s.stderr))) return null;
  if (command.editable && script.ok && !script.hasHeredoc && script.list.items.length > 0) {
    const single = script.list.items.length === 1 && script.list.items[0].pipelines.length === 1 && !script.hasComment && !script.hasCompound && !script.placeholderCommand && !script.list.items[0].separator;
    let tail = command.text.length;
    while (tail > 0 && /\s/.test(command.text[tail - 1])) tail--;
    const closing = script.hasComment || script.placeholderCommand ? { start: tail, end: tail, content: "\n} >/dev/null 2>&1 &" } : { start: script.lastEnd, end: tail, content: "; } >/dev/null 2>&1 &" };
    const edits = single ? [{ start: script.lastEnd, end: tail, content: " >/dev/null 2>&1 &" }] : [{ start: script.firstStart, end: script.firstStart, content: "{ " }, closing];
    const fixed = parseShell(applyShellEdits(command.text, edits));
    const fixedSites = commandSites(fixed);
    const mapped = fixed.ok && !shellLeaks(fixed, [1, 2]) && fixedSites?.every((s) => s.background) ? mapEdits(command, edits) : null;
    if (mapped) return mapped;
  }
  const expr = command.expr;
  return [{ start: expr.startIndex, end: expr.endIndex, content: `'{ %s\\n} >/dev/null 2>&1 &' % (${expr.text},)` }];
}
function mapEdits(command, edits) {
  const out = [];
  const source = command.source ? unparenthesize(command.source) : null;
  const concatenation = source?.type === "binary_operator" && source.childForFieldName("operator")?.text === "+";
  for (const e of edits) {
    let offset = 0;
    let mapped = null;
    for (const seg of command.segments) {
      const segEnd = offset + seg.text.length;
      if (seg.map && e.start >= offset && e.end <= segEnd) {
        const content = seg.escape(e.content);
        if (content === null) return null;
        mapped = { start: seg.map[e.start - offset], end: seg.map[e.end - offset], content };
        break;
      }
      offset = segEnd;
    }
    if (!mapped && concatenation && source && e.start === e.end && !e.content.includes("'") && !e.content.includes("\\")) {
      const literal2 = `'${e.content.replace(/\n/g, "\\n")}'`;
      if (e.start === command.text.length) mapped = { start: source.endIndex, end: source.endIndex, content: ` + ${literal2}` };
      else if (e.start === 0) mapped = { start: source.startIndex, end: source.startIndex, content: `${literal2} + ` };
    }
    if (!mapped) return null;
    out.push(mapped);
  }
  return out;
}
function shellExitsAtOnce(args, model) {
  if (!args) return false;
  const n = unparenthesize(args);
  const first = n.type === "list" || n.type === "tuple" ? n.namedChildren.find((c) => c.type !== "comment") : n;
  return !!first && allInBackground(parseShell(commandOf(first, model).text));
}
function shellOutput(command) {
  return classifyShell(command.text);
}

// src/python/edit.ts
function detectIndentUnit(text) {
  let unit = "    ";
  let prevIndent = null;
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end > at && text[end - 1] === "\r" ? end - 1 : end);
    at = end + 1;
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    const indent = /^[ \t]*/.exec(line)[0];
    if (prevIndent !== null && indent.length > prevIndent.length && indent.startsWith(prevIndent)) {
      unit = indent.slice(prevIndent.length);
      break;
    }
    prevIndent = /:\s*(#.*)?$/.test(line) ? indent : null;
  }
  return unit;
}
var indentUnits = /* @__PURE__ */ new WeakMap();
function indentUnitOf(source) {
  let unit = indentUnits.get(source);
  if (unit === void 0) indentUnits.set(source, unit = detectIndentUnit(source.text));
  return unit;
}
function leadingWhitespace(source, offset) {
  const start = source.lineStart(offset);
  return /^[ \t]*/.exec(source.text.slice(start, offset + 1))[0];
}
function startsLine(source, node) {
  return source.text.slice(source.lineStart(node.startIndex), node.startIndex).trim() === "";
}
function ownLineIndent(source, stmt) {
  const line = leadingWhitespace(source, stmt.startIndex);
  const block = stmt.parent;
  let first = block?.firstNamedChild ?? null;
  while (first?.type === "comment") first = first.nextNamedSibling;
  if (block?.type === "block" && first && !startsLine(source, first)) return line + indentUnitOf(source);
  return line;
}
function canReplaceStatementWithBlock(source, stmt) {
  const text = source.text;
  let i = stmt.startIndex;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "	")) i--;
  const before = text[i - 1];
  return i === 0 || before === ";" || before === ":" || before === "\n" || before === "\r";
}
function replaceStatementWithBlock(source, stmt, lines) {
  if (!canReplaceStatementWithBlock(source, stmt)) return null;
  const nl = source.newline;
  const unit = indentUnitOf(source);
  const indent = ownLineIndent(source, stmt);
  const text = source.text;
  const edits = [];
  let i = stmt.startIndex;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "	")) i--;
  const before = text[i - 1];
  if (i > 0 && before === ";") {
    let j = i - 1;
    while (j > 0 && (text[j - 1] === " " || text[j - 1] === "	")) j--;
    edits.push({ start: j, end: stmt.startIndex, content: nl + indent });
  } else if (i > 0 && before === ":") {
    edits.push({ start: i, end: stmt.startIndex, content: nl + indent });
  }
  let k = stmt.endIndex;
  while (k < text.length && (text[k] === " " || text[k] === "	")) k++;
  if (text[k] === ";") {
    let m = k + 1;
    while (m < text.length && (text[m] === " " || text[m] === "	")) m++;
    const atEnd = m >= text.length || text[m] === "\n" || text[m] === "\r" || text[m] === "#";
    edits.push({ start: stmt.endIndex, end: m, content: atEnd ? text[m] === "#" ? "  " : "" : nl + indent });
  }
  const body = lines.map((l, n) => (n === 0 ? "" : indent + unit.repeat(l.depth)) + l.text).join(nl);
  edits.push({ start: stmt.startIndex, end: stmt.endIndex, content: body });
  return edits;
}
function insertStatementBefore(source, stmt, statement) {
  if (startsLine(source, stmt)) {
    const lineStart = source.lineStart(stmt.startIndex);
    const indent = leadingWhitespace(source, stmt.startIndex);
    return { start: lineStart, end: lineStart, content: indent + statement + source.newline };
  }
  return { start: stmt.startIndex, end: stmt.startIndex, content: `${statement}; ` };
}
function insertStatementAfter(source, stmt, statement) {
  const text = source.text;
  let k = stmt.endIndex;
  while (k < text.length && (text[k] === " " || text[k] === "	")) k++;
  const endsLine = k >= text.length || text[k] === "\n" || text[k] === "\r" || text[k] === "#";
  if (startsLine(source, stmt) && endsLine) {
    let eol = k;
    while (eol < text.length && text[eol] !== "\n" && text[eol] !== "\r") eol++;
    return { start: eol, end: eol, content: source.newline + ownLineIndent(source, stmt) + statement };
  }
  return { start: stmt.endIndex, end: stmt.endIndex, content: `; ${statement}` };
}
var freshNames = /* @__PURE__ */ new WeakMap();
function freshName(tree, base) {
  let cache3 = freshNames.get(tree);
  if (!cache3) freshNames.set(tree, cache3 = /* @__PURE__ */ new Map());
  let name = cache3.get(base);
  if (name === void 0) {
    const root = tree.rootNode;
    const text = root.text;
    const shift = root.startIndex;
    const used = /* @__PURE__ */ new Set();
    const re = new RegExp(`(?<![\\w\\u0080-\\uffff])${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:_\\d+)?(?![\\w\\u0080-\\uffff])`, "g");
    for (const m of text.matchAll(re)) {
      const start = shift + m.index;
      const node = root.descendantForIndex(start, start + m[0].length);
      if (!node || node.type === "module") throw new NeedsWiderParse(start);
      if (node.type === "identifier" && node.startIndex === start && node.endIndex === start + m[0].length) used.add(m[0]);
    }
    name = base;
    for (let i = 1; used.has(name); i++) name = `${base}_${i}`;
    cache3.set(base, name);
  }
  return name;
}
function subprocessModule(model, source, at) {
  for (const name of model.moduleAliases("subprocess")) {
    if (model.lookup(name, model.scopeOf(at))?.scope === model.module) return { name, edits: [] };
  }
  if (model.lookup("subprocess", model.scopeOf(at))) return null;
  let edits = importEdits.get(model);
  if (!edits) importEdits.set(model, edits = importSubprocess(model, source));
  return { name: "subprocess", edits };
}
var importEdits = /* @__PURE__ */ new WeakMap();
function importSubprocess(model, source) {
  let anchor = null;
  let first = null;
  for (let stmt = model.tree.rootNode.firstNamedChild; stmt; stmt = stmt.nextNamedSibling) {
    if (stmt.type === "comment") continue;
    first ??= stmt;
    const isDocstring = !anchor && stmt.type === "expression_statement" && stmt.firstNamedChild?.type === "string";
    if (isDocstring || stmt.type === "future_import_statement") anchor = stmt;
    else break;
  }
  const nl = source.newline;
  if (anchor) {
    const line = source.lineIndex(anchor.endIndex);
    const next = source.lineStarts[line + 1];
    if (next === void 0) return [{ start: source.text.length, end: source.text.length, content: `${nl}import subprocess${nl}` }];
    return [{ start: next, end: next, content: `import subprocess${nl}` }];
  }
  const at0 = first ? source.lineStart(first.startIndex) : source.text.length;
  return [{ start: at0, end: at0, content: `import subprocess${nl}` }];
}
function devnullFile(model, at) {
  const text = model.text;
  for (const m of text.matchAll(/([A-Za-z_]\w*)\s*=\s*open\(\s*(?:[\w.]+\.devnull|(['"])\/dev\/null\2)\s*,\s*(['"])wb?\3\s*\)/g)) {
    const id = model.tree.rootNode.descendantForIndex(m.index, m.index + m[1].length);
    if (!id || id.type !== "identifier" || !model.isBinding(id)) continue;
    const found = model.lookup(m[1], model.scopeOf(at));
    if (found?.bindings.length === 1 && found.bindings[0].node.id === id.id && id.startIndex < at.startIndex) return m[1];
  }
  for (const name of model.moduleAliases("os")) {
    if (model.lookup(name, model.scopeOf(at))?.scope === model.module) return `open(${name}.devnull, 'w')`;
  }
  return "open('/dev/null', 'w')";
}

// src/python/callers.ts
import path8 from "node:path";

// src/python/caller.ts
var argumentsOf = (c) => c.passed ?? c.call;

// src/python/method-callers.ts
import path7 from "node:path";
function methodCallers(root, files, defFile, wrapper, own, untraced) {
  const { name, method: className } = wrapper;
  const def = path7.resolve(defFile);
  const ownPath = own && path7.resolve(own.file);
  const calls = indexOf(root, files);
  const family = [{ file: def, name: className }, ...subclassesOf(root, defFile, className).map((c) => ({ file: c.file, name: c.name }))];
  const familyNames = new Set(family.map((c) => c.name));
  const familyFiles = new Set(family.map((c) => c.file));
  const out = [];
  for (const f of /* @__PURE__ */ new Set([...(calls.get(name) ?? []).map((x) => path7.resolve(x)), def])) {
    const mine = ownPath === f;
    if (!mine && !familyFiles.has(f) && !family.some((c) => importsFile(f, c.file))) {
      const text = textOf(f) ?? "";
      const at = untracedMention(text, name);
      if (at < 0) continue;
      untraced?.(f, text.slice(0, at).split("\n").length);
      return null;
    }
    const model = mine ? own.model : modelOf(f);
    if (!model) return null;
    const isClass = (expr) => family.some((c) => namesClass(model, f, c.file, c.name, expr));
    for (const id of model.occurrences(name)) {
      const parent = id.parent;
      if (parent?.type === "function_definition" && parent.childForFieldName("name")?.id === id.id) continue;
      const attr = parent?.type === "attribute" && parent.childForFieldName("attribute")?.id === id.id ? parent : null;
      const unknown2 = () => (untraced?.(f, id.startPosition.row + 1), null);
      if (!attr) {
        if (model.scopeOf(id).kind === "class") return unknown2();
        continue;
      }
      const object = attr.childForFieldName("object");
      const receiver = receiverOf(model, object, familyNames, isClass);
      if (receiver === "other") continue;
      if (receiver === null) return unknown2();
      const callee = outerExpression(attr);
      const call = callee.parent?.type === "call" && callee.parent.childForFieldName("function")?.id === callee.id ? callee.parent : null;
      const started = call ? null : startedTarget(attr);
      if (!call && !started) return unknown2();
      const shift = receiver === "class" && wrapper.bound === "instance" ? 1 : 0;
      const passed = started ? shifted(started.passed, shift) : shift ? shifted(callArguments(call), shift) : void 0;
      const at = call ?? started.call;
      out.push(passed ? { file: f, model, call: at, passed } : { file: f, model, call: at });
    }
  }
  return out;
}
function receiverOf(model, object, family, isClass) {
  const o = unparenthesize(object);
  const selfLike = o.type === "identifier" && (o.text === "self" || o.text === "cls") || o.type === "call" && o.childForFieldName("function")?.text === "super";
  if (selfLike) return family.has(enclosingClass(o)?.childForFieldName("name")?.text ?? "") ? "instance" : null;
  if (isClass(o)) return "class";
  if (isInstance(model, o, isClass)) return "instance";
  let root = o;
  while (root.type === "attribute") root = root.childForFieldName("object");
  if (root.type === "identifier") {
    const found = model.lookup(root.text, model.scopeOf(root));
    if (found?.bindings.length && found.bindings.every((b) => b.kind === "import" && isPlainImport(b.node))) return "other";
  }
  return null;
}
function isPlainImport(node) {
  for (let n = node; n; n = n.parent) {
    if (n.type === "import_statement") return true;
    if (n.type === "import_from_statement" || n.type === "module") return false;
  }
  return false;
}
function enclosingClass(node) {
  let n = node.parent;
  while (n && n.type !== "class_definition") n = n.parent;
  return n;
}
function isConstruction(expr, isClass) {
  const e = unparenthesize(expr);
  const fn = e.type === "call" ? e.childForFieldName("function") : null;
  return !!fn && isClass(fn);
}
function isInstance(model, o, isClass) {
  if (isConstruction(o, isClass)) return true;
  if (o.type === "identifier") {
    const found = model.lookup(o.text, model.scopeOf(o));
    return !!found && found.bindings.length > 0 && found.bindings.every((b) => b.kind === "assign" && !!b.value && b.node.parent?.type === "assignment" && isConstruction(b.value, isClass));
  }
  const object = o.type === "attribute" ? o.childForFieldName("object") : null;
  const attr = o.type === "attribute" ? o.childForFieldName("attribute")?.text : void 0;
  if (object?.type !== "identifier" || object.text !== "self" || !attr) return false;
  const cls = enclosingClass(o);
  if (!cls) return false;
  let stores = 0;
  for (const id of model.occurrences(attr)) {
    if (id.startIndex < cls.startIndex || id.endIndex > cls.endIndex) continue;
    const a = id.parent;
    if (a?.type !== "attribute" || a.childForFieldName("attribute")?.id !== id.id || a.childForFieldName("object")?.text !== "self") continue;
    const holder = a.parent;
    if (holder?.type === "assignment" && holder.childForFieldName("left")?.id === a.id) {
      const value = holder.childForFieldName("right");
      if (!value || !isConstruction(value, isClass)) return false;
      stores++;
    } else if (holder && (holder.type === "augmented_assignment" ? holder.childForFieldName("left")?.id === a.id : /pattern|^(tuple|list)$/.test(holder.type) && holder.parent?.type === "assignment")) return false;
  }
  return stores > 0;
}
function namesClass(model, file, classFile, name, expr) {
  if (path7.resolve(file) === classFile) {
    if (expr.type !== "identifier" || expr.text !== name) return false;
    const found = model.lookup(name, model.scopeOf(expr));
    return found?.scope === model.module && found.bindings.length === 1 && found.bindings[0].node.parent?.type === "class_definition";
  }
  const last = expr.type === "attribute" ? expr.childForFieldName("attribute")?.text : expr.type === "identifier" ? expr.text : void 0;
  if (last !== name) return false;
  const q = model.qualifiedName(expr);
  for (const { moduleName: moduleName2, target, qualifiedModule } of importTargets(model.text, file)) {
    if (path7.resolve(target) !== classFile) continue;
    if (q === `${qualifiedModule}.${name}`) return true;
    if (moduleName2.startsWith(".") && q === null && expr.type === "identifier" && !!model.lookup(name, model.scopeOf(expr))?.bindings.some((b) => b.kind === "other" && b.node.parent?.parent?.type === "import_from_statement")) return true;
  }
  return false;
}
function untracedMention(text, name) {
  const modules2 = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(/^[\uFEFF \t]*import[ \t]+([^\n#;]+)/gm)) {
    for (const part of m[1].split(",")) {
      const words = part.trim().split(/\s+/);
      modules2.add(words.length === 3 && words[1] === "as" ? words[2] : words[0].split(".")[0]);
    }
  }
  for (const m of text.matchAll(new RegExp(`([\\w)\\]]+)\\s*\\.\\s*${name}\\b`, "g"))) if (!modules2.has(m[1])) return m.index + m[0].length - name.length;
  return -1;
}
function callArguments(call) {
  const out = { positional: [], keywords: /* @__PURE__ */ new Map(), opaque: false };
  for (const a of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (a.type === "comment") continue;
    if (a.type === "list_splat" || a.type === "dictionary_splat") out.opaque = true;
    else if (a.type === "keyword_argument") out.keywords.set(a.childForFieldName("name").text, a.childForFieldName("value"));
    else out.positional.push(a);
  }
  return out;
}
var shifted = (p, by) => by ? { ...p, positional: p.positional.slice(by) } : p;
var MAX_GENERATIONS = 3;
function subclassesOf(root, defFile, className) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  let generation = [{ file: path7.resolve(defFile), name: className }];
  for (let depth = 0; depth < MAX_GENERATIONS && generation.length; depth++) {
    const next = [];
    for (const parent of generation) {
      for (const file of baseIndex.get(root).get(parent.name) ?? []) {
        const abs = path7.resolve(file);
        if (abs !== parent.file && !importsFile(file, parent.file)) continue;
        const model = modelOf(file);
        if (!model) continue;
        for (const id of model.occurrences(parent.name)) {
          const base = id.parent?.type === "attribute" && id.parent.childForFieldName("attribute")?.id === id.id ? id.parent : id;
          const cls = base.parent?.type === "argument_list" ? base.parent.parent : null;
          if (cls?.type !== "class_definition" || cls.childForFieldName("superclasses")?.id !== base.parent.id) continue;
          const name = cls.childForFieldName("name")?.text ?? "";
          const key2 = `${abs}:${name}`;
          if (seen.has(key2)) continue;
          seen.add(key2);
          next.push({ file: abs, name });
          out.push({ file: abs, name, model, cls });
        }
      }
    }
    generation = next;
  }
  return out;
}

// src/python/callers.ts
function projectCallers(defFile, name, own, method, untraced) {
  const root = callerRoot(defFile);
  const files = root && pythonFiles(root);
  if (!root || !files) return null;
  if (method?.method) return methodCallers(root, files, defFile, method, own, untraced);
  const def = path8.resolve(defFile);
  const ownPath = own && path8.resolve(own.file);
  const out = [];
  const indexed = indexOf(root, files).get(name) ?? [];
  const candidates = ownPath && !indexed.some((f) => path8.resolve(f) === ownPath) ? [...indexed, own.file] : indexed;
  for (const file of candidates) {
    const mine = ownPath !== void 0 && path8.resolve(file) === ownPath;
    const isDef = path8.resolve(file) === def;
    if (!isDef && !mine && !importsFile(file, def)) continue;
    const model = mine ? own.model : modelOf(file);
    if (!model) continue;
    const found = resolvedCalls(model, file, isDef ? /* @__PURE__ */ new Map([[name, true]]) : /* @__PURE__ */ new Map(), (target) => path8.resolve(target) === def ? /* @__PURE__ */ new Map([[name, true]]) : /* @__PURE__ */ new Map(), true);
    for (const { call, passed } of found) out.push(passed ? { file, model, call, passed } : { file, model, call });
  }
  return out;
}
var isTest = (file) => /(^|[\\/])(tests?|testing)[\\/]|(^|[\\/])test_[^\\/]*\.py$|_test\.py$/.test(file);
function judgeCallers(own, wrapper, classify, grows, harmless = () => false, returnsHandle = false) {
  return judgeChain(own, own.file, wrapper, classify, grows, harmless, returnsHandle, 0, /* @__PURE__ */ new Set([`${path8.resolve(own.file)}:${wrapper.method ?? ""}.${wrapper.name}`]));
}
function judgeChain(own, file, wrapper, classify, grows, harmless, returnsHandle, depth, seen) {
  const origin = own.file;
  let untraced = null;
  const callers = projectCallers(file, wrapper.name, own, wrapper, (f, line) => untraced = { file: f, line });
  const out = { growing: null, unlisted: null, started: null, unseen: 0, unseenOutsideTests: 0, unseenAt: null, unseenWhy: "unknown", count: 0 };
  const whereIn = (f, line) => `${path8.relative(path8.dirname(origin), f) || path8.basename(f)}:${line}`;
  const where = (c) => whereIn(c.file, c.call.startPosition.row + 1);
  const seenUntraced = untraced;
  if (!callers && seenUntraced) return { ...out, count: 1, unseen: 1, unseenOutsideTests: isTest(seenUntraced.file) ? 0 : 1, unseenAt: whereIn(seenUntraced.file, seenUntraced.line), unseenWhy: "receiver" };
  if (!callers || callers.length === 0) return null;
  const unseen = (c, why = "unknown") => {
    out.unseen++;
    if (!isTest(c.file)) out.unseenOutsideTests++;
    if (out.unseenAt === null) {
      out.unseenAt = where(c);
      out.unseenWhy = why;
    }
  };
  const better = (found, than) => !!found && (!than || isTest(than.file) && !isTest(found.file));
  for (const c of callers) {
    const args = argumentsOf(c);
    if (harmless(args)) continue;
    out.count++;
    if (opaqueArguments(args)) {
      unseen(c);
      continue;
    }
    const arg = passedArgument(args, wrapper.index, wrapper.paramName);
    const output = classify(c.model, arg);
    if (output.program === null && grows(output)) {
      const passedOn = !returnsHandle || !c.passed && outerExpression(c.call).parent?.type === "return_statement";
      const outer = depth + 1 < MAX_CHAIN && passedOn ? parameterOf(c.model, arg, true) : null;
      const key2 = outer && `${path8.resolve(c.file)}:${outer.method ?? ""}.${outer.name}`;
      const chained = outer && !seen.has(key2) ? judgeChain(own, c.file, outer, classify, grows, () => false, returnsHandle, depth + 1, seen.add(key2)) : null;
      if (!chained) {
        unseen(c, !passedOn && parameterOf(c.model, arg, true) ? "keeps" : "unknown");
        continue;
      }
      out.count += chained.count - 1;
      out.unseen += chained.unseen;
      out.unseenOutsideTests += chained.unseenOutsideTests;
      if (out.unseenAt === null && chained.unseenAt !== null) {
        out.unseenAt = chained.unseenAt;
        out.unseenWhy = chained.unseenWhy;
      }
      if (better(chained.growing, out.growing)) out.growing = chained.growing;
      if (better(chained.unlisted, out.unlisted)) out.unlisted = chained.unlisted;
      if (better(chained.started, out.started)) out.started = chained.started;
    } else if (grows(output)) {
      const found = { output, at: where(c), fn: wrapper.name, file: c.file };
      if (better(found, out.growing)) out.growing = found;
      if ((output.program === null || !isListed(output.program)) && better(found, out.unlisted)) out.unlisted = found;
      if (c.passed && better(found, out.started)) out.started = found;
    }
  }
  return out;
}
function unseenCallers(file, wrapper, judged) {
  if (judged?.unseenAt && judged.unseenWhy === "receiver") return `${wrapper.name}() runs its parameter \`${wrapper.paramName}\`, and it is reached at ${judged.unseenAt} in a way this run cannot follow (on an object of no known class, or handed on), with any command`;
  if (judged?.unseenAt && judged.unseenWhy === "keeps") return `${wrapper.name}() runs its parameter \`${wrapper.paramName}\`, and the caller at ${judged.unseenAt} passes on a command it was given and keeps the process`;
  if (judged?.unseenAt) return `${wrapper.name}() runs its parameter \`${wrapper.paramName}\`, and the caller at ${judged.unseenAt} passes a command not known statically`;
  if (judged) return "the command is not known statically";
  const root = callerRoot(file);
  if (root && pythonFiles(root)) return `${wrapper.name}() runs its parameter \`${wrapper.paramName}\`, and no caller in this repository shows the command`;
  return `${wrapper.name}() runs its parameter \`${wrapper.paramName}\`, whose callers this run cannot see: no repository around the file, or an installed library`;
}
function subclassAttributeUses(defFile, className, attr) {
  const root = callerRoot(defFile);
  const files = root && pythonFiles(root);
  if (!root || !files) return null;
  indexOf(root, files);
  const out = [];
  for (const { file, name, model, cls } of subclassesOf(root, defFile, className)) {
    if (file === path8.resolve(defFile)) continue;
    for (const id of model.occurrences(attr)) {
      const ref = id.parent;
      if (ref?.type !== "attribute" || ref.childForFieldName("attribute")?.id !== id.id || id.startIndex < cls.startIndex || id.endIndex > cls.endIndex) continue;
      if (ref.childForFieldName("object")?.text !== "self") continue;
      let fn = ref.parent;
      while (fn && fn.type !== "function_definition") fn = fn.parent;
      out.push({ file, where: `${name}.${fn?.childForFieldName("name")?.text ?? ""}`, ref });
    }
  }
  return out;
}
function topLevelDef(model, name) {
  const defs = model.tree.rootNode.namedChildren.map((c) => c.type === "decorated_definition" ? c.childForFieldName("definition") : c).filter((d) => d?.type === "function_definition" && d.childForFieldName("name")?.text === name);
  return defs.length === 1 ? defs[0] : null;
}
function projectFunction(fromFile, qualified) {
  const dot = qualified.lastIndexOf(".");
  if (dot <= 0) return null;
  const name = qualified.slice(dot + 1);
  const moduleName2 = qualified.slice(0, dot);
  const target = resolveModule(fromFile, moduleName2);
  if (target) {
    const model = modelOf(target);
    const def = model && topLevelDef(model, name);
    return def ? { file: target, model, def } : null;
  }
  const root = callerRoot(fromFile);
  const files = root && pythonFiles(root);
  if (!root || !files) return null;
  const stem = moduleName2.slice(moduleName2.lastIndexOf(".") + 1);
  const found = [];
  for (const file of indexOf(root, files).get(name) ?? []) {
    if (path8.basename(file) !== `${stem}.py`) continue;
    const model = modelOf(file);
    const def = model && topLevelDef(model, name);
    if (def) found.push({ file, model, def });
  }
  return found.length === 1 ? found[0] : null;
}

// src/knowledge/runtimes.ts
var PY3_POPEN_DROPPED = "the pipe stays open: the child finishes, or blocks at 64 KiB";
var PYTHON_RUNTIMES = [
  {
    label: "Python 2.7",
    min: [2, 0],
    max: [2, 7],
    popenDropped: "closed-at-once",
    childSigpipe: "ignored",
    closeFdsDefault: false,
    table: {
      osPopenDropped: "read end closed at once, then `pclose()` waits for the child; the child inherits SIGPIPE ignored, so its writes fail with EPIPE: a Python child dies (`IOError: [Errno 32] Broken pipe`), most shell tools print an error and finish",
      popenDropped: "the pipe stays open (the object is kept in `subprocess._active`): the child finishes, or blocks at 64 KiB"
    }
  },
  {
    label: "Python 3.6\u20133.9",
    min: [3, 0],
    max: [3, 9],
    popenDropped: "closed-at-once",
    childSigpipe: "default",
    closeFdsDefault: true,
    table: {
      osPopenDropped: "read end closed at once, SIGPIPE restored: the child is killed at its next write",
      popenDropped: PY3_POPEN_DROPPED
    }
  },
  {
    label: "Python 3.10+",
    min: [3, 10],
    max: null,
    popenDropped: "open-until-exit",
    childSigpipe: "default",
    closeFdsDefault: true,
    table: {
      osPopenDropped: "the pipe stays open until the parent exits: the child blocks at 64 KiB, and is killed at its next write once the parent has exited",
      popenDropped: PY3_POPEN_DROPPED
    }
  }
];
function runtimesIn(target) {
  return PYTHON_RUNTIMES.filter((r) => targetIncludes(target, r.min, r.max));
}
var PYTHON_PROGRAMS = /^(python|pypy)/;
function dies(program, sigpipe) {
  if (program && PYTHON_PROGRAMS.test(program)) return sigpipe === "ignored" ? "dies of `IOError: [Errno 32] Broken pipe`" : "dies of `BrokenPipeError`";
  if (sigpipe === "ignored") return "gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error)";
  return program ? "is killed by SIGPIPE" : "is killed by SIGPIPE (a Python child: `BrokenPipeError`)";
}
function groupByText(parts) {
  const groups = [];
  for (const p of parts) {
    const g = groups.find((x) => x.text === p.text);
    if (g) g.labels.push(p.label.replace(/^Python /, ""));
    else groups.push({ labels: [p.label], text: p.text });
  }
  return groups.map((g) => `on ${g.labels.join(", ")} ${g.text}`).join("; ");
}
function pipeHazard(pattern, target, output, command, lifetime, statusUsed = false) {
  const runtimes = runtimesIn(target);
  const who = command.subject ?? (command.program ? `\`${command.program}\`` : "the command");
  const exits = lifetime === "short" ? "once this script has exited" : "if the program exits first";
  const parts = [];
  for (const r of runtimes) {
    const d = dies(command.program, r.childSigpipe);
    const runsOn = r.childSigpipe === "ignored" && !!command.ignoresWriteErrors;
    let text = null;
    if (output === "unbounded") {
      switch (pattern) {
        case "os-popen-dropped":
          if (runsOn && r.popenDropped === "closed-at-once") break;
          text = r.popenDropped === "closed-at-once" ? `the pipe is closed at once: ${who} ${d} at its next write` : `the pipe stays open: ${who} blocks once it has written 64 KiB, and ${d} at its next write ${exits}`;
          break;
        case "closed-unread":
          if (!runsOn) text = `${who} ${d} at its next write`;
          break;
        case "held-unread":
          text = `${who} blocks once it has written 64 KiB, and ${d} at its next write once the handle is closed`;
          break;
        case "dropped-open":
          text = `the pipe stays open: ${who} blocks once it has written 64 KiB, and ${d} at its next write ${exits}`;
          break;
        case "waited":
          text = `${who} blocks once it has written 64 KiB while the parent waits for it: a deadlock`;
          break;
        case "background-dropped":
          if (!runsOn) text = `${who} ${d} at its next write`;
          break;
        case "handed-held":
          text = `${who} gets no SIGPIPE (nor EPIPE) while this process holds a read end, and blocks once it has written 64 KiB`;
          break;
      }
    } else if (output === "bounded" && statusUsed && (pattern === "closed-unread" || pattern === "held-unread" || pattern === "os-popen-dropped")) {
      text = r.childSigpipe === "ignored" ? `the pipe may close before ${who} writes: its write fails and the exit status is not its own` : `the pipe may close before ${who} writes: it is killed by SIGPIPE and the exit status says so instead of its own`;
    }
    if (text) parts.push({ label: r.label, text });
  }
  if (parts.length === 0) return { breaks: false, how: "", evidence: commandEvidence(command) };
  const evidence = hazardEvidence(pattern, output, command);
  const lead = pattern === "background-dropped" ? "the shell exits at once, leaving the command running in the background, and the pipe closes under it when the dropped Popen is reaped (at the next subprocess call, or at exit): " : "";
  if (pattern !== "os-popen-dropped" && parts.length === runtimes.length && parts.every((p) => p.text === parts[0].text)) return { breaks: true, how: lead + parts[0].text, evidence };
  return { breaks: true, how: lead + groupByText(parts), evidence };
}
function hazardEvidence(pattern, output, command) {
  if (command.subject) return "lives-on";
  const own = commandEvidence(command);
  if (own === "grows") return output === "unbounded" ? "grows" : "any-size";
  return pattern === "waited" || pattern === "handed-held" ? deadlockEvidence(command) : own;
}

// src/reproduction.ts
var ARTICLE_CHILD = `import sys, time
time.sleep(0.3)
sys.stdout.write('1000' * 1024)
sys.stdout.flush()
open('marker', 'w').write('done')
`;

// rules/pop001-popen-result-discarded.ts
function droppedPopens(ctx) {
  const out = [];
  for (const { call, qualified } of callsTo(ctx.model, POPEN_FUNCTIONS)) {
    const dropped = droppedUse(call);
    if (!dropped || isWriteModePopen(call)) continue;
    const cmdArg = argument(call, 0, "cmd");
    if (!cmdArg) continue;
    const command = commandOf(cmdArg, ctx.model);
    let output = shellOutput(command);
    if (output.program === null) {
      const wrapper = parameterOf(ctx.model, cmdArg);
      const judged = wrapper && judgeCallers({ file: ctx.path, model: ctx.model }, wrapper, (m, a) => a ? shellOutput(commandOf(a, m)) : shellOutput(commandOf(cmdArg, ctx.model)), (o) => canFill(o.stdout));
      const inside = !!judged && [...wrapperSummaries(ctx.model).values()].some((s) => s.internal?.opener.id === call.id);
      const shown2 = inside ? judged.unlisted ?? judged.started : judged?.growing;
      if (shown2) output = { ...shown2.output, evidence: `${shown2.output.evidence}, passed to ${shown2.fn}() at ${shown2.at}` };
      else if (judged && judged.unseen === 0) output = { stdout: "bounded", stderr: "bounded", program: wrapper.name, evidence: judged.growing ? `every caller of \`${wrapper.name}()\` whose command can grow is reported where it calls` : `every caller of \`${wrapper.name}()\` passes a command that prints little` };
      else if (wrapper) output = { ...output, evidence: unseenCallers(ctx.path, wrapper, judged) };
    }
    const pattern = dropped.kind === "close" || dropped.kind === "with" ? "closed-unread" : "os-popen-dropped";
    const statusUsed = dropped.kind === "close" && dropped.statement === null;
    const hazard = pipeHazard(pattern, ctx.versions, output.stdout, output, parentLifetime(ctx.model, call), statusUsed);
    out.push({ call, qualified, dropped, command, output, pattern, statusUsed, hazard });
  }
  out.push(...threadTargets(ctx));
  for (const w of wrapperCalls(ctx.model, ctx.path)) {
    if (w.summary.opener !== "os.popen") continue;
    const internal = w.summary.internal;
    if (internal) {
      const inner = droppedUse(internal.opener);
      const cmdArg2 = argument(w.call, w.summary.param, w.summary.paramName);
      if (!inner || !cmdArg2 || isWriteModePopen(internal.opener)) continue;
      const command2 = { ...commandOf(cmdArg2, ctx.model), editable: false };
      const output2 = shellOutput(command2);
      if (output2.program === null || !isListed(output2.program)) continue;
      const pattern2 = inner.kind === "close" || inner.kind === "with" ? "closed-unread" : "os-popen-dropped";
      const hazard2 = pipeHazard(pattern2, ctx.versions, output2.stdout, output2, parentLifetime(ctx.model, w.call), false);
      out.push({ call: w.call, qualified: `os.popen() in ${internalName(w.summary, internal)} (${w.where}): the pipe`, dropped: { kind: "expression", statement: null }, command: command2, output: output2, pattern: pattern2, statusUsed: false, hazard: hazard2, wrapper: true });
      continue;
    }
    const dropped = droppedUse(w.call);
    const cmdArg = dropped && argument(w.call, w.summary.param, w.summary.paramName);
    if (!dropped || !cmdArg) continue;
    const command = commandOf(cmdArg, ctx.model);
    const output = shellOutput(command);
    const pattern = dropped.kind === "close" || dropped.kind === "with" ? "closed-unread" : "os-popen-dropped";
    const statusUsed = dropped.kind === "close" && dropped.statement === null;
    const hazard = pipeHazard(pattern, ctx.versions, output.stdout, output, parentLifetime(ctx.model, w.call), statusUsed);
    out.push({ call: w.call, qualified: `os.popen() returned by ${w.summary.name}() (${w.where}): the pipe`, dropped: { kind: "expression", statement: null }, command, output, pattern, statusUsed, hazard, wrapper: true });
  }
  return out.sort((a, b) => a.call.startIndex - b.call.startIndex);
}
function threadTargets(ctx) {
  const out = [];
  for (const { call } of callsTo(ctx.model, /* @__PURE__ */ new Set(["threading.Thread"]))) {
    const target = argument(call, 1, "target");
    const qualified = target ? ctx.model.qualifiedName(target) : null;
    if (!qualified || !POPEN_FUNCTIONS.has(qualified)) continue;
    const args = argument(call, 3, "args");
    const first = args && (args.type === "tuple" || args.type === "list") ? args.namedChildren.find((c) => c.type !== "comment") : null;
    if (!first) continue;
    const command = { ...commandOf(first, ctx.model), editable: false };
    const output = shellOutput(command);
    const hazard = pipeHazard("os-popen-dropped", ctx.versions, output.stdout, output, parentLifetime(ctx.model, call));
    out.push({ call, qualified, dropped: { kind: "expression", statement: null }, command, output, pattern: "os-popen-dropped", statusUsed: false, hazard, thread: true });
  }
  return out;
}
function subprocessFix(ctx, call, target, command, check = false) {
  const sp = subprocessModule(ctx.model, ctx.source, call);
  if (!sp) return null;
  const description = check ? "Run the command with subprocess, stdout to /dev/null, wait for it, and raise if it fails" : "Run the command with subprocess, stdout to /dev/null, and wait for it";
  return lazyFix({ strategy: "subprocess", applicability: "unsafe", description }, () => {
    const cmd = command.expr.text;
    const devnull = includesBefore(ctx.versions, [3, 3]) ? devnullFile(ctx.model, call) : `${sp.name}.DEVNULL`;
    const old = includesBefore(ctx.versions, [3, 5]);
    const fn = old ? check ? "check_call" : "call" : "run";
    const checked = check && !old ? ", check=True" : "";
    return [...sp.edits, { start: target.startIndex, end: target.endIndex, content: `${sp.name}.${fn}(${cmd}, shell=True, stdout=${devnull}${checked})` }];
  });
}
function backgroundFix(ctx, d) {
  if (!includesPython2(ctx.versions) || d.wrapper || d.thread || d.statusUsed || d.dropped.kind === "with") return null;
  const edits = backgroundEdits(d.command);
  if (!edits) return null;
  return { strategy: "background", applicability: "unsafe", description: "Run the command in the background, its output on /dev/null: the parent no longer waits for it (on Python 2 closing the pipe did)", edits };
}
function popenBackgroundFix(ctx, d) {
  if (!includesPython2(ctx.versions) || d.wrapper || d.thread || d.statusUsed) return null;
  const statement = d.dropped.kind === "statement" || d.dropped.kind === "underscore" || d.dropped.kind === "close" ? d.dropped.statement : null;
  if (!statement) return null;
  const target = d.dropped.kind === "close" ? d.dropped.closeCall : d.call;
  const sp = subprocessModule(ctx.model, ctx.source, d.call);
  if (!sp) return null;
  return lazyFix({ strategy: "background", applicability: "unsafe", description: "Start the command with subprocess.Popen, stdout to /dev/null, and let it run: the parent no longer waits for it (on Python 2 closing the pipe did)" }, () => {
    const devnull = includesBefore(ctx.versions, [3, 3]) ? devnullFile(ctx.model, d.call) : `${sp.name}.DEVNULL`;
    return [...sp.edits, { start: target.startIndex, end: target.endIndex, content: `${sp.name}.Popen(${d.command.expr.text}, shell=True, stdout=${devnull})` }];
  });
}
function fixes(ctx, call, dropped, command) {
  const out = [];
  const devnullDescription = includesPython2(ctx.versions) ? "Redirect the command's stdout to /dev/null (on Python 2 the parent still waits for it when the pipe is collected)" : "Redirect the command's stdout to /dev/null";
  out.push(lazyFix({ strategy: "devnull", applicability: "safe", description: devnullDescription }, () => devnullEdits(command, [1])));
  const statement = dropped.kind === "with" || dropped.kind === "expression" ? null : dropped.statement;
  if (statement) {
    if (canReplaceStatementWithBlock(ctx.source, statement)) {
      out.push(lazyFix({ strategy: "read", applicability: "unsafe", description: "Read the whole output in a with-block" }, () => {
        const name = freshName(ctx.tree, "pipe");
        return replaceStatementWithBlock(ctx.source, statement, [
          { depth: 0, text: `with ${call.text} as ${name}:` },
          { depth: 1, text: `${name}.read()` }
        ]);
      }));
    }
  } else if (dropped.kind === "with") {
    const body = dropped.statement.childForFieldName("body");
    let first = body?.firstNamedChild ?? null;
    while (first?.type === "comment") first = first.nextNamedSibling;
    if (first) {
      const firstStatement = first;
      out.push(lazyFix({ strategy: "read", applicability: "unsafe", description: "Read the whole output in the with-block" }, () => {
        const name = freshName(ctx.tree, "pipe");
        return [
          { start: dropped.item.endIndex, end: dropped.item.endIndex, content: ` as ${name}` },
          insertStatementBefore(ctx.source, firstStatement, `${name}.read()`)
        ];
      }));
    }
  }
  if (statement) {
    const fix = subprocessFix(ctx, call, dropped.kind === "close" ? dropped.closeCall : call, command);
    if (fix) out.push(fix);
  }
  return out;
}
var rule = {
  meta: {
    id: "POP001",
    name: "popen-result-discarded",
    language: "python",
    summary: "os.popen() result dropped while its command can still write: it is killed half-way or blocks",
    defaultEnabled: true,
    severity: "error",
    strategies: ["devnull", "read", "subprocess", "background"],
    needles: ["popen"],
    resolves: ["os.popen", "platform.popen"],
    docs: {
      whatItDoes: "Checks for `os.popen(cmd)` (also `platform.popen`, in any import spelling) whose returned pipe is thrown away - a bare statement, `_ = ...`, a `with` without `as`, or `.close()` chained on the call - when the command can write more than the pipe holds. What the command writes comes from popenlint's command knowledge: `iptables -A`, `kill`, `cp` print nothing and are not reported (see POP008); interpreters, builds, `tar -v`, capture tools and unknown commands are. A `.close()` whose exit status is used is reported for any command that prints: the pipe may close before the command writes, and the status is then SIGPIPE's.",
      whyIsThisBad: "`os.popen` connects the command's stdout to a pipe whose only read end is the file object it returns. What happens when that object is dropped depends on the runtime: on Python 2.7 the pipe is closed at once and the command's writes fail (a Python child dies of `IOError: [Errno 32] Broken pipe`, the article); on 3.6-3.9 it is closed at once and the command is killed by SIGPIPE at its next write; on 3.10+ the pipe stays open until the parent exits, so the command blocks once it has written 64 KiB, and is killed at its next write once the parent has exited. Either way the command stops half-way, at a different point each run, and the parent never hears of it. The message says what happens on the file's target versions. Commands whose stdout is already redirected (`cmd >/dev/null 2>&1`) and write-mode `os.popen(cmd, 'w')` are not reported; a backgrounded `nohup job.sh &` is, because the background job keeps the pipe as its stdout.",
      example: "import os\ncmd = 'python test.py'\nos.popen(cmd)\n",
      useInstead: "import os\ncmd = 'python test.py >/dev/null'\nos.popen(cmd)\n",
      fixSafety: "`devnull` (safe): redirects the command's stdout to /dev/null inside the shell string; the command stays fire-and-forget and simply has no pipe to break (on Python 2 the parent still waits for it when the pipe is collected, as it did before). Compound commands are grouped (`{ a; b; } >/dev/null`), a trailing `&` stays last, templates keep their placeholders, and a non-literal command is wrapped as `'{ %s\\n} >/dev/null' % (cmd,)`.\n`read` (unsafe): `with os.popen(cmd) as pipe: pipe.read()`, the article's fix; the parent now waits for the command to finish.\n`subprocess` (unsafe): `subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL)`; when the target includes Python 3.4 or older `subprocess.call`, and before 3.3 (Python 2 included) an open devnull - a handle already in scope (`DN = open(os.devnull, 'w')`) is reused, else `open(os.devnull, 'w')`. The parent waits, and `import subprocess` is added once or an existing alias reused.\n`background` (unsafe), offered when the target includes Python 2, where closing the dropped pipe (`pclose()`) waits for the command: `cmd >/dev/null 2>&1 &`, so that a call meant to fire and forget no longer holds the parent until the command ends (code after it may have relied on that).",
      reproduction: {
        files: {
          "child.py": ARTICLE_CHILD,
          "task.py": "import os, sys\nos.popen(sys.executable + ' child.py')\n"
        },
        run: "python3 task.py; for i in $(seq 50); do [ -e marker ] && break; sleep 0.1; done; ls marker",
        shows: "BrokenPipeError|No such file",
        says: "BrokenPipeError in the child and no marker: it died half-way through its work",
        fix: "task.py"
      },
      references: [
        "https://docs.python.org/3/library/os.html#os.popen",
        "https://docs.python.org/2/library/os.html#os.popen",
        "https://man7.org/linux/man-pages/man7/pipe.7.html"
      ]
    }
  },
  check(ctx) {
    for (const d of droppedPopens(ctx)) {
      if (!d.hazard.breaks) continue;
      const how = d.pattern === "closed-unread" ? "closed unread" : "dropped";
      const subject = d.wrapper ? `output pipe of ${d.qualified}` : `output pipe of ${d.qualified}()`;
      const all = fixes(ctx, d.call, d.dropped, d.command);
      const background = backgroundFix(ctx, d);
      if (background) all.push(background);
      ctx.report(d.call, { message: `${subject} is ${how} (${d.output.evidence}): ${d.hazard.how}`, fixes: all, evidence: d.hazard.evidence });
    }
  }
};

// src/python/stored.ts
var STREAM_ATTRIBUTES = /* @__PURE__ */ new Set(["stdout", "stderr"]);
var STORE_METHODS = /* @__PURE__ */ new Set(["append", "appendleft", "add", "insert"]);
var NEUTRAL_METHODS = /* @__PURE__ */ new Set(["append", "appendleft", "add", "insert", "clear", "keys"]);
var TAKE_METHODS = /* @__PURE__ */ new Set(["pop", "popleft", "get", "popitem"]);
var LITERALS = /* @__PURE__ */ new Set(["list", "set", "tuple", "list_comprehension", "set_comprehension"]);
var DICTS = /* @__PURE__ */ new Set(["dictionary", "dictionary_comprehension"]);
function storedName(model, call) {
  const handle = handleUses(model, call);
  if (handle?.uses.length !== 1) return null;
  const ref = outerExpression(handle.uses[0].ref);
  const args = ref.parent;
  return args?.type === "argument_list" && args.namedChildren.length === 1 ? ref : null;
}
function containerOf(model, call) {
  const expr = storedName(model, call) ?? outerExpression(call);
  const parent = expr.parent;
  if (!parent) return null;
  const holder = (n) => n && (n.type === "identifier" || isSelfAttribute(n)) ? n : null;
  if (parent.type === "assignment" && parent.childForFieldName("right")?.id === expr.id) {
    const left = parent.childForFieldName("left");
    if (left?.type !== "subscript") return null;
    const c2 = holder(left.childForFieldName("value"));
    return c2 && { container: c2, statement: statementAbove(parent) };
  }
  if (parent.type === "argument_list") {
    const call2 = parent.parent;
    const fn = call2?.childForFieldName("function");
    if (call2?.type !== "call" || fn?.type !== "attribute" || !STORE_METHODS.has(fn.childForFieldName("attribute")?.text ?? "")) return null;
    if (outerExpression(call2).parent?.type !== "expression_statement") return null;
    const c2 = holder(fn.childForFieldName("object"));
    return c2 && { container: c2, statement: outerExpression(call2).parent };
  }
  let literal2 = null;
  if (LITERALS.has(parent.type)) literal2 = parent;
  else if (parent.type === "pair" && parent.childForFieldName("value")?.id === expr.id && parent.parent && DICTS.has(parent.parent.type)) literal2 = parent.parent;
  if (!literal2) return null;
  const outer = outerExpression(literal2);
  const assign = outer.parent;
  if (assign?.type !== "assignment" || assign.childForFieldName("right")?.id !== outer.id) return null;
  const c = holder(assign.childForFieldName("left"));
  return c && { container: c, statement: statementAbove(assign) };
}
function isSelfAttribute(n) {
  return n.type === "attribute" && n.childForFieldName("object")?.type === "identifier" && n.childForFieldName("attribute")?.type === "identifier";
}
function statementAbove(n) {
  return n.parent?.type === "expression_statement" ? n.parent : null;
}
function uses(model, container) {
  if (container.type === "identifier") return model.occurrences(container.text).filter((id) => id.id !== container.id && !(id.parent?.type === "attribute" && id.parent.childForFieldName("attribute")?.id === id.id) && !(id.parent?.type === "keyword_argument" && id.parent.childForFieldName("name")?.id === id.id));
  const name = container.childForFieldName("attribute").text;
  const out = [];
  for (const id of model.occurrences(name)) {
    const p = id.parent;
    if (p?.type === "attribute" && p.childForFieldName("attribute")?.id === id.id && p.id !== container.id) out.push(p);
  }
  return out;
}
function loopElementEvents(model, loop, pairs, origin, element) {
  let target = loop.childForFieldName("left");
  if (pairs) {
    if (target?.type !== "pattern_list" && target?.type !== "tuple_pattern") return null;
    const parts = target.namedChildren;
    target = parts.length === 2 ? parts[1] : null;
  }
  if (target?.type !== "identifier") return null;
  const region = loop.type === "for_statement" ? loop.childForFieldName("body") : loop.parent;
  if (!region) return null;
  const events = [];
  for (const id of model.occurrences(target.text)) {
    if (id.id === target.id || id.startIndex < region.startIndex || id.endIndex > region.endIndex) continue;
    if (model.isBinding(id)) return null;
    events.push(element(id, origin));
  }
  return events;
}
function useEvents(model, use, origin, element) {
  const e = outerExpression(use);
  const parent = e.parent;
  if (!parent) return null;
  switch (parent.type) {
    case "subscript": {
      if (parent.childForFieldName("value")?.id !== e.id) return [];
      const up = outerExpression(parent).parent;
      if (up?.type === "assignment" && up.childForFieldName("left")?.id === outerExpression(parent).id) return [];
      if (up?.type === "delete_statement") return [];
      return [element(parent, origin)];
    }
    case "attribute": {
      if (parent.childForFieldName("object")?.id !== e.id) return null;
      const method = parent.childForFieldName("attribute")?.text ?? "";
      const call = outerExpression(parent).parent;
      if (call?.type !== "call" || call.childForFieldName("function")?.id !== outerExpression(parent).id) return null;
      if (NEUTRAL_METHODS.has(method)) return [];
      if (TAKE_METHODS.has(method)) return outerExpression(call).parent?.type === "expression_statement" ? [] : [element(call, origin)];
      const loop = outerExpression(call).parent;
      if ((method === "values" || method === "items") && (loop?.type === "for_statement" || loop?.type === "for_in_clause") && loop.childForFieldName("right")?.id === outerExpression(call).id) {
        return loopElementEvents(model, loop, method === "items", origin, element);
      }
      return null;
    }
    case "for_statement":
    case "for_in_clause":
      return parent.childForFieldName("right")?.id === e.id ? loopElementEvents(model, parent, false, origin, element) : null;
    case "argument_list": {
      const fn = parent.parent?.childForFieldName("function");
      return fn?.type === "identifier" && fn.text === "len" && parent.namedChildren.length === 1 ? [] : null;
    }
    case "assignment":
    case "augmented_assignment":
      return parent.childForFieldName("left")?.id === e.id ? [] : null;
    case "if_statement":
    case "elif_clause":
    case "while_statement":
      return parent.childForFieldName("condition")?.id === e.id ? [] : null;
    case "not_operator":
    case "comparison_operator":
    case "boolean_operator":
    case "delete_statement":
    case "global_statement":
    case "nonlocal_statement":
      return [];
    default:
      return null;
  }
}
function storedInContainer(model, call, element = handleEvent) {
  const found = containerOf(model, call);
  if (!found) return null;
  const events = [];
  for (const use of uses(model, found.container)) {
    const evs = useEvents(model, use, call, element);
    if (!evs) return null;
    events.push(...evs);
  }
  events.sort((a, b) => a.node.startIndex - b.node.startIndex);
  return { holder: found.container.text, events, statement: found.statement };
}
function storedOnAttribute(model, call, element = handleEvent) {
  const expr = outerExpression(call);
  const assign = expr.parent;
  if (assign?.type !== "assignment" || assign.childForFieldName("right")?.id !== expr.id) return null;
  const left = assign.childForFieldName("left");
  if (left?.type !== "attribute") return null;
  const attr = left.childForFieldName("attribute");
  if (STREAM_ATTRIBUTES.has(attr.text)) return null;
  const events = [];
  for (const id of model.occurrences(attr.text)) {
    const parent = id.parent;
    if (parent?.type !== "attribute" || parent.childForFieldName("attribute")?.id !== id.id || parent.id === left.id) continue;
    const up = outerExpression(parent).parent;
    if (up?.type === "assignment" && up.childForFieldName("left")?.id === outerExpression(parent).id) continue;
    events.push(element(parent, call));
  }
  return { holder: left.text, events, statement: statementAbove(assign) };
}

// rules/pop002-popen-output-never-read.ts
function isNonReading(use) {
  return use.kind === "method" && use.name === "close" || use.kind === "neutral";
}
function storedUnread(model, call) {
  let statusUsed = false;
  const element = (ref) => {
    const use = classifyUse(ref);
    if (use.kind === "method" && use.name === "close" && !ownStatement(use.call)) statusUsed = true;
    return isNonReading(use) ? { kind: "neutral", node: ref } : { kind: "escape", node: ref };
  };
  const stored = storedOnAttribute(model, call, element) ?? storedInContainer(model, call, element);
  return stored && stored.events.every((e) => e.kind === "neutral") ? { stored, statusUsed } : null;
}
var rule2 = {
  meta: {
    id: "POP002",
    name: "popen-output-never-read",
    language: "python",
    summary: "os.popen() handle kept but never read: a command that writes blocks at 64 KiB, and dies at close",
    defaultEnabled: true,
    severity: "error",
    strategies: ["devnull", "read"],
    needles: ["popen"],
    resolves: ["os.popen", "platform.popen"],
    docs: {
      whatItDoes: "Checks for an `os.popen(cmd)` handle bound to a name, or opened with `with ... as p`, that is never read in its scope: it is only closed, tested or not used at all, and the command can write more than the pipe holds (a quiet command such as `mkdir` or `iptables -A` is not reported, unless the exit status from `close()` is used). A handle stored on an attribute (`self.log = os.popen(cmd)`) or in a container (`handles.append(os.popen(cmd))`, a list, dict or set) is followed across the module and reported when nothing there reads it (only closes or tests it). A handle that escapes (returned, yielded, passed to a function, a container returned or passed on, an attribute read anywhere in the module) is not reported.",
      whyIsThisBad: "Holding the handle does not drain the pipe. Once the command has written 64 KiB, the size of a Linux pipe buffer, it blocks forever; when the handle is closed or collected, the command's next write dies of SIGPIPE (`Broken pipe`).",
      example: "import os\np = os.popen('make all')\np.close()\n",
      useInstead: "import os\np = os.popen('make all')\nprint(p.read())\np.close()\n",
      fixSafety: "`devnull` (safe): redirects the command's stdout to /dev/null in the shell string; the handle stays valid and `close()` still returns the exit status.\n`read` (unsafe): inserts `p.read()` right after the handle is opened (or at the top of the `with` body); the parent now waits for the command to finish.",
      reproduction: {
        files: {
          "child.py": ARTICLE_CHILD,
          "task.py": "import os, sys\np = os.popen(sys.executable + ' child.py')\np.close()\n"
        },
        run: "python3 task.py; ls marker",
        shows: "BrokenPipeError|No such file",
        says: "close() without a read: BrokenPipeError in the child, no marker",
        fix: "task.py"
      },
      references: ["https://docs.python.org/3/library/os.html#os.popen", "https://man7.org/linux/man-pages/man7/pipe.7.html"]
    }
  },
  check(ctx) {
    for (const { call, qualified } of callsTo(ctx.model, POPEN_FUNCTIONS)) {
      if (isWriteModePopen(call)) continue;
      const handle = handleUses(ctx.model, call);
      const cmdArg = argument(call, 0, "cmd");
      if (!handle && cmdArg) {
        const found = storedUnread(ctx.model, call);
        if (!found) continue;
        const command2 = commandOf(cmdArg, ctx.model);
        const output2 = shellOutput(command2);
        const hazard2 = pipeHazard("held-unread", ctx.versions, output2.stdout, output2, parentLifetime(ctx.model, call), found.statusUsed);
        if (!hazard2.breaks) continue;
        const fixes3 = [{ strategy: "devnull", applicability: "safe", description: "Redirect the command's stdout to /dev/null", edits: devnullEdits(command2, [1]) }];
        ctx.report(call, { message: `output pipe of ${qualified}() stored in \`${found.stored.holder}\` is never read in this module (${output2.evidence}): ${hazard2.how}`, fixes: fixes3, evidence: hazard2.evidence });
        continue;
      }
      if (!handle) continue;
      const stores = handle.uses.filter((u) => u.use.kind === "escape").map((u) => storedUnread(ctx.model, u.ref));
      if (!stores.every((st) => st !== null) || !handle.uses.every((u) => isNonReading(u.use) || u.use.kind === "escape")) continue;
      if (!cmdArg) continue;
      const command = commandOf(cmdArg, ctx.model);
      const output = shellOutput(command);
      const statusUsed = handle.uses.some((u) => u.use.kind === "method" && u.use.name === "close" && !ownStatement(u.use.call)) || stores.some((st) => st.statusUsed);
      const hazard = pipeHazard("held-unread", ctx.versions, output.stdout, output, parentLifetime(ctx.model, call), statusUsed);
      if (!hazard.breaks) continue;
      const name = handle.name.text;
      const fixes2 = [{ strategy: "devnull", applicability: "safe", description: "Redirect the command's stdout to /dev/null", edits: devnullEdits(command, [1]) }];
      if (handle.statement.type === "with_statement") {
        const first = handle.statement.childForFieldName("body")?.namedChildren.find((c) => c.type !== "comment");
        if (first) fixes2.push({ strategy: "read", applicability: "unsafe", description: `Read the output with ${name}.read()`, edits: [insertStatementBefore(ctx.source, first, `${name}.read()`)] });
      } else {
        fixes2.push({ strategy: "read", applicability: "unsafe", description: `Read the output with ${name}.read()`, edits: [insertStatementAfter(ctx.source, handle.statement, `${name}.read()`)] });
      }
      ctx.report(call, {
        message: `output pipe of ${qualified}() bound to \`${name}\` is never read (${output.evidence}): ${hazard.how}`,
        fixes: fixes2,
        evidence: hazard.evidence
      });
    }
  }
};

// rules/pop003-popen-partial-read.ts
function isPartial(use) {
  return use.kind === "method" && (use.name === "readline" || (use.name === "read" || use.name === "readlines") && use.argCount > 0) || use.kind === "next";
}
function chainedPartial(call) {
  const expr = outerExpression(call);
  const parent = expr.parent;
  if (parent?.type === "attribute") {
    const name = parent.childForFieldName("attribute")?.text;
    const outer = outerExpression(parent).parent;
    if (outer?.type !== "call") return null;
    const args = outer.childForFieldName("arguments")?.namedChildren.length ?? 0;
    if (name === "readline" || (name === "read" || name === "readlines") && args > 0) return `${name}()`;
    return null;
  }
  if (parent?.type === "argument_list" && parent.namedChildren.length === 1) {
    const fn = parent.parent?.childForFieldName("function");
    if (fn?.type === "identifier" && fn.text === "next") return "next()";
  }
  return null;
}
function brokenPipe(target) {
  const py3 = "the command dies of a broken pipe (SIGPIPE, or BrokenPipeError in a Python child) at its next write once the pipe is closed";
  if (!includesPython2(target)) return py3;
  const py2 = "the command gets EPIPE (a Python child dies of `IOError: Broken pipe`, a shell tool prints an error) at its next write once the pipe is closed";
  return target.max && target.max[0] <= 2 ? py2 : `on Python 2.7 ${py2}; on Python 3 ${py3}`;
}
var rule3 = {
  meta: {
    id: "POP003",
    name: "popen-partial-read",
    language: "python",
    summary: "only part of os.popen() output is read before the pipe is dropped",
    defaultEnabled: false,
    severity: "warning",
    strategies: ["read"],
    needles: ["popen"],
    resolves: ["os.popen", "platform.popen"],
    docs: {
      whatItDoes: "Checks for `os.popen(cmd)` output of which only a part is read (`readline()`, `read(n)`, `next()`) before the handle is dropped or closed. Off by default: enable with `--select POP003`.",
      whyIsThisBad: "Whatever the command writes after the part that was read goes to a pipe that is about to be closed, so the command dies of SIGPIPE (`Broken pipe`) half-way. Commands that print a few lines (`make --version`, `git rev-parse`) have written everything before the read returns and are not reported; the rule is opt-in because even a long output is often cut on purpose.",
      example: "import os\nfirst = os.popen('git log').readline()\n",
      useInstead: "import os\nwith os.popen('git log') as pipe:\n    first = pipe.readline()\n    pipe.read()\n",
      fixSafety: "`read` (unsafe): keeps the partial read and drains the rest - `with os.popen(cmd) as pipe:` around the statement followed by `pipe.read()`, or `p.read()` before `p.close()`. The parent now waits for the command to finish.",
      reproduction: {
        files: {
          "child.py": ARTICLE_CHILD,
          "task.py": "import os, sys\nfirst = os.popen('echo first; ' + sys.executable + ' child.py').readline()\nprint(first.strip())\n"
        },
        run: "python3 task.py; for i in $(seq 50); do [ -e marker ] && break; sleep 0.1; done; ls marker",
        shows: "BrokenPipeError|No such file",
        says: "the first line is read, then the pipe is dropped: BrokenPipeError in the child, no marker",
        fix: "task.py"
      },
      references: ["https://docs.python.org/3/library/os.html#os.popen", "https://man7.org/linux/man-pages/man7/pipe.7.html"]
    }
  },
  check(ctx) {
    for (const { call, qualified } of callsTo(ctx.model, POPEN_FUNCTIONS)) {
      if (isWriteModePopen(call)) continue;
      const cmdArg = argument(call, 0, "cmd");
      if (!cmdArg) continue;
      const output = shellOutput(commandOf(cmdArg, ctx.model));
      if (output.stdout !== "unbounded") continue;
      const fixes2 = [];
      let what = chainedPartial(call);
      if (what) {
        const stmt = enclosingStatement(call);
        if (stmt && stmt.type === "expression_statement") {
          const text = ctx.source.text;
          const oneLine = !text.slice(stmt.startIndex, call.startIndex).includes("\n") && !text.slice(call.endIndex, stmt.endIndex).includes("\n");
          if (oneLine && canReplaceStatementWithBlock(ctx.source, stmt)) {
            fixes2.push(lazyFix({ strategy: "read", applicability: "unsafe", description: "Drain the rest of the output after the partial read" }, () => {
              const name = freshName(ctx.tree, "pipe");
              const inner = text.slice(stmt.startIndex, call.startIndex) + name + text.slice(call.endIndex, stmt.endIndex);
              return replaceStatementWithBlock(ctx.source, stmt, [
                { depth: 0, text: `with ${call.text} as ${name}:` },
                { depth: 1, text: inner },
                { depth: 1, text: `${name}.read()` }
              ]);
            }));
          }
        }
      } else {
        const handle = handleUses(ctx.model, call);
        if (!handle || handle.uses.length === 0) continue;
        if (handle.uses.some((u) => isPartial(u.use) && inLoopAfter(u.ref, call))) continue;
        const partial = handle.uses.find((u) => isPartial(u.use));
        const allowed = handle.uses.every((u) => isPartial(u.use) || u.use.kind === "neutral" || u.use.kind === "method" && u.use.name === "close");
        if (!partial || !allowed) continue;
        what = partial.use.kind === "next" ? "next()" : `${partial.use.name}()`;
        const close = handle.uses.find((u) => u.use.kind === "method" && u.use.name === "close");
        const closeStmt = close && ownStatement(close.use.call);
        if (closeStmt) fixes2.push({ strategy: "read", applicability: "unsafe", description: `Drain the rest with ${handle.name.text}.read() before closing`, edits: [insertStatementBefore(ctx.source, closeStmt, `${handle.name.text}.read()`)] });
      }
      ctx.report(call, {
        message: `only part of ${qualified}() output is read (\`${what}\`; ${output.evidence}): ${brokenPipe(ctx.versions)}`,
        fixes: fixes2,
        evidence: commandEvidence(output)
      });
    }
  }
};

// src/python/argv.ts
var MAX_DEPTH2 = 6;
function argvWords(node, model, depth = 0) {
  const n = unparenthesize(node);
  if (n.type === "list" || n.type === "tuple") return itemsWords(n.namedChildren, model, depth);
  if (n.type === "call") {
    const fn = n.childForFieldName("function");
    const args = n.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
    if (fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "split" && args.length === 0) {
      const text = literalText(fn.childForFieldName("object"));
      return text === null ? null : text.split(/\s+/).filter(Boolean);
    }
    if (fn && model.qualifiedName(fn) === "shlex.split" && args.length === 1) {
      const text = literalText(args[0]) ?? commandOf(args[0], model).text;
      if (text.replaceAll(PLACEHOLDER, "").trim() === "") return null;
      return classifyShellWords(text);
    }
    if (fn?.type === "identifier" && ["list", "tuple"].includes(fn.text) && args.length === 1 && depth < MAX_DEPTH2) return argvWords(args[0], model, depth + 1);
    return null;
  }
  if (n.type === "subscript" && depth < MAX_DEPTH2) {
    const index = n.childrenForFieldName("subscript").filter((c) => c.type !== "comment");
    const whole = index.length === 1 && index[0].type === "slice" && index[0].namedChildren.length === 0;
    return whole ? argvWords(n.childForFieldName("value"), model, depth + 1) : null;
  }
  if (n.type === "binary_operator" && n.childForFieldName("operator")?.text === "+" && depth < MAX_DEPTH2) {
    const words = argvWords(n.childForFieldName("left"), model, depth + 1);
    return words && [...words, ...argvWords(n.childForFieldName("right"), model, depth + 1) ?? [null]];
  }
  if (n.type === "identifier" && depth < MAX_DEPTH2) {
    const bindings = reachingAssignments(model, n);
    if (!bindings) return loopWords(n, model, depth) ?? extendedWords(n, model, depth);
    let loudest2 = null;
    for (const b of bindings ?? []) {
      const words = argvWords(b.value, model, depth + 1);
      const all = words && appended(words, b, n, model, depth);
      if (!all) return null;
      if (!loudest2 || rank(classifyArgv(all)) > rank(classifyArgv(loudest2))) loudest2 = all;
    }
    return loudest2;
  }
  return null;
}
function loopWords(use, model, depth) {
  const found = model.lookup(use.text, model.scopeOf(use));
  const only = found?.bindings.length === 1 ? found.bindings[0] : null;
  const loop = only?.node.parent;
  if (loop?.type !== "for_statement" || loop.childForFieldName("left")?.id !== only.node.id) return null;
  const body = loop.childForFieldName("body");
  if (!body || use.startIndex < body.startIndex || use.endIndex > body.endIndex) return null;
  let items = unparenthesize(loop.childForFieldName("right"));
  if (items.type === "identifier") {
    const reaching = reachingAssignments(model, items);
    items = reaching?.length === 1 && reaching[0].value ? unparenthesize(reaching[0].value) : items;
  }
  if (items.type !== "list" && items.type !== "tuple") return null;
  let loudest2 = null;
  for (const item of items.namedChildren.filter((c) => c.type !== "comment")) {
    const i = unparenthesize(item);
    if (i.type !== "list" && i.type !== "tuple") return null;
    const words = argvWords(i, model, depth + 1);
    if (!words) return null;
    if (!loudest2 || rank(classifyArgv(words)) > rank(classifyArgv(loudest2))) loudest2 = words;
  }
  return loudest2;
}
function itemsWords(items, model, depth = 0) {
  const out = [];
  let programs2 = [];
  for (const c of items) {
    if (c.type === "comment") continue;
    if (c.type === "list_splat") return [...out, null];
    const texts = out.length > 0 && !isStringNode(c) ? textChoices(c, model) : null;
    if (c.type === "attribute" && model.qualifiedName(c) === "sys.executable") out.push("python");
    else if (c.type === "subscript" && depth < MAX_DEPTH2) out.push(itemWord(c, model, depth));
    else if (texts?.length === 1) out.push(texts[0]);
    else {
      const words = literalText(c) ?? (depth < MAX_DEPTH2 ? wordsOfName(c, model) : null) ?? (out.length === 0 ? programNamed(c, model) : optionWord(c));
      if (Array.isArray(words) && out.length === 0) programs2 = words;
      out.push(Array.isArray(words) ? words.length === 1 ? words[0] : null : words);
    }
  }
  if (programs2.length > 1) return programs2.map((p) => [p, ...out.slice(1)]).reduce((a, b) => rank(classifyArgv(b)) > rank(classifyArgv(a)) ? b : a);
  return out;
}
function optionWord(node) {
  const n = unparenthesize(node);
  if (n.type !== "binary_operator" && n.type !== "string" && n.type !== "concatenated_string") return null;
  const text = textOf2(n);
  return /^--[A-Za-z][\w-]*=/.test(text) && !/\s/.test(text) ? text : null;
}
function itemWord(node, model, depth) {
  const index = node.childrenForFieldName("subscript").filter((c) => c.type !== "comment");
  const literal2 = index.length === 1 ? /^-?\d+$/.exec(index[0].text.replace(/\s+/g, ""))?.[0] : void 0;
  const value = node.childForFieldName("value");
  if (literal2 === void 0 || value?.type !== "identifier") return null;
  const words = argvWords(value, model, depth + 1);
  const at = Number(literal2);
  if (!words || at < 0 && words.includes(null)) return null;
  return words.at(at) ?? null;
}
function wordsOfName(node, model) {
  const n = unparenthesize(node);
  if (n.type !== "identifier") return null;
  const texts = (reachingAssignments(model, n) ?? []).flatMap((b) => b.value ? valueTexts(b.value, model, 0) : [null]);
  if (texts.length === 0) texts.push(...parameterTexts(n, model));
  if (texts.length === 0 || texts.some((t) => t === null)) return null;
  const program = (t) => versionedStem(t.slice(Math.max(t.lastIndexOf("/"), t.lastIndexOf("\\")) + 1));
  const first = texts[0];
  if (texts.some((t) => program(t).includes(PLACEHOLDER))) return null;
  if (!texts.every((t) => program(t).toLowerCase() === program(first).toLowerCase())) return [...new Set(texts.map((t) => program(t)))];
  return [texts.every((t) => t === first) && !first.includes("\\") && !first.includes(PLACEHOLDER) ? first : program(first)];
}
function valueTexts(value, model, depth) {
  const v = unparenthesize(value);
  if (v.type === "conditional_expression") {
    const [yes, , no] = v.namedChildren.filter((c) => c.type !== "comment");
    return yes && no ? [...valueTexts(yes, model, depth), ...valueTexts(no, model, depth)] : [null];
  }
  const found = whichProgram(v, model);
  if (found) return [found];
  if (depth < 3) {
    const joined = joinedName(v, model);
    if (joined) return valueTexts(joined, model, depth + 1).map((t) => t === null ? null : `${PLACEHOLDER}/${t}`);
    if (v.type === "identifier") {
      const bindings = reachingAssignments(model, v) ?? [];
      return bindings.length ? bindings.flatMap((b) => b.value ? valueTexts(b.value, model, depth + 1) : [null]) : [null];
    }
  }
  return isStringNode(v) || v.type === "call" || v.type === "binary_operator" ? [textOf2(v)] : [null];
}
var PATH_FUNCTIONS = /* @__PURE__ */ new Set(["os.path.join", "os.path.abspath", "os.path.realpath", "os.path.normpath", "os.path.expanduser", "posixpath.join", "ntpath.join"]);
function joinedName(call, model) {
  if (call.type !== "call") return null;
  const fn = call.childForFieldName("function");
  if (!fn || !PATH_FUNCTIONS.has(model.qualifiedName(fn) ?? "")) return null;
  const args = call.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
  const last = args.at(-1);
  return last && !["list_splat", "keyword_argument", "dictionary_splat"].includes(last.type) ? last : null;
}
function versionedStem(name) {
  const at = name.indexOf(PLACEHOLDER);
  if (at < 0) return name;
  const stem = name.slice(0, at);
  return /^[A-Za-z][\w+-]*[A-Za-z0-9]$/.test(stem) && stem.length >= 3 && isListed(stem) ? stem : name;
}
function parameterTexts(identifier, model) {
  const param = parameterOf(model, identifier);
  if (!param) return [];
  const out = [];
  for (const occurrence of model.occurrences(param.name)) {
    const call = occurrence.parent;
    if (call?.type !== "call" || call.childForFieldName("function")?.id !== occurrence.id) continue;
    const args = call.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
    const arg = args.find((a) => a.type === "keyword_argument" && a.childForFieldName("name")?.text === param.paramName)?.childForFieldName("value") ?? (args[param.index]?.type === "keyword_argument" || args.slice(0, param.index + 1).some((a) => a.type === "list_splat" || a.type === "dictionary_splat") ? null : args[param.index]);
    out.push(arg && isStringNode(arg) ? textOf2(arg) : null);
  }
  return out;
}
function appended(words, binding, use, model, depth) {
  const always = [...words];
  const maybe = [...words];
  const refs = reachedLoads(model, binding).filter((r) => r.id !== use.id && r.startIndex > binding.node.startIndex && r.startIndex < use.startIndex);
  for (const ref of refs) {
    const parent = ref.parent;
    if (parent?.type === "attribute" && parent.childForFieldName("object")?.id === ref.id && parent.parent?.type === "call") {
      const method = parent.childForFieldName("attribute")?.text;
      const args = parent.parent.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
      let added = null;
      if (method === "append" && args.length === 1) added = [literalText(args[0])];
      else if (method === "extend" && args.length === 1) added = argvWords(args[0], model, depth + 1) ?? [null];
      else if (method && ["insert", "remove", "pop", "clear", "reverse", "sort"].includes(method)) return null;
      if (!added) continue;
      const block = enclosingStatement(parent)?.parent;
      if (block && use.startIndex >= block.startIndex && use.endIndex <= block.endIndex) always.push(...added);
      maybe.push(...added);
      continue;
    }
    if (parent?.type === "subscript" && parent.parent?.type === "assignment" && parent.parent.childForFieldName("left")?.id === parent.id) return null;
  }
  if (maybe.length === always.length) return always;
  return rank(classifyArgv(always)) >= rank(classifyArgv(maybe)) ? always : maybe;
}
function extendedWords(use, model, depth) {
  const found = model.lookup(use.text, model.scopeOf(use));
  if (!found || found.bindings.length < 2) return null;
  const before = found.bindings.filter((b) => b.node.startIndex < use.startIndex).sort((a, b) => a.node.startIndex - b.node.startIndex);
  const plain = before.filter((b) => b.kind === "assign" && b.node.parent?.type === "assignment");
  const base = plain.at(-1);
  if (!base?.value || plain.length !== 1 || before[0] !== base) return null;
  const words = argvWords(base.value, model, depth + 1);
  if (!words) return null;
  const always = [...words];
  const maybe = [...words];
  for (const id of model.occurrences(use.text)) {
    if (id.startIndex <= base.node.startIndex || id.startIndex >= use.startIndex || model.scopeOf(id) !== model.scopeOf(use)) continue;
    const parent = id.parent;
    let added = null;
    if (parent?.type === "augmented_assignment" && parent.childForFieldName("left")?.id === id.id) {
      if (parent.childForFieldName("operator")?.text !== "+=") return null;
      added = argvWords(parent.childForFieldName("right"), model, depth + 1) ?? [null];
    } else if (model.isBinding(id)) return null;
    else if (parent?.type === "attribute" && parent.childForFieldName("object")?.id === id.id && parent.parent?.type === "call") {
      const method = parent.childForFieldName("attribute")?.text;
      const args = parent.parent.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
      if (method === "append" && args.length === 1) added = [literalText(args[0])];
      else if (method === "extend" && args.length === 1) added = argvWords(args[0], model, depth + 1) ?? [null];
      else if (method && ["insert", "remove", "pop", "clear", "reverse", "sort"].includes(method)) return null;
    } else if (parent?.type === "subscript" && parent.parent?.type === "assignment" && parent.parent.childForFieldName("left")?.id === parent.id) return null;
    if (!added) continue;
    const block = enclosingStatement(parent)?.parent;
    if (block && use.startIndex >= block.startIndex && use.endIndex <= block.endIndex) always.push(...added);
    maybe.push(...added);
  }
  if (maybe.length === always.length) return always;
  return rank(classifyArgv(always)) >= rank(classifyArgv(maybe)) ? always : maybe;
}
function classifyShellWords(text) {
  const sites = commandSites(parseShell(text));
  if (!sites || sites.length !== 1) return null;
  return sites[0].words.map(shellWordValue);
}
function processOutput(args, shell, model) {
  if (!args) return classifyShell(null);
  if (shell) {
    const n = unparenthesize(args);
    if (n.type === "list" || n.type === "tuple") {
      const first = n.namedChildren.find((c) => c.type !== "comment");
      return first ? shellOutput(commandOf(first, model)) : classifyShell(null);
    }
    return shellOutput(commandOf(args, model));
  }
  const words = argvWords(args, model);
  if (words) return classifyArgv(words);
  const single = literalText(args);
  return single !== null ? classifyArgv([single]) : classifyShell(null);
}

// rules/pop004-legacy-popen-discarded.ts
var PIPES = {
  "os.popen2": [1],
  "os.popen3": [1, 2],
  "os.popen4": [1, 2],
  "popen2.popen2": [1],
  "popen2.popen3": [1, 2],
  "popen2.popen4": [1, 2],
  "popen2.Popen3": [1],
  "popen2.Popen4": [1, 2]
};
function pipesOf(call, qualified) {
  if (qualified === "popen2.Popen3") {
    const capture = argument(call, 1, "capturestderr");
    if (capture && !["False", "0", "None"].includes(capture.text)) return [1, 2];
  }
  return PIPES[qualified];
}
function isArgv(node) {
  const n = unparenthesize(node);
  return n.type === "list" || n.type === "tuple";
}
var READ_ENDS = {
  "os.popen2": [[1, 1]],
  "os.popen3": [[1, 1], [2, 2]],
  "os.popen4": [[1, 1]],
  "popen2.popen2": [[0, 1]],
  "popen2.popen3": [[0, 1], [2, 2]],
  "popen2.popen4": [[0, 1]]
};
function unpackedUnread(ctx, call, qualified) {
  const ends = READ_ENDS[qualified];
  const assign = outerExpression(call).parent;
  if (!ends || assign?.type !== "assignment" || assign.childForFieldName("right")?.id !== outerExpression(call).id) return;
  const left = assign.childForFieldName("left");
  if (!left || left.type !== "pattern_list" && left.type !== "tuple_pattern" && left.type !== "tuple") return;
  const names = left.namedChildren;
  const unread = [];
  const held = [];
  for (const [index, fd] of ends) {
    const id = names[index];
    if (id?.type !== "identifier") return;
    if (id.text !== "_") {
      const found = ctx.model.lookup(id.text, ctx.model.scopeOf(id));
      const binding = found?.bindings.find((b) => b.node.id === id.id);
      if (!binding) return;
      const uses2 = reachedLoads(ctx.model, binding).map(classifyUse);
      if (!uses2.every((u) => u.kind === "method" && u.name === "close" || u.kind === "neutral")) continue;
    }
    unread.push(fd);
    held.push(id.text);
  }
  if (unread.length === 0) return;
  const cmdArg = argument(call, 0, "cmd");
  if (!cmdArg) return;
  const output = isArgv(cmdArg) ? processOutput(cmdArg, false, ctx.model) : shellOutput(commandOf(cmdArg, ctx.model));
  const silent = (fd) => (fd === 1 ? output.stdout : output.stderr) === "none";
  if (unread.some((fd) => !silent(fd))) {
    for (let i = unread.length - 1; i >= 0; i--) if (silent(unread[i])) {
      unread.splice(i, 1);
      held.splice(i, 1);
    }
  }
  const written = unread.includes(2) ? maxClass(output.stdout, output.stderr) : output.stdout;
  const hazard = pipeHazard("held-unread", PYTHON2_SYNTAX_TARGET, written, output, parentLifetime(ctx.model, call));
  if (!hazard.breaks) return;
  const fixes2 = [];
  if (!isArgv(cmdArg) && unread.includes(1)) {
    fixes2.push({ strategy: "devnull", applicability: "safe", description: `Redirect the command's ${unread.length > 1 ? "stdout and stderr" : "stdout"} to /dev/null`, edits: devnullEdits(commandOf(cmdArg, ctx.model), unread) });
  }
  ctx.report(call, { message: `the output ${held.length > 1 ? "pipes" : "pipe"} of ${qualified}() unpacked into ${held.map((h) => `\`${h}\``).join(", ")} ${held.length > 1 ? "are" : "is"} never read (${output.evidence}): on Python 2.7 ${hazard.how}`, fixes: fixes2, evidence: hazard.evidence });
}
var rule4 = {
  meta: {
    id: "POP004",
    name: "legacy-popen-discarded",
    language: "python",
    summary: "Python 2 os.popen2/3/4 or popen2.* result dropped: a command that writes fails at its next write",
    defaultEnabled: true,
    severity: "error",
    strategies: ["devnull"],
    needles: ["popen2", "popen3", "popen4", "Popen3", "Popen4"],
    resolves: ["os.popen2", "os.popen3", "os.popen4", "popen2.popen2", "popen2.popen3", "popen2.popen4", "popen2.Popen3", "popen2.Popen4"],
    docs: {
      whatItDoes: "Checks for `os.popen2`, `os.popen3`, `os.popen4`, `popen2.popen2/3/4`, `popen2.Popen3` and `popen2.Popen4` (Python 2) whose result is thrown away: a bare statement or `_ = ...`.",
      whyIsThisBad: "These calls connect the command's stdout, and for popen3/popen4 (or `capturestderr`) its stderr, to pipes whose read ends live in the returned tuple or object. Dropping it closes them at once on CPython 2, and the command's next write fails with EPIPE (SIGPIPE is inherited ignored): a Python child dies of `IOError: [Errno 32] Broken pipe`, a shell tool prints an error and its output is lost. A command that prints nothing on the piped streams (`kill`, `iptables -A`) is not reported.",
      example: "import os\nos.popen3('make install')\n",
      useInstead: "import os\nos.popen3('make install >/dev/null 2>&1')\n",
      fixSafety: "`devnull` (safe): redirects the piped fds to /dev/null inside the shell string (`>/dev/null`, plus `2>&1` when stderr was piped too); the command stays fire-and-forget. For a tuple unpacked with a read end nobody reads (`r, w = popen2.popen2(cmd)`), the fds of those ends only: the end stays open and empty. Not offered when the command is an argv list (no shell). No `read` or `subprocess` rewrite: the tuple's order differs between os.popen2 and popen2.popen2, so a mechanical rewrite is too easy to get wrong.",
      reproduction: {
        files: {
          "child.py": ARTICLE_CHILD,
          "task.py": "import os\nos.popen3('python2.7 child.py')\n"
        },
        run: "python2.7 task.py; for i in $(seq 50); do [ -e marker ] && break; sleep 0.1; done; ls marker",
        shows: "No such file",
        says: "no marker: the child got EPIPE (IOError: [Errno 32] Broken pipe) on its first write",
        fix: "task.py"
      },
      references: ["https://docs.python.org/2/library/os.html#os.popen2", "https://docs.python.org/2/library/popen2.html"]
    }
  },
  check(ctx) {
    for (const { call, qualified } of callsTo(ctx.model, new Set(Object.keys(PIPES)))) {
      const dropped = droppedUse(call);
      if (!dropped || dropped.kind !== "statement" && dropped.kind !== "underscore") {
        unpackedUnread(ctx, call, qualified);
        continue;
      }
      const cmdArg = argument(call, 0, "cmd");
      if (!cmdArg) continue;
      const pipes2 = pipesOf(call, qualified);
      const command = commandOf(cmdArg, ctx.model);
      const output = isArgv(cmdArg) ? processOutput(cmdArg, false, ctx.model) : shellOutput(command);
      const written = pipes2.includes(2) ? maxClass(output.stdout, output.stderr) : output.stdout;
      const hazard = pipeHazard("closed-unread", PYTHON2_SYNTAX_TARGET, written, output, parentLifetime(ctx.model, call));
      if (!hazard.breaks) continue;
      const fixes2 = [];
      const literal2 = command.segments.every((s) => s.map !== null);
      if (!isArgv(cmdArg) && literal2) {
        fixes2.push({ strategy: "devnull", applicability: "safe", description: `Redirect the command's ${pipes2.length > 1 ? "stdout and stderr" : "stdout"} to /dev/null`, edits: devnullEdits(command, pipes2) });
      }
      ctx.report(call, {
        message: `pipes of ${qualified}() are dropped (${output.evidence}): on Python 2.7 they are closed at once: ${hazard.how}`,
        fixes: fixes2,
        evidence: hazard.evidence
      });
    }
  }
};

// src/python/devnull-fix.ts
function devnullFix(ctx, call, values) {
  if (values.length === 0 || values.some((v) => ctx.model.qualifiedName(unparenthesize(v)) !== "subprocess.PIPE")) return null;
  const edits = [];
  for (const value of values) {
    const v = unparenthesize(value);
    if (includesBefore(ctx.versions, [3, 3])) edits.push({ start: v.startIndex, end: v.endIndex, content: devnullFile(ctx.model, call) });
    else if (v.type === "attribute") {
      const attr = v.childForFieldName("attribute");
      edits.push({ start: attr.startIndex, end: attr.endIndex, content: "DEVNULL" });
    } else {
      const devnull = ctx.model.lookup("DEVNULL", ctx.model.scopeOf(call));
      if (devnull && devnull.bindings.every((b) => b.kind === "import" && b.qualified === "subprocess.DEVNULL")) {
        edits.push({ start: v.startIndex, end: v.endIndex, content: "DEVNULL" });
      } else {
        const sp = subprocessModule(ctx.model, ctx.source, call);
        if (!sp) return null;
        edits.push(...sp.edits, { start: v.startIndex, end: v.endIndex, content: `${sp.name}.DEVNULL` });
      }
    }
  }
  return { strategy: "devnull", applicability: "safe", description: "Send the output nobody reads to /dev/null instead of a pipe", edits };
}

// src/python/pipe-site.ts
import path9 from "node:path";

// src/python/event-paths.ts
function terminates(block) {
  const last = block.lastNamedChild;
  return last?.type === "return_statement" || last?.type === "raise_statement";
}
var BRANCHES = /* @__PURE__ */ new Set(["if_statement", "elif_clause", "else_clause", "except_clause"]);
function exitBranch(node, origin, certain) {
  let found = null;
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === "function_definition" || n.type === "lambda" || n.type === "module") break;
    if (origin.startIndex >= n.startIndex && origin.endIndex <= n.endIndex) break;
    if (n.type === "block" && n.parent && BRANCHES.has(n.parent.type) && terminates(n) && !certain(n)) found = n;
  }
  return found;
}
function arms(node, origin) {
  const out = [];
  for (let n = node; n?.parent; n = n.parent) {
    const p = n.parent;
    if (p.type === "function_definition" || p.type === "lambda" || p.type === "module") break;
    if (origin.startIndex >= p.startIndex && origin.endIndex <= p.endIndex) break;
    if (p.type === "if_statement" && n.type !== "comment" && p.childForFieldName("condition")?.id !== n.id) {
      out.push([p, p.namedChildren.filter((c) => c.type !== "comment").findIndex((c) => c.id === n.id)]);
    }
  }
  return out;
}
var MAX_PATHS = 16;
var LOOPS2 = /* @__PURE__ */ new Set(["for_statement", "while_statement"]);
function readOnlyUnderIf(main, origin, certain) {
  const out = /* @__PURE__ */ new Map();
  for (const e of main) {
    if (e.kind !== "drain" && e.kind !== "partial") continue;
    if (e.node.startIndex < origin.endIndex) continue;
    for (let n = e.node.parent; n?.parent; n = n.parent) {
      const p = n.parent;
      if (p.type === "function_definition" || p.type === "lambda" || p.type === "module" || LOOPS2.has(p.type)) break;
      if (origin.startIndex >= p.startIndex && origin.endIndex <= p.endIndex) break;
      if (p.type === "if_statement" && n.type === "block" && p.childForFieldName("consequence")?.id === n.id && !p.childForFieldName("alternative") && !terminates(n) && !certain(n) && !asksHandle(p, e.node)) out.set(p.id, n);
    }
  }
  return [...out.values()].filter((block) => main.some((e) => e.kind === "wait" && e.node.startIndex > block.endIndex));
}
function asksHandle(ifNode, read2) {
  const handle = read2.type === "identifier" ? read2 : read2.descendantsOfType("identifier")[0];
  const condition = ifNode.childForFieldName("condition");
  return !!handle && !!condition && condition.descendantsOfType("identifier").some((id) => id.text === handle.text);
}
function eventPaths(events, origin, certain = () => false) {
  const after = (e) => e.node.startIndex >= origin.endIndex;
  const branchOf = events.map((e) => after(e) ? exitBranch(e.node, origin, certain) : null);
  const main = events.filter((_, i) => branchOf[i] === null);
  const paths = [main];
  const armsOf2 = main.map((e) => after(e) ? arms(e.node, origin) : []);
  const used = /* @__PURE__ */ new Map();
  for (const list of armsOf2) for (const [ifNode, arm] of list) (used.get(ifNode.id) ?? used.set(ifNode.id, /* @__PURE__ */ new Set()).get(ifNode.id)).add(arm);
  const split = [...used].filter(([, set]) => set.size > 1);
  let choices = [/* @__PURE__ */ new Map()];
  for (const [id, set] of split) {
    choices = choices.flatMap((c) => [...set].map((arm) => new Map([...c, [id, arm]])));
    if (choices.length > MAX_PATHS) break;
  }
  if (split.length && choices.length <= MAX_PATHS) {
    for (const c of choices) paths.push(main.filter((_, i) => armsOf2[i].every(([ifNode, arm]) => !c.has(ifNode.id) || c.get(ifNode.id) === arm)));
  }
  for (const skip of readOnlyUnderIf(main, origin, certain).slice(0, MAX_PATHS)) {
    paths.push(main.filter((e) => !(e.node.startIndex >= skip.startIndex && e.node.endIndex <= skip.endIndex)));
  }
  const seen = /* @__PURE__ */ new Set();
  for (const b of branchOf) {
    if (!b || seen.has(b.id)) continue;
    seen.add(b.id);
    const armsOfBranch = new Map(arms(b, origin).map(([ifNode, arm]) => [ifNode.id, arm]));
    const exclusive = (e) => arms(e.node, origin).some(([ifNode, arm]) => armsOfBranch.has(ifNode.id) && armsOfBranch.get(ifNode.id) !== arm);
    const before = main.filter((e) => e.node.startIndex < b.startIndex && after(e) && !exclusive(e));
    paths.push([...before, ...events.filter((_, i) => branchOf[i]?.id === b.id)]);
  }
  return paths;
}
function skippedCondition(main, path24) {
  const read2 = main.find((e) => (e.kind === "drain" || e.kind === "partial") && !path24.includes(e));
  for (let n = read2?.node.parent; n; n = n.parent) {
    if (n.type === "if_statement" && !n.childForFieldName("alternative")) return n.childForFieldName("condition")?.text;
    if (n.type === "function_definition" || n.type === "module") break;
  }
  return void 0;
}

// src/python/exclusive-arms.ts
function tested(condition, truth2) {
  let node = condition && unparenthesize(condition);
  let value = truth2;
  while (node?.type === "not_operator") {
    const arg = node.childForFieldName("argument");
    node = arg && unparenthesize(arg);
    value = !value;
  }
  return node?.type === "identifier" ? [node.text, value] : null;
}
function armCount(ifNode) {
  const alternatives = ifNode.childrenForFieldName("alternative");
  return 1 + alternatives.length + (alternatives.some((a) => a.type === "else_clause") ? 0 : 1);
}
function armFacts(ifNode, index) {
  const conditions = [ifNode.childForFieldName("condition"), ...ifNode.childrenForFieldName("alternative").filter((a) => a.type === "elif_clause").map((a) => a.childForFieldName("condition"))];
  const facts = [];
  for (let i = 0; i < Math.min(index + 1, conditions.length); i++) {
    const fact = tested(conditions[i] ?? null, i === index);
    if (fact) facts.push(fact);
  }
  return facts;
}
function armOfBlock(block) {
  const clause = block.parent;
  if (block.type !== "block" || !clause) return null;
  if (clause.type === "if_statement") return clause.childForFieldName("consequence")?.id === block.id ? [clause, 0] : null;
  if ((clause.type === "elif_clause" || clause.type === "else_clause") && clause.parent?.type === "if_statement") {
    return [clause.parent, clause.parent.childrenForFieldName("alternative").findIndex((a) => a.id === clause.id) + 1];
  }
  return null;
}
function armsOf(node) {
  const out = [];
  for (let n = node; n?.parent; n = n.parent) {
    if (["function_definition", "lambda", "class_definition", "module"].includes(n.parent.type)) break;
    const arm = armOfBlock(n.parent);
    if (arm) out.push({ ifNode: arm[0], index: arm[1], facts: armFacts(arm[0], arm[1]) });
  }
  return out;
}
var LOOPS3 = /* @__PURE__ */ new Set(["for_statement", "while_statement"]);
function steady(model, name, first) {
  const scope = model.scopeOf(first);
  const found = model.lookup(name, scope);
  if (!found || found.scope.id !== scope.id || scope.kind === "module") return false;
  return found.bindings.every((b) => {
    if (b.node.startIndex >= first.startIndex) return false;
    for (let n = b.node.parent; n; n = n.parent) if (LOOPS3.has(n.type) && n.startIndex <= first.startIndex && n.endIndex >= first.endIndex) return false;
    return true;
  });
}
function excludes(model, a, b) {
  if (a.ifNode.id === b.ifNode.id) return a.index !== b.index;
  const first = a.ifNode.startIndex < b.ifNode.startIndex ? a.ifNode : b.ifNode;
  return a.facts.some(([name, truth2]) => b.facts.some(([other, value]) => other === name && value !== truth2) && steady(model, name, first));
}
function inExclusiveArm(model, origin, use) {
  const mine = armsOf(origin);
  if (!mine.length) return false;
  const theirs = armsOf(use);
  return mine.some((a) => theirs.some((b) => excludes(model, a, b)));
}
function armCertain(model, origin, block) {
  const arm = armOfBlock(block);
  const mine = armsOf(origin);
  if (!arm || !mine.length) return false;
  const [ifNode, index] = arm;
  for (let other = 0; other < armCount(ifNode); other++) {
    if (other === index) continue;
    const b = { ifNode, index: other, facts: armFacts(ifNode, other) };
    if (!mine.some((a) => excludes(model, a, b))) return false;
  }
  return true;
}

// src/python/handoff.ts
var WAIT_BY_PID = /* @__PURE__ */ new Set(["os.waitpid", "os.wait4"]);
var PROCESS_BY_PID = /* @__PURE__ */ new Set(["psutil.Process"]);
var MAX_DEPTH3 = 3;
function handoffEvent(model, ref, origin, depth = 0, file) {
  const ev = handleEvent(ref, origin);
  if (ev.kind === "neutral") return pidWait(model, ref) ?? ev;
  if (ev.kind === "escape" && depth < MAX_DEPTH3) return handedTo(model, ref, depth, file) ?? ev;
  return ev;
}
function hasArguments(call) {
  return (call.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment").length ?? 0) > 0;
}
function firstArgumentOf(node) {
  const outer = outerExpression(node);
  const list = outer.parent;
  const call = list?.type === "argument_list" ? list.parent : null;
  return call?.type === "call" && argument(call, 0, "")?.id === outer.id ? call : null;
}
function waitOn(value) {
  const outer = outerExpression(value);
  const attr = outer.parent;
  if (attr?.type !== "attribute" || attr.childForFieldName("object")?.id !== outer.id || attr.childForFieldName("attribute")?.text !== "wait") return null;
  const call = outerExpression(attr).parent;
  return call?.type === "call" && call.childForFieldName("function")?.id === outerExpression(attr).id ? call : null;
}
function pidWait(model, ref) {
  const attr = outerExpression(ref).parent;
  if (attr?.type !== "attribute" || attr.childForFieldName("attribute")?.text !== "pid") return null;
  const call = firstArgumentOf(attr);
  const fn = call?.childForFieldName("function");
  const qualified = fn ? model.qualifiedName(fn) : null;
  if (!call || !qualified) return null;
  if (WAIT_BY_PID.has(qualified)) return { kind: "wait", node: call, call: null, via: `${qualified}()` };
  if (!PROCESS_BY_PID.has(qualified)) return null;
  const chained = waitOn(call);
  if (chained) return { kind: "wait", node: chained, call: null, via: `${qualified}.wait()`, timed: hasArguments(chained) };
  const assign = outerExpression(call).parent;
  const target = assign?.type === "assignment" ? assign.childForFieldName("left") : null;
  if (target?.type !== "identifier") return null;
  const binding = model.lookup(target.text, model.scopeOf(target))?.bindings.find((b) => b.node.id === target.id);
  for (const load of binding ? reachedLoads(model, binding) : []) {
    const wait = waitOn(load);
    if (wait) return { kind: "wait", node: wait, call: null, via: `${qualified}.wait()`, timed: hasArguments(wait) };
  }
  return null;
}
function isStreamOf(node, handle) {
  return node.type === "attribute" && node.childForFieldName("object")?.text === handle && ["stdout", "stderr"].includes(node.childForFieldName("attribute")?.text ?? "");
}
function methodNamed(cls, name) {
  const defs = (cls.childForFieldName("body")?.namedChildren ?? []).map((c) => c.type === "decorated_definition" ? c.childForFieldName("definition") : c).filter((d) => d?.type === "function_definition" && d.childForFieldName("name")?.text === name);
  return defs.length === 1 ? defs[0] : null;
}
function calleeOf(model, call, file) {
  const fn = call.childForFieldName("function");
  if (fn?.type === "identifier") {
    const bindings = model.lookup(fn.text, model.scopeOf(fn))?.bindings ?? [];
    const def2 = bindings.length === 1 ? bindings[0].node.parent : null;
    if (def2?.type === "function_definition") return { def: def2, skip: 0, model, file };
    if (def2?.type === "class_definition") {
      const init = methodNamed(def2, "__init__");
      return init && { def: init, skip: 1, model, file, cls: def2.childForFieldName("name")?.text };
    }
  }
  if (file && fn && fn.type !== "call" && fn.childForFieldName("object")?.text !== "self") {
    const qualified = model.qualifiedName(fn);
    const found = qualified ? projectFunction(file, qualified) : null;
    return found && { def: found.def, skip: 0, model: found.model, file: found.file };
  }
  if (fn?.type !== "attribute" || fn.childForFieldName("object")?.text !== "self") return null;
  const name = fn.childForFieldName("attribute")?.text;
  let cls = call.parent;
  while (cls && cls.type !== "class_definition") cls = cls.parent;
  const def = cls && name ? methodNamed(cls, name) : null;
  if (!def) return null;
  const decorated = def.parent?.type === "decorated_definition" ? def.parent : null;
  const isStatic = !!decorated?.namedChildren.some((d) => d.type === "decorator" && /^@\s*staticmethod\b/.test(d.text));
  return { def, skip: isStatic ? 0 : 1, model, file };
}
function parameterTaking(model, value, file) {
  let outer = outerExpression(value);
  const keyword4 = outer.parent?.type === "keyword_argument" && outer.parent.childForFieldName("value")?.id === outer.id ? outer.parent.childForFieldName("name")?.text ?? null : null;
  if (keyword4) outer = outer.parent;
  const list = outer.parent;
  const call = list?.type === "argument_list" ? list.parent : null;
  if (call?.type !== "call" || !list) return null;
  const args = list.namedChildren.filter((c) => c.type !== "comment");
  const index = args.findIndex((a) => a.id === outer.id);
  if (index < 0 || !keyword4 && args.slice(0, index).some((a) => a.type === "keyword_argument" || a.type === "list_splat" || a.type === "dictionary_splat")) return null;
  const callee = calleeOf(model, call, file);
  if (!callee) return null;
  const at = callee.model;
  const params = callee.def.childForFieldName("parameters")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
  const paramName = (p) => p?.type === "identifier" ? p : p?.childForFieldName("name") ?? p?.namedChildren[0];
  let param;
  if (keyword4) param = params.slice(callee.skip).find((p) => paramName(p)?.text === keyword4 && p.type !== "list_splat_pattern" && p.type !== "dictionary_splat_pattern");
  else {
    const before = params.slice(0, index + callee.skip + 1);
    if (before.some((p) => p.type === "list_splat_pattern" || p.type === "dictionary_splat_pattern" || p.type === "keyword_separator" || p.type === "positional_separator")) return null;
    param = params[index + callee.skip];
  }
  const name = paramName(param);
  if (name?.type !== "identifier") return null;
  const found = at.lookup(name.text, at.scopeOf(name));
  const binding = found?.bindings.length === 1 && found.bindings[0].kind === "param" ? found.bindings[0] : null;
  return binding && { call, argument: outer, callee, param: name, binding };
}
function handedTo(model, ref, depth, file) {
  const handed = parameterTaking(model, ref, file);
  if (!handed) return null;
  const { call, callee, param: name, binding } = handed;
  const at = callee.model;
  const args = call.childForFieldName("arguments").namedChildren.filter((c) => c.type !== "comment");
  const valueOf = (a) => unparenthesize(a.type === "keyword_argument" ? a.childForFieldName("value") ?? a : a);
  if (args.some((a) => a.id !== handed.argument.id && isStreamOf(valueOf(a), ref.text))) return null;
  const events = [];
  for (const load of reachedLoads(at, binding)) {
    const stored = callee.cls ? storedOnAttribute(at, load, (r, o) => handoffEvent(at, r, o, depth + 1, callee.file)) : null;
    if (stored) events.push(...stored.events);
    else events.push(handoffEvent(at, load, unparenthesize(name), depth + 1, callee.file));
  }
  if (callee.cls && !events.some((e) => e.kind === "wait" || e.kind === "drain")) return null;
  const methodOf = (e) => {
    let n = e.node.parent;
    while (n && n.type !== "function_definition") n = n.parent;
    return `${callee.cls}.${n?.childForFieldName("name")?.text ?? "__init__"}`;
  };
  const fn = callee.cls ? methodOf(events.find((e) => e.kind === "wait") ?? events.find((e) => e.kind === "drain") ?? { kind: "neutral", node: callee.def.childForFieldName("body") }) : callee.def.childForFieldName("name")?.text ?? "";
  const drains = events.filter((e) => e.kind === "drain");
  if (drains.length && events.every((e) => e.kind === "drain" || e.kind === "neutral" || e.kind === "wait")) {
    const firstWait = events.findIndex((e) => e.kind === "wait");
    const firstDrain = events.findIndex((e) => e.kind === "drain");
    const first = drains[0];
    const streams = first.toEof && first.streams.length === 1 ? first.streams : [...new Set(drains.flatMap((e) => e.streams))];
    if (firstWait < 0 || firstDrain < firstWait) return { kind: "drain", streams, node: call, toEof: first.toEof, via: `${fn}()` };
    return { kind: "wait", node: call, call: null, via: `the wait in ${fn}()`, reads: [...new Set(drains.flatMap((e) => e.streams))] };
  }
  if (events.some((e) => e.kind !== "wait" && e.kind !== "end" && e.kind !== "neutral")) return null;
  const waits = events.filter((e) => e.kind === "wait");
  const timed = waits.every((e) => e.timed || e.call !== null && hasArguments(e.call));
  if (waits.length) return { kind: "wait", node: call, call: null, via: `the wait in ${fn}()`, timed };
  if (events.some((e) => e.kind === "end")) return { kind: "end", node: call };
  return { kind: "neutral", node: call };
}

// src/python/attribute-order.ts
function enclosing(node, type) {
  for (let n = node.parent; n; n = n.parent) if (n.type === type) return n;
  return null;
}
function attributeRefs(ctx, attr, within, skip) {
  const out = [];
  for (const id of ctx.model.occurrences(attr)) {
    const ref = id.parent;
    if (ref?.type !== "attribute" || ref.childForFieldName("attribute")?.id !== id.id || ref.childForFieldName("object")?.text !== "self") continue;
    if (ref.startIndex < within.startIndex || ref.endIndex > within.endIndex || ref.id === skip.id) continue;
    const up = outerExpression(ref).parent;
    if (up?.type === "assignment" && up.childForFieldName("left")?.id === outerExpression(ref).id) continue;
    out.push(ref);
  }
  return out;
}
function methodsOf2(cls) {
  const out = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const c of cls.childForFieldName("body")?.namedChildren ?? []) {
    const d = c.type === "decorated_definition" ? c.childForFieldName("definition") : c;
    const name = d?.type === "function_definition" ? d.childForFieldName("name")?.text : void 0;
    if (!name) continue;
    if (seen.has(name)) out.delete(name);
    else out.set(name, d);
    seen.add(name);
  }
  return out;
}
function selfCalls(fn, after, methods) {
  const out = [];
  const stack = [fn.childForFieldName("body")];
  while (stack.length) {
    const n = stack.pop();
    if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda") continue;
    if (n.type === "call" && n.startIndex > after) {
      const f = n.childForFieldName("function");
      const method = f?.type === "attribute" && f.childForFieldName("object")?.text === "self" ? methods.get(f.childForFieldName("attribute")?.text ?? "") : void 0;
      if (method && method.id !== fn.id) out.push({ call: n, method });
    }
    for (const c of n.namedChildren) stack.push(c);
  }
  return out;
}
function attributeOrder(ctx, call, attr, growing, everywhere) {
  if (growing.length < 2) return null;
  const fn = enclosing(call, "function_definition");
  const cls = fn && enclosing(fn, "class_definition");
  if (!fn || !cls) return null;
  const methods = methodsOf2(cls);
  const store = outerExpression(call).parent?.childForFieldName("left");
  if (!store) return null;
  const items = [];
  const reads = /* @__PURE__ */ new Set();
  for (const { call: site, method } of selfCalls(fn, call.endIndex, methods)) {
    const events2 = attributeRefs(ctx, attr, method, store).map((ref) => {
      const e = handleEvent(ref, call);
      if (e.kind === "partial" && inLoopAfter(site, call)) return { kind: "drain", streams: [e.stream], node: site, toEof: true };
      return { ...e, node: site };
    });
    if (events2.some((e) => e.kind === "drain" || e.kind === "partial")) reads.add(site.id);
    items.push({ at: site.startIndex, events: events2 });
  }
  for (const ref of attributeRefs(ctx, attr, fn, store)) {
    if (ref.startIndex < call.endIndex) continue;
    let e = handoffEvent(ctx.model, ref, call, 0, ctx.path);
    if (e.kind === "wait" && e.call === null) {
      const loop = enclosing(ref, "while_statement");
      const body = loop?.childForFieldName("body");
      if (body && [...reads].length && items.some((it) => it.at >= body.startIndex && it.at < body.endIndex && it.events.some((x) => x.kind === "drain" || x.kind === "partial"))) e = { kind: "neutral", node: e.node };
    }
    items.push({ at: ref.startIndex, events: [e] });
  }
  if (!items.some((it) => it.events.some((e) => e.kind === "drain" && e.toEof))) return null;
  items.sort((a, b) => a.at - b.at);
  const events = items.flatMap((it) => it.events);
  const verdict = drainVerdict(events, growing, false);
  if (verdict?.shape !== "other-pipe-fills" || !verdict.at || events.some((e) => e.kind === "escape")) return null;
  const followed = [fn, ...selfCalls(fn, call.endIndex, methods).map((c) => c.method)];
  const inside = (n) => followed.some((f) => n.startIndex >= f.startIndex && n.endIndex <= f.endIndex);
  const elsewhere = everywhere.filter((e) => e.kind === "escape" || e.kind === "close" || (e.kind === "drain" || e.kind === "partial") && (!!(e.kind === "drain" && e.via) || !inside(e.node)));
  if (elsewhere.some((e) => e.kind === "escape" || e.kind === "close" || (e.kind === "drain" ? e.streams : e.kind === "partial" ? [e.stream] : []).some((st) => verdict.full.includes(st)))) return null;
  return { verdict, events };
}
function attributeWaitFirst(ctx, call, attr, growing, everywhere) {
  const fn = enclosing(call, "function_definition");
  const store = outerExpression(call).parent?.childForFieldName("left");
  if (!fn || !store) return null;
  const inside = (n) => n.tree === fn.tree && n.startIndex >= fn.startIndex && n.endIndex <= fn.endIndex;
  if (everywhere.some((e) => !inside(e.node) && e.kind !== "wait" && e.kind !== "end" && e.kind !== "neutral")) return null;
  if (everywhere.some((e) => e.kind === "end" && !inside(e.node))) return null;
  const events = attributeRefs(ctx, attr, fn, store).filter((ref) => ref.startIndex > call.endIndex).map((ref) => handoffEvent(ctx.model, ref, call, 0, ctx.path));
  const verdict = drainVerdict(events, growing, false);
  if (verdict?.shape !== "wait-before-drain" || !verdict.at || events.some((e) => e.kind === "escape")) return null;
  const wait = events.find((e) => e.node.id === verdict.at.id);
  if (wait?.kind !== "wait" || wait.via || !verdict.laterDrain) return null;
  return { verdict, events };
}

// src/python/pipe-site.ts
function pipesOf2(ctx, call) {
  const is = (node, name) => !!node && ctx.model.qualifiedName(unparenthesize(node)) === name;
  const stdout = argument(call, 4, "stdout");
  const stderr = argument(call, 5, "stderr");
  const stdin = argument(call, 3, "stdin");
  return {
    stdout: is(stdout, "subprocess.PIPE") ? stdout : null,
    stderr: is(stderr, "subprocess.PIPE") ? stderr : null,
    merged: is(stderr, "subprocess.STDOUT"),
    stdin: is(stdin, "subprocess.PIPE")
  };
}
function chosenPipes(ctx, call) {
  const chosen = chosenStreams(ctx.model, call);
  return chosen && { pipes: { ...pipesOf2(ctx, call), stdout: chosen.stdout, stderr: chosen.stderr }, choice: chosen.choice };
}
function growingStreams(pipes2, output, life = false) {
  const out = [];
  const lives = life ? output.livesOn : void 0;
  if (pipes2.stdout && (output.stdout === "unbounded" || pipes2.merged && output.stderr === "unbounded" || lives?.stdout || pipes2.merged && lives?.stderr)) out.push("stdout");
  if (pipes2.stderr && (output.stderr === "unbounded" || lives?.stderr)) out.push("stderr");
  return out;
}
var NEVER_READ_SHAPES = /* @__PURE__ */ new Set(["never-read", "partial-then-left"]);
function isShell(call) {
  const shell = argument(call, 8, "shell");
  return !!shell && !["False", "0", "None"].includes(shell.text);
}
function attributeSite(ctx, call, growing) {
  const stored = attributeStore(ctx, call);
  if (!stored) return null;
  const [object, attr] = stored.holder.split(".");
  const ordered = object === "self" && attr ? attributeOrder(ctx, call, attr, growing, stored.events) ?? attributeWaitFirst(ctx, call, attr, growing, stored.events) : null;
  if (ordered) return { verdict: ordered.verdict, holder: stored.holder, handle: "attribute", events: ordered.events, withBlock: false, statement: stored.statement };
  return storedSite(stored, "attribute", growing);
}
function attributeStore(ctx, call) {
  const stored = storedOnAttribute(ctx.model, call, (ref, origin) => handoffEvent(ctx.model, ref, origin, 0, ctx.path));
  if (!stored) return null;
  const [object, attr] = stored.holder.split(".");
  let cls = call.parent;
  while (cls && cls.type !== "class_definition") cls = cls.parent;
  const className = cls?.childForFieldName("name")?.text;
  const top = cls?.parent?.type === "decorated_definition" ? cls.parent : cls;
  if (object !== "self" || !attr || !className || top?.parent?.type !== "module") return stored;
  const uses2 = subclassAttributeUses(ctx.path, className, attr) ?? [];
  if (uses2.length === 0) return stored;
  const events = [...stored.events];
  for (const use of uses2) {
    const at = `${use.where}() (${path9.relative(path9.dirname(ctx.path), use.file) || path9.basename(use.file)}:${use.ref.startPosition.row + 1})`;
    const e = handleEvent(use.ref, call);
    if (e.kind === "wait") events.push({ kind: "wait", node: e.node, call: null, via: `the wait in ${at}` });
    else if (e.kind === "drain") events.push({ ...e, via: at });
    else events.push(e);
  }
  return { ...stored, events };
}
function storedSite(stored, handle, growing) {
  const { events } = stored;
  if (events.some((e) => e.kind === "escape" || e.kind === "close")) return null;
  const read2 = new Set(events.flatMap((e) => e.kind === "drain" ? e.streams : e.kind === "partial" ? [e.stream] : []));
  const unread = growing.filter((st) => !read2.has(st));
  const waits = events.filter((e) => e.kind === "wait" && !endedBefore(events, e.node));
  const verdict = drainVerdict(waits.slice(0, 1), unread, false);
  if (!verdict) return null;
  return { verdict, holder: stored.holder, handle, events, withBlock: false, statement: stored.statement };
}
function endedBefore(events, node) {
  const fn = enclosingFunction(node);
  return events.some((e) => e.kind === "end" && e.node.tree === node.tree && e.node.startIndex < node.startIndex && enclosingFunction(e.node)?.id === fn?.id);
}
function nameEvents(ctx, call, skipped = []) {
  let byCall = eventsCache.get(ctx.model);
  if (!byCall) eventsCache.set(ctx.model, byCall = /* @__PURE__ */ new Map());
  const key2 = skipped.length ? `${call.id}:${skipped.map((b) => b.id).join(",")}` : call.id;
  let hit = byCall.get(key2);
  if (hit === void 0) byCall.set(key2, hit = eventsOfName(ctx, call, skipped));
  return hit;
}
var eventsCache = /* @__PURE__ */ new WeakMap();
function eventsOfName(ctx, call, skipped) {
  const handle = handleUses(ctx.model, call);
  if (!handle) return null;
  const found = ctx.model.lookup(handle.name.text, ctx.model.scopeOf(handle.name));
  const binding = found?.bindings.find((b) => b.node.id === handle.name.id);
  const reached = binding ? reachedLoads(ctx.model, binding) : [];
  const refs = reached.filter((r) => !inExclusiveArm(ctx.model, call, r));
  const ordered = [...refs.filter((r) => r.startIndex > call.startIndex), ...refs.filter((r) => r.startIndex < call.startIndex)];
  const runs = (ref) => !skipped.some((b) => b.tree === ref.tree && ref.startIndex >= b.startIndex && ref.endIndex <= b.endIndex);
  const all = ordered.filter(runs).flatMap((ref) => loopAlias(ctx, ref)?.map((r) => handoffEvent(ctx.model, r, call, 0, ctx.path)) ?? [handoffEvent(ctx.model, ref, call, 0, ctx.path)]).map((e) => readerElsewhere(e, call)).map((e) => waitElsewhere(ctx, e, call));
  const elsewhere = binding ? readsInEarlierFunctions(ctx, binding, call, reached) : [];
  return { all: [...elsewhere, ...all], paths: eventPaths([...elsewhere, ...all], call, (block) => armCertain(ctx.model, call, block)) };
}
function readerElsewhere(e, call) {
  if (e.kind !== "drain" || !e.toEof || e.via) return e;
  const own = nearestScope(call);
  const at = nearestScope(e.node);
  return at !== null && at.id !== own?.id && (own === null || at.startIndex >= own.startIndex && at.endIndex <= own.endIndex) ? { kind: "drain", streams: e.streams, node: e.node } : e;
}
function waitElsewhere(ctx, e, call) {
  if (e.kind !== "wait") return e;
  const at = nearestScope(e.node);
  const own = nearestScope(call);
  if (at?.type !== "function_definition" || at.id === own?.id) return e;
  if (own !== null && (at.startIndex < own.startIndex || at.endIndex > own.endIndex)) return e;
  const name = at.childForFieldName("name");
  if (!name) return e;
  const uses2 = ctx.model.occurrences(name.text).filter((id) => id.id !== name.id);
  const called = uses2.some((id) => {
    const parent = id.parent;
    return parent?.type === "call" && parent.childForFieldName("function")?.id === id.id;
  });
  return uses2.length > 0 && !called ? { kind: "neutral", node: e.node } : e;
}
function nearestScope(node) {
  for (let n = node.parent; n; n = n.parent) if (n.type === "function_definition" || n.type === "lambda") return n;
  return null;
}
function readsInEarlierFunctions(ctx, binding, call, reached) {
  if (binding.scope.kind !== "module" || enclosingFunction(call)) return [];
  const seen = new Set(reached.map((r) => r.id));
  const out = [];
  for (const ref of ctx.model.references(binding)) {
    if (seen.has(ref.id) || ref.startIndex > call.startIndex) continue;
    const fn = enclosingFunction(ref);
    if (!fn) continue;
    const e = handleEvent(ref, call);
    if (e.kind === "drain") out.push({ kind: "drain", streams: e.streams, node: e.node });
    else if (e.kind === "partial") out.push({ kind: "drain", streams: [e.stream], node: e.node });
  }
  return out;
}
function loopAlias(ctx, ref) {
  const e = outerExpression(ref);
  const LITERAL = /* @__PURE__ */ new Set(["tuple", "list"]);
  if (!e.parent || !LITERAL.has(e.parent.type)) return null;
  const index = e.parent.namedChildren.findIndex((c) => c.id === e.id);
  let outer = outerExpression(e.parent);
  let target = (left) => left;
  if (outer.parent && LITERAL.has(outer.parent.type)) {
    target = (left) => left.type === "pattern_list" || left.type === "tuple_pattern" ? left.namedChildren[index] ?? null : null;
    outer = outerExpression(outer.parent);
  } else if (index < 0) return null;
  const loop = outer.parent;
  if (loop?.type !== "for_statement" || loop.childForFieldName("right")?.id !== outer.id) return null;
  const variable = target(loop.childForFieldName("left"));
  const body = loop.childForFieldName("body");
  if (variable?.type !== "identifier" || !body) return null;
  const out = [];
  for (const id of ctx.model.occurrences(variable.text)) {
    if (id.startIndex < body.startIndex || id.endIndex > body.endIndex) continue;
    if (ctx.model.isBinding(id)) return null;
    if (id.parent?.type === "attribute" && id.parent.childForFieldName("attribute")?.id === id.id) continue;
    out.push(id);
  }
  return out;
}
function siteOf(ctx, call, growing, skipped = [], choice2 = null) {
  const expr = outerExpression(call);
  const parent = expr.parent;
  if (parent?.type === "expression_statement") {
    const verdict = drainVerdict([], growing, false);
    return verdict && { verdict, holder: null, handle: "dropped", events: [], withBlock: false, statement: parent };
  }
  if (parent?.type === "attribute" && parent.childForFieldName("object")?.id === expr.id) {
    const event = handleEvent(call, call);
    const verdict = drainVerdict([event], growing, false);
    return verdict && { verdict, holder: null, handle: "chained", events: [event], withBlock: false, statement: null };
  }
  if (parent?.type === "argument_list" || parent?.type === "keyword_argument" && parent.childForFieldName("value")?.id === expr.id) {
    const event = handoffEvent(ctx.model, call, call, 0, ctx.path);
    if (event.kind !== "escape") {
      const verdict = drainVerdict([event], growing, false);
      return verdict && { verdict, holder: null, handle: "chained", events: [event], withBlock: false, statement: null };
    }
  }
  const handle = handleUses(ctx.model, call);
  const appended2 = handle && handle.uses.length === 1 ? containerSite(ctx, call, growing) : null;
  if (appended2) return appended2;
  if (handle) {
    const withBlock = handle.statement.type === "with_statement";
    const named = nameEvents(ctx, call, skipped);
    const unpiped = (e) => choice2 ? unpipedAt(ctx.model, choice2, e.node) : null;
    const all = named.all.filter((e) => !unpiped(e));
    const [first, ...others] = named.paths.map((p) => p.filter((e) => !unpiped(e)));
    const main = choice2 && named.paths[0].some((e) => unpiped(e) === "left") ? null : first;
    let events = main ?? [];
    let verdict = main ? drainVerdict(main, growing, withBlock) : null;
    let readOnlyWhen;
    for (const path24 of verdict ? [] : others) {
      const v = drainVerdict(path24, growing, false);
      if (v?.at) {
        verdict = v;
        events = path24;
        readOnlyWhen = main ? skippedCondition(main, path24) : void 0;
        break;
      }
    }
    if (!verdict) return null;
    const read2 = new Set(all.flatMap((e) => e.kind === "drain" ? e.streams : e.kind === "partial" ? [e.stream] : e.kind === "wait" ? e.reads ?? [] : []));
    verdict.neverRead = all.some((e) => e.kind === "escape") ? [] : verdict.neverRead.filter((st) => !read2.has(st));
    return { verdict, holder: handle.name.text, handle: "name", events, withBlock, statement: handle.statement, ...readOnlyWhen ? { readOnlyWhen } : {} };
  }
  if (choice2) return null;
  return attributeSite(ctx, call, growing) ?? containerSite(ctx, call, growing);
}
function containerSite(ctx, call, growing) {
  const stored = storedInContainer(ctx.model, call);
  return stored && storedSite(stored, "container", growing);
}

// src/python/waiting-call.ts
function knownToFill(output) {
  return output.program !== null && isListed(output.program);
}
var CATCHES = /* @__PURE__ */ new Set(["CalledProcessError", "SubprocessError", "Exception", "BaseException", "StandardError"]);
var CARRIES = { output: "stdout", stdout: "stdout", stderr: "stderr" };
function caughtName(clause) {
  const values = clause.childrenForFieldName("value");
  let types;
  let name;
  if (values.length === 2) [types, name] = values;
  else if (values[0]?.type === "as_pattern") {
    types = values[0].namedChildren[0];
    name = values[0].childForFieldName("alias")?.namedChildren[0];
  }
  if (!types || name?.type !== "identifier") return null;
  const named = types.type === "tuple" || types.type === "parenthesized_expression" ? types.namedChildren : [types];
  return named.some((t) => CATCHES.has(t.text.slice(t.text.lastIndexOf(".") + 1))) ? { name: name.text, caught: types.text } : null;
}
function exceptionReads(ctx, call, piped) {
  const out = [];
  for (let n = call; n?.parent; n = n.parent) {
    if (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition") break;
    const tryStatement = n.parent;
    if (tryStatement.type !== "try_statement" || tryStatement.childForFieldName("body")?.id !== n.id) continue;
    for (const clause of tryStatement.namedChildren) {
      if (clause.type !== "except_clause") continue;
      const caught = caughtName(clause);
      if (!caught) continue;
      for (const id of ctx.model.occurrences(caught.name)) {
        if (id.startIndex < clause.startIndex || id.endIndex > clause.endIndex) continue;
        const attr = id.parent;
        if (attr?.type !== "attribute" || attr.childForFieldName("object")?.id !== id.id) continue;
        const attribute = attr.childForFieldName("attribute")?.text ?? "";
        const stream = CARRIES[attribute];
        if (stream && piped.includes(stream)) out.push({ text: attr.text, caught: caught.caught, attribute });
      }
    }
  }
  return out;
}
function whatItGets(ctx, read2) {
  if (read2.attribute === "output") return "is always None";
  const before = { ...ctx.versions, max: ctx.versions.max && compareVersions(ctx.versions.max, [3, 4]) < 0 ? ctx.versions.max : [3, 4] };
  if (!targetIncludes(ctx.versions, [3, 5], null)) return `does not exist on ${describeTarget(ctx.versions)} (CalledProcessError has no \`${read2.attribute}\` before 3.5): reading it raises AttributeError`;
  if (compareVersions(ctx.versions.min, [3, 5]) < 0) return `is always None (on ${describeTarget(before)} CalledProcessError has no \`${read2.attribute}\`: reading it raises AttributeError)`;
  return "is always None";
}
function waitingCall(ctx, call, qualified) {
  const pipes2 = pipesOf2(ctx, call);
  if (!pipes2.stdout && !pipes2.stderr) return;
  const name = qualified.slice(qualified.lastIndexOf(".") + 1);
  const piped = [];
  if (pipes2.stdout) piped.push("stdout");
  if (pipes2.stderr) piped.push("stderr");
  const reads = name === "check_call" ? exceptionReads(ctx, call, piped) : [];
  const lost = reads[0] ? `\`${reads[0].text}\`, which the \`except ${reads[0].caught}\` handler reads, ${whatItGets(ctx, reads[0])}` : null;
  const output = processOutput(argument(call, 0, "args"), isShell(call), ctx.model);
  const growing = growingStreams(pipes2, output);
  const fills = growing.length > 0 && (knownToFill(output) || output.basis === "unlisted");
  const hazard = fills ? pipeHazard("waited", ctx.versions, "unbounded", output, parentLifetime(ctx.model, call)) : null;
  if (hazard?.breaks) {
    const timed = !!argument(call, 99, "timeout");
    const how = timed ? hazard.how.replace(/: a deadlock$/, `, until the timeout, when ${name}() kills it, its work unfinished`) : hazard.how;
    const values = growing.map((st) => st === "stdout" ? pipes2.stdout : pipes2.stderr).filter((v) => v !== null);
    const devnull = lost ? null : devnullFix(ctx, call, values);
    ctx.report(call, { message: `${growing.join("/")} pipe of ${qualified}() is never read: ${name}() waits for the command without reading it (${output.evidence}): ${how}${lost ? `; and ${lost}` : ""}`, fixes: devnull ? [devnull] : [], evidence: hazard.evidence });
    return;
  }
  if (!lost) return;
  const streams = [...new Set(reads.map((r) => CARRIES[r.attribute]))];
  ctx.report(call, {
    message: `${streams.join("/")} pipe of ${qualified}() is never read: ${name}() waits for the command without reading it, so ${lost}: the command's error text is lost, whatever its size`,
    fixes: [],
    evidence: "any-size"
  });
}

// src/python/site-words.ts
var PATTERN = {
  "wait-before-drain": "waited",
  "other-pipe-fills": "waited",
  "partial-then-wait": "waited",
  "never-read": "dropped-open",
  "partial-then-left": "dropped-open",
  "closed-unread": "closed-unread"
};
function patternOf(verdict, background) {
  if (!background || verdict.shape === "other-pipe-fills" || verdict.shape === "closed-unread") return PATTERN[verdict.shape];
  return verdict.laterDrain ? null : "background-dropped";
}
function describe(site, streams) {
  const v = site.verdict;
  const held = site.handle === "attribute" || site.handle === "container" ? ` stored in \`${site.holder}\`` : "";
  const via = site.events.find((e) => e.kind === "wait" && e.node.id === v.at?.id && e.via);
  const waitText = via?.kind === "wait" ? via.via : v.at?.type === "while_statement" || v.at && /poll|returncode/.test(v.at.text) && !/wait/.test(v.at.text) ? "the poll loop" : "wait()";
  switch (v.shape) {
    case "wait-before-drain":
      return site.readOnlyWhen && !/\n/.test(site.readOnlyWhen) && site.readOnlyWhen.length <= 60 ? `${streams} pipe of subprocess.Popen()${held} is read only when \`${site.readOnlyWhen}\`: otherwise nothing reads it before ${waitText}` : `${streams} pipe of subprocess.Popen()${held} is not read before ${waitText}`;
    case "partial-then-wait":
      return `${streams} pipe of subprocess.Popen() is only partly read before ${waitText}`;
    case "other-pipe-fills": {
      const read2 = v.at && /stderr/.test(v.at.text) ? "stderr" : "stdout";
      const helper = site.events.find((e) => e.kind === "drain" && e.node.id === v.at?.id && e.via);
      if (helper?.kind === "drain") return `${streams} pipe of subprocess.Popen() is not read while ${helper.via} reads ${helper.streams.join("/")} to its end`;
      if (v.at && site.events.some((e) => e.kind === "wait" && e.node.id === v.at.id)) return `${streams} pipe of subprocess.Popen() is not read before ${waitText}`;
      const fn = v.at?.type === "call" ? v.at.childForFieldName("function") : null;
      const through = fn?.type === "attribute" && fn.childForFieldName("object")?.text === "self" && !/\.(stdout|stderr|communicate)\b/.test(fn.text) ? ` by ${fn.text}()` : "";
      if (v.at && readLoop(v.at) && pollGuarded(v.at)) return `${streams} pipe of subprocess.Popen()${held} is not read while ${read2} is read line by line${through} in a loop that runs until the command exits`;
      return v.at && readLoop(v.at) ? `${streams} pipe of subprocess.Popen()${held} is not read while ${read2} is read line by line${through} until it ends, which comes only when the command exits` : `${streams} pipe of subprocess.Popen()${held} is not read while ${read2} is read to its end${through}`;
    }
    case "never-read":
      return site.handle === "attribute" || site.handle === "container" ? `${streams} pipe of subprocess.Popen()${held} is never read in this module` : `${streams} pipe of subprocess.Popen() is never read`;
    case "partial-then-left":
      return `${streams} pipe of subprocess.Popen() is only partly read, then left`;
    case "closed-unread":
      return site.withBlock && !v.at ? `${streams} pipe of subprocess.Popen() is not read before the with-block ends` : `${streams} pipe of subprocess.Popen() is closed before it is read`;
  }
}
function readLoop(at) {
  if (/\.readline\b/.test(at.text)) return true;
  for (let n = at.parent; n; n = n.parent) {
    if (n.type === "for_statement" || n.type === "while_statement" || n.type === "for_in_clause") return true;
    if (n.type === "function_definition" || n.type === "lambda") return false;
  }
  return false;
}
function pollGuarded(at) {
  if (at.type !== "call" || !/\.readline$/.test(at.childForFieldName("function")?.text ?? "")) return false;
  for (let n = at.parent; n; n = n.parent) {
    if (n.type === "while_statement") return /\.(poll\s*\(\s*\)|returncode)\s*(is|==)\s*None\b/.test(n.childForFieldName("condition")?.text ?? "");
    if (n.type === "for_statement" || n.type === "function_definition" || n.type === "lambda") return false;
  }
  return false;
}
function waitHow(site, how) {
  const at = site.verdict.at;
  const wait = at && site.events.find((e) => e.kind === "wait" && e.node.id === at.id);
  const timed = wait?.kind === "wait" && (wait.timed || wait.call !== null && hasArguments(wait.call));
  if (timed) return how.replace(/: a deadlock$/, ", until the wait times out: the output is lost and the child is left blocked");
  const loop = at && site.holder ? pollingLoop(at) : null;
  return loop && endsIn(loop, site.holder) ? how.replace(/: a deadlock$/, ", until the poll loop gives up and ends it: its work is left unfinished and its output lost") : how;
}
function pollingLoop(at) {
  for (let n = at.parent; n; n = n.parent) {
    if (n.type === "while_statement") {
      const cond = n.childForFieldName("condition");
      return cond && at.startIndex >= cond.startIndex && at.endIndex <= cond.endIndex ? n : null;
    }
    if (n.type === "block" || n.type === "function_definition") return null;
  }
  return null;
}
function endsIn(loop, holder) {
  const stack = [...loop.childForFieldName("body")?.namedChildren ?? []];
  while (stack.length) {
    const n = stack.pop();
    if (n.type === "function_definition" || n.type === "lambda") continue;
    if (n.type === "call") {
      const fn = n.childForFieldName("function");
      const object = fn?.type === "attribute" ? fn.childForFieldName("object")?.text : null;
      const name = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : null;
      if (object === holder && name && ["kill", "terminate", "send_signal"].includes(name)) return true;
      if (fn?.text === "os.kill" && n.childForFieldName("arguments")?.namedChildren[0]?.text === `${holder}.pid`) return true;
    }
    stack.push(...n.namedChildren);
  }
  return false;
}

// src/python/communicate.ts
function withAwait(node) {
  const outer = outerExpression(node);
  return outer.parent?.type === "await" ? outer.parent : node;
}
function replacementOf(ev, isAsync) {
  if (ev.kind !== "drain") return null;
  const node = ev.node;
  if (ev.streams.length === 2) {
    if (node.type !== "call" && !(isAsync && node.type === "await")) return null;
    const outer = outerExpression(node);
    const sub = outer.parent;
    if (sub?.type === "subscript" && sub.childForFieldName("value")?.id === outer.id) {
      const index = sub.childForFieldName("subscript");
      if (index?.text === "0") return { node: sub, stream: "stdout", form: "value" };
      if (index?.text === "1") return { node: sub, stream: "stderr", form: "value" };
      return null;
    }
    return { node, stream: "both", form: "pair" };
  }
  const stream = ev.streams[0];
  if (node.type === "call") {
    const fn = node.childForFieldName("function");
    const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : null;
    const args = node.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
    const site = isAsync ? withAwait(node) : node;
    if (isAsync && site.id === node.id) return null;
    if (method === "read" && (args.length === 0 || args.length === 1 && unparenthesize(args[0]).text === "-1")) return { node: site, stream, form: "value" };
    if (method === "readlines" && args.length === 0 && !isAsync) return { node: site, stream, form: "lines" };
    return null;
  }
  const parent = node.parent;
  if (isAsync) return null;
  if ((parent?.type === "for_statement" || parent?.type === "for_in_clause") && parent.childForFieldName("right")?.id === node.id) return { node, stream, form: "lines" };
  return null;
}
function nearestScope2(node) {
  for (let n = node.parent; n; n = n.parent) if (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition") return n.id;
  return -1;
}
var COMPREHENSIONS = /* @__PURE__ */ new Set(["list_comprehension", "generator_expression", "set_comprehension", "dictionary_comprehension"]);
function repeats(node, block) {
  for (let n = node.parent; n && n.id !== block.id; n = n.parent) {
    if (n.type === "while_statement" || n.type === "for_statement" && !contains(n.childForFieldName("right"), node)) return true;
    if (COMPREHENSIONS.has(n.type)) {
      const first = n.namedChildren.find((c) => c.type === "for_in_clause")?.childForFieldName("right");
      if (!first || !contains(first, node)) return true;
    }
  }
  return false;
}
function contains(a, n) {
  return n.startIndex >= a.startIndex && n.endIndex <= a.endIndex;
}
function anchorStatement(node) {
  const stmt = enclosingStatement(node);
  if (!stmt) return null;
  for (let n = node.parent; n && n.id !== stmt.id; n = n.parent) {
    if (n.type === "lambda" || n.type === "block") return null;
  }
  switch (stmt.type) {
    case "expression_statement":
    case "if_statement":
    case "for_statement":
      return stmt;
    default:
      return null;
  }
}
function communicateFix(source, tree, handle, anchor, events, origin) {
  const at = events.indexOf(anchor);
  if (at < 0) return null;
  const isAsync = anchor.node.type === "await" || anchor.kind === "drain" && withAwait(anchor.node).type === "await";
  let waitCall = null;
  let waitSite = null;
  let anchorNode;
  if (anchor.kind === "wait") {
    if (!anchor.call) return null;
    waitCall = anchor.call;
    waitSite = anchor.node;
    if (waitSite.id !== waitCall.id && waitSite.type !== "await") return null;
    anchorNode = waitSite;
  } else if (anchor.kind === "drain") anchorNode = anchor.node;
  else return null;
  if (inLoopAfter(anchorNode, origin)) return null;
  const stmt = anchorStatement(anchorNode);
  if (!stmt?.parent) return null;
  if (stmt.type !== "expression_statement") {
    const header = stmt.childForFieldName(stmt.type === "for_statement" ? "right" : "condition");
    if (!header || !contains(header, anchorNode)) return null;
  }
  const scope = nearestScope2(anchorNode);
  const replacements = [];
  const seen = /* @__PURE__ */ new Set();
  for (const ev of events.slice(anchor.kind === "wait" ? at + 1 : at)) {
    if (ev.kind === "wait" || ev.kind === "end" || ev.kind === "neutral" || ev.kind === "close") continue;
    const r = replacementOf(ev, isAsync);
    if (!r) return null;
    if (nearestScope2(r.node) !== scope || !contains(stmt.parent, r.node) || r.node.startIndex < stmt.startIndex) return null;
    if (repeats(r.node, stmt.parent)) return null;
    const streams = r.stream === "both" ? ["stdout", "stderr"] : [r.stream];
    if (streams.some((s) => seen.has(s))) return null;
    for (const s of streams) seen.add(s);
    replacements.push(r);
  }
  if (replacements.length === 0) return null;
  let args = "";
  if (waitCall) {
    const list = waitCall.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
    if (list.length > 1 || isAsync && list.length > 0) return null;
    if (list.length === 1) {
      const a = list[0];
      if (a.type === "keyword_argument") {
        if (a.childForFieldName("name")?.text !== "timeout") return null;
        args = a.text;
      } else if (a.type === "list_splat" || a.type === "dictionary_splat") return null;
      else args = `timeout=${a.text}`;
    }
  }
  const outs = seen.has("stdout") ? freshName(tree, `${handle}_out`) : null;
  const errs = seen.has("stderr") ? freshName(tree, `${handle}_err`) : null;
  const call = isAsync ? `(await ${handle}.communicate())` : `${handle}.communicate(${args})`;
  const assignment = outs && errs ? `${outs}, ${errs} = ${isAsync ? call.slice(1, -1) : call}` : outs ? `${outs} = ${call}[0]` : `${errs} = ${call}[1]`;
  const value = (s) => s === "stdout" ? outs : errs;
  const edits = [];
  const bareWait = waitSite && outerExpression(waitSite).parent?.id === stmt.id && stmt.type === "expression_statement";
  if (bareWait) edits.push({ start: stmt.startIndex, end: stmt.endIndex, content: assignment });
  else {
    edits.push(insertStatementBefore(source, stmt, assignment));
    if (waitSite) edits.push({ start: waitSite.startIndex, end: waitSite.endIndex, content: `${handle}.returncode` });
  }
  for (const r of replacements) {
    const content = r.stream === "both" ? `(${outs}, ${errs})` : r.form === "lines" ? `${value(r.stream)}.splitlines(True)` : value(r.stream);
    edits.push({ start: r.node.startIndex, end: r.node.endIndex, content });
  }
  const what = anchor.kind === "wait" ? "in place of wait()" : "before the first read";
  return { strategy: "read", applicability: "unsafe", description: `Drain the pipes with ${isAsync ? "await " : ""}${handle}.communicate() ${what}; the later reads take the output from its result`, edits };
}

// src/python/read-fix.ts
function enclosingSimple(node) {
  for (let n = node; n; n = n.parent) {
    if (n.type === "expression_statement" || n.type === "return_statement") return n.parent?.type === "block" || n.parent?.type === "module" ? n : null;
    if (n.type === "block" || n.type === "if_statement" || n.type === "while_statement") return null;
  }
  return null;
}
function readFix(ctx, call, site, stdinPiped) {
  const { verdict } = site;
  const name = site.holder;
  if (site.handle === "container") return null;
  if (site.handle === "dropped") {
    return { strategy: "read", applicability: "unsafe", description: "Drain the pipe with .communicate() (the parent now waits)", edits: [{ start: call.endIndex, end: call.endIndex, content: ".communicate()" }] };
  }
  const at = verdict.at;
  const anchor = site.events.find((e) => (e.kind === "wait" || e.kind === "drain") && e.node.id === at?.id);
  if (anchor?.kind === "wait" && anchor.via) return null;
  if (anchor?.kind === "drain" && anchor.via || verdict.laterDrain?.kind === "drain" && verdict.laterDrain.via) return null;
  const readLater = anchor?.kind === "wait" ? !!verdict.laterDrain : verdict.full.some((s) => !verdict.neverRead.includes(s));
  if (anchor && name && site.handle === "name" && readLater) {
    const fix = communicateFix(ctx.source, ctx.tree, name, anchor, site.events, call);
    if (fix) return fix;
  }
  const wait = anchor?.kind === "wait" ? anchor : void 0;
  if (wait?.kind === "wait" && wait.call) {
    const waitCall = wait.call;
    const own = waitCall.parent?.type === "expression_statement" || waitCall.parent?.type === "await" && waitCall.parent.parent?.type === "expression_statement";
    const bare = own && (waitCall.childForFieldName("arguments")?.namedChildren.length ?? 0) === 0;
    const attr = waitCall.childForFieldName("function")?.childForFieldName("attribute");
    const later = verdict.laterDrain;
    if (includesBefore(ctx.versions, [3, 0]) && site.events.some((e) => e.kind === "partial" && e.node.parent?.type === "for_statement")) return null;
    if (bare && attr && !later) {
      return { strategy: "read", applicability: stdinPiped ? "unsafe" : "safe", description: "Drain the pipes: communicate() instead of wait()", edits: [{ start: attr.startIndex, end: waitCall.endIndex, content: "communicate()" }] };
    }
    const waitStmt = enclosingStatement(waitCall);
    if (bare && later && waitStmt) {
      const laterStmt = enclosingStatement(later.node);
      if (laterStmt && laterStmt.parent?.id === waitStmt.parent?.id && laterStmt.type !== "with_statement") {
        const text = ctx.source.text.slice(waitStmt.startIndex, waitStmt.endIndex);
        const lineStart = ctx.source.lineStart(waitStmt.startIndex);
        const before = ctx.source.text.slice(lineStart, waitStmt.startIndex);
        const nextLine = ctx.source.lineStarts[ctx.source.lineIndex(waitStmt.endIndex) + 1];
        if (before.trim() === "" && nextLine !== void 0 && ctx.source.text.slice(waitStmt.endIndex, nextLine).trim() === "") {
          return {
            strategy: "read",
            applicability: "unsafe",
            description: `Wait after the output is read: move ${text} below the read`,
            edits: [{ start: lineStart, end: nextLine, content: "" }, insertStatementAfter(ctx.source, laterStmt, text)]
          };
        }
      }
      return null;
    }
    const stmt = enclosingSimple(waitCall);
    if (stmt && name && !later) {
      return { strategy: "read", applicability: "unsafe", description: `Drain the pipes with ${name}.communicate() before waiting`, edits: [insertStatementBefore(ctx.source, stmt, `${name}.communicate()`)] };
    }
    return null;
  }
  if (site.handle === "name" && name && verdict.shape === "never-read" && !site.withBlock && site.statement && verdict.full.every((st) => verdict.neverRead.includes(st)) && !site.events.some((e) => e.kind === "wait" || e.kind === "drain" || e.kind === "partial")) {
    return { strategy: "read", applicability: "unsafe", description: `Drain the pipes with ${name}.communicate() (the parent now waits)`, edits: [insertStatementAfter(ctx.source, site.statement, `${name}.communicate()`)] };
  }
  return null;
}

// src/python/ended-unread.ts
var PAUSES = /* @__PURE__ */ new Set(["time.sleep", "signal.pause"]);
var PROMPTS = /* @__PURE__ */ new Set(["input", "raw_input"]);
function pauseName(model, call) {
  const fn = call.childForFieldName("function");
  if (!fn) return null;
  const q = model.qualifiedName(fn);
  if (q && PAUSES.has(q)) return q;
  if (fn.type === "identifier" && PROMPTS.has(fn.text) && !model.lookup(fn.text, model.scopeOf(fn))) return fn.text;
  return null;
}
function functionOf(node) {
  for (let n = node.parent; n; n = n.parent) if (n.type === "function_definition" || n.type === "lambda" || n.type === "module") return n;
  return null;
}
function pauseBetween(model, from, to) {
  const scope = functionOf(from);
  if (!scope || functionOf(to)?.id !== scope.id) return null;
  let found = null;
  const stack = [scope];
  while (stack.length) {
    const n = stack.pop();
    if (n.endIndex <= from.endIndex || n.startIndex >= to.startIndex) continue;
    if (n.id !== scope.id && (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition")) continue;
    if (n.type === "call" && n.startIndex > from.endIndex && pauseName(model, n) && (!found || n.startIndex < found.startIndex)) found = n;
    for (const c of n.namedChildren) stack.push(c);
  }
  return found;
}
function killByPid(model, node) {
  if (node.type !== "attribute" || node.childForFieldName("attribute")?.text !== "pid") return null;
  const call = node.parent?.type === "argument_list" && node.parent.namedChildren[0]?.id === node.id ? node.parent.parent : null;
  const fn = call?.type === "call" ? call.childForFieldName("function") : null;
  return fn && model.qualifiedName(fn) === "os.kill" ? { kind: "end", node: call } : null;
}
function endedUnread(model, origin, given, growing) {
  const events = given.map((e) => e.kind === "neutral" ? killByPid(model, e.node) ?? e : e);
  const i = events.findIndex((e) => e.kind !== "neutral");
  const end = events[i];
  if (!end || end.kind !== "end" || end.node.type !== "call") return null;
  const read2 = events.slice(i + 1).find((e) => e.kind === "drain" && e.toEof);
  if (read2?.kind !== "drain") return null;
  const streams = growing.filter((s) => read2.streams.includes(s));
  if (streams.length === 0) return null;
  const pause = pauseBetween(model, origin, end.node);
  return pause ? { streams, pause, end: end.node, read: read2 } : null;
}
function readOnlyAfterEnd(model, origin, holder, given, growing) {
  const events = given.map((e) => e.kind === "neutral" ? killByPid(model, e.node) ?? e : e);
  if (events.some((e) => e.kind === "escape" || e.kind === "close" || e.kind === "drain" && e.via)) return null;
  const ends = events.filter((e) => e.kind === "end" && e.node.type === "call").map((e) => e.node);
  if (ends.length === 0) return null;
  const streams = [];
  let first = null;
  let firstRead = null;
  for (const s of growing) {
    const reads = events.filter((e) => e.kind === "drain" && e.streams.includes(s) || e.kind === "partial" && e.stream === s);
    if (reads.length === 0) continue;
    let all = true;
    for (const r of reads) {
      const end = endBefore(model, r.node, ends, holder, 0);
      if (!end) {
        all = false;
        break;
      }
      if (ends.includes(end)) first ??= { end, read: r };
      firstRead ??= r;
    }
    if (all) streams.push(s);
  }
  const start = enclosingFunction(origin);
  const longLived = ends.find((e) => enclosingFunction(e)?.id !== start?.id) ?? null;
  if (streams.length === 0 || !firstRead) return null;
  return { streams, ...first ?? { end: longLived ?? ends[0], read: firstRead }, longLived };
}
function endBefore(model, node, ends, holder, depth) {
  const fn = enclosingFunction(node);
  if (!fn) return null;
  const end = ends.find((e) => enclosingFunction(e)?.id === fn.id && e.endIndex <= node.startIndex);
  if (end) return end;
  if (exitedAt(node, fn, holder)) return node;
  const name = fn.childForFieldName("name")?.text ?? "";
  const cls = classOf(fn);
  if (!cls || !name.startsWith("_") || name.startsWith("__") || depth >= 3) return null;
  const calls = [];
  for (const id of model.occurrences(name)) {
    const ref = id.parent;
    if (ref?.type !== "attribute" || ref.childForFieldName("attribute")?.id !== id.id) continue;
    const call = ref.parent;
    if (call?.type !== "call" || call.childForFieldName("function")?.id !== ref.id || ref.childForFieldName("object")?.text !== "self") return null;
    if (call.startIndex < cls.startIndex || call.endIndex > cls.endIndex) return null;
    calls.push(call);
  }
  if (calls.length === 0) return null;
  let found = null;
  for (const call of calls) {
    const e = endBefore(model, call, ends, holder, depth + 1);
    if (!e) return null;
    found ??= e;
  }
  return found;
}
function classOf(fn) {
  let n = fn.parent;
  if (n?.type === "decorated_definition") n = n.parent;
  return n?.type === "block" && n.parent?.type === "class_definition" ? n.parent : null;
}
function exitedAt(node, fn, holder) {
  const h = holder.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const direct = new RegExp(`^${h}\\s*\\.\\s*(poll\\s*\\(\\s*\\)|returncode)\\s*(is\\s+not|!=)\\s*None$`);
  const named = /^(\w+)\s*(is\s+not|!=)\s*None$/;
  for (let n = node.parent; n && n.id !== fn.id; n = n.parent) {
    if (n.type !== "block" || n.parent?.type !== "if_statement" || n.parent.childForFieldName("consequence")?.id !== n.id) continue;
    const cond = n.parent.childForFieldName("condition")?.text.trim() ?? "";
    if (direct.test(cond)) return true;
    const m = named.exec(cond);
    if (m && new RegExp(`\\b${m[1]}\\s*=\\s*${h}\\s*\\.\\s*poll\\s*\\(\\s*\\)`).test(fn.text)) return true;
  }
  return false;
}

// src/python/ended-capture.ts
function endedCapture(ctx, call, pipes2, growing, output) {
  const events = knownToFill(output) && growing.length > 0 ? nameEvents(ctx, call) : null;
  const found = events && endedUnread(ctx.model, call, events.paths[0], growing);
  if (!found) {
    storedEndedCapture(ctx, call, pipes2, growing, output);
    return;
  }
  const pause = `${found.pause.childForFieldName("function").text}()`;
  const fnText = found.end.childForFieldName("function");
  const end = fnText?.type === "attribute" && fnText.childForFieldName("object")?.text !== "os" ? fnText.childForFieldName("attribute").text : fnText?.text ?? "terminate";
  const read2 = found.read.node.type === "call" ? `${found.read.node.childForFieldName("function")?.text ?? "the read"}()` : `the loop over ${found.read.node.text}`;
  const who = output.program ? `\`${output.program}\`` : "the command";
  ctx.report(call, {
    message: `${found.streams.join("/")} pipe of subprocess.Popen() is not read during ${pause} before ${end}() (${output.evidence}): ${who} blocks once it has written 64 KiB and writes nothing more until ${end}(), so what ${read2} reads after it stops at those 64 KiB: the rest is lost`,
    fixes: [],
    // Reported only for a command the table lists as writing as it goes.
    evidence: "grows"
  });
}
function endName(end) {
  const fn = end.childForFieldName("function");
  return fn?.type === "attribute" && fn.childForFieldName("object")?.text !== "os" ? fn.childForFieldName("attribute").text : fn?.text ?? "terminate";
}
function functionName(node) {
  const fn = enclosingFunction(node);
  return fn?.childForFieldName("name")?.text ?? null;
}
function globalStore(ctx, call) {
  const handle = handleUses(ctx.model, call);
  const fn = handle && enclosingFunction(call);
  if (!handle || !fn) return null;
  const name = handle.name.text;
  const declared2 = (fn.childForFieldName("body")?.namedChildren ?? []).some((st) => st.type === "global_statement" && st.namedChildren.some((n) => n.text === name));
  const events = declared2 ? nameEvents(ctx, call) : null;
  return events && { holder: name, events: events.all };
}
function storedEndedCapture(ctx, call, pipes2, growing, output) {
  if (growing.length === 0) return;
  const stored = attributeStore(ctx, call) ?? storedInContainer(ctx.model, call) ?? globalStore(ctx, call);
  const found = stored && readOnlyAfterEnd(ctx.model, call, stored.holder, stored.events, growing);
  if (!found) return;
  const end = endName(found.end);
  const where = functionName(found.end) ? ` in ${functionName(found.end)}()` : "";
  const read2 = found.read.node.type === "call" ? `${found.read.node.childForFieldName("function")?.text ?? "the read"}()` : `the loop over ${found.read.node.text}`;
  const who = output.program ? `\`${output.program}\`` : "the command";
  const values = found.streams.map((st) => st === "stdout" ? pipes2.stdout : pipes2.stderr).filter((v) => v !== null);
  const devnull = found.longLived ? devnullFix(ctx, call, values) : null;
  const fixes2 = devnull ? [{ ...devnull, applicability: "unsafe", description: `Send the output to /dev/null (what ${read2} reads after the end is lost)` }] : [];
  if (knownToFill(output)) {
    ctx.report(call, {
      message: `${found.streams.join("/")} pipe of subprocess.Popen() stored in \`${stored.holder}\` is read only after ${end}()${where} (${output.evidence}): nothing reads it while the command runs, so ${who} blocks once it has written 64 KiB and writes nothing more until ${end}(), and what ${read2} reads stops at those 64 KiB: the rest is lost`,
      fixes: fixes2,
      // Reported only for a command the table lists as writing as it goes.
      evidence: "grows"
    });
    return;
  }
  if (!found.longLived) return;
  const stop = endName(found.longLived);
  const from = functionName(call);
  const by = functionName(found.longLived);
  const life = `${from ? `started in ${from}()` : "started here"}, it runs until ${by ? `${by}() ends it with ${stop}()` : `${stop}() ends it`}`;
  const readIn = functionName(found.read.node);
  ctx.report(call, {
    message: `${found.streams.join("/")} pipe of subprocess.Popen() stored in \`${stored.holder}\` is read only once the child is stopped (${output.evidence}): ${life}, and ${read2}${readIn ? ` in ${readIn}()` : ""} comes only once it is ended or has exited: nothing reads the pipe while it runs, so once ${who} has written 64 KiB over its life (a server's or a daemon's log: a line per client, per warning) it blocks on its next write and stops working until it is ended`,
    fixes: fixes2,
    evidence: commandEvidence(output)
  });
}

// src/python/returned.ts
function returnedHere(call, events) {
  if (outerExpression(call).parent?.type === "return_statement") return true;
  if (!events) return false;
  const escapes = events.filter((e) => e.kind !== "neutral");
  return escapes.length === 1 && escapes[0].kind === "escape" && outerExpression(escapes[0].node).parent?.type === "return_statement";
}
function returnedToCallers(model, call, events) {
  if (!returnedHere(call, events)) return null;
  let fn = call.parent;
  while (fn && fn.type !== "function_definition" && fn.type !== "lambda" && fn.type !== "class_definition") fn = fn.parent;
  if (fn?.type !== "function_definition") return null;
  const name = fn.childForFieldName("name")?.text;
  if (!name) return null;
  const top = fn.parent?.type === "decorated_definition" ? fn.parent : fn;
  const holder = top.parent?.type === "block" ? top.parent.parent : top.parent;
  if (/\byield\b/.test(fn.text) || fn.text.startsWith("async")) return null;
  const calls = [];
  for (const id of model.occurrences(name)) {
    const ref = id.parent?.type === "attribute" && id.parent.childForFieldName("attribute")?.id === id.id ? id.parent : id;
    const c = ref.parent;
    if (c?.type !== "call" || c.childForFieldName("function")?.id !== ref.id) continue;
    if (holder?.type === "module") {
      if (ref.type !== "identifier") continue;
      const bindings = model.lookup(name, model.scopeOf(ref))?.bindings ?? [];
      if (bindings.length !== 1 || bindings[0].node.parent?.id !== fn.id) continue;
    } else if (holder?.type === "class_definition") {
      if (ref.type !== "attribute" || ref.childForFieldName("object")?.text !== "self" || c.startIndex < holder.startIndex || c.endIndex > holder.endIndex) continue;
    } else return null;
    calls.push(c);
  }
  return calls.length ? { fn, name, calls } : null;
}

// src/python/returned-capture.ts
function commandIsParameter(ctx, call) {
  const arg = argument(call, 0, "args");
  if (!arg) return true;
  const n = unparenthesize(arg);
  if (n.type !== "identifier") return !!parameterOf(ctx.model, arg);
  return !!ctx.model.lookup(n.text, ctx.model.scopeOf(n))?.bindings.some((b) => b.kind === "param");
}
function returnedCapture(ctx, call, growing, output, choice2 = null) {
  if (growing.length === 0 || commandIsParameter(ctx, call)) return false;
  const returned = returnedToCallers(ctx.model, call, nameEvents(ctx, call)?.all ?? null);
  if (!returned) return false;
  let reported2 = false;
  for (const c of returned.calls) {
    if (choice2 && ruledOutAt(c, choice2, parameterNames(returned.fn))) continue;
    const site = siteOf(ctx, c, growing);
    if (!site) continue;
    const pattern = patternOf(site.verdict, isShell(call) && shellExitsAtOnce(argument(call, 0, "args"), ctx.model));
    if (!pattern) continue;
    const hazard = pipeHazard(pattern, ctx.versions, "unbounded", output, parentLifetime(ctx.model, c));
    if (!hazard.breaks) continue;
    const text = describe(site, site.verdict.full.join("/")).replace("subprocess.Popen()", `subprocess.Popen()${choiceNote(choice2)} returned by ${returned.name}() (defined in this module)`);
    const read2 = readFix(ctx, c, site, true);
    ctx.report(c, { message: `${text} (${output.evidence}): ${waitHow(site, hazard.how)}`, fixes: read2 ? [read2] : [], evidence: hazard.evidence });
    reported2 = true;
  }
  return reported2;
}

// src/python/poll-tail.ts
var LOOPS4 = /* @__PURE__ */ new Set(["for_statement", "while_statement", "function_definition", "lambda", "class_definition"]);
function aliveTest(cond, name) {
  const c = unparenthesize(cond);
  if (c.type !== "comparison_operator") return false;
  const text = c.text.replace(/\s+/g, " ");
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${esc}\\.(poll\\(\\)|returncode) (is|==) None$`).test(text);
}
function pollLoopOf(read2, name) {
  for (let n = read2.parent; n; n = n.parent) {
    if (!LOOPS4.has(n.type)) continue;
    const cond = n.type === "while_statement" ? n.childForFieldName("condition") : null;
    return cond && aliveTest(cond, name) && !(read2.startIndex >= cond.startIndex && read2.endIndex <= cond.endIndex) ? n : null;
  }
  return null;
}
function readlineCall(node, stream, name) {
  if (node.type !== "call") return false;
  const fn = node.childForFieldName("function");
  return fn?.type === "attribute" && fn.text.replace(/\s+/g, "") === `${name}.${stream}.readline`;
}
function touches(e, stream) {
  return e.kind === "drain" && e.streams.includes(stream) || (e.kind === "partial" || e.kind === "close") && e.stream === stream;
}
function aliasReadlines(model, stream) {
  let e = outerExpression(stream);
  let index = -1;
  if ((e.parent?.type === "tuple" || e.parent?.type === "expression_list") && !e.parent.namedChildren.some((c) => c.type === "comment")) {
    index = e.parent.namedChildren.findIndex((c) => c.id === e.id);
    e = outerExpression(e.parent);
  }
  const assign = e.parent;
  if (assign?.type !== "assignment" || assign.childForFieldName("right")?.id !== e.id) return null;
  let target = assign.childForFieldName("left");
  if (index >= 0) {
    const pattern = target && (target.type === "tuple_pattern" || target.type === "pattern_list" || target.type === "tuple" ? target : null);
    target = pattern?.namedChildren[index] ?? null;
  }
  if (target?.type !== "identifier") return null;
  let fn = assign;
  while (fn.parent && fn.type !== "function_definition") fn = fn.parent;
  const reads = [];
  for (const id of model.occurrences(target.text)) {
    if (id.id === target.id || id.startIndex < fn.startIndex || id.endIndex > fn.endIndex) continue;
    if (id.parent?.type === "attribute" && id.parent.childForFieldName("attribute")?.id === id.id) continue;
    if (id.parent?.type === "keyword_argument" && id.parent.childForFieldName("name")?.id === id.id) continue;
    const attr = id.parent;
    const call = attr?.type === "attribute" && attr.childForFieldName("object")?.id === id.id && attr.childForFieldName("attribute")?.text === "readline" ? attr.parent : null;
    if (call?.type !== "call" || call.childForFieldName("function")?.id !== attr.id || id.startIndex < assign.endIndex) return null;
    reads.push(call);
  }
  return reads.length ? reads : null;
}
function exitBreakLoop(read2, name) {
  let at = read2;
  let loop = null;
  for (let n = read2.parent; n; at = n, n = n.parent) {
    if (!LOOPS4.has(n.type)) continue;
    loop = n.type === "while_statement" ? n : null;
    break;
  }
  const body = loop?.childForFieldName("body");
  if (!loop || !body || at.id !== body.id) return null;
  let statement = read2;
  while (statement.parent && statement.parent.id !== body.id) statement = statement.parent;
  const parts = body.namedChildren;
  const j = parts.findIndex((c) => c.id === statement.id);
  const poll = parts.slice(0, j).reverse().find((c) => c.type === "expression_statement" && c.namedChildren[0]?.type === "assignment" && c.namedChildren[0].childForFieldName("left")?.type === "identifier" && c.namedChildren[0].childForFieldName("right")?.text.replace(/\s+/g, "") === `${name}.poll()`);
  const status = poll?.namedChildren[0].childForFieldName("left")?.text;
  if (!poll || !status) return null;
  const stop = parts.slice(j + 1).find((c) => {
    if (c.type !== "if_statement" || c.childrenForFieldName("alternative").length) return false;
    const cond = unparenthesize(c.childForFieldName("condition")).text.replace(/\s+/g, " ");
    const then = c.childForFieldName("consequence")?.namedChildren ?? [];
    return (cond === `${status} is not None` || cond === `${status} != None`) && then.length === 1 && then[0].type === "break_statement";
  });
  return stop ? { loop, test: poll.text.replace(/\s+/g, " ") } : null;
}
function handedTail(model, call, name, piped) {
  const fn = call.childForFieldName("function");
  const args = call.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
  const index = args.findIndex((a) => a.type === "identifier" && a.text === name);
  if (fn?.type !== "identifier" || index < 0 || args.slice(0, index).some((a) => a.type !== "identifier" && a.type !== "attribute" && a.type !== "string")) return null;
  const bindings = model.lookup(fn.text, model.scopeOf(fn))?.bindings ?? [];
  const def = bindings.length === 1 ? bindings[0].node.parent : null;
  if (def?.type !== "function_definition") return null;
  const param = def.childForFieldName("parameters")?.namedChildren.filter((c) => c.type !== "comment")[index];
  const body = def.childForFieldName("body");
  if (param?.type !== "identifier" || !body) return null;
  const reads = [];
  for (const id of model.occurrences(param.text)) {
    if (id.id === param.id || id.startIndex < body.startIndex || id.endIndex > body.endIndex) continue;
    if (id.parent?.type === "attribute" && id.parent.childForFieldName("attribute")?.id === id.id) continue;
    const use = outerExpression(id).parent;
    const method = use?.type === "attribute" ? use.childForFieldName("attribute")?.text : void 0;
    if (method === "poll" && use.parent?.type === "call") continue;
    const stream2 = method === "stdout" || method === "stderr" ? method : null;
    const read2 = stream2 ? outerExpression(use).parent : null;
    const readCall = read2?.type === "attribute" && read2.childForFieldName("attribute")?.text === "readline" ? read2.parent : null;
    if (!stream2 || readCall?.type !== "call") return null;
    reads.push({ stream: stream2, call: readCall });
  }
  const stream = reads[0]?.stream;
  if (!stream || !piped.includes(stream) || reads.some((r) => r.stream !== stream)) return null;
  const loops = reads.map((r) => exitBreakLoop(r.call, param.text));
  const first = loops[0];
  if (!first || loops.some((l) => l?.loop.id !== first.loop.id)) return null;
  return { stream, loop: first.loop, test: first.test, breaks: true, via: `${fn.text}()` };
}
function stopsAtExit(read2, name) {
  const loop = pollLoopOf(read2, name);
  if (loop) return { loop, test: unparenthesize(loop.childForFieldName("condition")).text };
  const broken = exitBreakLoop(read2, name);
  return broken && { ...broken, breaks: true };
}
function pollTail(all, name, piped, model) {
  if (all.some((e) => e.kind === "escape")) return null;
  const handed = all.filter((e) => e.kind === "drain" && e.via);
  if (handed.length) {
    const tail = model && handed.length === 1 && handed[0].node.type === "call" ? handedTail(model, handed[0].node, name, piped) : null;
    return tail && all.filter((e) => touches(e, tail.stream)).length === 1 ? tail : null;
  }
  for (const stream of piped) {
    const reads = all.filter((e) => touches(e, stream));
    if (reads.length === 0) continue;
    const aliased = model && reads.length === 1 && reads[0].kind === "drain" && !reads[0].toEof ? aliasReadlines(model, reads[0].node) : null;
    const calls = aliased ?? reads.map((e) => readlineCall(e.node, stream, name) ? e.node : null);
    const loops = calls.map((c) => c ? stopsAtExit(c, name) : null);
    const first = loops[0];
    if (first && loops.every((l) => l)) return { stream, ...first };
  }
  return null;
}

// src/python/poll-tail-loss.ts
function pollTailOf(ctx, call, pipes2) {
  const handle = handleUses(ctx.model, call);
  const events = handle && nameEvents(ctx, call);
  const stored = handle ? null : attributeStore(ctx, call);
  const held = handle && events ? { all: events.all, name: handle.name.text } : stored ? { all: stored.events, name: stored.holder } : null;
  if (!held) return null;
  const piped = ["stdout", "stderr"].filter((s) => s === "stdout" ? pipes2.stdout : pipes2.stderr);
  const tail = pollTail(held.all, held.name, piped, ctx.model);
  if (!tail) return null;
  const name = held.name;
  const text = ["text", "universal_newlines", "encoding", "errors"].some((k) => {
    const a = argument(call, 99, k);
    return !!a && !["False", "None", "0"].includes(a.text);
  });
  const empty = text ? "''" : "b''";
  const how = tail.breaks ? `is read with readline()${tail.via ? ` by ${tail.via}` : ""} in a loop that stops once \`${tail.test}\` has seen the command exit: after the exit it reads one more line` : `is read with readline() only while \`${tail.test}\`: the loop stops as soon as the command has exited`;
  return { stream: tail.stream, text: `${how}, and the lines it wrote last, still in the pipe, are never read: the end of its output is lost (read until readline() returns empty, \`for line in iter(${name}.${tail.stream}.readline, ${empty})\`, or read the rest after the loop)` };
}
function pollTailLoss(ctx, call, pipes2, qualified) {
  const tail = pollTailOf(ctx, call, pipes2);
  if (!tail) return false;
  ctx.report(call, { message: `${tail.stream} pipe of ${qualified}() ${tail.text}`, fixes: [], evidence: "any-size" });
  return true;
}

// src/python/closed-at-once.ts
function touches2(e, stream) {
  return e.kind === "drain" && e.streams.includes(stream) || (e.kind === "partial" || e.kind === "close") && e.stream === stream;
}
function closedAtOnce(ctx, call, pipes2) {
  if (!pipes2.stdout || !pipes2.stderr || pipes2.merged) return null;
  const handle = handleUses(ctx.model, call);
  const events = handle && nameEvents(ctx, call);
  if (!handle || !events) return null;
  const popenStatement = enclosingStatement(call);
  const after = events.all.filter((e) => e.node.startIndex > call.endIndex);
  const first = after.find((e) => e.kind !== "neutral");
  if (first?.kind !== "close") return null;
  const statement = enclosingStatement(first.node);
  if (!popenStatement || !statement || statement.parent?.id !== popenStatement.parent?.id || statement.firstNamedChild?.id !== first.node.id) return null;
  const other = first.stream === "stdout" ? "stderr" : "stdout";
  const rest = after.slice(after.indexOf(first) + 1);
  for (const e of rest) {
    if (e.kind === "wait" || e.kind === "end" || e.kind === "escape") return null;
    if (touches2(e, other) && e.kind !== "close") return { closed: first.stream, read: other, close: first.node };
  }
  return null;
}
function closedEvidence(output) {
  if (output.basis === "value") return "external-command";
  if (output.basis === "unlisted") return "unlisted-program";
  return "any-size";
}
function commandOf2(ctx, call, closed) {
  const output = processOutput(argument(call, 0, "args"), isShell(call), ctx.model);
  const wrapper = output.program === null ? parameterOf(ctx.model, argument(call, 0, "args")) : null;
  if (!wrapper) return output;
  const judged = judgeCallers({ file: ctx.path, model: ctx.model }, wrapper, (m, a) => processOutput(a, isShell(call), m), (o) => o[closed] !== "none");
  if (judged && !judged.growing && judged.unseen === 0) return null;
  const shown2 = judged?.growing;
  if (shown2 && !(isTest(shown2.file) && judged.unseenOutsideTests > 0)) return { ...shown2.output, evidence: `${shown2.output.evidence}, passed to ${shown2.fn}() at ${shown2.at}` };
  return { ...output, evidence: unseenCallers(ctx.path, wrapper, judged) };
}
function reportClosedAtOnce(ctx, call, pipes2, qualified) {
  const found = closedAtOnce(ctx, call, pipes2);
  if (!found) return false;
  const output = commandOf2(ctx, call, found.closed);
  if (!output || output[found.closed] === "none") return true;
  const hazard = pipeHazard("closed-unread", ctx.versions, "unbounded", output, parentLifetime(ctx.model, call));
  if (!hazard.breaks) return true;
  const what = found.closed === "stderr" ? "stderr (a warning, an error message)" : "stdout";
  const how = hazard.how.replaceAll("at its next write", `at its next write to ${found.closed}`).replace(/ to (stderr|stdout)(?!.* to (stderr|stdout))/, ` to ${what}`);
  ctx.report(call, {
    message: `${found.closed} pipe of ${qualified}() is closed before it is read, while the command runs and its ${found.read} is read (${output.evidence}): ${how}, and where it dies the ${found.read} the code reads stops there: the rest of its output is lost (redirect ${found.closed} to /dev/null instead of closing the pipe)`,
    fixes: [],
    evidence: closedEvidence(output)
  });
  return true;
}

// src/python/held-pipe.ts
import path10 from "node:path";

// src/python/held-stages.ts
var keyText = (n) => n.text.replace(/\s+/g, "");
function keyOf(call) {
  const e = outerExpression(call);
  const assignment = e.parent;
  if (assignment?.type !== "assignment" || assignment.childForFieldName("right")?.id !== e.id) return null;
  const target = assignment.childForFieldName("left");
  const holder = target?.type === "subscript" ? target.childForFieldName("value") : null;
  if (!holder || !(holder.type === "identifier" || holder.type === "attribute" && holder.childForFieldName("object")?.text === "self")) return null;
  const scope = enclosingFunction(call);
  return scope ? { target, scope } : null;
}
function keyReads(ctx, target, scope) {
  const holder = target.childForFieldName("value");
  const last = holder.type === "attribute" ? holder.childForFieldName("attribute") : holder;
  const key2 = keyText(target);
  const out = [];
  for (const id of ctx.model.occurrences(last.text)) {
    if (id.startIndex < scope.startIndex || id.endIndex > scope.endIndex) continue;
    const h = holder.type === "attribute" ? id.parent : id;
    if (!h || holder.type === "attribute" && h.childForFieldName("attribute")?.id !== id.id) continue;
    const sub = h.parent;
    if (sub?.type !== "subscript" || sub.childForFieldName("value")?.id !== h.id || sub.id === target.id || keyText(sub) !== key2) continue;
    out.push(sub);
  }
  return out;
}
function stageOf(ctx, call) {
  const named = handleUses(ctx.model, call);
  if (named) {
    const events = nameEvents(ctx, call);
    return events && { name: named.name.text, ...events };
  }
  const keyed = keyOf(call);
  if (!keyed) return null;
  const reads = keyReads(ctx, keyed.target, keyed.scope);
  const rebound = reads.some((r) => r.startIndex > call.startIndex && r.parent?.type === "assignment" && r.parent.childForFieldName("left")?.id === r.id);
  if (rebound) return null;
  const all = reads.filter((r) => r.startIndex > call.endIndex).map((r) => handleEvent(r, call));
  return { name: keyed.target.text, all, paths: eventPaths(all, call) };
}
var MAX_UPSTREAM = 3;
function upstreamWaits(ctx, call, depth = 0) {
  if (depth >= MAX_UPSTREAM) return [];
  const stdin = argument(call, 99, "stdin");
  const source = stdin && unparenthesize(stdin);
  const handle = source?.type === "attribute" && source.childForFieldName("attribute")?.text === "stdout" ? source.childForFieldName("object") : null;
  const upstream = handle && stageCall(ctx, handle, call);
  const stage = upstream && stageOf(ctx, upstream);
  if (!upstream || !stage) return [];
  const out = [];
  for (const e of stage.all) {
    const toEnd = e.kind === "wait" || e.kind === "drain" && e.toEof && !e.via;
    if (!toEnd) continue;
    const polls = e.kind === "wait" && e.call === null && /\b(poll|returncode)\b/.test(e.node.text);
    const text = polls ? "the poll loop" : `\`${e.node.text.replace(/\s+/g, " ")}\``;
    out.push({ kind: "wait", node: e.node, call: e.kind === "wait" ? e.call : null, via: `${text} on the stage that feeds it`, timed: e.kind === "wait" ? e.timed : void 0 });
  }
  return [...out, ...upstreamWaits(ctx, upstream, depth + 1)];
}
function stageCall(ctx, handle, before) {
  const h = unparenthesize(handle);
  let value = null;
  if (h.type === "identifier") value = reachingAssignment(ctx.model, h)?.value;
  else if (h.type === "subscript") {
    const scope = enclosingFunction(before);
    const key2 = keyText(h);
    let found = null;
    for (const a of scope?.descendantsOfType("assignment") ?? []) {
      const left = a.childForFieldName("left");
      if (left?.type === "subscript" && keyText(left) === key2 && a.endIndex <= before.startIndex) found = a.childForFieldName("right");
    }
    value = found;
  }
  const v = value && unparenthesize(value);
  const fn = v?.type === "call" ? v.childForFieldName("function") : null;
  return fn && ctx.model.qualifiedName(fn) === "subprocess.Popen" ? v : null;
}

// src/python/held-callee.ts
var CONSUMERS = /* @__PURE__ */ new Map([
  ["subprocess.Popen", 3],
  ["psutil.Popen", 3],
  ["subprocess.run", -1],
  ["subprocess.call", -1],
  ["subprocess.check_call", -1],
  ["subprocess.check_output", -1]
]);
var MAX_DEPTH4 = 3;
function stdinOf(model, value) {
  const e = outerExpression(value);
  const parent = e.parent;
  let call = null;
  if (parent?.type === "keyword_argument" && parent.childForFieldName("value")?.id === e.id) {
    if (parent.childForFieldName("name")?.text !== "stdin") return null;
    call = parent.parent?.parent;
  } else if (parent?.type === "argument_list") {
    call = parent.parent;
    const fn2 = call?.childForFieldName("function");
    const position = fn2 ? CONSUMERS.get(model.qualifiedName(fn2) ?? "") : void 0;
    const args = parent.namedChildren.filter((c) => c.type !== "comment");
    if (position === void 0 || position < 0 || args[position]?.id !== e.id || args.slice(0, position).some((a) => a.type !== "identifier" && a.type !== "list" && a.type !== "string" && a.type !== "attribute" && a.type !== "call")) return null;
  }
  if (call?.type !== "call") return null;
  const fn = call.childForFieldName("function");
  return fn && CONSUMERS.has(model.qualifiedName(fn) ?? "") ? call : null;
}
function splattedStdin(model, value) {
  const e = outerExpression(value);
  const pair = e.parent;
  if (pair?.type !== "pair" || pair.childForFieldName("value")?.id !== e.id) return null;
  const key2 = pair.childForFieldName("key");
  if (key2?.type !== "string" || !/^['"]stdin['"]$/.test(key2.text)) return null;
  let dict = outerExpression(pair.parent);
  while (dict.parent?.type === "conditional_expression" || dict.parent?.type === "boolean_operator") dict = outerExpression(dict.parent);
  const holder = dict.parent;
  const consumerOfSplat = (splat) => {
    const call = splat?.type === "dictionary_splat" && splat.parent?.type === "argument_list" ? splat.parent.parent : null;
    const fn = call?.childForFieldName("function");
    return call && fn && CONSUMERS.has(model.qualifiedName(fn) ?? "") ? call : null;
  };
  if (holder?.type === "dictionary_splat") return consumerOfSplat(holder);
  if (holder?.type !== "assignment" || holder.childForFieldName("right")?.id !== dict.id) return null;
  const name = holder.childForFieldName("left");
  if (name?.type !== "identifier") return null;
  const binding = bindingOf(model, name);
  for (const load of binding ? reachedLoads(model, binding) : []) {
    const call = consumerOfSplat(outerExpression(load).parent);
    if (call) return call;
  }
  return null;
}
function bindingOf(model, name) {
  return model.lookup(name.text, model.scopeOf(name))?.bindings.find((b) => b.node.id === name.id) ?? null;
}
function methodCall(value, method) {
  const e = outerExpression(value);
  const attr = e.parent;
  if (attr?.type !== "attribute" || attr.childForFieldName("object")?.id !== e.id || attr.childForFieldName("attribute")?.text !== method) return null;
  const call = outerExpression(attr).parent;
  return call?.type === "call" && call.childForFieldName("function")?.id === outerExpression(attr).id ? call : null;
}
function copiedInto(value) {
  let e = outerExpression(value);
  for (; ; ) {
    const p = e.parent;
    if (!p) return null;
    if (p.type === "argument_list") {
      const call = p.parent;
      const fn = call?.childForFieldName("function");
      if (fn?.type !== "identifier" || !["list", "tuple"].includes(fn.text) || p.namedChildren.length !== 1) return null;
      e = outerExpression(call);
      continue;
    }
    if (p.type === "conditional_expression" && p.namedChildren[0]?.id === e.id || p.type === "boolean_operator" && p.childForFieldName("left")?.id === e.id) {
      e = outerExpression(p);
      continue;
    }
    if (p.type === "assignment" && p.childForFieldName("right")?.id === e.id) {
      const left = p.childForFieldName("left");
      return left?.type === "identifier" ? left : null;
    }
    return null;
  }
}
function loopWaits(model, value) {
  const e = outerExpression(value);
  const loop = e.parent;
  if (loop?.type !== "for_statement" || loop.childForFieldName("right")?.id !== e.id) return [];
  const variable = loop.childForFieldName("left");
  const binding = variable?.type === "identifier" ? bindingOf(model, variable) : null;
  return (binding ? reachedLoads(model, binding) : []).map((l) => methodCall(l, "wait")).filter((c) => c !== null);
}
function functionName2(def) {
  return `${def.childForFieldName("name")?.text ?? "<lambda>"}()`;
}
function followCallee(callee, params, depth = 0) {
  const model = callee.model;
  const consumers = [];
  const waits = [];
  const closes = [];
  const deeper = /* @__PURE__ */ new Map();
  const passOn = (load, which) => {
    if (depth >= MAX_DEPTH4) return;
    const handed = parameterTaking(model, load, callee.file);
    if (!handed) return;
    const entry = deeper.get(handed.call.id) ?? { call: handed.call, stream: null, handle: null, callee: handed.callee };
    entry[which] = handed.binding;
    deeper.set(handed.call.id, entry);
  };
  const own = functionName2(callee.def);
  for (const load of params.stream ? reachedLoads(model, params.stream) : []) {
    const consumer = stdinOf(model, load) ?? splattedStdin(model, load);
    if (consumer) consumers.push({ at: consumer, call: consumer });
    else if (methodCall(load, "close")) closes.push(methodCall(load, "close"));
    else passOn(load, "stream");
  }
  const handleLoads = (binding, seen) => {
    for (const load of reachedLoads(model, binding)) {
      const wait = methodCall(load, "wait");
      if (wait) waits.push({ at: wait, node: wait, fn: own });
      for (const w of loopWaits(model, load)) waits.push({ at: w, node: w, fn: own });
      const copy = copiedInto(load);
      const copyBinding = copy && seen < 2 ? bindingOf(model, copy) : null;
      if (copyBinding) handleLoads(copyBinding, seen + 1);
      if (!wait && !copy) passOn(load, "handle");
    }
  };
  if (params.handle) handleLoads(params.handle, 0);
  let hazard = null;
  for (const entry of deeper.values()) {
    const sub = followCallee(entry.callee, { stream: entry.stream, handle: entry.handle }, depth + 1);
    hazard ??= sub.hazard;
    if (sub.consumer) consumers.push({ at: entry.call, call: sub.consumerCall });
    if (sub.firstWait) waits.push({ at: entry.call, node: sub.firstWait.node, fn: sub.firstWait.fn });
    if (sub.closed) closes.push(entry.call);
  }
  consumers.sort((a, b) => a.at.startIndex - b.at.startIndex);
  waits.sort((a, b) => a.at.startIndex - b.at.startIndex);
  const first = consumers[0];
  if (!hazard && first) {
    const w = waits.find((x) => x.at.startIndex > first.at.endIndex && enclosingFunction(x.at)?.id === enclosingFunction(first.at)?.id);
    if (w && !closes.some((c) => c.startIndex > first.at.startIndex && c.startIndex < w.at.startIndex)) hazard = { consumerCall: first.call, wait: w.node, fn: w.fn };
  }
  return { consumer: first?.at ?? null, consumerCall: first?.call ?? null, firstWait: waits[0] ?? null, hazard, closed: closes.length > 0 };
}
function streamHandedToCallee(model, value, handleName, file) {
  const handed = parameterTaking(model, value, file);
  if (!handed) return null;
  let handle = null;
  const args = handed.call.childForFieldName("arguments")?.namedChildren ?? [];
  for (const arg of args) {
    const v = unparenthesize(arg.type === "keyword_argument" ? arg.childForFieldName("value") ?? arg : arg);
    const holds = v.type === "identifier" && v.text === handleName || (v.type === "list" || v.type === "tuple") && v.namedChildren.some((c) => c.type === "identifier" && c.text === handleName);
    if (!holds) continue;
    const at = v.type === "identifier" ? v : v.namedChildren.find((c) => c.type === "identifier" && c.text === handleName);
    const taken = parameterTaking(model, v.type === "identifier" ? at : v, file);
    if (taken) handle = taken.binding;
  }
  const hold = followCallee(handed.callee, { stream: handed.binding, handle });
  return { ...hold, call: handed.call, callee: handed.callee };
}

// src/python/held-pipe.ts
function handedStream(ev) {
  if (ev.kind !== "drain" || ev.via || ev.streams.length !== 1) return null;
  const attr = ev.node.type === "attribute" ? ev.node.childForFieldName("attribute")?.text : null;
  return attr === ev.streams[0] ? ev.streams[0] : null;
}
function heldOnPath(ctx, path24, call, handleName, upstream) {
  let handed = null;
  for (const ev of path24) {
    if (ev.node.startIndex < call.endIndex) continue;
    if (upstream.has(ev) && (!handed || handed.stream !== "stdout")) continue;
    if (!handed) {
      const stream = handedStream(ev);
      const consumer = stream ? stdinOf(ctx.model, ev.node) : null;
      if (stream && consumer) {
        handed = { stream, consumer };
        continue;
      }
      const inner = stream ? streamHandedToCallee(ctx.model, ev.node, handleName, ctx.path) : null;
      if (stream && inner?.consumerCall && !inner.closed) {
        const statement = enclosingStatement(inner.call);
        const callee = { consumerCall: inner.consumerCall, model: inner.callee.model, file: inner.callee.file, fn: inner.hazard?.fn ?? "", waitNode: inner.hazard?.wait ?? null };
        if (inner.hazard && statement) return { stream, consumer: inner.call, consumerStatement: statement, wait: { kind: "wait", node: inner.call, call: null, via: `the wait in ${inner.hazard.fn}` }, callee };
        if (!inner.hazard) handed = { stream, consumer: inner.call, callee };
        continue;
      }
      if (ev.kind === "wait" || ev.kind === "end" || ev.kind === "escape") return null;
      continue;
    }
    switch (ev.kind) {
      case "close":
        if (ev.stream === handed.stream) return null;
        break;
      case "drain":
        if (ev.streams.includes(handed.stream)) return null;
        if (ev.toEof) {
          const statement = enclosingStatement(handed.consumer);
          return statement && { ...handed, consumerStatement: statement, wait: ev };
        }
        break;
      case "partial":
        if (ev.stream === handed.stream) return null;
        break;
      case "end":
      case "escape":
        return null;
      case "wait": {
        const statement = enclosingStatement(handed.consumer);
        return statement && { ...handed, consumerStatement: statement, wait: ev };
      }
      default:
        break;
    }
  }
  return null;
}
function attributeHeld(ctx, call) {
  const stored = storedOnAttribute(ctx.model, call);
  if (!stored || !stored.holder.startsWith("self.")) return null;
  let cls = call.parent;
  while (cls && cls.type !== "class_definition") cls = cls.parent;
  if (!cls) return null;
  const inClass = stored.events.filter((e) => e.node.startIndex >= cls.startIndex && e.node.endIndex <= cls.endIndex && e.node.text.startsWith("self.")).sort((a, b) => a.node.startIndex - b.node.startIndex);
  const found = heldOnPath(ctx, inClass, call, stored.holder, /* @__PURE__ */ new Set());
  return found && !found.callee ? { ...found, events: inClass, name: stored.holder } : null;
}
function heldPipe(ctx, call, depth = 0) {
  const stage = stageOf(ctx, call);
  if (!stage) return attributeHeld(ctx, call);
  const upstream = upstreamWaits(ctx, call);
  const marked = new Set(upstream);
  for (const path24 of stage.paths) {
    const merged = upstream.length ? [...path24, ...upstream].sort((a, b) => a.node.startIndex - b.node.startIndex) : path24;
    const found = heldOnPath(ctx, merged, call, stage.name, marked);
    if (found && !blocksInstead(ctx, found.consumer, depth)) return { ...found, events: stage.all, name: stage.name };
  }
  return null;
}
function blocksInstead(ctx, consumer, depth) {
  const fn = consumer.childForFieldName("function");
  if (depth >= 3 || !fn || ctx.model.qualifiedName(fn) !== "subprocess.Popen") return false;
  if (processOutput(argument(consumer, 0, "args"), isShell(consumer), ctx.model).stdout !== "unbounded") return false;
  return heldPipe(ctx, consumer, depth + 1) !== null;
}
function programOf(ctx, call) {
  return processOutput(argument(call, 0, "args"), isShell(call), ctx.model).program;
}
function closeFix(ctx, held, name, handedOn) {
  const after = held.consumerStatement;
  if (after.type !== "expression_statement" || after.parent?.type !== "block" && after.parent?.type !== "module") return null;
  const later = held.events.filter((e) => e.node.startIndex > after.endIndex);
  if (later.some((e) => e.kind === "drain" && e.streams.includes(held.stream) || e.kind === "partial" && e.stream === held.stream || e.kind === "escape")) return null;
  const statusUsed = later.some((e) => /\breturncode\b/.test(e.node.text) || e.kind === "wait" && e.call !== null && !valueDropped(e.call));
  return {
    strategy: "close",
    // Handed to a function of the project: what else it does with the stream is not followed.
    applicability: statusUsed || handedOn ? "unsafe" : "safe",
    description: `Close this process's copy of \`${name}.${held.stream}\` once the consumer has it, so that the producer gets SIGPIPE when the consumer exits`,
    edits: [insertStatementAfter(ctx.source, after, `${name}.${held.stream}.close()`)]
  };
}
function valueDropped(call) {
  return outerExpression(call).parent?.type === "expression_statement";
}
function reportHeldPipe(ctx, call, held, pipes2, output, qualified) {
  const grows = held.stream === "stdout" ? output.stdout === "unbounded" || pipes2.merged && output.stderr === "unbounded" : output.stderr === "unbounded";
  if (!grows) return;
  const hazard = pipeHazard("handed-held", ctx.versions, "unbounded", output, parentLifetime(ctx.model, call));
  if (!hazard.breaks) return;
  const name = held.name;
  const producer = output.program ? `\`${output.program}\`` : "the command";
  const inner = held.callee;
  const where = (n, file) => file && file !== ctx.path ? `${path10.basename(file)}:${n.startPosition.row + 1}` : `line ${n.startPosition.row + 1}`;
  const consumerProgram = inner ? processOutput(argument(inner.consumerCall, 0, "args"), isShell(inner.consumerCall), inner.model).program : programOf(ctx, held.consumer);
  const consumer = consumerProgram ? `\`${consumerProgram}\`` : "the consumer";
  const handedTo2 = inner ? `handed to \`${held.consumer.childForFieldName("function")?.text ?? ""}()\` (${where(held.consumer)}), which starts ${consumerProgram ? consumer : "a child"} reading it (${where(inner.consumerCall, inner.file)})` : `handed to ${consumer} (${where(held.consumer)})`;
  const w = held.wait;
  const polls = w.kind === "wait" && w.call === null && /\b(poll|returncode)\b/.test(w.node.text);
  const waitText = w.kind === "wait" && w.via ? w.via : polls ? "the poll loop" : `\`${w.node.text.replace(/\s+/g, " ")}\``;
  const waitAt = inner?.waitNode ? where(inner.waitNode, inner.file) : where(w.node);
  const timed = w.kind === "wait" && (w.timed || w.call !== null && hasArguments(w.call));
  const outcome = timed ? `${waitText} gives up at its timeout and leaves ${producer} blocked` : `${waitText} hangs`;
  const advice = inner?.waitNode ? `close the stream once the consumer has started, after the Popen in ${inner.fn} (${where(inner.consumerCall, inner.file)})` : `close \`${name}.${held.stream}\` after starting ${consumerProgram ? consumer : "the consumer"}`;
  const fix = inner?.waitNode ? null : closeFix(ctx, held, name, !!inner);
  ctx.report(call, {
    message: `${held.stream} pipe of ${qualified}() is ${handedTo2}, but this process keeps its own copy of the read end until ${waitText} (${waitAt}) (${output.evidence}): if ${consumer} exits before reading all of ${producer}'s output (it stops early or fails), ${hazard.how}: ${outcome}; ${advice}`,
    fixes: fix ? [fix] : [],
    evidence: hazard.evidence
  });
}

// src/python/ready-marker.ts
var READY = /\b(listen(?:ing|s)?|serving|server\s+(?:started|running|is\s+up)|started|running\s+on|ready|accepting\s+connections|up\s+and\s+running)\b|https?:\/\//i;
var SCOPES = /* @__PURE__ */ new Set(["for_statement", "while_statement", "function_definition", "class_definition", "lambda"]);
function literal(node) {
  const n = unparenthesize(node);
  if (n.type !== "string" || n.namedChildren.some((c) => c.type === "interpolation")) return null;
  const m = /^[a-zA-Z]*('''|"""|'|")([\s\S]*)\1$/.exec(n.text);
  return m ? m[2] : null;
}
function markerOf(cond) {
  const stack = [cond];
  while (stack.length) {
    const n = unparenthesize(stack.pop());
    if (n.type === "boolean_operator") {
      stack.push(...n.namedChildren);
      continue;
    }
    if (n.type === "comparison_operator" && n.children.some((c) => c.type === "in")) {
      const text = literal(n.namedChildren[0]);
      if (text !== null && READY.test(text)) return text;
    }
    if (n.type === "call") {
      const fn = n.childForFieldName("function");
      const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : void 0;
      const arg = n.childForFieldName("arguments")?.namedChildren[0];
      const text = (method === "startswith" || method === "endswith" || method === "find") && arg ? literal(arg) : null;
      if (text !== null && READY.test(text)) return text;
    }
  }
  return null;
}
function breaksOf(loop) {
  const body = loop.childForFieldName("body");
  const out = [];
  const stack = body ? [body] : [];
  while (stack.length) {
    const n = stack.pop();
    if (n.type === "break_statement") out.push(n);
    else if (!SCOPES.has(n.type)) stack.push(...n.namedChildren);
  }
  return out;
}
function readyMarker(events) {
  for (const e of events) {
    if (e.kind !== "partial") continue;
    let loop = e.node.parent;
    while (loop && loop.type !== "for_statement" && loop.type !== "function_definition") loop = loop.parent;
    if (loop?.type !== "for_statement") continue;
    const breaks = breaksOf(loop);
    const markers = breaks.map((b) => {
      for (let n = b.parent; n && n.id !== loop.id; n = n.parent) {
        if (n.type === "else_clause") return null;
        if (n.type === "if_statement" || n.type === "elif_clause") return markerOf(n.childForFieldName("condition"));
      }
      return null;
    });
    if (markers.length > 0 && markers.every((m) => m !== null)) return markers[0];
  }
  return null;
}

// src/python/wrapper-judge.ts
import path11 from "node:path";
function classCommand(model, call, s, cls) {
  if (switchesPassed(call, cls)) return null;
  const arg = argument(call, s.param, s.paramName);
  const output = processOutput(arg, s.shell || cls.splits && !!arg && commandOf(arg, model).segments.every((seg) => seg.map !== null), model);
  const growing = output.program !== null && isListed(output.program) ? growingStreams({ stdout: s.stdout ? call : null, stderr: s.stderr ? call : null, merged: s.merged, stdin: false }, output) : [];
  return { output, growing };
}
function refsAfter(model, call) {
  const handle = handleUses(model, call);
  const found = handle && model.lookup(handle.name.text, model.scopeOf(handle.name));
  const binding = handle && found?.bindings.find((b) => b.node.id === handle.name.id);
  if (!binding) return null;
  const refs = reachedLoads(model, binding);
  return [...refs.filter((r) => r.startIndex > call.startIndex), ...refs.filter((r) => r.startIndex < call.startIndex)];
}
function classCall(ctx, call, s, cls, where) {
  const command = classCommand(ctx.model, call, s, cls);
  if (!command) return;
  const { output, growing } = command;
  const dropped = outerExpression(call).parent?.type === "expression_statement";
  if (growing.length === 0 && !(dropped && cls.endsOnDrop)) return;
  const site = classSite(ctx.model, call, cls, (c) => refsAfter(ctx.model, c), () => false);
  if (!site) return;
  const made = `subprocess.Popen() made by ${cls.className}() (${where})`;
  if (site.handle === "dropped" && cls.endsOnDrop) {
    const how = `the object is freed at once and ${cls.className}.__del__() ends the child before it has finished its work`;
    ctx.report(call, { message: `${made} is dropped: ${how}`, fixes: [], evidence: "any-size" });
    return;
  }
  const verdict = classVerdict(site, call, growing, cls);
  if (!verdict) return;
  const waiter = verdict.at ? site.behind.get(verdict.at.id)?.find((e) => e.kind === "wait")?.method : void 0;
  const waitText = waiter ? `the wait() in ${cls.className}.${waiter}()` : verdict.at && /poll|returncode/.test(verdict.at.text) ? "the poll loop" : "wait()";
  const shape = {
    "wait-before-drain": `is not read before ${waitText}`,
    "other-pipe-fills": verdict.at && site.events.some((e) => e.kind === "wait" && e.node.id === verdict.at.id) ? `is not read before ${waitText}` : "is not read while the other pipe is read to its end",
    "partial-then-wait": `is only partly read before ${waitText}`,
    "never-read": "is never read",
    "partial-then-left": "is only partly read, then left",
    "closed-unread": "is closed before it is read"
  };
  const hazard = pipeHazard(PATTERN[verdict.shape], ctx.versions, "unbounded", output, parentLifetime(ctx.model, call));
  ctx.report(call, { message: `${verdict.full.join("/")} pipe of ${made} ${shape[verdict.shape]} (${output.evidence}): ${hazard.how}`, fixes: [], evidence: hazard.evidence });
}
function internalCall(ctx, call, s, internal, where) {
  const inner = { ...ctx, model: internal.model };
  const pipes2 = pipesOf2(inner, internal.opener);
  if (!pipes2.stdout && !pipes2.stderr) return;
  const flags = internal.fn === s.name ? drainFlags(internal.model, internal.opener) : [];
  const set = flags.length ? flagsAt(call, flags) : internal.set ?? null;
  if (set === "drains") return;
  const output = processOutput(argument(call, s.param, s.paramName), isShell(internal.opener), ctx.model);
  if (!set && (output.program === null || !isListed(output.program))) return;
  const growing = growingStreams(pipes2, output);
  const skipped = internal.fn === s.name ? skippedArms(call, guardFlags(internal.model, internal.opener)) : internal.skipped ?? [];
  const site = siteOf(inner, internal.opener, growing, skipped);
  if (!site) return;
  const hazard = pipeHazard(PATTERN[site.verdict.shape], ctx.versions, "unbounded", output, parentLifetime(ctx.model, call));
  const text = describe(site, site.verdict.full.join("/")).replace("subprocess.Popen()", `subprocess.Popen() in ${internalName(s, internal)} (${where})`);
  ctx.report(call, { message: `${text} (${output.evidence}): ${hazard.how}`, fixes: [], evidence: hazard.evidence });
}
function classVerdict(site, call, growing, cls) {
  const [main, ...others] = eventPaths(site.events, call);
  const first = drainVerdict(main, growing, false);
  if (first && (first.at || !cls.endsOnDrop)) return first;
  for (const path24 of others) {
    const v = drainVerdict(path24, growing, false);
    if (v?.at) return v;
  }
  return null;
}
function classDefinition(ctx, s, cls) {
  for (const wait of waitsBeforeRead(cls)) {
    const callers = projectCallers(ctx.path, cls.className);
    let growing = null;
    let unseen = 0;
    for (const c of callers ?? []) {
      const command = classCommand(c.model, c.call, s, cls);
      const site = command && classSite(c.model, c.call, cls, (x) => refsAfter(c.model, x), () => false);
      if (!command || !site || ![...site.behind.values()].some((effects) => effects.some((e) => e.node.id === wait.node.id))) continue;
      const v = command.growing.length ? classVerdict(site, c.call, command.growing, cls) : null;
      const here = v?.at && site.behind.get(v.at.id)?.some((e) => e.node.id === wait.node.id);
      if (here && !growing) growing = { output: command.output, streams: command.growing, at: `${path11.relative(path11.dirname(ctx.path), c.file) || path11.basename(c.file)}:${c.call.startPosition.row + 1}` };
      if (command.output.program === null) unseen++;
    }
    if (callers && !growing && unseen === 0) continue;
    const streams = growing?.streams ?? [...s.stdout ? ["stdout"] : [], ...s.stderr ? ["stderr"] : []];
    const output = growing?.output ?? classifyShell(null);
    const evidence = growing ? `${growing.output.evidence}, passed at ${growing.at}` : callers ? `a caller passes a command not known statically` : "the command is the caller's";
    const hazard = pipeHazard("waited", ctx.versions, "unbounded", output, "long");
    ctx.report(wait.node, { message: `${streams.join("/")} pipe of subprocess.Popen() kept by ${cls.className} (line ${s.line}) is not read before this wait() in ${cls.className}.${wait.method}() (${evidence}): ${hazard.how}`, fixes: [], evidence: hazard.evidence });
  }
}

// src/python/presence-probe.ts
function presenceProbe(model, call, args) {
  const statement = outerExpression(call).parent;
  if (statement?.type !== "expression_statement") return false;
  if (!args || !bareProgram(args)) return false;
  const block = statement.parent;
  const tryNode = block?.type === "block" ? block.parent : null;
  if (tryNode?.type !== "try_statement" || tryNode.childForFieldName("body")?.id !== block.id) return false;
  return tryNode.namedChildren.some((c) => c.type === "except_clause" && catchesStartFailure(model, c));
}
function bareProgram(args) {
  const n = unparenthesize(args);
  const items = n.type === "list" || n.type === "tuple" ? n.namedChildren.filter((c) => c.type !== "comment") : [n];
  if (items.length !== 1) return false;
  const text = literalText(items[0]);
  return text !== null && /^\S+$/.test(text);
}
var START_FAILURES = /* @__PURE__ */ new Set(["OSError", "FileNotFoundError", "PermissionError", "EnvironmentError", "IOError", "WindowsError", "Exception", "BaseException"]);
function catchesStartFailure(model, clause) {
  const first = clause.namedChildren.find((c2) => c2.type !== "comment" && c2.type !== "block");
  if (!first) return true;
  const caught = first.type === "as_pattern" ? first.namedChildren[0] : first;
  const c = unparenthesize(caught);
  const types = c.type === "tuple" ? c.namedChildren.filter((x) => x.type !== "comment") : [c];
  return types.some((t) => START_FAILURES.has(model.qualifiedName(t) ?? t.text) || START_FAILURES.has(t.text));
}

// rules/pop005-subprocess-pipe-never-drained.ts
var POPEN2 = /* @__PURE__ */ new Set(["subprocess.Popen", "psutil.Popen"]);
var WAITING = /* @__PURE__ */ new Set(["subprocess.call", "subprocess.check_call"]);
var rule5 = {
  meta: {
    id: "POP005",
    name: "subprocess-pipe-never-drained",
    language: "python",
    summary: "subprocess.Popen pipe not drained: wait() before the read, one pipe read while the other fills, or never read",
    defaultEnabled: true,
    severity: "error",
    strategies: ["devnull", "read", "close"],
    needles: ["Popen", "call", "check_call"],
    requires: ["PIPE"],
    resolves: ["subprocess.Popen", "psutil.Popen", "subprocess.call", "subprocess.check_call", "subprocess.PIPE", "subprocess.DEVNULL", "subprocess.STDOUT"],
    docs: {
      whatItDoes: "Checks `subprocess.Popen(..., stdout=PIPE)` / `stderr=PIPE` handles (PIPE written out, held in a local, or chosen by a condition on names the function binds once, `pipeout = PIPE if capture else None`: judged on the runs that pipe, where a use under a test of the same condition that cannot hold then, or after an `if` that returns when it holds, is no use of the pipe; a wrapper returning such a Popen is not judged at a caller that passes a literal ruling the pipe out, `capture=False`), following each binding of the name (a later `p = Popen(...)` is a new handle) and attributes across the module, for the orders that deadlock or break: `wait()` or a `poll()`/`returncode` loop before the first read (a loop that ends the child at its deadline, `if elapsed > timeout: p.kill()`, blocks until then and leaves the child's work unfinished: the message says so; also on the path that skips the reads: `if not background: out = p.stdout.read()` then `p.wait()`, an `if` without an `else` whose condition is not about the process and that sits in no loop; also a poll kept in a name, `ret = p.poll()`, whose `if ret is not None:` alone reads, in a loop; on a handle kept on `self`, in the method that starts it, when no other method reads it); one pipe read to its end (`p.stdout.read()`, `for line in p.stdout`) while the other pipe is never read; a partial read (`readline()`, `read(n)`, a `for` that breaks) then `wait()` or nothing (a `for` over the pipe whose every `break` follows a line saying the child is ready, `if 'listening on' in line: break`, leaves a server running and logging into a pipe nobody reads: reported whatever the command); a pipe closed unread (`p.stdout.close()`, the end of `with Popen(...) as p:`); a pipe closed right after the Popen, before anything read it, while the code goes on to read the other one (`p.stderr.close()` then `for line in p.stdout`): the child dies at its next write to the closed stream (a single warning on stderr: killed by SIGPIPE on Python 3, EPIPE on 2.7), and the output read stops there, whatever its size (not the pipeline idiom `p2 = Popen(..., stdin=p1.stdout); p1.stdout.close()`, a close under an `if`, or one after `wait()`/`kill()`; not for a command that writes nothing on that stream); a Popen dropped, or stored in an attribute or a container that nothing in the module reads a pipe through (`self.server = Popen(...)`, `jobs[k] = Popen(...)`, `procs.append(Popen(...))` then only `for p in procs: p.wait()`). Only pipes whose command can write more than the pipe holds are reported: `git rev-parse`, `iptables -A`, a command whose output the shell string redirects are not. A listing or a query read until the parent has what it wants and then left (`for line in p.stdout: ... break` over `git log`; `find` without an action, `grep`, `cat`, `ps`: the commands of `src/knowledge/output-only.data.ts`) is not reported either: the rest is output nobody reads, and the command has no other work to lose when it blocks on the full pipe or dies of SIGPIPE. A command line run wholly in the background (`shell=True`, `cmd &`) starts a shell that exits at once: `wait()` returns at once (a read after it is fine), and a pipe nobody reads closes under the command when the dropped Popen is reaped at the next subprocess call, killing it at its next write on Python 3 (on 2.7 its writes fail with EPIPE: reported unless the program is known to print without checking). A handle returned or passed on, or a container returned or passed on, is not reported where it is made: project wrappers that return it are judged at their callers, with the caller's command. A wrapper whose command is its parameter is judged with the commands the repository's callers pass (its calls, and the threads, processes and pools started on it: `Thread(target=run, args=(cmd,))`, `Process(target=..., kwargs={...})`, `_thread.start_new_thread(self.run, (cmd,))`, `executor.submit(run, cmd)`, `pool.apply_async(run, (cmd,))`, `loop.run_in_executor(None, run, cmd)`; a method, with its calls on `self` in its class and its subclasses, on the class (`Tool.run(cmd)`, a plain method taking the instance first) and on an instance whose class is known (`Tool().run(cmd)`, `t = Tool(); t.run(cmd)`, `self.tool.run(cmd)` where the class binds `self.tool` only to `Tool(...)`), a call on a module (`os.pipe()`) being none of them and one on an object of no known class leaving the command unknown; a copy without history, with the files under its outermost `pyproject.toml`, `setup.py` or `setup.cfg`, else under the folder named on the command line), following wrappers of wrappers (`def run_shell(cmd): return execute(cmd)`, up to four levels, across modules and star imports) to the outermost call: silent when every caller is seen and quiet; a wrapper that leaves the pipe undrained inside is reported where a caller passes a listed growing command, and at its definition only for the callers not judged there (a command not known statically, a program the command table does not list, no caller in the repository: a function for code outside it), the message saying which; a handle passed to a function of the module that reads it (`return get_stdout(p)`, where `get_stdout` calls `communicate()`) is read at that call; a class that keeps the Popen on `self` is judged through what its methods do (a `wait()` before the read inside a method, `__del__` ending the child of an object dropped at once); a wrapper that drains only when a parameter says so (`if wait: out = p.communicate(); return out`) is judged at each caller by the value it passes (the draining value: nothing to report; `False` or a value not known: the pipes are left unread, whatever the command). A wait found through a hand-off counts as a wait: the child's pid given to `os.waitpid()` or `psutil.Process(pid).wait()`, the handle passed to a function or method of the module that only waits, polls or kills. A stream read somewhere does not hide the other one nothing reads (`out = p.stdout` read line by line, `stderr=PIPE` never read). One pipe read line by line to its end (`for line in p.stdout`, `iter(p.stdout.readline, b'')`) reads until EOF, which comes only when the child exits, and `readline()` in a `while p.poll() is None` loop reads until the child exits, so a stderr read after the loop (`p.stderr.read()`, `communicate()`) deadlocks once the child has written 64 KiB of errors or progress. Such a poll-guarded `readline()` loop (`while p.poll() is None`, `while p.returncode is None`) does not read to the end: it stops as soon as the child has exited, and the lines still in the pipe or the reader's buffer are never read; where it is the only read of that pipe (no read, `communicate()` or loop after it, the handle handed to nothing else), the end of the output is lost, whatever the command (no fix offered: `for line in iter(p.stdout.readline, b'')`, or a read of the rest after the loop, changes the loop's body); so does a loop that takes `poll()` before its `readline()` and breaks once that value is not None (`retcode = p.poll(); line = p.stdout.readline(); ...; if retcode is not None: break`: after the exit it reads one more line), also inside a function of the module the handle is handed to (a generator: `for line in run_subprocess(p)`), and a stream read through a local alias (`stdout = self.p.stdout`, `(out, err) = (p.stdout, p.stderr)`) used for nothing else; a Popen kept on `self` is followed in the method that starts it, through the methods of the class it calls on `self` (`while self.proc.poll() is None: self._read_stdout()`), unless another method (a reader thread's) or a subclass reads the filling pipe. A handle handed to a function of another module of the repository (`util.kill_app(self.server)`) is judged by what that function does with it, as one of this module is; an import the file's folders do not resolve (a folder the program puts on `sys.path`) reaches the one module of that name in the repository that defines the function. A handle written in the literal a `for` walks (`for p, name in ((a, 'a'), (b, 'b')):`) is followed to the loop variable. A capture left unread while the parent pauses (`time.sleep()`, `signal.pause()`, `input()`) and then ended (`terminate()`, `kill()`, `os.kill(p.pid, sig)`) and read (`communicate()`, `p.stdout.read()`) loses its output: a command listed as writing as it goes (a line per packet or frame, `tail -f`, `ping` without `-c`) blocks at 64 KiB during the pause, and what is read after the end stops there (a command not known statically is not reported in this shape); a capture kept on `self` and read, in every method that reads it, only after that method ends it (`self.cap.terminate(); out = self.cap.communicate()[0]` in `stop()`) is read by nothing while it runs, and loses its output the same way. A child kept on `self` (or in a container, or a module global a function sets) that the code stops from another method than the one that starts it (`kill()`, `terminate()`, `send_signal()`, `os.kill(pid)` in `stop()`, `close()`, `__exit__()`) runs until then, a server, a display, a tunnel: when every read of a piped stream comes only once it is ended or has exited (after the end in the same method, under `if self.proc.poll() is not None:`, or in a private method the class calls only there: `self._collect()` after `kill()`), nothing reads the pipe for its whole life, and it blocks once it has written 64 KiB of log; reported whatever the command (a command not known statically rests on the command: `external-command`), with an unsafe `devnull` fix (what the code reads after the end is lost). A stream read while it runs (a reader thread, a public method anyone may call, a protocol read on stdout), closed, or redirected is not reported. A Popen handed to a class of the module (`Connected(process=p)`, kept as `self._process` by `__init__`) is judged by what the class does with the attribute when it waits or reads (`block()` waiting unread is a wait before the read); a class that only ends it keeps the hand-off. A function with its own command that returns the Popen (`def start_server(): return Popen([...], stdout=PIPE)`) is judged at each call of it in the module, where the caller holds the handle. The program of an argv is also named by `shutil.which('x')`, or by the name holding its path (`FFMPEG_BINARY`, `self.ffmpeg_path`, `get_ffmpeg_exe()`: a program the table lists, with words such as path, bin, exe, get; a name ending in such a word names a program the table does not list too, `self.simarrange_path` running `simarrange` with the evidence of an unlisted program, unless its word is a role, `player_path`, `tool_bin`, or a shell builtin, `set_path`; an attribute of self set once in its class holds what its value names, `self._fvs2 = self._get_fvs2_bin()`; the field a command-line template starts with, `'%s -9 -q %s' % (upx_path, f)`, names its program the same way); an argv built with `+=` (`cmd += ['-v', src]`) keeps its words. `readlines(hint)` is a partial read, and so is a `readline()` in a `for` over `range()` that nothing breaks out of (`for n in range(count): p.stdout.readline()` reads that many lines, not to EOF). A Popen dropped in a `try` whose handler catches its failure to start, running the program alone (`try: Popen('ant.bat', stdout=PIPE)` `except OSError: sys.exit(...)`), is a probe for the program's presence: its work and its output are not wanted, and it is not reported. `subprocess.call()` / `check_call()` with PIPE wait without reading (shape 1): reported when the command is known to write more than the pipe holds (a variable is not; a program the command table does not list only with `--evidence possible`, as a warning), and for `check_call()` whatever the command when a handler of the `try` around it (`except CalledProcessError as e`, `SubprocessError`, `Exception`) reads the exception's `output`, `stdout` or `stderr` of a piped stream: nothing captured it, so it is None (before 3.5 `stdout`/`stderr` do not exist: AttributeError) and the error text the handler reports is lost, whatever its size. A pipe handed to the next stage of a pipeline (`p2 = Popen(['xz'], stdin=p1.stdout)`, or `subprocess.run()`/`check_output()` with `stdin=p1.stdout`) while this process keeps its own copy of the read end, and then waits for the producer, or for a stage upstream of it whose output flows into it (`p1.wait()`, a poll loop, `os.waitpid()`, a read of its other pipe to the end, or a function of the project the stream is handed to that starts the consumer with it, `stdin=stdin` or `**{'stdin': stdin}`, and waits for the producer it is given, by itself or in a list: `run(cmd, stdin=gen.stdout, companions=[gen])`) before closing that copy: when the consumer exits early (it is done, `head`, `grep -q`; or it fails, `xz` on a full disk) the producer gets no SIGPIPE while a read end is open, blocks once it has written 64 KiB, and the wait hangs (a producer whose output stays small is not reported; a command not known statically follows the policy of a wait before the read). Not reported: the copy closed after the consumer starts and before the wait (the Python docs' `p1.stdout.close()`), a `with Popen(...) as p1:` whose end is the only wait (it closes stdout first), the rest read by the parent (`p1.communicate()`), the producer ended before the wait, no wait for the producer; a producer whose consumer is itself a stage whose output can grow into a pipe this process also holds (`find | cpio | xz` with both copies kept: `cpio` blocks, not exits, when `xz` stops, and the hang is reported at `cpio`'s pipe). Handles are followed bound to a name, stored under a key written the same way at each use in the function (`self.proc['gz_' + k] = Popen(...)`), or kept on an attribute of the instance, through their uses in the class that stores them (`self.pid = Popen(['gzip', '-c'], stdin=PIPE, stdout=PIPE)`, `self.split = Popen(split, stdin=self.pid.stdout)`, `self.pid.wait()` in `close()`); a stream passed through an alias, or handles kept in a list, are not followed, and a pipeline inside one shell string holds no copy in this process. Where the parent holds the copies of two stages (`partclone | gzip | split`, both kept), the finding is the later stage's; once that copy is closed the earlier stage's is reported in its turn. The `close` fix inserts `p1.stdout.close()` on the line after the consumer starts (none when the wait is inside the function the stream is handed to: the close belongs there).",
      whyIsThisBad: "A pipe holds 64 KiB on Linux. `wait()` does not read it: once the child has written that much it blocks on the write while the parent blocks in `wait()` - a deadlock, which the Python documentation warns about. The same happens when the parent reads stdout to its end while the child fills stderr, and after a partial read. A pipe that stays open with nobody reading (a dropped Popen, a server stored on `self`) blocks the child once it has written 64 KiB; a pipe closed unread kills it at its next write.",
      example: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\np.wait()\n",
      useInstead: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE)\nout, _ = p.communicate()\n",
      moreExamples: [
        {
          title: "stdout read line by line while the child runs, stderr only after",
          example: "import subprocess\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\nwhile p.poll() is None:\n    print(p.stdout.readline())\nerrors = p.stderr.read()\n",
          useInstead: "import subprocess\n# The errors come down the same pipe, in order with the output, read to its end.\np = subprocess.Popen(['make'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\nfor line in iter(p.stdout.readline, b''):\n    print(line)\np.wait()\n"
        },
        {
          title: "readline() only while poll() says the child runs: its last lines are lost",
          example: "import subprocess\np = subprocess.Popen(['pytest', '-v'], stdout=subprocess.PIPE)\nwhile p.poll() is None:\n    line = p.stdout.readline()\n    print(line.decode(), end='')\n",
          useInstead: "import subprocess\np = subprocess.Popen(['pytest', '-v'], stdout=subprocess.PIPE)\n# readline() returns b'' only at the end of the output, after the child has closed the pipe.\nfor line in iter(p.stdout.readline, b''):\n    print(line.decode(), end='')\np.wait()\n"
        },
        {
          title: "a server kept on an object, its pipe never read",
          example: "import os, signal, subprocess\ndef stop(proc):\n    os.kill(proc.pid, signal.SIGINT)\nclass Site:\n    def start(self):\n        self.web = subprocess.Popen(['python3', '-m', 'http.server'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)\n    def shutdown(self):\n        stop(self.web)\n",
          useInstead: "import os, signal, subprocess\ndef stop(proc):\n    os.kill(proc.pid, signal.SIGINT)\nclass Site:\n    def start(self):\n        self.web = subprocess.Popen(['python3', '-m', 'http.server'], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)\n    def shutdown(self):\n        stop(self.web)\n"
        },
        {
          title: "a pipeline whose parent keeps its copy of the pipe, then waits for the producer",
          example: "import subprocess\nfind = subprocess.Popen(['find', '/srv'], stdout=subprocess.PIPE)\nxz = subprocess.Popen(['xz'], stdin=find.stdout, stdout=open('files.xz', 'wb'))\nxz.wait()\nfind.wait()   # hangs if xz fails (a full disk): find blocks on the pipe this process still holds\n",
          useInstead: "import subprocess\nfind = subprocess.Popen(['find', '/srv'], stdout=subprocess.PIPE)\nxz = subprocess.Popen(['xz'], stdin=find.stdout, stdout=open('files.xz', 'wb'))\nfind.stdout.close()  # Allow find to receive a SIGPIPE if xz exits.\nxz.wait()\nfind.wait()\n"
        },
        {
          title: "a pipeline kept on an object, which holds its copy of the pipe until close() waits",
          example: "import subprocess\nclass Compressed(object):\n    def __init__(self, path):\n        self.pid = subprocess.Popen(['gzip', '-c'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)\n        self.split = subprocess.Popen(['split', '-b', '1G', '-', path + '.'], stdin=self.pid.stdout)\n    def write(self, data):\n        self.pid.stdin.write(data)\n    def close(self):\n        self.pid.stdin.close()\n        return self.pid.wait()   # hangs if split fails: gzip blocks on the pipe this object still holds\n",
          useInstead: "import subprocess\nclass Compressed(object):\n    def __init__(self, path):\n        self.pid = subprocess.Popen(['gzip', '-c'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)\n        self.split = subprocess.Popen(['split', '-b', '1G', '-', path + '.'], stdin=self.pid.stdout)\n        self.pid.stdout.close()  # Allow gzip to receive a SIGPIPE if split exits.\n    def write(self, data):\n        self.pid.stdin.write(data)\n    def close(self):\n        self.pid.stdin.close()\n        return self.pid.wait()\n"
        },
        {
          title: "pipeline stages stored under keys, the parent reading the first stage until it exits",
          example: "import subprocess\nclass Backup:\n    def __init__(self):\n        self.proc = {}\n    def run(self, key, image):\n        self.proc['src_' + key] = subprocess.Popen(['partclone.ext4', '-c', '-s', '/dev/' + key, '-o', '-'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        self.proc['gz_' + key] = subprocess.Popen(['gzip', '-c'], stdin=self.proc['src_' + key].stdout, stdout=subprocess.PIPE)\n        self.proc['split_' + key] = subprocess.Popen(['split', '-b', '4G', '-', image], stdin=self.proc['gz_' + key].stdout)\n        for line in self.proc['src_' + key].stderr:   # hangs if split fails: gzip, then partclone, block on pipes this process holds\n            print(line)\n        return self.proc['src_' + key].wait()\n",
          useInstead: "import subprocess\nclass Backup:\n    def __init__(self):\n        self.proc = {}\n    def run(self, key, image):\n        self.proc['src_' + key] = subprocess.Popen(['partclone.ext4', '-c', '-s', '/dev/' + key, '-o', '-'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n        self.proc['gz_' + key] = subprocess.Popen(['gzip', '-c'], stdin=self.proc['src_' + key].stdout, stdout=subprocess.PIPE)\n        self.proc['src_' + key].stdout.close()  # Allow partclone to receive a SIGPIPE if gzip exits.\n        self.proc['split_' + key] = subprocess.Popen(['split', '-b', '4G', '-', image], stdin=self.proc['gz_' + key].stdout)\n        self.proc['gz_' + key].stdout.close()  # Allow gzip to receive a SIGPIPE if split exits.\n        for line in self.proc['src_' + key].stderr:\n            print(line)\n        return self.proc['src_' + key].wait()\n"
        },
        {
          title: "a capture left unread during a pause, then stopped and read",
          example: "import subprocess, time\np = subprocess.Popen(['tcpdump', '-l', '-i', 'wlan0mon'], stdout=subprocess.PIPE)\ntime.sleep(10)\np.terminate()\nframes = len(p.communicate()[0].splitlines())\n",
          useInstead: "import subprocess, time\nwith open('frames.txt', 'wb') as f:\n    p = subprocess.Popen(['tcpdump', '-l', '-i', 'wlan0mon'], stdout=f)\n    time.sleep(10)\n    p.terminate()\n    p.wait()\nwith open('frames.txt', 'rb') as f:\n    frames = len(f.read().splitlines())\n"
        }
      ],
      fixSafety: "`close` (safe), offered for a pipe handed to the next stage and kept: `p1.stdout.close()` on the line after the consumer's Popen (the Python docs' pipeline idiom); unsafe when the producer's exit status is looked at (a producer that used to finish into the pipe's buffer may now die of SIGPIPE when the consumer exits early) or the stream went to a function of the project; not offered when the stream is read later (a read of a closed file raises ValueError) or the wait is in the function it was handed to.\n`devnull` (safe), offered for a pipe nothing reads: `stdout=subprocess.DEVNULL` (an open devnull where the target includes Python 2 or 3.0-3.2, reusing a handle already in scope); nobody read the pipe, so nothing observable changes but the hazard. An existing `DEVNULL` import or `subprocess` alias is reused.\n`read`: `p.communicate()` in place of a bare `p.wait()` when nothing reads the pipe later (safe unless stdin is a pipe: communicate() also closes it); when the output is read after the wait (`p.wait(); out = p.stdout.read()`), or the other pipe after one is read to its end (`out = p.stdout.read(); err = p.stderr.read()`), `p_out, p_err = p.communicate()` where the parent first blocks, the later reads taking the output from its result (`out = p_out`, `for line in p_out.splitlines(True)`) and a used `p.wait()` becoming `p.returncode` (unsafe: the reads move); where a read cannot take its value so (a partial read, a pipe handed on), `p.wait()` moved below the first read (unsafe: it moves code); `p.communicate()` inserted before `rc = p.wait()` or after a Popen that is never read (unsafe: the parent now waits); `.communicate()` after a dropped Popen (unsafe). A handle returned by a project wrapper gets the `read` fix at the caller (unsafe: the wrapper's stdin is not known, and communicate() closes it); its PIPE stays, since other callers may read it.",
      reproduction: {
        files: {
          "task.py": `import subprocess, sys
p = subprocess.Popen([sys.executable, '-c', "print('x' * 200000)"], stdout=subprocess.PIPE)
p.wait()   # the child blocks at 64 KiB, the parent in wait(): deadlock
print('finished')
`
        },
        run: 'timeout 5 python3 task.py; echo "exit status $?"',
        shows: "exit status 124",
        says: "exit status 124: killed by the timeout, never finished",
        fix: "task.py"
      },
      references: [
        "https://docs.python.org/3/library/subprocess.html#subprocess.Popen.wait",
        "https://docs.python.org/3/library/subprocess.html#subprocess.Popen.communicate"
      ]
    }
  },
  check(ctx) {
    for (const { call, qualified } of callsTo(ctx.model, POPEN2)) {
      const chosen = chosenPipes(ctx, call);
      const pipes2 = chosen?.pipes ?? pipesOf2(ctx, call);
      const choice2 = chosen?.choice ?? null;
      if (!pipes2.stdout && !pipes2.stderr) continue;
      if (!choice2 && reportClosedAtOnce(ctx, call, pipes2, qualified)) continue;
      let output = processOutput(argument(call, 0, "args"), isShell(call), ctx.model);
      const held = choice2 ? null : heldPipe(ctx, call);
      let unlisted = output.program !== null && !isListed(output.program);
      if (output.program === null) {
        const wrapper = parameterOf(ctx.model, argument(call, 0, "args"), true);
        const inside = !!wrapper && [...wrapperSummaries(ctx.model).values()].some((s) => s.internal?.opener.id === call.id);
        const flags = wrapper ? drainFlags(ctx.model, call) : [];
        const guards = wrapper ? guardFlags(ctx.model, call) : [];
        const skips = (c) => {
          const skipped = skippedArms(c, guards);
          return skipped.length > 0 && !siteOf(ctx, call, growingStreams(pipes2, output), skipped, choice2);
        };
        const judged = wrapper && judgeCallers({ file: ctx.path, model: ctx.model }, wrapper, (m, a) => processOutput(a, isShell(call), m), (o) => growingStreams(pipes2, o).length > 0, (c) => flags.length > 0 && (inside || flagsAt(c, flags) === "drains") || skips(c), !inside);
        if (judged && !judged.growing && judged.unseen === 0) continue;
        if (inside && judged && !judged.unlisted && !judged.started && judged.unseen === 0 && !held) continue;
        const shown2 = inside && judged && !held ? judged.unlisted ?? judged.started : judged?.growing;
        unlisted = !!shown2 && shown2 === judged?.unlisted && judged.unseen === 0 && !isTest(shown2.file) && shown2.output.program !== null && !isListed(shown2.output.program);
        if (shown2 && !(isTest(shown2.file) && judged.unseenOutsideTests > 0)) output = { ...shown2.output, evidence: `${shown2.output.evidence}, passed to ${shown2.fn}() at ${shown2.at}` };
        else if (wrapper) output = { ...output, evidence: unseenCallers(ctx.path, wrapper, judged) };
      }
      if (held) {
        reportHeldPipe(ctx, call, held, pipes2, output, qualified);
        continue;
      }
      let growing = growingStreams(pipes2, output);
      let site = siteOf(ctx, call, growing, [], choice2);
      const life = growingStreams(pipes2, output, true);
      let launched = false;
      if (!site && life.length > growing.length) {
        const lived = siteOf(ctx, call, life, [], choice2);
        if (lived && NEVER_READ_SHAPES.has(lived.verdict.shape)) [site, growing, launched] = [lived, life, true];
      }
      if (!site) {
        if (choice2) {
          returnedCapture(ctx, call, growing, output, choice2);
          continue;
        }
        if (!pollTailLoss(ctx, call, pipes2, qualified) && !returnedCapture(ctx, call, growing, output)) endedCapture(ctx, call, pipes2, growing, output);
        continue;
      }
      if (launched) output = { ...output, evidence: output.livesOn.says };
      const { verdict } = site;
      if (site.handle === "dropped" && verdict.shape === "never-read" && presenceProbe(ctx.model, call, argument(call, 0, "args"))) continue;
      const pattern = patternOf(verdict, isShell(call) && shellExitsAtOnce(argument(call, 0, "args"), ctx.model));
      if (!pattern) {
        if (!choice2) pollTailLoss(ctx, call, pipes2, qualified);
        continue;
      }
      if (verdict.shape === "partial-then-left" && output.outputOnly && !launched) continue;
      const ready = !launched && verdict.shape === "partial-then-left" && commandEvidence(output) !== "grows" ? readyMarker(site.events) : null;
      const server = output.program ? `\`${output.program}\`` : "the server";
      if (ready !== null) output = { ...output, evidence: `the read loop stops at the line saying ${JSON.stringify(ready.trim())}: ${server} is ready and runs on, logging into the pipe nobody reads any more` };
      const weak = pattern === "waited" && unlisted ? { basis: "unlisted" } : {};
      const subject = launched ? `the program \`${output.program}\` starts` : ready !== null ? server : void 0;
      const hazard = pipeHazard(pattern, ctx.versions, "unbounded", subject ? { ...output, subject } : { ...output, ...weak }, parentLifetime(ctx.model, call));
      if (!hazard.breaks) {
        if (!choice2) pollTailLoss(ctx, call, pipes2, qualified);
        continue;
      }
      const streams = verdict.full.join("/");
      const fixes2 = [];
      const neverRead = verdict.neverRead.map((s) => s === "stdout" ? pipes2.stdout : pipes2.stderr).filter((v) => v !== null);
      const devnull = devnullFix(ctx, call, neverRead);
      if (devnull) fixes2.push(devnull);
      const read2 = readFix(ctx, call, site, pipes2.stdin);
      if (read2) fixes2.push(read2);
      const evidence = launched || ready !== null || verdict.full.includes("stdout") || output.stdout === output.stderr || output.stdout !== "unbounded" && output.stderr === "unbounded" ? output.evidence : `${output.program ? `\`${output.program}\`` : "the command"} can write without bound on stderr`;
      const tail = verdict.shape === "other-pipe-fills" && !choice2 ? pollTailOf(ctx, call, pipes2) : null;
      const also = tail && !verdict.full.includes(tail.stream) ? `; should it exit first, the loop stops at once and the last lines of ${tail.stream}, still in the pipe, are lost` : "";
      ctx.report(call, { message: `${describe(site, streams).replace("subprocess.Popen()", `${qualified}()${choiceNote(choice2)}`)} (${evidence}): ${waitHow(site, hazard.how)}${also}`, fixes: fixes2, evidence: hazard.evidence });
    }
    for (const { call, qualified } of callsTo(ctx.model, WAITING)) waitingCall(ctx, call, qualified);
    for (const s of wrapperSummaries(ctx.model).values()) if (s.cls) classDefinition(ctx, s, s.cls);
    for (const w of wrapperCalls(ctx.model, ctx.path)) {
      const s = w.summary;
      const chosen = !s.stdout && !s.stderr && s.chosen && !s.cls && !s.internal ? s.chosen : null;
      if (chosen?.choice && ruledOutAt(w.call, chosen.choice, chosen.params)) continue;
      if (s.opener !== "subprocess.Popen" || !s.stdout && !s.stderr && !chosen) continue;
      if (s.cls) {
        classCall(ctx, w.call, s, s.cls, w.where);
        continue;
      }
      if (s.internal) {
        internalCall(ctx, w.call, s, s.internal, w.where);
        continue;
      }
      const output = processOutput(argument(w.call, s.param, s.paramName), s.shell, ctx.model);
      const growing = growingStreams({ stdout: s.stdout || chosen?.stdout ? w.call : null, stderr: s.stderr || chosen?.stderr ? w.call : null, merged: s.merged, stdin: false }, output);
      const site = siteOf(ctx, w.call, growing);
      if (!site) continue;
      const { verdict } = site;
      const pattern = patternOf(verdict, s.shell && shellExitsAtOnce(argument(w.call, s.param, ""), ctx.model));
      if (!pattern) continue;
      const hazard = pipeHazard(pattern, ctx.versions, "unbounded", output, parentLifetime(ctx.model, w.call));
      if (!hazard.breaks) continue;
      const text = describe(site, verdict.full.join("/")).replace("subprocess.Popen()", `subprocess.Popen()${choiceNote(chosen?.choice ?? null)} returned by ${s.name}() (${w.where})`);
      const read2 = readFix(ctx, w.call, site, true);
      ctx.report(w.call, { message: `${text} (${output.evidence}): ${waitHow(site, hazard.how)}`, fixes: read2 ? [read2] : [], evidence: hazard.evidence });
    }
  }
};

// src/python/eof-reads.ts
var SHELL_READERS = /* @__PURE__ */ new Set(["subprocess.getoutput", "subprocess.getstatusoutput", "commands.getoutput", "commands.getstatusoutput"]);
var CAPTURE = /* @__PURE__ */ new Set(["subprocess.check_output", "subprocess.run"]);
var OPENERS2 = /* @__PURE__ */ new Set(["os.popen", "platform.popen", "subprocess.Popen"]);
var PIPE = /* @__PURE__ */ new Set(["subprocess.PIPE"]);
var STDOUT = /* @__PURE__ */ new Set(["subprocess.STDOUT"]);
var READ_METHODS = /* @__PURE__ */ new Set(["read", "readlines"]);
var FALSY2 = /* @__PURE__ */ new Set(["False", "0", "None"]);
function keyword(call, name) {
  for (const a of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (a.type === "keyword_argument" && a.childForFieldName("name")?.text === name) return a.childForFieldName("value");
  }
  return null;
}
var truthy = (n) => !!n && !FALSY2.has(n.text);
function readFds(ctx, call, qualified) {
  if (SHELL_READERS.has(qualified)) return [1, 2];
  if (qualified === "os.popen" || qualified === "platform.popen") {
    const mode = literalString(argument(call, 1, "mode"));
    return mode === null || mode.startsWith("r") ? [1] : [];
  }
  if (!truthy(keyword(call, "shell"))) return [];
  const is = (n, names) => !!n && names.has(ctx.model.qualifiedName(unparenthesize(n)) ?? "");
  const stdout = keyword(call, "stdout");
  const stderr = keyword(call, "stderr");
  const capture = qualified === "subprocess.run" && truthy(keyword(call, "capture_output"));
  const out = qualified === "subprocess.check_output" || capture || is(stdout, PIPE);
  const err = capture || is(stderr, PIPE) || out && is(stderr, STDOUT);
  return [...out ? [1] : [], ...err ? [2] : []];
}
function readsToEof(ctx, call, qualified) {
  const popen = qualified === "subprocess.Popen";
  const judge = (ref) => {
    const use = classifyUse(ref);
    if (popen) {
      if (use.kind === "method" && use.name === "communicate") return "communicate()";
      if (use.kind === "attribute" && (use.name === "stdout" || use.name === "stderr")) {
        const inner = classifyUse(use.node);
        if (inner.kind === "method" && READ_METHODS.has(inner.name) && inner.argCount === 0) return `${use.name}.${inner.name}()`;
        if (inner.kind === "iterate") return `a loop over ${use.name}`;
      }
      return null;
    }
    if (use.kind === "method" && READ_METHODS.has(use.name) && use.argCount === 0) return `${use.name}()`;
    if (use.kind === "iterate") return "a loop over it";
    return null;
  };
  const expr = outerExpression(call);
  if (expr.parent?.type === "attribute" || expr.parent?.type === "for_statement" || expr.parent?.type === "for_in_clause") return judge(call);
  const handle = handleUses(ctx.model, call);
  for (const { ref } of handle?.uses ?? []) {
    const how = judge(ref);
    if (how) return how;
  }
  return null;
}
function backgroundHolder(ctx, cmd, fds) {
  if (!cmd) return null;
  const command = commandOf(cmd, ctx.model);
  if (!command.text.includes("&")) return null;
  const sites = commandSites(parseShell(command.text));
  const site = sites?.find((s) => s.background && (fds.includes(1) && s.stdout === "out" || fds.includes(2) && s.stderr === "err"));
  if (!site || sites.some((s) => s.words[0] === "wait")) return null;
  const holder = site.words.find((w) => !/^(nohup|setsid|exec|nice|env|[A-Za-z_]\w*=.*)$/.test(w)) ?? site.words[0];
  return { holder, quiet: sites.every((s) => s.background) ? backgroundEdits(command) : null };
}
function eofReads(ctx) {
  const out = [];
  for (const { call, qualified } of callsTo(ctx.model, /* @__PURE__ */ new Set([...SHELL_READERS, ...CAPTURE, ...OPENERS2]))) {
    const fds = readFds(ctx, call, qualified);
    if (fds.length === 0) continue;
    const how = SHELL_READERS.has(qualified) || CAPTURE.has(qualified) ? `${qualified.slice(qualified.indexOf(".") + 1)}()` : readsToEof(ctx, call, qualified);
    if (!how) continue;
    const holder = backgroundHolder(ctx, argument(call, 0, qualified === "subprocess.Popen" || CAPTURE.has(qualified) ? "args" : "cmd"), fds);
    if (holder) out.push({ call, qualified, how, ...holder });
  }
  return out;
}
var EOF_READ_WORDS = ["popen", "PIPE", "check_output", "getoutput", "getstatusoutput", "capture_output"];
var EOF_READ_CALLS = [...new Set([...SHELL_READERS, ...CAPTURE, ...OPENERS2].map((q) => q.slice(q.lastIndexOf(".") + 1)))];
var BACKGROUND_TEXT = ["&", "\\x26", "\\46", "\\046", "\\u", "\\U"];

// rules/pop006-child-inherits-descriptors.ts
var HOLDINGS = [
  ["socket-or-lock", ["socket.socket", "socket.create_server", "socket.fromfd"], 'the socket opened by `{call}` (a restart fails with "Address already in use" while the child lives)'],
  ["socket-or-lock", ["SocketServer.TCPServer", "SocketServer.UDPServer", "SocketServer.ThreadingTCPServer", "SocketServer.ForkingTCPServer", "socketserver.TCPServer", "socketserver.UDPServer", "socketserver.ThreadingTCPServer", "socketserver.ForkingTCPServer", "BaseHTTPServer.HTTPServer", "http.server.HTTPServer", "http.server.ThreadingHTTPServer", "SimpleXMLRPCServer.SimpleXMLRPCServer", "xmlrpc.server.SimpleXMLRPCServer", "wsgiref.simple_server.make_server"], 'the server socket opened by `{call}` (a restart fails with "Address already in use" while the child lives)'],
  ["pipe", ["os.pipe", "os.pipe2", "os.openpty", "socket.socketpair"], "the pipe made by `{call}` (its reader never sees EOF while the child lives: a read to the end blocks until the child exits)"],
  ["socket-or-lock", ["fcntl.flock", "fcntl.lockf"], "the lock taken by `{call}` (it is not released while the child lives)"]
];
var RESOLVES = ["subprocess.Popen", "os.popen", "os.system", "platform.popen", "subprocess.call", "subprocess.check_call", "subprocess.run"];
function holdingWords(kind) {
  return [...new Set(HOLDINGS.filter(([k]) => k === kind).flatMap(([, names]) => names).map((q) => q.slice(q.lastIndexOf(".") + 1)))];
}
function firstHolding(ctx, kind) {
  const names = new Set(HOLDINGS.filter(([k]) => k === kind).flatMap(([, n]) => n));
  const listens = /\.listen\s*\(/.test(ctx.model.text);
  const calls = callsTo(ctx.model, names).filter((c) => listens || c.qualified === "socket.socketpair" || !c.qualified.startsWith("socket."));
  if (calls.length === 0) return null;
  const { qualified } = calls[0];
  const [, , text] = HOLDINGS.find(([, n]) => n.includes(qualified));
  return text.replace("{call}", `${qualified}()`);
}
function backgrounds(text) {
  const sites = commandSites(parseShell(text));
  return !!sites && sites.some((s) => s.background);
}
function keyword2(call, name) {
  for (const a of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (a.type === "keyword_argument" && a.childForFieldName("name")?.text === name) return a.childForFieldName("value");
  }
  return null;
}
var FALSY3 = /* @__PURE__ */ new Set(["False", "0", "None"]);
var INHERITABLE = /\bset_inheritable\s*\(|\bpipe2\s*\(|\bdup2\s*\(/;
function notWaited(ctx, call) {
  const expr = outerExpression(call);
  const parent = expr.parent;
  if (parent?.type === "expression_statement") return true;
  if (parent?.type === "attribute") return !["wait", "communicate"].includes(parent.childForFieldName("attribute")?.text ?? "");
  if (parent?.type === "assignment" && parent.childForFieldName("left")?.type === "attribute") return true;
  const handle = handleUses(ctx.model, call);
  if (!handle) return false;
  const found = ctx.model.lookup(handle.name.text, ctx.model.scopeOf(handle.name));
  const binding = found?.bindings.find((b) => b.node.id === handle.name.id);
  if (!binding || handle.statement.type === "with_statement") return false;
  const loads = reachedLoads(ctx.model, binding);
  return loads.every((ref) => {
    const p = outerExpression(ref).parent;
    const name = p?.type === "attribute" ? p.childForFieldName("attribute")?.text : null;
    if (!p || p.type !== "attribute") return p?.type === "if_statement" || p?.type === "comparison_operator";
    return name !== "wait" && name !== "communicate" && name !== "poll";
  });
}
function checkInheritance(ctx, kind) {
  const py2 = includesPython2(ctx.versions);
  const candidates = callsTo(ctx.model, new Set(RESOLVES));
  if (candidates.length === 0) return;
  let holding;
  let inheritable;
  for (const { call, qualified } of candidates) {
    const isSubprocess = qualified.startsWith("subprocess.");
    const closeFds = isSubprocess ? keyword2(call, "close_fds") : null;
    const inherits = isSubprocess ? (closeFds ? FALSY3.has(closeFds.text) && (py2 || (inheritable ??= INHERITABLE.test(ctx.model.text))) : py2) && !keyword2(call, "pass_fds") : py2;
    if (!inherits) continue;
    const cmd = argument(call, 0, isSubprocess ? "args" : "command") ?? argument(call, 0, "cmd");
    const shell = isSubprocess ? !!keyword2(call, "shell") && !FALSY3.has(keyword2(call, "shell").text) : true;
    const cmdText = cmd && shell ? literalString(cmd) ?? commandOf(cmd, ctx.model).text : null;
    const background = cmdText !== null && backgrounds(cmdText);
    const outlives = background || qualified === "subprocess.Popen" && notWaited(ctx, call);
    if (!outlives) continue;
    holding ??= firstHolding(ctx, kind);
    if (!holding) return;
    const fixes2 = [];
    if (qualified === "subprocess.Popen") {
      if (closeFds) fixes2.push({ strategy: "subprocess", applicability: "safe", description: "Close the parent's descriptors in the child: close_fds=True", edits: [{ start: closeFds.startIndex, end: closeFds.endIndex, content: "True" }] });
      else {
        const args = call.childForFieldName("arguments");
        const last = args.namedChildren.filter((c) => c.type !== "comment").at(-1);
        if (last) fixes2.push({ strategy: "subprocess", applicability: "safe", description: "Close the parent's descriptors in the child: close_fds=True", edits: [{ start: last.endIndex, end: last.endIndex, content: ", close_fds=True" }] });
      }
    } else if ((qualified === "os.popen" || qualified === "os.system") && cmd && enclosingStatement(call)?.type === "expression_statement" && outerExpression(call).parent?.type === "expression_statement") {
      const sp = subprocessModule(ctx.model, ctx.source, call);
      if (sp) {
        const out = qualified === "os.popen" ? `, stdout=${devnullFile(ctx.model, call)}` : "";
        fixes2.push({ strategy: "subprocess", applicability: "unsafe", description: "Start it with subprocess.Popen(..., close_fds=True)", edits: [...sp.edits, { start: call.startIndex, end: call.endIndex, content: `${sp.name}.Popen(${cmd.text}, shell=True${out}, close_fds=True)` }] });
      }
    }
    const how = background ? "runs on in the background" : "is never waited for here";
    const why = isSubprocess && closeFds ? "close_fds=False" : isSubprocess ? "on Python 2 close_fds defaults to False and every descriptor is inheritable" : "on Python 2 every descriptor is inheritable";
    ctx.report(call, { message: `the child of ${qualified}() ${how} and inherits the parent's descriptors (${why}): it keeps ${holding}`, fixes: fixes2 });
  }
}
var rule6 = {
  meta: {
    id: "POP006",
    name: "child-inherits-descriptors",
    language: "python",
    summary: "a child that outlives the call inherits a pipe the parent holds: its reader never sees EOF (Python 2, or close_fds=False)",
    defaultEnabled: true,
    severity: "warning",
    strategies: ["subprocess", "devnull"],
    needles: ["Popen", "popen", "system", "call", "check_call", "run", "check_output", "getoutput", "getstatusoutput"],
    // `run` and `call` are in most modules: only one that makes a pipe or reads a command's output is parsed.
    requires: [...holdingWords("pipe"), ...EOF_READ_WORDS],
    // Each kind of finding with its evidence: a child and a pipe the module makes (checkInheritance),
    // or a read of a shell line's output and the `&` of its background job (eofReads).
    prefilter: [
      { needles: [...new Set(RESOLVES.map((q) => q.slice(q.lastIndexOf(".") + 1)))], requires: holdingWords("pipe") },
      { needles: EOF_READ_CALLS, requires: EOF_READ_WORDS, bytes: BACKGROUND_TEXT }
    ],
    resolves: [...RESOLVES, "subprocess.check_output", "subprocess.getoutput", "subprocess.getstatusoutput", "commands.getoutput", "commands.getstatusoutput", "subprocess.PIPE", "subprocess.STDOUT"],
    docs: {
      whatItDoes: "Checks for a child that outlives the call that starts it - a `subprocess.Popen` that is never waited, or a shell command backgrounded with `&` (`os.popen`, `os.system`, `shell=True`) - in a module that makes a pipe (`os.pipe`, `os.pipe2`, `os.openpty`, `socket.socketpair`), when the child inherits it: on Python 2 (where `close_fds` defaults to False and every descriptor is inheritable) unless `close_fds=True`, and on Python 3.4+ only with an explicit `close_fds=False` in a module that makes a descriptor inheritable (`os.set_inheritable`, `os.pipe2` without `O_CLOEXEC`, `os.dup2`): since PEP 446 `os.pipe`, sockets and files are not inherited even then. Also, on every version, a shell line whose output the parent reads to EOF (`os.popen(cmd).read()`, `check_output(cmd, shell=True)`, `getoutput`, `run(..., capture_output=True)`, `communicate()`) with a command run in the background (`server &`) that keeps the pipe: the shell hands it fd 1 and 2 whatever `close_fds` says. A listening socket or a lock the child keeps is POP009's (off by default).",
      whyIsThisBad: "The seed article's third point: a child inherits the parent's descriptors. A child holds every descriptor it inherited for as long as it lives, among them the write end of the parent's pipe: the pipe's reader never sees EOF, so a read to the end (`os.read` until empty, `f.read()`, a reader thread joined) blocks until the child exits - for good, if the child is a daemon. Python 3.4+ makes descriptors non-inheritable (PEP 446) and closes them in `Popen` by default. A job started in the background by the shell line whose output is read holds that pipe on every version: `subprocess.check_output('nohup ./server.sh &', shell=True)` returns only when the server exits.",
      example: "import os, subprocess\nr, w = os.pipe()\nsubprocess.Popen(['python', 'worker.py'])\nos.close(w)\nprint os.fdopen(r).read()\n",
      useInstead: "import os, subprocess\nr, w = os.pipe()\nsubprocess.Popen(['python', 'worker.py'], close_fds=True)\nos.close(w)\nprint os.fdopen(r).read()\n",
      fixSafety: "`subprocess` (a subprocess option; the child's output is unchanged): `close_fds=True` added to the `Popen` call, or `close_fds=False` turned into `True` - safe where no descriptor is meant to pass to the child (it is unsafe, and not offered, with `pass_fds`). For `os.popen`/`os.system` on Python 2 the unsafe fix runs the command with `subprocess.Popen(cmd, shell=True, close_fds=True)`.\n`devnull` (unsafe), for a background job that keeps the pipe being read, when every command of the line runs in the background: their output goes to /dev/null (`{ ./server.sh; } >/dev/null 2>&1 &`), so the read returns at once; it no longer returns what they print.",
      reproduction: {
        files: {
          "reader.py": "import os, subprocess, time\nr, w = os.pipe()\nstart = time.time()\nsubprocess.Popen(['sleep', '2'])\nos.close(w)\nos.read(r, 1)\nprint 'EOF after %ds' % (time.time() - start)\n"
        },
        run: "python2.7 reader.py",
        shows: "EOF after [2-9]s",
        says: "EOF after 2s: the read waited for `sleep`, which held the pipe's write end (EOF after 0s once fixed)",
        fix: "reader.py"
      },
      references: ["https://peps.python.org/pep-0446/", "https://docs.python.org/2/library/subprocess.html#popen-constructor"]
    }
  },
  check(ctx) {
    checkInheritance(ctx, "pipe");
    for (const r of eofReads(ctx)) {
      const fixes2 = r.quiet ? [{ strategy: "devnull", applicability: "unsafe", description: "Send the background command's output to /dev/null: the read no longer waits for it (and no longer returns what it prints)", edits: r.quiet }] : [];
      ctx.report(r.call, { message: `\`${r.holder}\` runs in the background (\`&\`) and inherits the write end of the pipe ${r.qualified}() reads: ${r.how} sees EOF only when \`${r.holder}\` exits, so the parent blocks for as long as it runs`, fixes: fixes2 });
    }
  }
};

// rules/pop007-asyncio-pipe-never-drained.ts
var CREATE = /* @__PURE__ */ new Set([
  "asyncio.create_subprocess_exec",
  "asyncio.create_subprocess_shell",
  "asyncio.subprocess.create_subprocess_exec",
  "asyncio.subprocess.create_subprocess_shell"
]);
var PIPE2 = /* @__PURE__ */ new Set(["asyncio.subprocess.PIPE", "subprocess.PIPE"]);
var STDOUT2 = /* @__PURE__ */ new Set(["asyncio.subprocess.STDOUT", "subprocess.STDOUT"]);
function keyword3(call, name) {
  const args = call.childForFieldName("arguments");
  for (const a of args?.namedChildren ?? []) {
    if (a.type === "keyword_argument" && a.childForFieldName("name")?.text === name) return a.childForFieldName("value");
  }
  return null;
}
function outputOf(ctx, call, shell) {
  if (shell) {
    const cmd = argument(call, 0, "cmd");
    return cmd ? shellOutput(commandOf(cmd, ctx.model)) : classifyShell(null);
  }
  const items = (call.childForFieldName("arguments")?.namedChildren ?? []).filter((a) => !["keyword_argument", "comment", "dictionary_splat"].includes(a.type));
  const words = itemsWords(items, ctx.model);
  return words.length ? classifyArgv(words) : classifyShell(null);
}
function devnullFix2(ctx, call, values) {
  if (values.length === 0) return null;
  const edits = [];
  for (const value of values) {
    const v = unparenthesize(value);
    if (v.type === "attribute") {
      const attr = v.childForFieldName("attribute");
      edits.push({ start: attr.startIndex, end: attr.endIndex, content: "DEVNULL" });
      continue;
    }
    const scope = ctx.model.scopeOf(call);
    const imported = ctx.model.lookup("DEVNULL", scope)?.bindings.every((b) => b.kind === "import" && (b.qualified === "asyncio.subprocess.DEVNULL" || b.qualified === "subprocess.DEVNULL"));
    const module = ["asyncio", "subprocess"].flatMap((m) => ctx.model.moduleAliases(m).map((alias) => ({ m, alias }))).find(({ alias }) => ctx.model.lookup(alias, scope)?.scope === ctx.model.module);
    if (imported) edits.push({ start: v.startIndex, end: v.endIndex, content: "DEVNULL" });
    else if (module) edits.push({ start: v.startIndex, end: v.endIndex, content: `${module.alias}${module.m === "asyncio" ? ".subprocess" : ""}.DEVNULL` });
    else return null;
  }
  return { strategy: "devnull", applicability: "safe", description: "Send the output nobody reads to /dev/null instead of a pipe", edits };
}
function methodName(node) {
  const names = [];
  for (let n = node.parent; n; n = n.parent) if (n.type === "function_definition" || n.type === "class_definition") names.unshift(n.childForFieldName("name")?.text ?? "");
  return names.length ? `${names.join(".")}()` : "the module";
}
function storedProcess(ctx, call, awaited2, qualified, growing, output, [stdout, stderr]) {
  const stored = attributeStore(ctx, awaited2);
  const site = stored && storedSite(stored, "attribute", growing);
  if (!site || site.verdict.shape !== "wait-before-drain") return;
  const { verdict } = site;
  const wait = site.events.find((e) => e.kind === "wait" && e.node.id === verdict.at?.id);
  if (wait?.kind !== "wait") return;
  const name = qualified.slice(qualified.lastIndexOf(".") + 1);
  const who = output.program ? `\`${output.program}\`` : "the command";
  const fixes2 = [];
  const attr = wait.call?.childForFieldName("function")?.childForFieldName("attribute");
  if (wait.call && !wait.via && attr && wait.node.parent?.type === "expression_statement" && (wait.call.childForFieldName("arguments")?.namedChildren.length ?? 0) === 0) {
    fixes2.push({ strategy: "read", applicability: "unsafe", description: "Drain the pipes: await communicate() instead of wait() (other methods may read the pipes)", edits: [{ start: attr.startIndex, end: wait.call.endIndex, content: "communicate()" }] });
  }
  const devnull = devnullFix2(ctx, call, verdict.neverRead.map((s) => s === "stdout" ? stdout : stderr).filter((v) => v !== null));
  if (devnull) fixes2.push({ ...devnull, applicability: "unsafe" });
  const before = wait.via ?? `the wait in ${methodName(wait.node)}`;
  ctx.report(call, {
    message: `${verdict.full.join("/")} pipe of ${name}() stored in \`${site.holder}\` is not read before ${before} (${output.evidence}): ${who} blocks once the pipe and asyncio's stream buffer are full (about 128-256 KiB) while the coroutine awaits: a deadlock`,
    fixes: fixes2,
    evidence: deadlockEvidence(output)
  });
}
var rule7 = {
  meta: {
    id: "POP007",
    name: "asyncio-pipe-never-drained",
    language: "python",
    summary: "asyncio subprocess pipe not read before await proc.wait(): the child blocks once the buffers fill",
    defaultEnabled: true,
    severity: "error",
    strategies: ["read", "devnull"],
    needles: ["create_subprocess_exec", "create_subprocess_shell"],
    resolves: ["asyncio.create_subprocess_exec", "asyncio.create_subprocess_shell", "asyncio.subprocess.PIPE", "asyncio.subprocess.STDOUT", "subprocess.PIPE", "subprocess.STDOUT"],
    docs: {
      whatItDoes: '`await asyncio.create_subprocess_exec(...)` or `create_subprocess_shell(...)` with `stdout=PIPE` or `stderr=PIPE`, then `await proc.wait()` before the pipe is read (or after only a partial read), or one pipe read to its end while the other is never read - when the command can write more than the buffers hold. A process kept on `self` (`self.proc = await asyncio.create_subprocess_exec(...)`) is followed through the methods of its class and those of its subclasses in other modules of the repository (`await self.proc.wait()` in a subclass method): as for a Popen kept on `self` (POP005), the order across methods is not known, so it is reported when some method waits and nothing in them reads a growing pipe or hands the process on. Files that never say "popen" are checked too.',
      whyIsThisBad: "asyncio reads the pipe into a stream buffer and pauses once the buffer is full; nothing drains it while the coroutine awaits `wait()`. A child that writes more than the pipe and the buffer hold (measured: about 128 KiB on Python 3.12, 256 KiB on 3.8) blocks on its write, and `wait()` never returns. The asyncio documentation warns about this deadlock and recommends `communicate()`.",
      example: "import asyncio\nasync def build():\n    proc = await asyncio.create_subprocess_exec('make', stdout=asyncio.subprocess.PIPE)\n    await proc.wait()\n",
      useInstead: "import asyncio\nasync def build():\n    proc = await asyncio.create_subprocess_exec('make', stdout=asyncio.subprocess.PIPE)\n    out, _ = await proc.communicate()\n",
      fixSafety: "`devnull` (safe), offered for a pipe nothing reads: `stderr=asyncio.subprocess.DEVNULL` (a `DEVNULL` already imported, or an `asyncio`/`subprocess` module in scope, is used); nobody read the pipe, so nothing observable changes but the hazard.\n`read` (safe for a bare `await proc.wait()` that nothing reads after, unless stdin is a pipe): `await proc.communicate()` in its place; it reads both pipes to the end, then waits. When the output is read after the wait (`await proc.wait(); out = await proc.stdout.read()`), or the other pipe after one is read to its end, `proc_out, proc_err = await proc.communicate()` where the coroutine first blocks, the later reads taking the output from its result and a used `await proc.wait()` becoming `proc.returncode` (unsafe: the reads move).",
      reproduction: {
        files: {
          "task.py": `import asyncio, sys
async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', "print('x' * 300000)", stdout=asyncio.subprocess.PIPE)
    await proc.wait()
asyncio.run(main())
`
        },
        run: 'timeout 5 python3 task.py; echo "exit status $?"',
        shows: "exit status 124",
        says: "exit status 124: killed by the timeout, the coroutine never got past wait()",
        fix: "task.py"
      },
      references: [
        "https://docs.python.org/3/library/asyncio-subprocess.html#asyncio.subprocess.Process.wait",
        "https://docs.python.org/3/library/asyncio-subprocess.html#asyncio.subprocess.Process.communicate"
      ]
    }
  },
  check(ctx) {
    for (const { call, qualified } of callsTo(ctx.model, CREATE)) {
      const is = (node, names) => !!node && names.has(ctx.model.qualifiedName(unparenthesize(node)) ?? "");
      const stdout = keyword3(call, "stdout");
      const stderr = keyword3(call, "stderr");
      const outPiped = is(stdout, PIPE2);
      const errPiped = is(stderr, PIPE2);
      if (!outPiped && !errPiped) continue;
      const output = outputOf(ctx, call, qualified.endsWith("_shell"));
      const growing = [];
      if (outPiped && (output.stdout === "unbounded" || is(stderr, STDOUT2) && output.stderr === "unbounded")) growing.push("stdout");
      if (errPiped && output.stderr === "unbounded") growing.push("stderr");
      const awaited2 = outerExpression(call).parent;
      if (awaited2?.type !== "await") continue;
      const handle = handleUses(ctx.model, awaited2);
      if (!handle) {
        storedProcess(ctx, call, awaited2, qualified, growing, output, [stdout, stderr]);
        continue;
      }
      const found = ctx.model.lookup(handle.name.text, ctx.model.scopeOf(handle.name));
      const binding = found?.bindings.find((b) => b.node.id === handle.name.id);
      if (!binding) continue;
      const events = reachedLoads(ctx.model, binding).map((ref) => handleEvent(ref, call));
      const verdict = drainVerdict(events, growing, false);
      if (!verdict || verdict.shape === "never-read" || verdict.shape === "partial-then-left" || verdict.shape === "closed-unread") continue;
      const name = qualified.slice(qualified.lastIndexOf(".") + 1);
      const streams = verdict.full.join("/");
      const who = output.program ? `\`${output.program}\`` : "the command";
      const what = verdict.shape === "other-pipe-fills" && !events.some((e) => e.kind === "wait" && e.node.id === verdict.at?.id) ? `${streams} pipe of ${name}() is not read while the other is read to its end` : verdict.shape === "partial-then-wait" ? `${streams} pipe of ${name}() is only partly read before wait()` : `${streams} pipe of ${name}() is not read before wait()`;
      const fixes2 = [];
      const anchor = events.find((e) => (e.kind === "wait" || e.kind === "drain") && e.node.id === verdict.at?.id);
      const readLater = anchor?.kind === "wait" ? !!verdict.laterDrain : verdict.full.some((s) => !verdict.neverRead.includes(s));
      const communicate = anchor && readLater ? communicateFix(ctx.source, ctx.tree, handle.name.text, anchor, events, call) : null;
      if (communicate) fixes2.push(communicate);
      const neverRead = verdict.neverRead.map((s) => s === "stdout" ? stdout : stderr).filter((v) => v !== null);
      const devnull = devnullFix2(ctx, call, neverRead);
      const wait = events.find((e) => e.kind === "wait" && e.node.id === verdict.at?.id);
      if (wait?.kind === "wait" && wait.call && !verdict.laterDrain) {
        const attr = wait.call.childForFieldName("function")?.childForFieldName("attribute");
        const own = wait.node.parent?.type === "expression_statement";
        if (attr && own && (wait.call.childForFieldName("arguments")?.namedChildren.length ?? 0) === 0) {
          const stdinPiped = is(keyword3(call, "stdin"), PIPE2);
          fixes2.push({ strategy: "read", applicability: stdinPiped ? "unsafe" : "safe", description: "Drain the pipes: await communicate() instead of wait()", edits: [{ start: attr.startIndex, end: wait.call.endIndex, content: "communicate()" }] });
        }
      }
      if (devnull) fixes2.push(devnull);
      ctx.report(call, {
        message: `${what} (${output.evidence}): ${who} blocks once the pipe and asyncio's stream buffer are full (about 128-256 KiB) while the coroutine awaits: a deadlock`,
        fixes: fixes2,
        evidence: deadlockEvidence(output)
      });
    }
  }
};

// rules/pop008-popen-fire-and-forget.ts
var rule8 = {
  meta: {
    id: "POP008",
    name: "popen-fire-and-forget",
    language: "python",
    summary: "os.popen() used to fire and forget a command: its exit status and errors are lost",
    defaultEnabled: false,
    severity: "warning",
    strategies: ["subprocess", "background"],
    needles: ["popen"],
    resolves: ["os.popen", "platform.popen"],
    docs: {
      whatItDoes: "Checks for `os.popen(cmd)` whose result is dropped where the command cannot break: it prints nothing on stdout (`iptables -A`, `ifconfig IF up`, `kill`, `cp`), a few lines at most (`git rev-parse`, `dot -V`), or its stdout is redirected. These are the calls POP001 leaves alone. Off by default: enable with `--select POP008` for a migration away from `os.popen`.",
      whyIsThisBad: "The pipe cannot fill and the command writes nothing that matters, so nothing breaks. But the exit status is thrown away and errors go unnoticed, and on Python 2 the parent still waits for the command when the pipe object is collected (`pclose`).",
      example: "import os\nos.popen('iptables -A INPUT -j DROP')\n",
      useInstead: "import subprocess\nsubprocess.run(['iptables', '-A', 'INPUT', '-j', 'DROP'], check=True)\n",
      fixSafety: "`subprocess` (unsafe): `subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, check=True)` (`subprocess.check_call` when the target includes Python 3.4 or older, with an open devnull before 3.3, reusing a devnull handle already in scope); the parent now waits for the command, and a failure raises `CalledProcessError` instead of passing unseen.\n`background` (unsafe), offered when the target includes Python 2: `subprocess.Popen(cmd, shell=True, stdout=<devnull>)`, left to run. On Python 2 the dropped pipe is closed with `pclose()`, which waits for the command, so the call was never fire-and-forget there; a dropped Popen is not waited for (2.7 reaps it later). To keep `os.popen`, end the command with `>/dev/null 2>&1 &` instead (POP001 offers that form). Code after the call may have relied on the command being done.",
      reproduction: {
        files: {
          "task.py": "import os, time\nos.popen('sleep 1; touch done')\nprint('done' if os.path.exists('done') else 'not done yet')\n"
        },
        run: "python3 task.py",
        shows: "not done yet",
        says: "not done yet: the parent went on without the command, and never hears how it ended",
        fix: "task.py"
      },
      references: ["https://docs.python.org/3/library/subprocess.html#subprocess.run", "https://docs.python.org/3/library/os.html#os.popen"]
    }
  },
  check(ctx) {
    for (const d of droppedPopens(ctx)) {
      if (d.hazard.breaks) continue;
      const fixes2 = [];
      const statement = d.dropped.kind === "with" ? null : d.dropped.statement;
      if (statement) {
        const fix = subprocessFix(ctx, d.call, d.dropped.kind === "close" ? d.dropped.closeCall : d.call, d.command, true);
        if (fix) fixes2.push(fix);
      }
      const background = popenBackgroundFix(ctx, d);
      if (background) fixes2.push(background);
      const waits = includesPython2(ctx.versions) ? "; on Python 2 the parent still waits for it when the pipe is collected" : "";
      ctx.report(d.call, {
        message: `${d.wrapper ? d.qualified.replace(/: the pipe$/, "") : `${d.qualified}()`} used to fire and forget (${d.output.evidence}): nothing breaks, but its exit status and errors are lost${waits}`,
        fixes: fixes2
      });
    }
  }
};

// rules/pop009-child-inherits-socket-or-lock.ts
var rule9 = {
  meta: {
    id: "POP009",
    name: "child-inherits-socket-or-lock",
    language: "python",
    summary: "a child that outlives the call keeps the parent's listening socket or lock (Python 2, or close_fds=False)",
    defaultEnabled: false,
    severity: "warning",
    strategies: ["subprocess"],
    needles: ["Popen", "popen", "system", "call", "check_call", "run"],
    requires: holdingWords("socket-or-lock"),
    resolves: RESOLVES,
    docs: {
      whatItDoes: "Checks for a child that outlives the call that starts it - a `subprocess.Popen` that is never waited, or a shell command backgrounded with `&` - in a module that holds a listening socket, a server (`socketserver`, `http.server`, `xmlrpc.server`, `wsgiref`) or a lock (`fcntl.flock`, `fcntl.lockf`), when the child inherits it: on Python 2 unless `close_fds=True`, on Python 3.4+ only with `close_fds=False` in a module that makes a descriptor inheritable (`os.set_inheritable`, `os.pipe2`, `os.dup2`). Off by default (`--select POP009`): nothing is killed, blocked or lost, the socket or lock is only held longer. The pipes a child inherits are POP006's.",
      whyIsThisBad: 'The child holds every descriptor it inherited for as long as it lives: the parent\'s listening socket (restarting the server fails with "Address already in use" until the child exits) or a lock (a second instance cannot take it). Python 3.4+ makes descriptors non-inheritable (PEP 446) and closes them in `Popen` by default.',
      example: "import socket, subprocess\ns = socket.socket()\ns.bind(('', 8080))\ns.listen(5)\nsubprocess.Popen(['python', 'worker.py'])\nprint 'serving'\n",
      useInstead: "import socket, subprocess\ns = socket.socket()\ns.bind(('', 8080))\ns.listen(5)\nsubprocess.Popen(['python', 'worker.py'], close_fds=True)\nprint 'serving'\n",
      fixSafety: "`subprocess` (a subprocess option; the child's output is unchanged): `close_fds=True` added to the `Popen` call, or `close_fds=False` turned into `True` - safe where no descriptor is meant to pass to the child (it is unsafe, and not offered, with `pass_fds`). For `os.popen`/`os.system` on Python 2 the unsafe fix runs the command with `subprocess.Popen(cmd, shell=True, close_fds=True)`.",
      reproduction: {
        files: {
          "server.py": "import socket, subprocess, sys\ns = socket.socket()\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\ns.bind(('127.0.0.1', 0))\ns.listen(5)\nopen('port', 'w').write(str(s.getsockname()[1]))\nsubprocess.Popen([sys.executable, '-c', 'import time; time.sleep(3)'])\nprint 'serving'\n",
          "restart.py": "import socket\ns = socket.socket()\ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\ntry:\n    s.bind(('127.0.0.1', int(open('port').read())))\n    print 'restarted'\nexcept socket.error as e:\n    print 'restart failed: %s' % e\n"
        },
        run: "python2.7 server.py >/dev/null; python2.7 restart.py",
        shows: "Address already in use",
        says: "restart failed: [Errno 98] Address already in use - the worker still holds the socket",
        fix: "server.py"
      },
      references: ["https://peps.python.org/pep-0446/", "https://docs.python.org/2/library/subprocess.html#popen-constructor"]
    }
  },
  check(ctx) {
    checkInheritance(ctx, "socket-or-lock");
  }
};

// src/knowledge/node.ts
import fs10 from "node:fs";
import path12 from "node:path";
var KiB = 1024;
var NODE_FACTS = [
  { since: 0, blocksAfter: null, execMaxBuffer: 200 * KiB },
  // Node 12 raised exec's default maxBuffer to 1 MiB.
  { since: 12, blocksAfter: null, execMaxBuffer: 1024 * KiB },
  { since: 20, blocksAfter: [93 * KiB, 243 * KiB], execMaxBuffer: 1024 * KiB },
  { since: 22, blocksAfter: null, execMaxBuffer: 1024 * KiB }
];
function nodeFacts(major) {
  let found = NODE_FACTS[0];
  for (const row of NODE_FACTS) if (row.since <= major) found = row;
  return found;
}
function blockWindow(major) {
  const window = nodeFacts(major).blocksAfter;
  if (!window) return "once the pipe (64 KiB) and Node's read-ahead buffer are full";
  return `once about ${Math.round(window[0] / KiB)}\u2013${Math.round(window[1] / KiB)} KiB are waiting`;
}
function formatBytes(n) {
  return n >= 1024 * KiB ? `${n / (1024 * KiB)} MiB` : `${Math.round(n / KiB)} KiB`;
}
function parseNodeRange(range) {
  let low = null;
  let highest = -1;
  for (const alt of range.split("||")) {
    const parts = alt.trim().replace(/^(\S+)\s+-\s+(\S+)$/, ">=$1 <=$2").replace(/(>=|<=|>|<|\^|~|=)\s+/g, "$1").split(/\s+/).filter(Boolean);
    if (parts.length === 0) continue;
    let altLow = null;
    let altHigh = null;
    let seen = false;
    for (const part of parts) {
      const m = /^(>=|<=|>|<|\^|~|=)?v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/.exec(part);
      if (!m) continue;
      seen = true;
      const op = m[1] ?? "";
      const major = Number(m[2]);
      const minor = m[3] !== void 0 && /^\d+$/.test(m[3]) ? m[3] : void 0;
      if (op === "<" || op === "<=") {
        const top = op === "<" && (minor === void 0 || minor === "0") && (m[4] === void 0 || m[4] === "0") ? major - 1 : major;
        altHigh = altHigh === null ? top : Math.min(altHigh, top);
        continue;
      }
      const bumped = op === ">" && minor === void 0;
      const lowMajor = major + (bumped ? 1 : 0);
      altLow = { major: lowMajor, label: !bumped && major === 0 && minor !== void 0 ? `0.${minor}` : String(lowMajor) };
      if (op === "" || op === "=" || op === "^" || op === "~") altHigh = altHigh === null ? major : Math.min(altHigh, major);
    }
    if (!seen || altLow === null) continue;
    const lowHere = altLow;
    if (low === null || lowHere.major < low.major || lowHere.major === low.major && Number(lowHere.label.split(".")[1] ?? 0) < Number(low.label.split(".")[1] ?? 0)) low = lowHere;
    if (altHigh === null) highest = null;
    else if (highest !== null) highest = Math.max(highest, altHigh);
  }
  if (low === null) return null;
  return { major: low.major, label: low.label, highest: highest === -1 ? null : highest };
}
function defaultMaxBuffer(target) {
  const bytes = nodeFacts(target.major).execMaxBuffer;
  const change = NODE_FACTS.find((row) => row.since > target.major && row.execMaxBuffer !== bytes && (target.highest === null || row.since <= target.highest));
  const text = change ? `${formatBytes(bytes)} by default on Node ${target.label} to ${change.since - 1} (${formatBytes(change.execMaxBuffer)} from Node ${change.since})` : `${formatBytes(bytes)} by default on Node ${target.label}`;
  return { bytes, text };
}
function runningMajor() {
  return Number(process.versions.node.split(".")[0]);
}
var cache2 = /* @__PURE__ */ new Map();
function enginesNodeTarget(file) {
  return lookup(path12.dirname(path12.resolve(file)));
}
function lookup(dir) {
  const hit = cache2.get(dir);
  if (hit !== void 0) return hit;
  let found = null;
  const pkg = path12.join(dir, "package.json");
  let text = null;
  try {
    text = fs10.readFileSync(pkg, "utf8");
  } catch {
    text = null;
  }
  let decided = false;
  if (text !== null) {
    try {
      const engines = JSON.parse(text).engines;
      if (typeof engines?.node === "string") {
        found = parseNodeRange(engines.node);
        decided = found !== null;
      }
    } catch {
    }
  }
  if (!decided) {
    const parent = path12.dirname(dir);
    found = parent === dir ? null : lookup(parent);
  }
  cache2.set(dir, found);
  return found;
}
function nodeRangeTarget(file) {
  return enginesNodeTarget(file) ?? exactNode(runningMajor());
}
function exactNode(major) {
  return { major, label: String(major), highest: major };
}

// src/typescript/command.ts
import fs13 from "node:fs";
import { isBuiltin } from "node:module";
import nodePath from "node:path";

// src/typescript/load.ts
import { createRequire as createRequire3 } from "node:module";
var ts = void 0;
function loadTs() {
  if (!ts) {
    codeCacheUses("js");
    ts = requireTypeScript();
  }
  return ts;
}
function requireTypeScript() {
  const require2 = createRequire3(import.meta.url);
  let file;
  try {
    file = createRequire3(require2.resolve("ts-morph")).resolve("@ts-morph/common/dist/typescript.js");
  } catch {
    return require2("ts-morph").ts;
  }
  return requireWithCodeCache(file, []) ?? require2(file);
}

// src/typescript/scope.ts
function isFunctionLike(node) {
  switch (node.kind) {
    case ts.SyntaxKind.FunctionDeclaration:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.MethodDeclaration:
    case ts.SyntaxKind.Constructor:
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
      return true;
    default:
      return false;
  }
}
function isVarScope(node) {
  return ts.isSourceFile(node) || isFunctionLike(node) || ts.isModuleBlock(node) || ts.isClassStaticBlockDeclaration(node);
}
function isScope(node) {
  if (isVarScope(node)) return true;
  switch (node.kind) {
    case ts.SyntaxKind.Block:
      return !(isFunctionLike(node.parent) || ts.isClassStaticBlockDeclaration(node.parent));
    case ts.SyntaxKind.CaseBlock:
    case ts.SyntaxKind.ForStatement:
    case ts.SyntaxKind.ForInStatement:
    case ts.SyntaxKind.ForOfStatement:
    case ts.SyntaxKind.CatchClause:
      return true;
    default:
      return false;
  }
}
function isBlockScopedList(list) {
  return (list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing)) !== 0;
}
function listKind(list) {
  if (list.flags & ts.NodeFlags.Let) return "let";
  return isBlockScopedList(list) ? "const" : "var";
}
function propertyKey(name) {
  if (!name) return null;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return null;
}
var ScopeModel = class {
  constructor(sourceFile) {
    this.sourceFile = sourceFile;
  }
  sourceFile;
  declarations = /* @__PURE__ */ new Map();
  referenceIndex = null;
  referenceCache = /* @__PURE__ */ new Map();
  allNames = null;
  /** The binding an identifier in expression position refers to; null for globals. */
  lookup(id) {
    const name = id.text;
    for (let n = id.parent; n; n = n.parent) {
      if (!isScope(n)) continue;
      const b = this.declarationsOf(n).get(name);
      if (b) return b;
    }
    return null;
  }
  /** Reads of a binding (every identifier in expression position that resolves to it). */
  references(b) {
    let refs = this.referenceCache.get(b);
    if (refs) return refs;
    const start = b.scope.pos;
    const end = b.scope.end;
    refs = (this.index().get(b.name) ?? []).filter((id) => id !== b.id && id.pos >= start && id.end <= end && this.lookup(id) === b);
    this.referenceCache.set(b, refs);
    return refs;
  }
  /** `let`/`var` assigned again after its declaration, so its initializer is not its value. */
  isReassigned(b) {
    if (b.kind === "const" || b.kind === "import") return false;
    return this.references(b).some((r) => isWriteTarget(r));
  }
  /** Every identifier in the file that is not a property name after a dot, to pick a fresh one. */
  identifierNames() {
    if (this.allNames) return this.allNames;
    const names = /* @__PURE__ */ new Set();
    const visit = (node) => {
      if (ts.isIdentifier(node)) {
        if (!(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) names.add(node.text);
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(this.sourceFile);
    this.allNames = names;
    return names;
  }
  declarationsOf(scope) {
    let map = this.declarations.get(scope);
    if (map) return map;
    map = /* @__PURE__ */ new Map();
    this.declarations.set(scope, map);
    const into = map;
    const add = (id, kind, decl, extra = {}) => {
      if (!into.has(id.text)) into.set(id.text, { name: id.text, kind, id, scope, decl, ...extra });
    };
    const addPattern = (name, kind, decl, init, path24) => {
      if (ts.isIdentifier(name)) {
        add(name, kind, decl, { init, path: path24 });
        return;
      }
      for (const el of name.elements) {
        if (ts.isOmittedExpression(el)) continue;
        let sub = null;
        if (ts.isObjectBindingPattern(name) && !el.dotDotDotToken && path24) {
          const key2 = el.propertyName ? propertyKey(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : null;
          sub = key2 === null ? null : [...path24, key2];
        }
        addPattern(el.name, kind, decl, init, sub);
      }
    };
    const addList = (list) => {
      const kind = listKind(list);
      for (const d of list.declarations) addPattern(d.name, kind, d, d.initializer, []);
    };
    const addStatement = (s) => {
      if (ts.isVariableStatement(s)) {
        if (isBlockScopedList(s.declarationList)) addList(s.declarationList);
      } else if (ts.isFunctionDeclaration(s) && s.name) {
        add(s.name, "function", s);
      } else if (ts.isClassDeclaration(s) && s.name) {
        add(s.name, "class", s);
      } else if ((ts.isEnumDeclaration(s) || ts.isModuleDeclaration(s)) && ts.isIdentifier(s.name)) {
        add(s.name, "other", s);
      } else if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.importClause) {
        const module = s.moduleSpecifier.text;
        const clause = s.importClause;
        if (clause.name) add(clause.name, "import", clause, { module, imported: "default" });
        const named = clause.namedBindings;
        if (named && ts.isNamespaceImport(named)) add(named.name, "import", named, { module, imported: "*" });
        if (named && ts.isNamedImports(named)) {
          for (const el of named.elements) add(el.name, "import", el, { module, imported: (el.propertyName ?? el.name).text });
        }
      } else if (ts.isImportEqualsDeclaration(s)) {
        const ref = s.moduleReference;
        if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
          add(s.name, "import", s, { module: ref.expression.text, imported: "*" });
        } else add(s.name, "other", s);
      }
    };
    let statements = [];
    if (isFunctionLike(scope)) {
      if (ts.isFunctionExpression(scope) && scope.name) add(scope.name, "function", scope);
      for (const p of scope.parameters) addPattern(p.name, "param", p, void 0, null);
      if (scope.body && ts.isBlock(scope.body)) statements = scope.body.statements;
    } else if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope)) {
      statements = scope.statements;
    } else if (ts.isClassStaticBlockDeclaration(scope)) {
      statements = scope.body.statements;
    } else if (ts.isCaseBlock(scope)) {
      statements = scope.clauses.flatMap((c) => [...c.statements]);
    } else if (ts.isCatchClause(scope)) {
      if (scope.variableDeclaration) addPattern(scope.variableDeclaration.name, "catch", scope.variableDeclaration, void 0, null);
    } else if (ts.isForStatement(scope) || ts.isForInStatement(scope) || ts.isForOfStatement(scope)) {
      const init = scope.initializer;
      if (init && ts.isVariableDeclarationList(init) && isBlockScopedList(init)) addList(init);
    }
    for (const s of statements) addStatement(s);
    if (isVarScope(scope)) this.hoistVars(scope, addList);
    return map;
  }
  /** `var` anywhere in the function (outside nested functions) belongs to the function. */
  hoistVars(scope, addList) {
    const visit = (node) => {
      if (node !== scope && (isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node))) return;
      if (ts.isVariableDeclarationList(node) && !isBlockScopedList(node)) addList(node);
      ts.forEachChild(node, visit);
    };
    const body = isFunctionLike(scope) ? scope.body : scope;
    if (body) visit(body);
  }
  index() {
    if (this.referenceIndex) return this.referenceIndex;
    const index = /* @__PURE__ */ new Map();
    const visit = (node) => {
      if (ts.isIdentifier(node)) {
        if (isReferencePosition(node)) {
          const list = index.get(node.text);
          if (list) list.push(node);
          else index.set(node.text, [node]);
        }
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(this.sourceFile);
    this.referenceIndex = index;
    return index;
  }
};
function isReferencePosition(id) {
  const p = id.parent;
  switch (p.kind) {
    case ts.SyntaxKind.PropertyAccessExpression:
      return p.expression === id;
    case ts.SyntaxKind.BindingElement:
      return p.initializer === id;
    case ts.SyntaxKind.ExportSpecifier: {
      const spec = p;
      return !spec.parent.parent.moduleSpecifier && (spec.propertyName ?? spec.name) === id;
    }
    case ts.SyntaxKind.ShorthandPropertyAssignment:
      return true;
    case ts.SyntaxKind.LabeledStatement:
    case ts.SyntaxKind.BreakStatement:
    case ts.SyntaxKind.ContinueStatement:
    case ts.SyntaxKind.MetaProperty:
    case ts.SyntaxKind.QualifiedName:
    case ts.SyntaxKind.TypeReference:
    case ts.SyntaxKind.ImportSpecifier:
    case ts.SyntaxKind.ImportClause:
    case ts.SyntaxKind.NamespaceImport:
    case ts.SyntaxKind.ImportEqualsDeclaration:
      return false;
    default:
      return !("name" in p && p.name === id);
  }
}
function isWriteTarget(id) {
  let e = id;
  while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
  const p = e.parent;
  if (ts.isBinaryExpression(p)) {
    const op = p.operatorToken.kind;
    return p.left === e && op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment;
  }
  if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) {
    return p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken;
  }
  if (ts.isForInStatement(p) || ts.isForOfStatement(p)) return p.initializer === e;
  return false;
}

// src/typescript/resolve.ts
var GLOBALS = /* @__PURE__ */ new Set(["require", "module"]);
function isWrapper(n) {
  switch (n.kind) {
    case ts.SyntaxKind.ParenthesizedExpression:
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.NonNullExpression:
    case ts.SyntaxKind.TypeAssertionExpression:
    case ts.SyntaxKind.SatisfiesExpression:
      return true;
    default:
      return false;
  }
}
function skipOuter(e) {
  while (isWrapper(e)) e = e.expression;
  return e;
}
function moduleName(specifier) {
  return specifier.startsWith("node:") ? specifier.slice(5) : specifier;
}
var EQUIVALENTS = {
  "cross-spawn": "child_process.spawn",
  "cross-spawn.default": "child_process.spawn",
  "cross-spawn.spawn": "child_process.spawn",
  "cross-spawn.sync": "child_process.spawnSync",
  "node-cmd.run": "child_process.exec",
  "node-cmd.get": "child_process.exec",
  "node-cmd.runSync": "child_process.execSync",
  "node-cmd.default.run": "child_process.exec",
  "node-cmd.default.get": "child_process.exec",
  "node-cmd.default.runSync": "child_process.execSync"
};
var EQUIVALENT_PACKAGES = [...new Set(Object.keys(EQUIVALENTS).map((k) => k.split(".")[0]))];
function canonical(name) {
  const pkg = EQUIVALENT_PACKAGES.find((p) => name === p || name.startsWith(`${p}.`));
  if (!pkg) return name;
  let head = "";
  for (const key2 of Object.keys(EQUIVALENTS)) {
    if ((name === key2 || name.startsWith(`${key2}.`)) && key2.length > head.length) head = key2;
  }
  return head ? EQUIVALENTS[head] + name.slice(head.length) : name;
}
function stringValue(e) {
  if (!e) return null;
  const n = ts.isParenthesizedExpression(e) ? skipOuter(e) : e;
  return ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : null;
}
function memberName(e) {
  if (ts.isPropertyAccessExpression(e)) return ts.isIdentifier(e.name) ? e.name.text : null;
  if (ts.isElementAccessExpression(e)) return stringValue(e.argumentExpression);
  return null;
}
function isImportCall(e) {
  return ts.isCallExpression(e) && e.expression.kind === ts.SyntaxKind.ImportKeyword;
}
var JsModel = class extends ScopeModel {
  names = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Set();
  callList = null;
  aliases = /* @__PURE__ */ new Map();
  /**
   * `node-cmd.run` for `cmd.run` after `require('node-cmd')`: the package's own name of a callee
   * that resolves to a child_process function it wraps (its arguments and result are its own:
   * a fix that rewrites the call into child_process's would not fit). Null otherwise.
   */
  wrappedName(expr) {
    const e = skipOuter(expr);
    this.qualifiedName(e);
    return this.aliases.get(e) ?? null;
  }
  /** `child_process.exec`, `util.promisify`, `promisify(child_process.exec)`, or null. */
  qualifiedName(expr) {
    const e = skipOuter(expr);
    const cached = this.names.get(e);
    if (cached !== void 0) return cached;
    if (this.pending.has(e)) return null;
    this.pending.add(e);
    const computed = this.compute(e);
    const name = computed ? canonical(computed) : computed;
    if (computed && name !== computed && !computed.startsWith("cross-spawn")) this.aliases.set(e, computed);
    this.pending.delete(e);
    this.names.set(e, name);
    return name;
  }
  compute(e) {
    if (ts.isIdentifier(e)) {
      const b = this.lookup(e);
      if (!b) return GLOBALS.has(e.text) ? e.text : null;
      return this.bindingName(b);
    }
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
      const member2 = memberName(e);
      if (member2 !== null && skipOuter(e.expression).kind === ts.SyntaxKind.ThisKeyword) {
        const own = this.homeProperty(e, member2);
        return own ? this.qualifiedName(own) : null;
      }
      const base = member2 === null ? null : this.qualifiedName(e.expression);
      return base && `${base}.${member2}`;
    }
    if (ts.isCallExpression(e)) {
      if (isImportCall(e)) return null;
      if (ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "bind") return this.qualifiedName(e.expression.expression);
      const callee = this.qualifiedName(e.expression);
      const arg = e.arguments[0];
      if (callee === "require" || callee === "module.require") {
        const spec = stringValue(arg);
        return spec === null ? null : moduleName(spec);
      }
      if (callee === "util.promisify" && arg) {
        const inner = this.qualifiedName(arg);
        return inner && `promisify(${inner})`;
      }
      return null;
    }
    if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.BarBarToken || e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
      return this.qualifiedName(e.left) === null ? this.qualifiedName(e.right) : null;
    }
    if (ts.isAwaitExpression(e)) {
      const operand = skipOuter(e.expression);
      if (isImportCall(operand)) {
        const spec = stringValue(operand.arguments[0]);
        return spec === null ? null : moduleName(spec);
      }
      return null;
    }
    return null;
  }
  /**
   * Ex) `var iw = module.exports = { exec: child_process.exec, scan: scan }; function scan() { this.exec(cmd, cb) }`:
   * `this.exec` in a function that is a property of one object literal (by name or inline, and
   * nowhere else) is that object's `exec`, as every call `iw.scan()` sees it (tests may swap it
   * for a fake; the library runs the real one). Null when the function has another use, or the
   * literal has no such property or spreads another object into it.
   */
  homeProperty(access, member2) {
    let fn = access.parent;
    while (fn && !ts.isFunctionDeclaration(fn) && !ts.isFunctionExpression(fn) && !ts.isMethodDeclaration(fn) && !ts.isClassLike(fn) && !ts.isSourceFile(fn)) fn = fn.parent;
    if (!fn || ts.isClassLike(fn) || ts.isSourceFile(fn)) return null;
    let holder = null;
    if (ts.isMethodDeclaration(fn) || ts.isFunctionExpression(fn)) {
      let e = fn;
      while (isWrapper(e.parent)) e = e.parent;
      holder = ts.isMethodDeclaration(fn) ? fn.parent : ts.isPropertyAssignment(e.parent) && e.parent.initializer === e ? e.parent.parent : null;
    } else if (fn.name) {
      const b = this.lookup(fn.name);
      if (!b || b.id !== fn.name) return null;
      const refs = this.references(b).filter((r) => r !== fn.name);
      if (refs.length !== 1) return null;
      const p = refs[0].parent;
      if (ts.isPropertyAssignment(p) && p.initializer === refs[0]) holder = p.parent;
      else if (ts.isShorthandPropertyAssignment(p)) holder = p.parent;
    }
    if (!holder || !ts.isObjectLiteralExpression(holder)) return null;
    const props = holder.properties.filter((p) => !ts.isSpreadAssignment(p) && p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === member2);
    if (props.length !== 1 || holder.properties.some(ts.isSpreadAssignment)) return null;
    const prop = props[0];
    return ts.isPropertyAssignment(prop) ? prop.initializer : ts.isShorthandPropertyAssignment(prop) ? prop.name : null;
  }
  /** What a binding holds, when its declaration says so and nothing assigns it again. */
  bindingName(b) {
    if (b.kind === "import") {
      const module = moduleName(b.module);
      return b.imported === "*" || b.imported === "default" ? module : `${module}.${b.imported}`;
    }
    if (b.kind === "param") return this.typedParameter(b);
    if (!b.init || !b.path || this.isReassigned(b)) return null;
    const base = this.qualifiedName(b.init);
    if (!base) return null;
    const path24 = b.path.filter((p, i) => !(i === 0 && p === "default"));
    return path24.length ? `${base}.${path24.join(".")}` : base;
  }
  /**
   * Ex) (actualSpawn: typeof childProcess.spawn) => actualSpawn(cmd, args)  -> child_process.spawn.
   * A parameter declared as the type of a function of this file's imports (and never assigned)
   * is that function, or one that works as it does (`cross-spawn`'s): the caller hands it in.
   */
  typedParameter(b) {
    const p = b.decl;
    if (!ts.isParameter(p) || !ts.isIdentifier(p.name) || !p.type || !ts.isTypeQueryNode(p.type) || this.isReassigned(b)) return null;
    const entity = (n) => {
      if (ts.isIdentifier(n)) {
        const inner = this.lookup(n);
        return inner && inner.kind !== "param" ? this.bindingName(inner) : null;
      }
      const left = entity(n.left);
      return left && `${left}.${n.right.text}`;
    };
    return entity(p.type.exprName);
  }
  /** Every call in the file, in source order. */
  calls() {
    if (this.callList) return this.callList;
    const list = [];
    const visit = (node) => {
      if (ts.isCallExpression(node)) list.push(node);
      ts.forEachChild(node, visit);
    };
    visit(this.sourceFile);
    this.callList = list;
    return list;
  }
  /** Calls whose callee resolves to one of `names`, with the name it resolved to. */
  callsTo(names) {
    const out = [];
    const aliases = Object.entries(EQUIVALENTS).filter(([, to]) => names.has(to)).map(([from]) => from);
    const tails = new Set([...names, ...aliases].map((n) => n.slice(n.lastIndexOf(".") + 1)));
    for (const call of this.calls()) {
      const callee = skipOuter(call.expression);
      if ((ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) && !tails.has(memberName(callee) ?? "")) continue;
      const qualified = this.qualifiedName(callee);
      if (qualified && names.has(qualified)) out.push({ call, qualified });
    }
    return out;
  }
  /** The initializer a name stands for, when it is bound once (`const opts = {...}`). */
  initializerOf(e) {
    let cur = skipOuter(e);
    for (let depth = 0; depth < 8 && ts.isIdentifier(cur); depth++) {
      const b = this.lookup(cur);
      if (!b || !b.init || !b.path || b.path.length || this.isReassigned(b)) break;
      cur = skipOuter(b.init);
    }
    return cur;
  }
};

// src/typescript/command-text.ts
function commandText(model, expr, depth = 0) {
  const e = model.initializerOf(expr);
  const s = stringValue(e);
  if (s !== null) return s;
  if (ts.isIdentifier(e) && depth < 16) return builtText(model, e, depth);
  if (ts.isTemplateExpression(e)) return e.head.text + e.templateSpans.map((span) => PLACEHOLDER + span.literal.text).join("");
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken && depth < 16) {
    const left = commandText(model, e.left, depth + 1);
    const right = commandText(model, e.right, depth + 1);
    if (left === null && right === null) return null;
    return (left ?? PLACEHOLDER) + (right ?? PLACEHOLDER);
  }
  if (ts.isCallExpression(e) && depth < 16) return joinedText(model, e, depth) ?? formatText(model, e, depth) ?? returnedText(model, e, depth);
  return null;
}
function joinedText(model, call, depth) {
  const array = joinedArray(call);
  if (!array) return null;
  const sep = stringValue(call.arguments[0]);
  const words = array.elements.map((w) => ts.isSpreadElement(w) || ts.isOmittedExpression(w) ? null : commandText(model, w, depth + 1));
  return words.some((w) => w !== null) ? words.map((w) => w ?? PLACEHOLDER).join(sep) : null;
}
function joinedArray(call) {
  const callee = skipOuter(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "join" || call.arguments.length !== 1) return null;
  const sep = stringValue(call.arguments[0]);
  const array = skipOuter(callee.expression);
  return sep !== null && /^ +$/.test(sep) && ts.isArrayLiteralExpression(array) && array.elements.length > 0 ? array : null;
}
function returnsOf(model, call) {
  const callee = skipOuter(call.expression);
  const b = ts.isIdentifier(callee) ? model.lookup(callee) : null;
  if (!b) return null;
  const fn = b.kind === "function" ? b.decl : b.init && b.kind === "const" && b.path?.length === 0 ? skipOuter(b.init) : null;
  if (!fn || !(ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) || !fn.body) return null;
  if (!ts.isBlock(fn.body)) return [fn.body];
  const out = [];
  let bare = false;
  const visit = (n) => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isReturnStatement(n)) {
      if (n.expression) out.push(n.expression);
      else bare = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(fn.body);
  return out.length && !bare ? out : null;
}
function returnedText(model, call, depth) {
  const returned = returnsOf(model, call);
  return returned?.length === 1 ? commandText(model, returned[0], depth + 1) : null;
}
function formatText(model, call, depth) {
  if (model.qualifiedName(call.expression) !== "util.format") return null;
  const [format, ...rest] = call.arguments;
  const f = format && !ts.isSpreadElement(format) ? stringValue(model.initializerOf(format)) : null;
  if (f === null || rest.some((a) => ts.isSpreadElement(a))) return null;
  const text = (a) => commandText(model, a, depth + 1) ?? PLACEHOLDER;
  let i = 0;
  const out = f.replace(/%([sdifjoOc%])/g, (m, c) => c === "%" ? "%" : i < rest.length ? c === "c" ? (i++, "") : text(rest[i++]) : m);
  return out + rest.slice(i).map((a) => ` ${text(a)}`).join("");
}
function formatLead(model, e) {
  if (!ts.isCallExpression(e) || model.qualifiedName(e.expression) !== "util.format") return null;
  const f = e.arguments[0] && stringValue(model.initializerOf(e.arguments[0]));
  const first = e.arguments[1];
  return f && /^["']?%s/.test(f) && first && !ts.isSpreadElement(first) ? first : null;
}
function builtText(model, id, depth) {
  const b = model.lookup(id);
  if (!b || b.kind !== "let" && b.kind !== "var" || !b.init || !b.path || b.path.length) return null;
  let text = commandText(model, b.init, depth + 1);
  if (text === null) return null;
  for (const ref of model.references(b)) {
    if (ref.pos >= id.pos || !isWriteTarget(ref)) continue;
    const assign = ref.parent;
    if (!ts.isBinaryExpression(assign) || assign.left !== ref) return null;
    const rhs = skipOuter(assign.right);
    if (assign.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) {
      text += commandText(model, rhs, depth + 1) ?? PLACEHOLDER;
      continue;
    }
    if (assign.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !mentions(model, rhs, b)) return null;
    if (ts.isBinaryExpression(rhs) && rhs.operatorToken.kind === ts.SyntaxKind.PlusToken && isRef(model, rhs.left, b)) text += commandText(model, rhs.right, depth + 1) ?? PLACEHOLDER;
    else if (ts.isTemplateExpression(rhs) && rhs.head.text === "" && isRef(model, rhs.templateSpans[0].expression, b)) text += rhs.templateSpans.map((span, i) => (i ? PLACEHOLDER : "") + span.literal.text).join("");
    else text += PLACEHOLDER;
  }
  return text;
}
function isRef(model, e, b) {
  const x = skipOuter(e);
  return ts.isIdentifier(x) && model.lookup(x) === b;
}
function mentions(model, e, b) {
  const hit = b instanceof Set ? (x) => !!x && b.has(x) : (x) => x === b;
  const visit = (n) => {
    if (ts.isIdentifier(n)) return isReferencePosition(n) && hit(model.lookup(n));
    return ts.forEachChild(n, visit) ?? false;
  };
  return visit(e);
}
function loopValues(model, expr) {
  const e = skipOuter(expr);
  const b = ts.isIdentifier(e) ? model.lookup(e) : null;
  if (!b || model.isReassigned(b)) return null;
  let list;
  const decl = b.decl;
  if (b.kind === "const" && ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && ts.isVariableDeclarationList(decl.parent) && ts.isForOfStatement(decl.parent.parent) && !decl.parent.parent.awaitModifier) {
    list = decl.parent.parent.expression;
  } else if (b.kind === "param" && ts.isParameter(decl) && ts.isIdentifier(decl.name) && !decl.dotDotDotToken) {
    const fn = decl.parent;
    const call = fn.parent;
    const callee = ts.isCallExpression(call) && call.arguments[0] === fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.parameters[0] === decl ? skipOuter(call.expression) : null;
    if (callee && ts.isPropertyAccessExpression(callee) && ["forEach", "map", "some", "every"].includes(callee.name.text)) list = callee.expression;
  }
  const array = list ? model.initializerOf(list) : null;
  if (!array || !ts.isArrayLiteralExpression(array) || !array.elements.length) return null;
  if (array.elements.some((x) => ts.isSpreadElement(x) || ts.isOmittedExpression(x))) return null;
  if (list && ts.isIdentifier(skipOuter(list))) {
    const ab = model.lookup(skipOuter(list));
    if (!ab || !["const", "let", "var"].includes(ab.kind) || model.isReassigned(ab) || model.references(ab).some((r) => !(ts.isForOfStatement(r.parent) || ts.isPropertyAccessExpression(r.parent) && r.parent.expression === r && ["forEach", "map", "some", "every", "length"].includes(r.parent.name.text)))) return null;
  }
  return array.elements.slice();
}

// src/typescript/flow.ts
function fnOf(n) {
  for (let p = n.parent; p; p = p.parent) if (isFunctionLike(p) || ts.isSourceFile(p)) return p;
  return n.getSourceFile();
}
function contains2(outer, inner) {
  return outer.pos <= inner.pos && inner.end <= outer.end;
}
function unconditionalWithin(n, upTo) {
  for (let c = n, p = n.parent; p && p !== upTo; c = p, p = p.parent) {
    if (isFunctionLike(p)) return false;
    if (ts.isIfStatement(p) && p.expression !== c) return false;
    if (ts.isConditionalExpression(p) && p.condition !== c) return false;
    if (ts.isBinaryExpression(p) && p.right === c && isLogical(p.operatorToken.kind)) return false;
    if (ts.isCaseClause(p) || ts.isDefaultClause(p) || ts.isCatchClause(p)) return false;
    if (ts.isIterationStatement(p, false)) return false;
  }
  return true;
}
function isLogical(k) {
  return k === ts.SyntaxKind.AmpersandAmpersandToken || k === ts.SyntaxKind.BarBarToken || k === ts.SyntaxKind.QuestionQuestionToken;
}
function lowestCommon(a, b) {
  let n = a;
  while (n && !contains2(n, b)) n = n.parent;
  return n ?? a.getSourceFile();
}
var definitions = /* @__PURE__ */ new WeakMap();
function definitionsOf(model, b) {
  let defs = definitions.get(b);
  if (!defs) {
    defs = model.references(b).filter((r) => isWriteTarget(r));
    if (ts.isVariableDeclaration(b.decl) && b.decl.initializer) defs.push(b.decl.initializer);
    definitions.set(b, defs);
  }
  return defs;
}
function reaches(model, b, def, ref) {
  const defs = definitionsOf(model, b);
  if (defs.length <= 1) return true;
  if (fnOf(ref) !== fnOf(def)) return true;
  if (ref.pos < def.pos) {
    for (let p = def.parent; p; p = p.parent) if (ts.isIterationStatement(p, false) && contains2(p, ref)) return true;
    return false;
  }
  for (const other of defs) {
    if (other.pos <= def.pos || other.pos >= ref.pos || fnOf(other) !== fnOf(ref)) continue;
    if (unconditionalWithin(other, lowestCommon(other, ref))) return false;
  }
  return true;
}
function callSitesOf(model, fn) {
  let id = null;
  if (ts.isFunctionDeclaration(fn) && fn.name) id = fn.name;
  else if (ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) {
    let e = fn;
    while (isWrapper(e.parent)) e = e.parent;
    const d = e.parent;
    if (ts.isVariableDeclaration(d) && d.initializer === e && ts.isIdentifier(d.name)) id = d.name;
  }
  if (!id) return null;
  if (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Export) return null;
  const decl = ts.isFunctionDeclaration(fn) ? fn : fn.parent;
  const stmt = ts.isVariableDeclaration(decl) ? decl.parent.parent : null;
  if (stmt && ts.isVariableStatement(stmt) && stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return null;
  const binding = model.lookup(id);
  if (!binding || binding.id !== id) return null;
  const sites = [];
  for (const ref of model.references(binding)) {
    let e = ref;
    while (isWrapper(e.parent)) e = e.parent;
    const call = e.parent;
    if (!ts.isCallExpression(call) || call.expression !== e) return null;
    sites.push(call);
  }
  return sites.length ? sites : null;
}
function functionName3(fn) {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const d = fn.parent;
  return ts.isVariableDeclaration(d) && ts.isIdentifier(d.name) ? d.name.text : "a helper";
}
var EXITS2 = /^(process\.exit|(remote\.)?app\.(quit|exit))$/;
function endsProcess(s) {
  let found = false;
  const visit = (n) => {
    if (found || ts.isFunctionDeclaration(n) || ts.isClassLike(n)) return;
    if (ts.isPropertyAccessExpression(n) && EXITS2.test(n.getText().replace(/\s+/g, ""))) {
      const p = n.parent;
      if (ts.isCallExpression(p) && (p.expression === n || p.arguments.includes(n))) found = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(s);
  return found;
}
function exitsSoonAfter(node) {
  const sf = node.getSourceFile();
  for (let c = node, p = node.parent; p; c = p, p = p.parent) {
    if (isFunctionLike(p)) return null;
    const list = ts.isBlock(p) || ts.isSourceFile(p) ? p.statements : ts.isCaseClause(p) || ts.isDefaultClause(p) ? p.statements : null;
    if (!list) continue;
    const i = list.indexOf(c);
    for (const s of list.slice(i + 1)) {
      if (endsProcess(s)) return sf.getLineAndCharacterOfPosition(s.getStart(sf)).line + 1;
    }
  }
  return null;
}
function rootIdentifier(n) {
  let e = n;
  for (; ; ) {
    if (ts.isCallExpression(e)) e = e.expression;
    else if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || isWrapper(e)) e = e.expression;
    else break;
  }
  return ts.isIdentifier(e) ? e.text : null;
}
function awaitsExit(s) {
  let found = false;
  const visit = (n) => {
    if (found || isFunctionLike(n) && !ts.isArrowFunction(n) && !ts.isFunctionExpression(n)) return;
    if (ts.isAwaitExpression(n)) {
      const text = n.expression.getText();
      if (/\bonce\s*\([^,]+,\s*['"`](exit|close)['"`]/.test(text) || /^new\s+Promise\b/.test(text) && /\.(on|once)\s*\(\s*['"`](exit|close)['"`]/.test(text)) found = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(s);
  return found;
}
function polarity(e) {
  const v = skipOuter(e);
  if (ts.isPrefixUnaryExpression(v) && v.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = polarity(v.operand);
    return { text: inner.text, truthy: !inner.truthy };
  }
  return { text: v.getText().replace(/\s+/g, ""), truthy: true };
}
function sameTest(cond, branch, anchor) {
  let c = anchor;
  while (isWrapper(c.parent)) c = c.parent;
  const p = c.parent;
  if (!p || !ts.isBinaryExpression(p) || p.right !== c) return false;
  const op = p.operatorToken.kind;
  if (op !== ts.SyntaxKind.BarBarToken && op !== ts.SyntaxKind.AmpersandAmpersandToken) return false;
  const made = polarity(p.left);
  const madeTruthy = op === ts.SyntaxKind.AmpersandAmpersandToken ? made.truthy : !made.truthy;
  const test = polarity(cond);
  const testTruthy = branch === "then" ? test.truthy : !test.truthy;
  return made.text === test.text && madeTruthy === testTruthy;
}

// src/typescript/setting-default.ts
import fs11 from "node:fs";
import path13 from "node:path";
var declared = /* @__PURE__ */ new Map();
function settingsAbove(file) {
  for (let dir = path13.dirname(path13.resolve(file)); ; dir = path13.dirname(dir)) {
    const manifest = path13.join(dir, "package.json");
    if (fs11.existsSync(manifest)) {
      if (!declared.has(manifest)) declared.set(manifest, read(manifest));
      return declared.get(manifest);
    }
    if (path13.dirname(dir) === dir) return null;
  }
}
function read(manifest) {
  try {
    const pkg = JSON.parse(fs11.readFileSync(manifest, "utf8"));
    const config = pkg.contributes?.configuration;
    const pages = Array.isArray(config) ? config : [config];
    const all = {};
    for (const page of pages) if (page && typeof page === "object" && page.properties) Object.assign(all, page.properties);
    return Object.keys(all).length ? all : null;
  } catch {
    return null;
  }
}
function sectionOf(model, e, depth = 0) {
  if (depth > 3) return null;
  const x = model.initializerOf(skipOuter(e));
  if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(skipOuter(x.expression)) && skipOuter(x.expression).name.text === "getConfiguration") {
    return stringValue(x.arguments[0]);
  }
  return null;
}
function settingDefault(model, call) {
  const key2 = stringValue(call.arguments[0]);
  if (key2 === null || !key2) return null;
  const settings = settingsAbove(model.sourceFile.fileName);
  if (!settings) return null;
  const callee = skipOuter(call.expression);
  const section = ts.isPropertyAccessExpression(callee) && callee.name.text === "get" ? sectionOf(model, callee.expression) : null;
  const names = section !== null ? [`${section}.${key2}`].filter((n) => n in settings) : Object.keys(settings).filter((n) => n === key2 || n.endsWith(`.${key2}`));
  if (names.length !== 1) return null;
  const value = settings[names[0]].default;
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? { name: names[0], value } : null;
}

// src/typescript/buffer-limit.ts
function staticSize(model, expr, depth = 0) {
  if (depth > 8) return null;
  const e = model.initializerOf(expr);
  if (ts.isNumericLiteral(e)) return { bytes: Number(e.text.replace(/_/g, "")), setting: false };
  if (ts.isIdentifier(e) && e.text === "Infinity" && !model.lookup(e)) return { bytes: Infinity, setting: false };
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "Number" && !model.lookup(e.expression)) {
    const v = Number[e.name.text];
    return typeof v === "number" ? { bytes: v, setting: false } : null;
  }
  if (ts.isCallExpression(e)) {
    const declared2 = settingDefault(model, e);
    return declared2 && { bytes: declared2.value, setting: true, settingName: declared2.name };
  }
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(skipOuter(e.expression))) {
    const fallback = filledIn(model, e, depth);
    if (fallback) return fallback;
  }
  if (ts.isConditionalExpression(e)) {
    const sides = [e.whenTrue, e.whenFalse].map((s) => staticSize(model, s, depth + 1));
    return sides.every((s) => s !== null) ? sides.reduce((a2, b2) => b2.bytes > a2.bytes ? b2 : a2) : null;
  }
  if (!ts.isBinaryExpression(e)) return null;
  const op = e.operatorToken.kind;
  if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
    const fallback = staticSize(model, e.right, depth + 1);
    const first = staticSize(model, e.left, depth + 1);
    if (first) return first.bytes || op === ts.SyntaxKind.QuestionQuestionToken ? first : fallback;
    return fallback && { bytes: fallback.bytes, setting: true };
  }
  const a = staticSize(model, e.left, depth + 1);
  const b = staticSize(model, e.right, depth + 1);
  if (a === null || b === null) return null;
  const setting = a.setting || b.setting;
  const named = a.settingName ?? b.settingName;
  const size = (bytes) => named ? { bytes, setting, settingName: named } : { bytes, setting };
  switch (op) {
    case ts.SyntaxKind.AsteriskToken:
      return size(a.bytes * b.bytes);
    case ts.SyntaxKind.PlusToken:
      return size(a.bytes + b.bytes);
    case ts.SyntaxKind.LessThanLessThanToken:
      return size(a.bytes * 2 ** b.bytes);
    case ts.SyntaxKind.AsteriskAsteriskToken:
      return size(a.bytes ** b.bytes);
    default:
      return null;
  }
}
function filledIn(model, read2, depth) {
  const text = read2.getText().replace(/\s+/g, "");
  const fn = fnOf(read2);
  let found = null;
  const visit = (n) => {
    if (found || n.pos >= read2.pos) return;
    if (ts.isIfStatement(n) && !n.elseStatement) {
      const cond = skipOuter(n.expression);
      const then = ts.isBlock(n.thenStatement) && n.thenStatement.statements.length === 1 ? n.thenStatement.statements[0] : n.thenStatement;
      const set = ts.isExpressionStatement(then) ? skipOuter(then.expression) : null;
      if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken && skipOuter(cond.operand).getText().replace(/\s+/g, "") === text && set && ts.isBinaryExpression(set) && set.operatorToken.kind === ts.SyntaxKind.EqualsToken && skipOuter(set.left).getText().replace(/\s+/g, "") === text) {
        const size = staticSize(model, set.right, depth + 1);
        if (size) found = { ...size, setting: true };
        return;
      }
    }
    if (n !== fn && (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n))) return;
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn, visit);
  return found;
}
function sizeLimits(model, value, prop, fallback) {
  const v = skipOuter(value);
  if (v.kind === ts.SyntaxKind.UndefinedKeyword || ts.isIdentifier(v) && v.text === "undefined" && !model.lookup(v)) return [{ bytes: fallback, prop, how: "default" }];
  const size = staticSize(model, v);
  return size && [{ bytes: size.bytes, prop, how: size.setting ? "setting" : "here", ...size.settingName ? { settingName: size.settingName } : {} }];
}
var Reader = class {
  constructor(model, fallback) {
    this.model = model;
    this.fallback = fallback;
  }
  model;
  fallback;
  visiting = /* @__PURE__ */ new Set();
  /** The limits an options expression may carry; null when it cannot be told. */
  limits(expr, depth = 0) {
    if (depth > 8) return null;
    const e = skipOuter(expr);
    if (e.kind === ts.SyntaxKind.NullKeyword || ts.isVoidExpression(e)) return [this.byDefault()];
    if (ts.isObjectLiteralExpression(e)) return this.object(e, depth);
    if (ts.isConditionalExpression(e)) return union([this.limits(e.whenTrue, depth + 1), this.limits(e.whenFalse, depth + 1)]);
    if (ts.isBinaryExpression(e) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(e.operatorToken.kind)) {
      return union([this.limits(e.left, depth + 1), this.limits(e.right, depth + 1)]);
    }
    if (ts.isIdentifier(e)) {
      const b = this.model.lookup(e);
      if (!b) return e.text === "undefined" ? [this.byDefault()] : null;
      return this.binding(b, depth);
    }
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(skipOuter(e.expression))) {
      const b = this.model.lookup(skipOuter(e.expression));
      if (b?.kind === "param" && this.stillCallers(b) && !this.model.references(b).some((r) => isWriteTarget(r.parent))) return [{ bytes: this.fallback, prop: null, how: "caller" }];
    }
    if (ts.isCallExpression(e) && mergeCall(this.model, e) && e.arguments.length && !e.arguments.some((a) => ts.isSpreadElement(a))) {
      let cur = this.limits(e.arguments[0], depth + 1);
      for (const src of e.arguments.slice(1)) cur = cur && this.spread(cur, src, depth);
      return cur;
    }
    if (ts.isCallExpression(e) && !mergeCall(this.model, e) && !this.localCallee(e) && e.arguments.some((a) => this.callerParam(a))) return [{ bytes: this.fallback, prop: null, how: "caller" }];
    return null;
  }
  /**
   * A parameter that keeps the caller's options: never reassigned, or only merged with defaults
   * (`options = extend(extend({}, defaults), options)`, `opts = opts || {}`).
   */
  stillCallers(b) {
    if (!this.model.isReassigned(b)) return true;
    return this.model.references(b).filter((r) => isWriteTarget(r)).every((r) => {
      let e = r;
      while (isWrapper(e.parent)) e = e.parent;
      const p = e.parent;
      if (!ts.isBinaryExpression(p) || p.left !== e || p.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
      const right = skipOuter(p.right);
      const mentions2 = (n) => ts.isIdentifier(n) && n.text === b.name || !!ts.forEachChild(n, (c) => mentions2(c) || void 0);
      return ts.isCallExpression(right) && mergeCall(this.model, right) || ts.isBinaryExpression(right) && mentions2(right.left) ? mentions2(right) : false;
    });
  }
  /** A parameter never reassigned: the caller's value. */
  callerParam(arg) {
    const a = skipOuter(arg);
    if (!ts.isIdentifier(a)) return false;
    const b = this.model.lookup(a);
    return b?.kind === "param" && !this.model.isReassigned(b);
  }
  /** A function of this module (its body could set maxBuffer) or a method of a local object. */
  localCallee(call) {
    const callee = skipOuter(call.expression);
    const root = ts.isIdentifier(callee) ? callee : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(skipOuter(callee.expression)) ? skipOuter(callee.expression) : null;
    if (!root) return true;
    const b = this.model.lookup(root);
    if (!b) return true;
    const init = b.init ? skipOuter(b.init) : null;
    const required = !!init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "require";
    return !(b.kind === "import" || required);
  }
  byDefault() {
    return { bytes: this.fallback, prop: null, how: "default" };
  }
  /** `{ ...a, maxBuffer: n }`: the last word on maxBuffer, in order. */
  object(obj, depth) {
    let cur = [this.byDefault()];
    for (const p of obj.properties) {
      if (!cur) return null;
      if (ts.isSpreadAssignment(p)) {
        cur = this.spread(cur, p.expression, depth);
        continue;
      }
      const key2 = propertyKey(p.name);
      if (key2 === null) return null;
      if (key2 !== "maxBuffer") continue;
      if (ts.isPropertyAssignment(p)) cur = sizeLimits(this.model, p.initializer, p, this.fallback);
      else if (ts.isShorthandPropertyAssignment(p)) cur = sizeLimits(this.model, p.name, null, this.fallback);
      else return null;
    }
    return cur;
  }
  /** `...src` over what is set so far: src's own maxBuffer, or the earlier one where it sets none. */
  spread(cur, src, depth) {
    const from = this.limits(src, depth + 1);
    if (!from) return null;
    return from.flatMap((l) => l.how === "default" ? cur : l.how === "caller" ? [...cur.map((c) => c.how === "default" ? l : c)] : [l]);
  }
  /**
   * A named options object: its initializer (a parameter: what the caller passes), every value
   * assigned to it, and every maxBuffer it gets afterwards. null when it is handed to other code
   * that may change it, or gets a property whose name is computed.
   */
  binding(b, depth) {
    if (this.visiting.has(b)) return [];
    this.visiting.add(b);
    try {
      const sources2 = [];
      let replaced = false;
      const written = [];
      const home = b.kind === "param" ? b.decl.parent.body : b.decl.parent?.parent?.parent;
      if (b.kind === "param") {
        if (!ts.isParameter(b.decl) || b.decl.name !== b.id || b.decl.dotDotDotToken) return null;
        sources2.push(this.caller(b.decl, depth));
        if (b.decl.initializer) sources2.push(this.limits(b.decl.initializer, depth + 1));
      } else if (b.kind === "var" || b.kind === "let" || b.kind === "const") {
        if (b.init) {
          if (!b.path || b.path.length) return null;
          sources2.push(this.limits(b.init, depth + 1));
        } else if (!this.model.isReassigned(b)) return null;
      } else return null;
      for (const ref of this.model.references(b)) {
        let e = ref;
        while (isWrapper(e.parent)) e = e.parent;
        const p = e.parent;
        if (isWriteTarget(ref)) {
          if (!ts.isBinaryExpression(p) || p.left !== e) return null;
          const op = p.operatorToken.kind;
          if (![ts.SyntaxKind.EqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken].includes(op)) return null;
          sources2.push(this.limits(p.right, depth + 1));
          continue;
        }
        if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === e) {
          const key2 = memberName(p);
          const assign = p.parent;
          if (ts.isDeleteExpression(assign)) {
            if (key2 === null || key2 === "maxBuffer") sources2.push([this.byDefault()]);
            continue;
          }
          if (!isWriteTarget(p)) continue;
          if (key2 === null) return null;
          if (key2 !== "maxBuffer") continue;
          const plain = ts.isBinaryExpression(assign) && assign.operatorToken.kind === ts.SyntaxKind.EqualsToken;
          if (plain && ts.isExpressionStatement(assign.parent) && assign.parent.parent === home) replaced = true;
          written.push(plain ? sizeLimits(this.model, assign.right, null, this.fallback) : null);
          continue;
        }
        if (ts.isCallExpression(p) && p.arguments.includes(e)) {
          const q = this.model.qualifiedName(skipOuter(p.expression));
          if (q?.startsWith("child_process.") || q?.startsWith("promisify(child_process.")) continue;
          if (assignCall(p) && p.arguments[0] === e) {
            for (const src of p.arguments.slice(1)) {
              const set = ts.isSpreadElement(src) ? null : this.limits(src, depth + 1);
              if (!set) return null;
              sources2.push(set.filter((l) => l.how !== "default"));
            }
            continue;
          }
          if (assignCall(p)) continue;
          return null;
        }
        if (ts.isVariableDeclaration(p) && p.initializer === e || ts.isBinaryExpression(p) && p.right === e && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) return null;
      }
      return union(replaced ? written : [...sources2, ...written]);
    } finally {
      this.visiting.delete(b);
    }
  }
  /**
   * A parameter's options: Node's default unless the caller raises it. When the function is
   * only called in this file, the options its callers pass.
   */
  caller(param, depth) {
    const fn = param.parent;
    const sites = ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn) ? callSitesOf(this.model, fn) : null;
    if (!sites) return [{ bytes: this.fallback, prop: null, how: "caller" }];
    const index = fn.parameters.indexOf(param);
    return union(sites.map((site) => {
      const arg = site.arguments[index];
      if (!arg) return [this.byDefault()];
      return ts.isSpreadElement(arg) ? null : this.limits(arg, depth + 1);
    }));
  }
};
function assignCall(call) {
  return skipOuter(call.expression).getText().replace(/\s+/g, "") === "Object.assign";
}
var MERGE_MODULES = /* @__PURE__ */ new Set(["util-extend", "xtend", "object-assign", "lodash.assign", "lodash.merge"]);
var MERGE_METHODS = /* @__PURE__ */ new Set(["assign", "extend", "merge", "assignIn"]);
function mergeCall(model, call) {
  if (assignCall(call)) return true;
  const q = model.qualifiedName(skipOuter(call.expression));
  if (!q) return false;
  if (MERGE_MODULES.has(q)) return true;
  const dot = q.lastIndexOf(".");
  return dot > 0 && ["lodash", "underscore"].includes(q.slice(0, dot)) && MERGE_METHODS.has(q.slice(dot + 1));
}
function union(parts) {
  return parts.some((p) => p === null) ? null : parts.flatMap((p) => p);
}
function maxBufferOf(model, options, fallback) {
  const all = options ? new Reader(model, fallback).limits(options) : [{ bytes: fallback, prop: null, how: "default" }];
  if (!all || !all.length) return null;
  return all.reduce((a, b) => b.bytes > a.bytes || b.bytes === a.bytes && a.how === "default" ? b : a);
}

// src/typescript/module-values.ts
import fs12 from "node:fs";
import path14 from "node:path";
var EXTENSIONS2 = ["", ".js", ".cjs", ".mjs", ".ts", ".cts", ".mts", "/index.js", "/index.ts"];
var MAX_BYTES2 = 2e5;
var parsed = /* @__PURE__ */ new Map();
function parse2(file) {
  if (parsed.has(file)) return parsed.get(file);
  let sf = null;
  try {
    const stat = fs12.statSync(file);
    if (stat.isFile() && stat.size <= MAX_BYTES2) sf = ts.createSourceFile(file, fs12.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  } catch {
  }
  parsed.set(file, sf);
  return sf;
}
function requiredFile(from, e) {
  const x = skipOuter(e);
  if (!ts.isCallExpression(x) || !ts.isIdentifier(x.expression) || x.expression.text !== "require") return null;
  const spec = stringValue(x.arguments[0]);
  if (spec === null || !spec.startsWith(".")) return null;
  const base = path14.resolve(path14.dirname(path14.resolve(from)), spec);
  for (const ext of EXTENSIONS2) {
    const f = base + ext;
    if (fs12.existsSync(f) && fs12.statSync(f).isFile()) return f;
  }
  return null;
}
function chainOf(e) {
  const keys = [];
  let x = skipOuter(e);
  while (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) {
    const key2 = memberName(x);
    if (key2 === null) return null;
    keys.unshift(key2);
    x = skipOuter(x.expression);
  }
  return ts.isIdentifier(x) && keys.length ? { root: x, keys } : null;
}
function modulesOf(model, root) {
  const b = model.lookup(root);
  if (!b || !["let", "var", "const"].includes(b.kind) || b.path && b.path.length) return null;
  const values = b.init ? [b.init] : [];
  for (const ref of model.references(b)) {
    if (!isWriteTarget(ref)) continue;
    const p = ref.parent;
    if (!ts.isBinaryExpression(p) || p.left !== ref || p.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return null;
    values.push(p.right);
  }
  if (!values.length) return null;
  const files = values.map((v) => requiredFile(model.sourceFile.fileName, v));
  return files.every((f) => f !== null) ? [...new Set(files)] : null;
}
function exported(sf, key2) {
  const found = [];
  for (const s of sf.statements) {
    if (ts.isVariableStatement(s) && s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === key2 && d.initializer) found.push(d.initializer);
      continue;
    }
    if (!ts.isExpressionStatement(s) || !ts.isBinaryExpression(s.expression) || s.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
    const left = s.expression.left.getText(sf).replace(/\s+/g, "");
    if (left === `exports.${key2}` || left === `module.exports.${key2}`) found.push(s.expression.right);
    else if (left === "module.exports") {
      const obj = skipOuter(s.expression.right);
      if (!ts.isObjectLiteralExpression(obj)) return null;
      const v = member(obj, key2);
      if (v) found.push(v);
    }
  }
  return found.length === 1 ? found : null;
}
function member(obj, key2) {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === key2) return p.initializer;
  }
  return null;
}
function walk(e, keys, depth = 0) {
  const x = skipOuter(e);
  if (depth > 6) return null;
  if (ts.isConditionalExpression(x)) {
    const sides = [walk(x.whenTrue, keys, depth + 1), walk(x.whenFalse, keys, depth + 1)];
    return sides.every((s) => s !== null) ? sides.flatMap((s) => s) : null;
  }
  if (!keys.length) return [x];
  if (!ts.isObjectLiteralExpression(x)) return null;
  const v = member(x, keys[0]);
  return v ? walk(v, keys.slice(1), depth + 1) : null;
}
function moduleArgvs(model, program, args) {
  const p = chainOf(program);
  if (!p) return null;
  const a = args ? chainOf(args) : null;
  if (args && (!a || a.root.text !== p.root.text || a.keys.length !== p.keys.length || a.keys.slice(0, -1).join(".") !== p.keys.slice(0, -1).join("."))) return null;
  const files = modulesOf(model, p.root);
  if (!files) return null;
  const argvs = [];
  for (const file of files) {
    const sf = parse2(file);
    const top = sf && exported(sf, p.keys[0]);
    if (!top) return null;
    const holders = walk(top[0], p.keys.slice(1, -1));
    if (!holders) return null;
    for (const h of holders) {
      const cmd = walk(h, [p.keys.at(-1)]);
      const words = a ? walk(h, [a.keys.at(-1)]) : [];
      if (!cmd || cmd.length !== 1 || !words || words.length > 1) return null;
      const name = stringValue(cmd[0]);
      if (name === null) return null;
      const list = words.length ? skipOuter(words[0]) : null;
      if (list && !ts.isArrayLiteralExpression(list)) return null;
      argvs.push([name, ...list ? list.elements.map((el) => stringValue(el)) : []]);
    }
  }
  return argvs.length ? argvs : null;
}
function moduleValueShape(model, e) {
  const c = chainOf(e);
  const files = c && modulesOf(model, c.root);
  if (!c || !files) return null;
  const shapes = /* @__PURE__ */ new Set();
  for (const file of files) {
    const sf = parse2(file);
    const top = sf && exported(sf, c.keys[0]);
    const values = top && walk(top[0], c.keys.slice(1));
    if (!values) return null;
    for (const v of values) shapes.add(ts.isArrayLiteralExpression(v) ? "array" : ts.isObjectLiteralExpression(v) ? "object" : stringValue(v) !== null ? "string" : "unknown");
  }
  const [only] = shapes;
  return shapes.size === 1 && only !== "unknown" ? only : null;
}

// src/typescript/options.ts
var ARRAY_METHODS = /* @__PURE__ */ new Set(["split", "map", "filter", "concat", "slice", "flat", "flatMap", "from", "of"]);
function typeShape(type) {
  if (!type) return "unknown";
  if (ts.isFunctionTypeNode(type)) return "function";
  if (ts.isArrayTypeNode(type) || ts.isTupleTypeNode(type)) return "array";
  if (ts.isTypeOperatorNode(type)) return typeShape(type.type);
  if (ts.isTypeLiteralNode(type)) return "object";
  if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && /^(Readonly)?Array$/.test(type.typeName.text)) return "array";
  return "unknown";
}
function returnsFunction(model, callee) {
  const e = skipOuter(callee);
  if (!ts.isIdentifier(e)) return false;
  const b = model.lookup(e);
  if (!b || b.kind !== "function" || !ts.isFunctionDeclaration(b.decl) || !b.decl.body) return false;
  const returns2 = [];
  const visit = (n) => {
    if (ts.isReturnStatement(n)) returns2.push(n);
    else if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  ts.forEachChild(b.decl.body, visit);
  return returns2.length > 0 && returns2.every((r) => !!r.expression && (ts.isFunctionExpression(skipOuter(r.expression)) || ts.isArrowFunction(skipOuter(r.expression))));
}
var CALLBACK_NAME = /^(cb|callback|done|next)$|.(Callback|Cb)$/;
function shapeOf(model, expr, depth = 0) {
  const e = model.initializerOf(expr);
  if (ts.isIdentifier(e)) {
    const b = model.lookup(e);
    if (!b) return e.text === "undefined" ? "nullish" : "unknown";
    if (b.kind === "function") return "function";
    if (b.kind === "param" && ts.isParameter(b.decl) && b.decl.name === b.id) {
      const byType = typeShape(b.decl.type);
      if (byType === "unknown" && !b.decl.initializer && CALLBACK_NAME.test(e.text)) return "function";
      if (byType !== "unknown" || !b.decl.initializer || depth > 4) return byType;
      return shapeOf(model, b.decl.initializer, depth + 1);
    }
    return "unknown";
  }
  switch (e.kind) {
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
      return "function";
    case ts.SyntaxKind.ObjectLiteralExpression:
      return "object";
    case ts.SyntaxKind.ArrayLiteralExpression:
      return "array";
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.VoidExpression:
      return "nullish";
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateExpression:
      return "string";
    case ts.SyntaxKind.CallExpression: {
      const callee = e.expression;
      const method = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name) ? callee.name.text : null;
      if (method === "bind") return "function";
      if (mergeCall(model, e)) return "object";
      if (returnsFunction(model, callee)) return "function";
      return method && ARRAY_METHODS.has(method) ? "array" : "unknown";
    }
    case ts.SyntaxKind.PropertyAccessExpression: {
      const p = e;
      if (p.expression.kind !== ts.SyntaxKind.ThisKeyword) return moduleValueShape(model, p) ?? "unknown";
      let cls = p.parent;
      while (cls && !ts.isClassLike(cls)) cls = cls.parent;
      return cls && ts.isClassLike(cls) && cls.members.some((m) => ts.isMethodDeclaration(m) && propertyKey(m.name) === p.name.text) ? "function" : "unknown";
    }
    case ts.SyntaxKind.ConditionalExpression: {
      const c = e;
      if (depth > 4) return "unknown";
      const a = shapeOf(model, c.whenTrue, depth + 1);
      return a === shapeOf(model, c.whenFalse, depth + 1) ? a : "unknown";
    }
    default:
      return "unknown";
  }
}
function hasSpread(call) {
  return call.arguments.some((a) => ts.isSpreadElement(a));
}
function callbackOf(model, call) {
  if (hasSpread(call)) return "unknown";
  const rest = call.arguments.slice(1);
  if (rest.length === 0) return "no";
  const shapes = rest.map((a) => shapeOf(model, a));
  if (shapes.includes("function")) return "yes";
  return shapes[shapes.length - 1] === "unknown" ? "unknown" : "no";
}
function optionsOf(model, call, argsSlot) {
  if (hasSpread(call)) return null;
  const args = call.arguments;
  const found = (arg2) => {
    const object = model.initializerOf(arg2);
    if (!ts.isObjectLiteralExpression(object) || changedAfterDeclaration(model, arg2, STDIO_KEYS)) return { arg: arg2, object: null, inline: false, opaque: true };
    return { arg: arg2, object, inline: skipOuter(arg2) === object };
  };
  let i = 1;
  if (argsSlot && args.length > 1) {
    let shape = shapeOf(model, args[1]);
    if (shape === "unknown" && ts.isIdentifier(skipOuter(args[1])) && /(^|[a-z_])(args|argv)$|^(args|argv|arguments|params|flags)$/i.test(skipOuter(args[1]).text)) shape = "array";
    if (shape === "object") return found(args[1]);
    if (shape !== "array" && shape !== "nullish" && args.length < 3) return null;
    i = 2;
  }
  const arg = args[i];
  if (!arg) return { arg: null, object: null, inline: false };
  switch (shapeOf(model, arg)) {
    case "object":
      return found(arg);
    case "nullish":
      return { arg, object: null, inline: false };
    case "function":
      return { arg: null, object: null, inline: false };
    default:
      return null;
  }
}
var STDIO_KEYS = /* @__PURE__ */ new Set(["stdio", "silent"]);
var MUTATORS = /* @__PURE__ */ new Set(["push", "pop", "shift", "unshift", "splice", "fill", "reverse", "sort", "copyWithin"]);
function changedAfterDeclaration(model, expr, keys, except) {
  const id = skipOuter(expr);
  if (!ts.isIdentifier(id)) return false;
  const b = model.lookup(id);
  if (!b) return false;
  for (const ref of model.references(b)) {
    let e = ref;
    while (isWrapper(e.parent)) e = e.parent;
    const p = e.parent;
    if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === e) {
      const key2 = memberName(p);
      const written = isWriteTarget(p) || ts.isDeleteExpression(p.parent);
      if (written && (keys === null || key2 === null || keys.has(key2))) return true;
      const call = p.parent;
      if (keys === null && key2 !== null && MUTATORS.has(key2) && ts.isCallExpression(call) && call.expression === p) return true;
      continue;
    }
    if (ts.isCallExpression(p) && p.arguments.includes(e)) {
      if (p === except) continue;
      const callee = skipOuter(p.expression);
      const q = model.qualifiedName(callee);
      if (q?.startsWith("child_process.")) continue;
      if (ts.isPropertyAccessExpression(callee) && callee.getText() === "Object.assign") {
        if (p.arguments[0] !== e) continue;
        if (p.arguments.slice(1).every((a) => literalWithout(model, a, keys))) continue;
      }
      return true;
    }
  }
  return false;
}
function literalWithout(model, arg, keys) {
  const obj = skipOuter(arg);
  if (!ts.isObjectLiteralExpression(obj) || keys === null) return false;
  return obj.properties.every((p) => !ts.isSpreadAssignment(p) && propertyKey(p.name) !== null && !keys.has(propertyKey(p.name)));
}
function fdOfArray(model, array, fd) {
  if (array.elements.some((el2) => ts.isSpreadElement(el2))) return "unknown";
  const el = array.elements[fd];
  if (!el || ts.isOmittedExpression(el)) return "pipe";
  return fdOfElement(model, el);
}
function fdOfElement(model, el) {
  if (shapeOf(model, el) === "nullish") return "pipe";
  const v = model.initializerOf(el);
  const c = skipOuter(v);
  if (ts.isConditionalExpression(c)) {
    const branches = [fdOfElement(model, c.whenTrue), fdOfElement(model, c.whenFalse)];
    return branches.includes("pipe") ? "pipe" : branches.includes("unknown") ? "unknown" : "no";
  }
  const s = stringValue(v);
  if (s !== null) return s === "pipe" || s === "overlapped" ? "pipe" : "no";
  if (ts.isIdentifier(v)) return "unknown";
  return "no";
}
function streamConfig(model, options, fork, fd) {
  const obj = options.object;
  if (options.opaque) return { state: "unknown", stdio: null };
  if (!obj) return { state: fork ? "no" : "pipe", stdio: null };
  let stdio = null;
  let stdioProp = null;
  let silent = null;
  let openSpread = false;
  for (const prop of obj.properties) {
    if (ts.isSpreadAssignment(prop)) {
      openSpread = true;
      continue;
    }
    const key2 = propertyKey(prop.name);
    if (key2 === null) {
      openSpread = true;
      continue;
    }
    if (key2 !== "stdio" && key2 !== "silent") continue;
    let value = null;
    if (ts.isPropertyAssignment(prop)) value = prop.initializer;
    else if (ts.isShorthandPropertyAssignment(prop)) value = prop.name;
    if (!value) return { state: "unknown", stdio: null };
    if (key2 === "stdio") {
      stdio = value;
      stdioProp = ts.isPropertyAssignment(prop) ? prop : null;
      openSpread = false;
    } else silent = value;
  }
  if (openSpread) return { state: "unknown", stdio: null };
  if (stdio) {
    const v2 = model.initializerOf(stdio);
    const s = stringValue(v2);
    if (s !== null) return { state: s === "pipe" || s === "overlapped" ? "pipe" : "no", stdio: stdioProp };
    if (ts.isArrayLiteralExpression(v2) && !changedAfterDeclaration(model, stdio, null)) return { state: fdOfArray(model, v2, fd), stdio: stdioProp };
    return { state: "unknown", stdio: null };
  }
  if (!fork) return { state: "pipe", stdio: null };
  if (!silent) return { state: "no", stdio: null };
  const v = skipOuter(silent);
  if (v.kind === ts.SyntaxKind.TrueKeyword) return { state: "pipe", stdio: null };
  return { state: v.kind === ts.SyntaxKind.FalseKeyword ? "no" : "unknown", stdio: null };
}

// src/typescript/argv.ts
function argvWords2(model, expr, depth = 0) {
  if (!expr) return [];
  const e = model.initializerOf(expr);
  const returned = depth < 2 && ts.isCallExpression(e) ? returnsOf(model, e) : null;
  if (returned?.length === 1) return argvWords2(model, returned[0], depth + 1);
  if (ts.isArrayLiteralExpression(e) && !changedAfterDeclaration(model, expr, null)) return arrayWords(model, e);
  const start = ts.isArrayLiteralExpression(e) ? arrayWords(model, e) : ts.isConditionalExpression(e) && [e.whenTrue, e.whenFalse].every((b) => ts.isArrayLiteralExpression(skipOuter(b))) ? [null] : null;
  const pushed = start && pushedWords(model, expr);
  if (start && pushed) return [...start, ...pushed];
  const first = letArray(model, expr);
  if (first) return [...start ?? arrayWords(model, first), null];
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "split") {
    const text = commandText(model, e.expression.expression);
    if (text !== null) return text.split(/\s+/).filter(Boolean);
  }
  return [null];
}
function argvVariants(model, expr) {
  const words = argvWords2(model, expr);
  const e = expr ? model.initializerOf(expr) : null;
  if (!e || !ts.isArrayLiteralExpression(e) || changedAfterDeclaration(model, expr, null)) return [words];
  let variants = [words];
  e.elements.forEach((el, i) => {
    if (i >= words.length || ts.isSpreadElement(el)) return;
    const options = wordChoices(model, el);
    if (!options || variants.length * options.length > 8) return;
    variants = variants.flatMap((v) => options.map((o) => v.map((w, j) => j === i ? o : w)));
  });
  return variants;
}
function wordChoices(model, el, depth = 0) {
  const v = model.initializerOf(el);
  if (!ts.isConditionalExpression(v) || depth > 3) return null;
  const out = [];
  for (const branch of [v.whenTrue, v.whenFalse]) {
    const literal2 = stringValue(skipOuter(branch));
    const inner = literal2 === null ? wordChoices(model, branch, depth + 1) : [literal2];
    if (!inner) return null;
    out.push(...inner);
  }
  return out;
}
function letArray(model, expr) {
  const id = skipOuter(expr);
  const b = ts.isIdentifier(id) ? model.lookup(id) : null;
  const init = b && (b.kind === "let" || b.kind === "var") && b.init && b.path?.length === 0 ? skipOuter(b.init) : null;
  return init && ts.isArrayLiteralExpression(init) ? init : null;
}
function arrayWords(model, e) {
  const words = [];
  for (const el of e.elements) {
    if (ts.isSpreadElement(el)) return [...words, null];
    words.push(commandText(model, el));
  }
  return words;
}
function pushedWords(model, expr) {
  const id = skipOuter(expr);
  if (!ts.isIdentifier(id)) return null;
  const b = model.lookup(id);
  if (!b || !b.init || model.isReassigned(b)) return null;
  const words = [];
  for (const ref of model.references(b)) {
    if (ref === id || ref.pos > id.pos) continue;
    const p = ref.parent;
    const call = p.parent;
    if (ts.isPropertyAccessExpression(p) && p.expression === ref && p.name.text === "push" && ts.isCallExpression(call) && call.expression === p) {
      for (const a of call.arguments) words.push(ts.isSpreadElement(a) ? null : commandText(model, a));
      continue;
    }
    if (ts.isCallExpression(p) && p.arguments[0] === ref && /^(Array\.prototype|\[\s*\])\.push\.apply$/.test(skipOuter(p.expression).getText())) {
      words.push(null);
      continue;
    }
    if (ts.isPropertyAccessExpression(p) && p.expression === ref && ["length", "indexOf", "includes"].includes(p.name.text)) continue;
    return null;
  }
  return words;
}
function programs(model, e, depth = 0) {
  if (!e || depth > 4) return [null];
  const v = model.initializerOf(e);
  const constant = staticValue(model, v);
  if (constant) return programs(model, constant, depth + 1);
  const held = constProperty(model, v);
  if (held) return programs(model, held, depth + 1);
  if (ts.isPropertyAccessExpression(v) && v.getText() === "process.execPath" && !model.lookup(v.expression)) return ["node"];
  if (ts.isElementAccessExpression(v) && v.getText().replace(/\s+/g, "") === "process.argv[0]" && !model.lookup(v.expression.expression)) return ["node"];
  if (ts.isConditionalExpression(v)) return choice(model, [v.whenTrue, v.whenFalse], depth);
  const looped = loopValues(model, v);
  if (looped) return choice(model, looped, depth);
  if (ts.isBinaryExpression(v) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(v.operatorToken.kind)) return choice(model, [v.left, v.right], depth);
  const returned = ts.isCallExpression(v) && v.arguments.length === 0 ? returnsOf(model, v) : null;
  if (returned) return choice(model, returned, depth);
  const pathFn = ts.isCallExpression(v) ? pathCall(model, v) : null;
  if (pathFn === "dirname") return [null];
  if (pathFn) {
    const last = v.arguments.at(-1);
    return last && !ts.isSpreadElement(last) ? programs(model, last, depth + 1) : [null];
  }
  if (ts.isCallExpression(v) && v.arguments.length >= 1 && /(bin|path|which|find|resolve|tool|command|executable)/i.test(v.expression.getText())) {
    const names = programs(model, v.arguments[0], depth + 1);
    if (names.every((n) => n !== null && /^[\w.+-]+$/.test(n))) return names;
  }
  return [commandText(model, v) ?? namedProgram(model, v) ?? (v !== skipOuter(e) ? namedProgram(model, e) : null) ?? packageProgram(model, v)];
}
function constProperty(model, e) {
  if (!ts.isPropertyAccessExpression(e) || !ts.isIdentifier(e.expression)) return null;
  const b = model.lookup(e.expression);
  if (!b || b.kind !== "const" || !b.init || b.path?.length !== 0) return null;
  const obj = skipOuter(b.init);
  if (!ts.isObjectLiteralExpression(obj)) return null;
  const prop = obj.properties.find((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === e.name.text);
  if (!prop || !ts.isPropertyAssignment(prop)) return null;
  for (const ref of model.references(b)) {
    const p = ref.parent;
    if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === ref) {
      if (isWriteTarget(p)) return null;
    } else if (ts.isCallExpression(p) && p.arguments.includes(ref)) return null;
  }
  return prop.initializer;
}
var HOLDER_WORDS = /* @__PURE__ */ new Set(["path", "paths", "bin", "binary", "exe", "executable", "exec", "cmd", "command", "program", "prog", "app", "application", "tool", "runner", "run", "shell", "process", "proc", "child", "spawn", "file", "dir", "directory", "folder", "location", "loc", "to", "of", "the", "my", "custom", "default", "local", "global", "system", "static", "installer", "config", "conf", "cfg", "settings", "setting", "options", "option", "opts", "opt", "params", "args", "argv", "env", "which", "open", "start", "time", "test", "true", "false", "yes", "new", "old", "full", "abs", "real", "resolved", "found", "this", "self", "that", "s", "e", "o", "x", "js", "node", "modules", "lib", "main", "index", "version", "win", "win32", "linux", "darwin", "mac", "osx", "url", "name", "exports", "module", "default"]);
var LOCATION_WORDS = /* @__PURE__ */ new Set(["path", "bin", "binary", "exe", "executable", "dir", "directory", "location", "installer", "static", "cmd", "command"]);
var EVERYDAY = /* @__PURE__ */ new Set(["watch", "find", "make", "sort", "head", "tail", "top", "kill", "time", "test", "open", "start", "file", "cat", "more", "less", "screen", "script", "join", "split", "paste", "cut", "date", "touch", "link", "yes", "true", "false", "ping", "say", "wait", "sleep", "stat", "last", "who", "id", "install", "serve", "server", "build", "run", "code", "view", "look", "write", "read", "echo", "print", "list", "tree", "diff", "patch", "which", "type", "env", "shell", "service", "mount", "su", "go", "dig", "host", "nice", "at", "ip", "ss", "ls", "cp", "mv", "rm", "ps", "df", "du", "dd", "nc", "tr", "wc", "bc", "ar", "as", "ld", "cc", "pr", "od", "sh", "lp"]);
function wordsOf(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9+]+/).filter(Boolean);
}
function programInName(name) {
  const words = wordsOf(name);
  if (words.some((w) => DATA_WORDS.has(w) && !HOLDER_WORDS.has(w))) return null;
  const located = words.some((w) => LOCATION_WORDS.has(w));
  const pairs = words.slice(1).map((w, i) => `${words[i]}-${w}`).filter((p) => isListed(p));
  const found = /* @__PURE__ */ new Set([...pairs, ...words.filter((w) => !HOLDER_WORDS.has(w) && !pairs.some((p) => p.split("-").includes(w)) && isListed(w))]);
  if (found.size !== 1) return null;
  const program = [...found][0];
  const rest = words.filter((w) => !HOLDER_WORDS.has(w));
  return located || rest.join("-") === program && !EVERYDAY.has(program) ? program : null;
}
function packageProgram(model, v) {
  let e = skipOuter(v);
  if (ts.isPropertyAccessExpression(e) && HOLDER_WORDS.has(e.name.text.toLowerCase())) e = skipOuter(e.expression);
  if (!ts.isCallExpression(e) || !ts.isIdentifier(e.expression) || e.expression.text !== "require" || model.lookup(e.expression)) return null;
  const spec = stringValue(e.arguments[0]);
  return spec === null || spec.startsWith(".") ? null : programInName(spec);
}
function staticValue(model, e) {
  if (!ts.isPropertyAccessExpression(e) || !ts.isIdentifier(e.expression)) return null;
  const b = model.lookup(e.expression);
  if (!b || b.kind !== "class" || !ts.isClassDeclaration(b.decl)) return null;
  const name = e.name.text;
  const member2 = b.decl.members.find((m) => ts.isPropertyDeclaration(m) && ts.isIdentifier(m.name) && m.name.text === name && ts.getModifiers(m)?.some((k) => k.kind === ts.SyntaxKind.StaticKeyword));
  if (!member2 || !ts.isPropertyDeclaration(member2) || !member2.initializer) return null;
  const written = model.references(b).some((r) => ts.isPropertyAccessExpression(r.parent) && r.parent.expression === r && r.parent.name.text === name && isWriteTarget(r.parent));
  const self = (n) => ts.isPropertyAccessExpression(n) && n.expression.kind === ts.SyntaxKind.ThisKeyword && n.name.text === name && isWriteTarget(n) || !!ts.forEachChild(n, (c) => self(c) || void 0);
  return written || self(b.decl) ? null : member2.initializer;
}
function namedProgram(model, e, depth = 0) {
  const v = skipOuter(e);
  if (ts.isBinaryExpression(v) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(v.operatorToken.kind) && depth < 4) {
    const sides = [v.left, v.right].map((x) => ({ name: namedProgram(model, x, depth + 1), locates: locatesProgram(model, x) }));
    const names = new Set(sides.flatMap((x) => x.name ? [x.name] : []));
    return names.size === 1 && sides.every((x) => x.name || x.locates) ? [...names][0] : null;
  }
  const name = ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : null;
  const m = name ? /^(?:_*)([A-Za-z][A-Za-z0-9]*?)(?:Path|Bin|Binary|Exe|Executable)$/.exec(name) : null;
  const stem = m?.[1];
  if (stem && !DATA_WORDS.has(stem.toLowerCase()) && (isListed(stem) || !!classifyArgv([stem]).scales)) return stem;
  const chain = ts.isPropertyAccessExpression(v) && HOLDER_WORDS.has(v.name.text.toLowerCase()) ? v.getText() : name;
  const worded = chain ? programInName(chain) : null;
  if (worded) return worded;
  if (!stem || DATA_WORDS.has(stem.toLowerCase())) return null;
  const init = ts.isIdentifier(v) ? model.initializerOf(v) : v;
  return init !== v && depth < 4 ? namedProgram(model, init, depth + 1) : null;
}
var DATA_WORDS = /* @__PURE__ */ new Set(["file", "dir", "folder", "output", "input", "target", "source", "src", "dest", "out", "log", "config", "base", "root", "full", "abs", "rel", "tmp", "temp", "cache", "data", "script", "module", "package", "project", "work", "home", "image", "archive", "zip", "patch", "diff"]);
function choice(model, alternatives, depth) {
  const sides = alternatives.map((a) => ({ names: programs(model, a, depth + 1), override: locatesProgram(model, a) }));
  const known = sides.filter((s) => s.names.every((n) => n !== null));
  if (known.length && sides.every((s) => known.includes(s) || s.override)) return known.flatMap((s) => s.names);
  return sides.flatMap((s) => s.names);
}
function locatesProgram(model, e) {
  const v = model.initializerOf(e);
  if ((ts.isPropertyAccessExpression(v) || ts.isElementAccessExpression(v)) && skipOuter(v.expression).getText().replace(/\s+/g, "") === "process.env") return true;
  const last = ts.isCallExpression(v) ? v.arguments[0] && !ts.isSpreadElement(v.arguments[0]) ? stringValue(v.arguments[0]) : null : ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : ts.isElementAccessExpression(v) ? stringValue(v.argumentExpression) : null;
  return last !== null && /(path|bin|binary|exe|executable)$/i.test(last);
}
function pathCall(model, call) {
  const m = /^path(?:\.(?:posix|win32))?\.(join|resolve|dirname)$/.exec(model.qualifiedName(call.expression) ?? "");
  return !m ? null : m[1] === "dirname" ? "dirname" : "join";
}

// src/typescript/shell-line.ts
function shellChoices(model, expr) {
  const e = model.initializerOf(expr);
  const words = (x, depth = 0) => {
    const v = model.initializerOf(x);
    if (ts.isConditionalExpression(v) && depth < 4) {
      const a = words(v.whenTrue, depth + 1);
      const b = words(v.whenFalse, depth + 1);
      return a && b ? [...a, ...b] : null;
    }
    const s = stringValue(v);
    return s === null ? joinedChoices(model, v) : [s];
  };
  let parts;
  if (ts.isTemplateExpression(e)) {
    parts = [[e.head.text]];
    for (const span of e.templateSpans) parts.push(words(span.expression) ?? [PLACEHOLDER], [span.literal.text]);
  } else if (ts.isConditionalExpression(e)) {
    parts = [words(e) ?? []];
  } else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const operands = [];
    const flatten = (x) => {
      const v = skipOuter(x);
      if (ts.isBinaryExpression(v) && v.operatorToken.kind === ts.SyntaxKind.PlusToken && operands.length < 16) {
        flatten(v.left);
        flatten(v.right);
      } else operands.push(v);
    };
    flatten(e);
    parts = operands.map((o) => words(o) ?? [commandText(model, o) ?? PLACEHOLDER]);
  } else return null;
  if (parts.every((p) => p.length === 1) || parts.some((p) => !p.length)) return null;
  let texts = [""];
  for (const p of parts) {
    texts = texts.flatMap((t) => p.map((w) => t + w));
    if (texts.length > 8) return null;
  }
  return texts;
}
function joinedChoices(model, e) {
  const callee = ts.isCallExpression(e) ? skipOuter(e.expression) : null;
  if (!callee || !ts.isPropertyAccessExpression(callee) || callee.name.text !== "join" || e.arguments.length !== 1) return null;
  const sep = stringValue(e.arguments[0]);
  if (sep === null || !/^ +$/.test(sep)) return null;
  const lists = (x, depth) => {
    const v = model.initializerOf(x);
    if (ts.isConditionalExpression(v) && depth < 4) {
      const a = lists(v.whenTrue, depth + 1);
      const b = lists(v.whenFalse, depth + 1);
      return a && b ? [...a, ...b] : null;
    }
    if (!ts.isArrayLiteralExpression(v)) return null;
    const words = v.elements.map((el) => ts.isSpreadElement(el) ? null : stringValue(model.initializerOf(el)));
    return words.every((w) => w !== null) ? [words.join(sep)] : null;
  };
  return lists(callee.expression, 0);
}
function leadingExpr(model, expr, depth = 0) {
  const e = model.initializerOf(expr);
  if (depth > 8) return e;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return leadingExpr(model, e.left, depth + 1);
  if (ts.isTemplateExpression(e) && e.head.text === "") return leadingExpr(model, e.templateSpans[0].expression, depth + 1);
  const joined = ts.isCallExpression(e) ? joinedArray(e) : null;
  const first = joined?.elements[0];
  if (first && !ts.isSpreadElement(first) && !ts.isOmittedExpression(first)) return leadingExpr(model, first, depth + 1);
  const lead = formatLead(model, e);
  if (lead) return leadingExpr(model, lead, depth + 1);
  if (ts.isIdentifier(e)) {
    const b = model.lookup(e);
    const refs = b ? model.references(b) : [];
    const appendedOnly = refs.every((r) => {
      if (!isWriteTarget(r)) return true;
      const w = r.parent;
      if (!ts.isBinaryExpression(w) || w.left !== r) return false;
      if (w.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) return true;
      return w.operatorToken.kind === ts.SyntaxKind.EqualsToken && refs.some((x) => x.pos >= w.right.pos && x.end <= w.right.end);
    });
    if (b && (b.kind === "let" || b.kind === "var") && b.init && b.path?.length === 0 && appendedOnly) return leadingExpr(model, b.init, depth + 1);
  }
  return e;
}
function shellTexts(model, expr, depth = 0) {
  const looped = depth < 4 ? loopValues(model, expr) : null;
  if (looped) return looped.flatMap((x) => shellTexts(model, x, depth + 1));
  const choices = shellChoices(model, expr);
  if (choices) return choices;
  const text = commandText(model, expr);
  const quote = text !== null && /^["']/.test(text) && text.startsWith(PLACEHOLDER, 1) ? text[0] : "";
  if (text !== null && quote) {
    const named2 = namedProgram(model, leadingExpr(model, expr));
    return [named2 ? quote + named2 + text.slice(quote.length + PLACEHOLDER.length) : text];
  }
  if (text !== null && !text.startsWith(PLACEHOLDER)) return [text];
  const lead = leadingExpr(model, expr);
  const named = namedProgram(model, lead);
  if (named) return [named + (text ?? PLACEHOLDER).slice(PLACEHOLDER.length)];
  if (!ts.isConditionalExpression(lead) && !ts.isBinaryExpression(lead) && !(ts.isCallExpression(lead) && lead.arguments.length === 0)) return [text];
  const rest = text !== null ? text.slice(PLACEHOLDER.length) : model.initializerOf(expr) === lead ? "" : PLACEHOLDER;
  const starts = programs(model, lead);
  return starts.length > 0 && starts.every((t) => t !== null && !t.includes(PLACEHOLDER)) ? starts.map((t) => t + rest) : [text];
}

// src/typescript/command.ts
function usesShell(model, call) {
  const options = optionsOf(model, call, true);
  if (!options) return "unknown";
  if (options.opaque) return "unknown";
  if (!options.object) return false;
  for (const p of options.object.properties) {
    if (ts.isSpreadAssignment(p)) return "unknown";
    if (propertyKey(p.name) !== "shell") continue;
    if (!ts.isPropertyAssignment(p)) return "unknown";
    const v = skipOuter(p.initializer);
    if (v.kind === ts.SyntaxKind.FalseKeyword) return false;
    return v.kind === ts.SyntaxKind.TrueKeyword || ts.isStringLiteralLike(v) ? true : "unknown";
  }
  return false;
}
function sourceText(model, expr, depth = 0) {
  if (depth > 8) return null;
  const e = model.initializerOf(expr);
  const s = stringValue(e);
  if (s !== null) return s;
  const data = (x) => {
    const v = skipOuter(x);
    const callee = ts.isCallExpression(v) ? v.expression : null;
    return !!callee && ts.isPropertyAccessExpression(callee) && callee.name.text === "stringify" && ts.isIdentifier(callee.expression) && callee.expression.text === "JSON" && !model.lookup(callee.expression);
  };
  if (ts.isTemplateExpression(e)) return e.templateSpans.every((span) => data(span.expression)) ? e.head.text + e.templateSpans.map((span) => `0${span.literal.text}`).join("") : null;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = data(e.left) ? "0" : sourceText(model, e.left, depth + 1);
    const right = data(e.right) ? "0" : sourceText(model, e.right, depth + 1);
    return left === null || right === null ? null : left + right;
  }
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "join" && e.arguments.length <= 1) {
    const list = model.initializerOf(e.expression.expression);
    const sep = e.arguments[0] ? stringValue(model.initializerOf(e.arguments[0])) : ",";
    if (!ts.isArrayLiteralExpression(list) || sep === null) return null;
    const parts = list.elements.map((el) => ts.isSpreadElement(el) ? null : sourceText(model, el, depth + 1));
    return parts.every((p) => p !== null) ? parts.join(sep) : null;
  }
  return null;
}
function inlineNode(model, args) {
  const list = args && model.initializerOf(args);
  if (!list || !ts.isArrayLiteralExpression(list)) return null;
  const at = list.elements.findIndex((el) => ["--eval", "-e"].includes(commandText(model, el) ?? ""));
  const codeArg = at >= 0 ? list.elements[at + 1] : void 0;
  const code2 = codeArg && !ts.isSpreadElement(codeArg) ? sourceText(model, codeArg) : null;
  if (code2 === null || !writesNothing(code2)) return null;
  const flag = commandText(model, list.elements[at]);
  return { stdout: "none", stderr: "bounded", program: "node", evidence: `\`node ${flag}\` runs an inline program that writes nothing (an uncaught error prints its stack on stderr)` };
}
function writesNothing(code2) {
  if (/\b(console|stdout|stderr|write\w*|print\w*|child_process|spawn\w*|exec\w*|fork|eval|Function)\b/.test(code2)) return false;
  const loads = [...code2.matchAll(/(?:\bfrom|\bimport\s*\(?|\brequire\s*\()\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1]);
  return !(/\b(import|require)\s*\(\s*[^'"`\s]/.test(code2) || loads.some((m) => !isBuiltin(m)));
}
function scriptFile(model, words, args) {
  const at = words.findIndex((w) => w === null || !w.startsWith("-"));
  const list = args && model.initializerOf(args);
  const expr = list && ts.isArrayLiteralExpression(list) && at >= 0 ? list.elements[at] : void 0;
  return projectScript(model, expr && !ts.isSpreadElement(expr) ? expr : void 0, at >= 0 ? words[at] : null);
}
var LOCAL_MODULE = /(?:\bfrom|\bimport\s*\(?|\brequire\s*\()\s*['"`](\.{1,2}\/[^'"`]+)['"`]/g;
function projectScript(model, expr, word) {
  const dir = nodePath.dirname(model.sourceFile.fileName);
  const rel = expr ? dirnamePath(model, expr) : null;
  const script = rel ?? word;
  if (!script || !/\.[cm]?js$/.test(script) || script.includes(PLACEHOLDER)) return null;
  const file = nodePath.resolve(dir, script);
  const code2 = smallSource(file);
  if (code2 === null) return null;
  const local = [...code2.matchAll(LOCAL_MODULE)].map((m) => m[1]);
  if (!writesNothing(code2.replace(LOCAL_MODULE, "0"))) return null;
  for (const spec of local) {
    const base = nodePath.resolve(nodePath.dirname(file), spec);
    const found = [base, `${base}.js`, `${base}.cjs`, `${base}.mjs`, nodePath.join(base, "index.js")].map(smallSource).find((c) => c !== null);
    if (found === void 0 || found === null || !writesNothing(found)) return null;
  }
  const shown2 = rel ? script : word;
  return { stdout: "none", stderr: "bounded", program: "node", evidence: `\`node ${shown2}\` runs a script of this project that writes nothing (an uncaught error prints its stack on stderr)` };
}
function smallSource(file) {
  try {
    const stat = fs13.statSync(file);
    if (!stat.isFile() || stat.size > 64 * 1024) return null;
    return fs13.readFileSync(file, "utf8").replace(/^#!.*/, "").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:'"`\\])\/\/.*$/gm, "$1");
  } catch {
    return null;
  }
}
function dirnamePath(model, expr) {
  const e = model.initializerOf(expr);
  const isDirname = (x) => ts.isIdentifier(x) && x.text === "__dirname" && !model.lookup(x);
  if (ts.isCallExpression(e) && e.arguments.length >= 2 && isDirname(skipOuter(e.arguments[0]))) {
    const callee = model.qualifiedName(e.expression);
    if (callee !== "path.join" && callee !== "path.resolve") return null;
    const parts = e.arguments.slice(1).map((a) => stringValue(model.initializerOf(a)));
    return parts.every((p) => p !== null) && !(callee === "path.resolve" && parts.some((p) => nodePath.isAbsolute(p))) ? nodePath.join(".", ...parts) : null;
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken && isDirname(skipOuter(e.left))) {
    const rest = stringValue(model.initializerOf(e.right));
    return rest !== null && rest.startsWith("/") ? `.${rest}` : null;
  }
  if (ts.isTemplateExpression(e) && e.head.text === "" && e.templateSpans.length === 1 && isDirname(skipOuter(e.templateSpans[0].expression))) {
    const rest = e.templateSpans[0].literal.text;
    return rest.startsWith("/") ? `.${rest}` : null;
  }
  return null;
}
function probe(words) {
  if (!words.length || words.some((w) => w === null)) return null;
  const out = classifyArgv(["*", ...words]);
  return out.program === "*" && !/not known to be quiet/.test(out.evidence) ? { ...out, program: null, evidence: out.evidence.replace("`* ", "`") } : null;
}
var RANK3 = { none: 0, bounded: 1, unbounded: 2 };
var loudness = (o) => RANK3[o.stdout] + RANK3[o.stderr];
function loudest(outs) {
  return outs.reduce((a, b) => {
    const walks = (o) => !!o.scales && !o.document;
    const pick = walks(b) && !walks(a) ? b : !walks(b) && walks(a) ? a : loudness(b) !== loudness(a) ? loudness(b) > loudness(a) ? b : a : b.scales && !a.scales ? b : a;
    const livesOn = pick.livesOn ?? a.livesOn ?? b.livesOn;
    const serves = a.serves || b.serves;
    return {
      ...pick,
      ...serves ? { serves } : {},
      stdout: RANK3[a.stdout] >= RANK3[b.stdout] ? a.stdout : b.stdout,
      stderr: RANK3[a.stderr] >= RANK3[b.stderr] ? a.stderr : b.stderr,
      ...livesOn ? { livesOn } : {}
    };
  });
}
function knownToGrow(out, stream) {
  return out[stream] === "unbounded" && out.program !== null && !/not known|runs a program/.test(out.evidence);
}
function knownToGrowPastBuffer(out, stream) {
  return knownToGrow(out, stream) && !out.fitsBuffer;
}
function argvOutput(model, program, args) {
  const variants = args ? argvVariants(model, args) : [[null]];
  return loudest(programs(model, program).flatMap((p) => variants.map((words) => argvClass(model, p, words, args))));
}
function argvClass(model, program, words, args) {
  if (program === null) return probe(words) ?? classifyArgv([program, ...words]);
  const out = classifyArgv([program, ...words]);
  return (out.program === "node" || out.program === "node.exe") && /runs a program/.test(out.evidence) ? inlineNode(model, args) ?? scriptFile(model, words, args) ?? out : out;
}
function commandOutput(model, call, qualified) {
  const args = call.arguments;
  const fn = qualified.slice(qualified.lastIndexOf(".") + 1).replace(/\)$/, "");
  if (fn === "fork") {
    const text = args[0] ? commandText(model, args[0]) : null;
    return projectScript(model, args[0], text) ?? classifyArgv(["node", text]);
  }
  if (fn === "exec") {
    return loudest(args[0] ? shellTexts(model, args[0]).map(classifyShell) : [classifyShell(null)]);
  }
  const second = args[1];
  const variants = second && shapeOf(model, second) !== "object" ? argvVariants(model, second) : [[]];
  const shell = fn === "spawn" ? usesShell(model, call) : false;
  const perModule = shell === false && args[0] ? moduleArgvs(model, args[0], second && shapeOf(model, second) !== "object" ? second : void 0) : null;
  if (perModule) return loudest(perModule.map((argv) => classifyArgv(argv)));
  return loudest(programs(model, args[0]).flatMap((program) => variants.map((words) => {
    if (shell === "unknown") return classifyArgv([program, null]);
    if (shell) return classifyShell([program, ...words].map((w) => w ?? PLACEHOLDER).join(" "));
    return argvClass(model, program, words, second && shapeOf(model, second) !== "object" ? second : void 0);
  })));
}
function fromCaller(model, expr, depth = 0) {
  if (depth > 4) return false;
  const e = model.initializerOf(expr);
  if (loopValues(model, e)) return false;
  if (ts.isConditionalExpression(e)) return fromCaller(model, e.whenTrue, depth + 1) && fromCaller(model, e.whenFalse, depth + 1);
  const param = (x) => {
    const b = ts.isIdentifier(x) ? model.lookup(x) : void 0;
    return !!b && b.kind === "param" && !literalAtEveryCall(model, b.decl);
  };
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(e.operatorToken.kind)) return fromCaller(model, e.left, depth + 1) && fromCaller(model, e.right, depth + 1);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return fromCaller(model, e.right, depth + 1);
  if (ts.isCallExpression(e)) return param(skipOuter(e.expression));
  let root = e;
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) root = skipOuter(root.expression);
  if (root.kind === ts.SyntaxKind.ThisKeyword) return root !== e;
  if (param(root)) return true;
  if (root === e || !ts.isIdentifier(root)) return false;
  const alias = model.initializerOf(root);
  if (alias.kind === ts.SyntaxKind.ThisKeyword) return true;
  return alias !== root && (ts.isPropertyAccessExpression(alias) || ts.isElementAccessExpression(alias) || ts.isIdentifier(alias)) && fromCaller(model, alias, depth + 1);
}
function literalAtEveryCall(model, decl) {
  const fn = decl.parent;
  if (!ts.isParameter(decl) || !fn || !(ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn))) return false;
  const index = fn.parameters.indexOf(decl);
  if (index < 0 || decl.dotDotDotToken) return false;
  const holder = ts.isFunctionDeclaration(fn) ? fn : ts.isVariableDeclaration(fn.parent) && fn.parent.initializer === fn ? fn.parent : null;
  const name = holder?.name;
  if (!name || !ts.isIdentifier(name) || ts.getModifiers(ts.isFunctionDeclaration(fn) ? fn : holder.parent.parent)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return false;
  const b = model.lookup(name);
  if (!b) return false;
  const refs = model.references(b);
  return refs.length > 0 && refs.every((ref) => {
    const call = ref.parent;
    const arg = ts.isCallExpression(call) && call.expression === ref ? call.arguments[index] : void 0;
    return !!arg && !ts.isSpreadElement(arg) && commandText(model, arg) !== null;
  });
}

// src/typescript/caller-commands.ts
import path19 from "node:path";

// src/typescript/project-reads.ts
import fs14 from "node:fs";
import path15 from "node:path";
var MAX_FILES2 = 5e3;
var projects = /* @__PURE__ */ new Map();
function projectRoot(file) {
  for (let dir = path15.dirname(path15.resolve(file)); ; dir = path15.dirname(dir)) {
    if (fs14.existsSync(path15.join(dir, "package.json"))) return dir;
    if (path15.dirname(dir) === dir) return null;
  }
}
function sources(root) {
  if (projects.has(root)) return projects.get(root);
  const { files } = discover([root], { exclude: [], forceExclude: false });
  const js = files.filter((f) => f.language === "javascript");
  let texts = null;
  if (js.length <= MAX_FILES2) {
    texts = /* @__PURE__ */ new Map();
    for (const f of js) {
      try {
        texts.set(path15.resolve(f.abs), fs14.readFileSync(f.abs, "utf8"));
      } catch {
      }
    }
  }
  projects.set(root, texts);
  return texts;
}
function projectReadsMember(file, key2) {
  const root = projectRoot(file);
  if (!root) return true;
  const texts = sources(root);
  if (!texts) return true;
  const self = path15.resolve(file);
  const read2 = new RegExp(`([\\w$]*)\\s*\\??\\.\\s*${key2.replace(/\$/g, "\\$")}\\b(?!\\s*=[^=])`, "g");
  for (const [abs, text] of texts) {
    if (abs === self || !text.includes(key2)) continue;
    for (const m of text.matchAll(read2)) if (m[1] !== "process") return true;
  }
  return false;
}

// src/typescript/project-constants.ts
import path18 from "node:path";

// src/typescript/parse.ts
function scriptKind(path24) {
  const ext = /\.[cm]?[jt]sx?$/i.exec(path24)?.[0].toLowerCase() ?? "";
  if (ext === ".tsx") return ts.ScriptKind.TSX;
  if (ext.endsWith("ts")) return ts.ScriptKind.TS;
  if (ext === ".jsx") return ts.ScriptKind.JSX;
  return ts.ScriptKind.JS;
}
function parseJs(path24, text) {
  return ts.createSourceFile(path24, text, ts.ScriptTarget.Latest, true, scriptKind(path24));
}
function syntaxErrorCount(sf) {
  return (sf.parseDiagnostics ?? []).length;
}
function allowsTopLevelAwait(path24) {
  return /\.m[jt]s$/i.test(path24);
}
function inComment(sf, offset) {
  let node = sf;
  for (; ; ) {
    let next;
    let gapStart = node === sf ? 0 : node.getStart(sf);
    let children = 0;
    ts.forEachChild(node, (c) => {
      children++;
      if (c.end <= offset) {
        gapStart = Math.max(gapStart, c.end);
        return void 0;
      }
      if (c.pos <= offset) next = c;
      return true;
    });
    if (next) {
      if (offset < next.getStart(sf)) return true;
      node = next;
      continue;
    }
    if (children === 0 && node !== sf && offset >= node.getStart(sf)) return false;
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, sf.text, void 0, gapStart);
    for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken && scanner.getTokenStart() <= offset; kind = scanner.scan()) {
      const comment = kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia;
      if (comment && offset < scanner.getTokenEnd()) return true;
    }
    return false;
  }
}

// src/typescript/wrappers.ts
import fs15 from "node:fs";
import path17 from "node:path";

// src/typescript/child-members.ts
var LISTEN = /* @__PURE__ */ new Set(["on", "once", "addListener", "prependListener", "prependOnceListener"]);
var CHAIN = /* @__PURE__ */ new Set(["off", "removeListener", "removeAllListeners", "setMaxListeners", "unref", "ref"]);
var STREAM_CHAIN = /* @__PURE__ */ new Set([...CHAIN, "setEncoding", "pause"]);
var INERT = /* @__PURE__ */ new Set(["pid", "kill", "killed", "exitCode", "signalCode", "connected", "disconnect", "send", "spawnfile", "spawnargs", "channel", "emit", "listenerCount", "listeners", "stdin"]);
var DRAIN_EVENTS = /* @__PURE__ */ new Set(["data", "readable"]);
var EXIT_EVENTS = /* @__PURE__ */ new Set(["exit", "close"]);
var STORE = /* @__PURE__ */ new Set(["push", "unshift", "add", "set", "splice"]);
function isOnceCall(model, call, arg) {
  if (call.arguments[0] !== arg) return false;
  const q = model.qualifiedName(call.expression);
  return q === "events.once" || q === "events.on" || q === "events.EventEmitter.once";
}
function streamOfMember(access, name) {
  if (name === "stdout" || name === "stderr") return { stream: name, node: access };
  if (name !== "stdio") return { stream: null, node: access };
  let e = access;
  while (isWrapper(e.parent)) e = e.parent;
  const p = e.parent;
  if (ts.isElementAccessExpression(p) && p.expression === e && ts.isNumericLiteral(p.argumentExpression)) {
    const fd = p.argumentExpression.text;
    if (fd === "1") return { stream: "stdout", node: p };
    if (fd === "2") return { stream: "stderr", node: p };
    return { stream: null, node: p };
  }
  return { stream: "all", node: access };
}

// src/typescript/usage.ts
function valueUse(model, expr, throughAwait) {
  let e = expr;
  for (; ; ) {
    const p = e.parent;
    if (isWrapper(p)) {
      e = p;
      continue;
    }
    switch (p.kind) {
      case ts.SyntaxKind.ExpressionStatement:
        return { kind: "dropped" };
      case ts.SyntaxKind.VoidExpression:
        return { kind: "void" };
      case ts.SyntaxKind.AwaitExpression:
        if (!throughAwait) return { kind: "awaited" };
        e = p;
        continue;
      case ts.SyntaxKind.PrefixUnaryExpression:
        return p.operator === ts.SyntaxKind.ExclamationToken ? { kind: "tested" } : { kind: "escapes" };
      case ts.SyntaxKind.TypeOfExpression:
      case ts.SyntaxKind.IfStatement:
      case ts.SyntaxKind.WhileStatement:
      case ts.SyntaxKind.DoStatement:
        return { kind: "tested" };
      case ts.SyntaxKind.ConditionalExpression:
        if (p.condition === e) return { kind: "tested" };
        e = p;
        continue;
      case ts.SyntaxKind.BinaryExpression: {
        const b = p;
        const op = b.operatorToken.kind;
        if (op === ts.SyntaxKind.CommaToken) {
          if (b.left === e) return { kind: "dropped" };
          e = p;
          continue;
        }
        if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.QuestionQuestionToken) {
          e = p;
          continue;
        }
        if (op === ts.SyntaxKind.EqualsToken && b.right === e) {
          const target = b.left;
          const binding = ts.isIdentifier(target) ? model.lookup(target) : null;
          return binding ? { kind: "bound", binding } : { kind: "escapes", node: e, parent: p };
        }
        if (op >= ts.SyntaxKind.EqualsEqualsToken && op <= ts.SyntaxKind.ExclamationEqualsEqualsToken) return { kind: "tested" };
        return { kind: "escapes", node: e, parent: p };
      }
      case ts.SyntaxKind.VariableDeclaration: {
        const d = p;
        if (d.initializer !== e || !ts.isIdentifier(d.name) || isExported(d)) return { kind: "escapes", node: e, parent: p };
        const binding = model.lookup(d.name);
        return binding && binding.id === d.name ? { kind: "bound", binding } : { kind: "escapes" };
      }
      case ts.SyntaxKind.ArrowFunction:
        return p.body === e && returnIgnored(p) ? { kind: "dropped" } : { kind: "escapes", node: e, parent: p };
      case ts.SyntaxKind.PropertyAccessExpression:
      case ts.SyntaxKind.ElementAccessExpression: {
        const access = p;
        if (access.expression !== e) return { kind: "escapes", node: e, parent: p };
        return { kind: "member", access, name: memberName(access) };
      }
      default:
        return { kind: "escapes", node: e, parent: p };
    }
  }
}
var IGNORES_RETURN = /* @__PURE__ */ new Set(["setTimeout", "setImmediate", "setInterval", "queueMicrotask", "nextTick", "forEach", "on", "once", "addListener"]);
function returnIgnored(fn) {
  const p = fn.parent;
  if (ts.isNewExpression(p)) return p.arguments?.[0] === fn && ts.isIdentifier(p.expression) && p.expression.text === "Promise";
  if (!ts.isCallExpression(p) || !p.arguments.includes(fn)) return false;
  const callee = p.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
  return IGNORES_RETURN.has(name);
}
function isExported(d) {
  const statement = d.parent.parent;
  return ts.isVariableStatement(statement) && !!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}
function calledMember(access) {
  let n = access;
  while (isWrapper(n.parent)) n = n.parent;
  const call = n.parent;
  return ts.isCallExpression(call) && call.expression === n ? call : null;
}
var LISTEN2 = /* @__PURE__ */ new Set(["on", "once", "addListener", "prependListener", "prependOnceListener"]);
var CHAIN2 = /* @__PURE__ */ new Set(["off", "removeListener", "removeAllListeners", "setMaxListeners", "unref", "ref"]);
var STREAM_CHAIN2 = /* @__PURE__ */ new Set([...CHAIN2, "setEncoding", "pause"]);
var INERT2 = /* @__PURE__ */ new Set(["pid", "kill", "killed", "exitCode", "signalCode", "connected", "disconnect", "send", "spawnfile", "spawnargs", "channel", "emit", "listenerCount", "listeners"]);
var DRAIN_EVENTS2 = /* @__PURE__ */ new Set(["data", "readable"]);
var OUTCOME_MEMBERS = /* @__PURE__ */ new Set(["exitCode", "signalCode", "killed"]);
function learnsOutcome(called) {
  const event = stringValue(called.arguments[0]);
  if (event !== null && !EXIT_EVENTS.has(event)) return false;
  const handler = called.arguments[1];
  if (!handler) return false;
  let h = handler;
  while (isWrapper(h)) h = h.expression;
  if (ts.isArrowFunction(h) || ts.isFunctionExpression(h)) return h.parameters.length > 0 || h.body.getText().includes("arguments");
  return true;
}
function childUses(model, call) {
  const u = { escapes: false, listens: false, stdoutConsumed: false, stdoutTouched: false, otherStreams: false, stderrConsumed: false, outcome: false };
  const seen = /* @__PURE__ */ new Set();
  const follow = (expr, fromReference) => {
    if (seen.has(expr)) return;
    seen.add(expr);
    const use = valueUse(model, expr, true);
    switch (use.kind) {
      case "bound":
        if (fromReference) u.escapes = true;
        else for (const ref of model.references(use.binding)) if (!isWriteTarget(ref)) follow(ref, true);
        return;
      case "member":
        member2(use.access, use.name);
        return;
      case "escapes":
        u.escapes = true;
        return;
      default:
        return;
    }
  };
  const member2 = (access, name) => {
    const called = calledMember(access);
    if (name === "stdout") {
      u.stdoutTouched = true;
      if (streamConsumed(model, access)) u.stdoutConsumed = true;
    } else if (name === "stderr" || name === "stdin") {
      u.otherStreams = true;
      if (name === "stderr" && streamConsumed(model, access)) u.stderrConsumed = true;
    } else if (name === "stdio") {
      u.stdoutTouched = u.stdoutConsumed = u.otherStreams = u.stderrConsumed = true;
    } else if (name !== null && called && LISTEN2.has(name)) {
      u.listens = true;
      if (learnsOutcome(called)) u.outcome = true;
      follow(called, false);
    } else if (name !== null && called && CHAIN2.has(name)) {
      follow(called, false);
    } else if (name === null || !INERT2.has(name)) {
      u.escapes = true;
    } else if (OUTCOME_MEMBERS.has(name)) {
      u.outcome = true;
    }
  };
  follow(call, false);
  return u;
}
function streamConsumed(model, stream, depth = 0) {
  if (depth > 8) return true;
  const use = valueUse(model, stream, false);
  switch (use.kind) {
    case "dropped":
    case "void":
    case "tested":
      return false;
    case "bound":
      return model.references(use.binding).some((r) => !isWriteTarget(r) && streamConsumed(model, r, depth + 1));
    case "member": {
      const called = calledMember(use.access);
      if (!called) return false;
      const name = use.name;
      if (name !== null && LISTEN2.has(name)) {
        const event = stringValue(called.arguments[0]);
        if (event === null || DRAIN_EVENTS2.has(event)) return true;
        return streamConsumed(model, called, depth + 1);
      }
      if (name !== null && STREAM_CHAIN2.has(name)) return streamConsumed(model, called, depth + 1);
      return true;
    }
    default:
      return true;
  }
}
function readsParameter(fn) {
  const names = new Set(fn.parameters.flatMap((p) => ts.isIdentifier(p.name) ? [p.name.text] : []));
  if (fn.parameters.some((p) => !ts.isIdentifier(p.name))) return true;
  const reads = (n) => ts.isIdentifier(n) && names.has(n.text) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) || !!ts.forEachChild(n, (c) => reads(c) || void 0);
  return names.size > 0 && reads(fn.body);
}
function exitListener(model, call) {
  const seen = /* @__PURE__ */ new Set();
  const find = (expr, fromReference) => {
    if (seen.has(expr)) return null;
    seen.add(expr);
    const use = valueUse(model, expr, true);
    if (use.kind === "bound") {
      if (fromReference) return null;
      for (const ref of model.references(use.binding)) {
        const found = !isWriteTarget(ref) ? find(ref, true) : null;
        if (found) return found;
      }
      return null;
    }
    if (use.kind !== "member" || use.name === null) return null;
    const called = calledMember(use.access);
    if (!called || !(LISTEN2.has(use.name) || CHAIN2.has(use.name))) return null;
    if (LISTEN2.has(use.name) && EXIT_EVENTS.has(stringValue(called.arguments[0]) ?? "")) {
      let h = called.arguments[1];
      while (h && isWrapper(h)) h = h.expression;
      if (h && (!(ts.isArrowFunction(h) || ts.isFunctionExpression(h)) || readsParameter(h))) return called;
    }
    return find(called, false);
  };
  return find(call, false);
}

// src/typescript/child-fate.ts
function emptyObs(anchor) {
  return {
    escapes: false,
    listens: false,
    waits: false,
    unref: false,
    stored: false,
    stdinUsed: false,
    touched: { stdout: false, stderr: false },
    sites: { stdout: [], stderr: [] },
    returnedFrom: [],
    anchor,
    exitListeners: [],
    handedOut: null
  };
}
function bothBranches(guards) {
  return guards.some((g) => guards.some((h) => h.node === g.node && h.branch !== g.branch));
}
function cloneObs(o, anchor) {
  return {
    ...o,
    anchor,
    touched: { ...o.touched },
    sites: { stdout: [...o.sites.stdout], stderr: [...o.sites.stderr] },
    returnedFrom: [...o.returnedFrom],
    exitListeners: [...o.exitListeners]
  };
}
function severity(f) {
  const rank2 = (s) => s.state === "unread" ? 3 : s.state === "afterExit" ? 2 : s.state === "conditional" ? 1 : 0;
  return Math.max(rank2(f.stdout), rank2(f.stderr));
}
function dropVerb(f) {
  return f.listens ? "only waited for" : "dropped";
}

// src/typescript/stream-sites.ts
var StreamSites = class {
  constructor(model) {
    this.model = model;
  }
  model;
  /** Where the route being followed starts: only awaits after it can mean this child's exit. */
  anchor = null;
  moduleDrainCache = {};
  readsCache = /* @__PURE__ */ new Map();
  /** `x.key` / `x['key']` read anywhere in the file (never the targets of writes). */
  propertyReads(key2) {
    const hit = this.readsCache.get(key2);
    if (hit) return hit;
    const out = [];
    const visit = (n) => {
      if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && memberName(n) === key2 && !isWriteTarget(n)) out.push(n);
      if (ts.isBindingElement(n) && (n.propertyName ? propertyKey(n.propertyName) : ts.isIdentifier(n.name) ? n.name.text : null) === key2 && ts.isIdentifier(n.name)) {
        out.push(n.name);
      }
      ts.forEachChild(n, visit);
    };
    visit(this.model.sourceFile);
    this.readsCache.set(key2, out);
    return out;
  }
  /** Does anything in the module drain some child's `stream`? */
  moduleDrains(stream) {
    const hit = this.moduleDrainCache[stream];
    if (hit !== void 0) return hit;
    let found = false;
    for (const access of this.propertyReads(stream)) {
      if ((ts.isPropertyAccessExpression(access) || ts.isElementAccessExpression(access)) && ts.isIdentifier(access.expression) && access.expression.text === "process") continue;
      if (this.streamSites(access, 0).some((s) => s.kind === "drain")) {
        found = true;
        break;
      }
    }
    this.moduleDrainCache[stream] = found;
    return found;
  }
  /** Where a stream is consumed (read, piped, iterated, handed over), and whether only after exit. */
  streamSites(stream, depth) {
    if (depth > 8) return [{ node: stream, kind: "drain" }];
    const model = this.model;
    const use = valueUse(model, stream, false);
    const site = (node) => [{ node, kind: this.afterExit(node) ? "afterExit" : "drain" }];
    switch (use.kind) {
      case "dropped":
      case "void":
      case "tested":
        return [];
      case "bound":
        return model.references(use.binding).filter((r) => !isWriteTarget(r)).flatMap((r) => this.streamSites(r, depth + 1));
      case "member": {
        const called = calledMember(use.access);
        if (!called) return [];
        const name = use.name;
        if (name !== null && LISTEN.has(name)) {
          const event = stringValue(called.arguments[0]);
          if (event === null || DRAIN_EVENTS.has(event)) return site(called);
          return this.streamSites(called, depth + 1);
        }
        if (name !== null && STREAM_CHAIN.has(name)) return this.streamSites(called, depth + 1);
        return site(called);
      }
      default: {
        const parent = use.kind === "escapes" ? use.parent : void 0;
        const key2 = use.kind === "escapes" && parent ? this.exposedKey(use.node ?? stream, parent) : null;
        if (key2 !== null && parent) {
          const reads = this.propertyReads(key2).filter((r) => !this.parentsStream(r) && !this.reexposed(r, key2));
          if (!reads.length) return [{ node: parent, kind: "exposed", key: key2 }];
          return reads.flatMap((r) => this.streamSites(r, depth + 1));
        }
        return site(use.kind === "escapes" && use.parent ? use.parent : stream);
      }
    }
  }
  /** `this.<key> = stream` as a statement: the property's name, else null. */
  exposedKey(node, parent) {
    if (!ts.isBinaryExpression(parent) || parent.right !== node || parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isExpressionStatement(parent.parent)) return null;
    const target = skipOuter(parent.left);
    if (!ts.isPropertyAccessExpression(target) || skipOuter(target.expression).kind !== ts.SyntaxKind.ThisKeyword) return null;
    return memberName(target);
  }
  /** `this.<key> = <r>`: r is itself what gets re-exposed. */
  reexposed(r, key2) {
    const use = valueUse(this.model, r, false);
    return use.kind === "escapes" && !!use.parent && this.exposedKey(use.node ?? r, use.parent) === key2;
  }
  /** `process.stdout`: the parent's own stream, not a child's. */
  parentsStream(access) {
    return (ts.isPropertyAccessExpression(access) || ts.isElementAccessExpression(access)) && ts.isIdentifier(access.expression) && access.expression.text === "process" && !this.model.lookup(access.expression);
  }
  /** Runs only once the child has exited: in an 'exit'/'close' listener, or after awaiting one. */
  afterExit(node) {
    for (let c = node, p = node.parent; p; c = p, p = p.parent) {
      if (isFunctionLike(p)) {
        let e = p;
        while (isWrapper(e.parent)) e = e.parent;
        const call = e.parent;
        if (ts.isCallExpression(call) && call.arguments.includes(e)) {
          const callee = skipOuter(call.expression);
          const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
          const event = stringValue(call.arguments[0]);
          if (method && LISTEN.has(method) && event !== null && EXIT_EVENTS.has(event)) return !(this.anchor && contains2(p, this.anchor));
        }
        return false;
      }
      if ((ts.isBlock(p) || ts.isSourceFile(p)) && ts.isStatement(c)) {
        const statements = p.statements;
        for (const s of statements) {
          if (s === c) break;
          if (this.anchor && s.pos < this.anchor.pos) continue;
          if (awaitsExit(s)) return true;
        }
      }
    }
    return false;
  }
};

// src/typescript/child.ts
var ChildAnalysis = class {
  constructor(model) {
    this.model = model;
    this.streams = new StreamSites(model);
  }
  model;
  streams;
  /** The fate of the ChildProcess that `call` returns: the worst route it can take. */
  fate(call) {
    const obs = emptyObs(call);
    this.streams.anchor = call;
    this.collect(call, obs, 0, /* @__PURE__ */ new Set());
    const fate = this.resolveRoutes(obs, 0);
    fate.site ??= call;
    return fate;
  }
  resolveRoutes(obs, depth) {
    const local = this.judge(obs);
    if (obs.escapes || !obs.returnedFrom.length) return local;
    let worst = null;
    for (const fn of obs.returnedFrom) {
      const sites = depth < 3 ? callSitesOf(this.model, fn) : null;
      if (!sites) {
        const handedOut = depth === 0 && obs.returnedFrom.length === 1 && !obs.handedOut ? `returned by ${ownerName(fn)}()` : void 0;
        return { ...local, escapes: true, ...handedOut ? { handedOut } : {}, ...obs.returnedFrom.length === 1 && depth === 0 ? { exportedFrom: fn } : {} };
      }
      for (const site of sites) {
        const route = cloneObs(obs, site);
        route.returnedFrom = [];
        this.streams.anchor = site;
        this.collect(site, route, 0, /* @__PURE__ */ new Set());
        const fate = this.resolveRoutes(route, depth + 1);
        if (fate.escapes) continue;
        fate.site ??= site;
        const line = site.getSourceFile().getLineAndCharacterOfPosition(site.getStart()).line + 1;
        fate.route = fate.route ? `returned by ${functionName3(fn)}() through ${fate.route.slice("returned by ".length)}` : `returned by ${functionName3(fn)}() and ${dropVerb(fate)} at line ${line}`;
        if (!worst || severity(fate) > severity(worst)) worst = fate;
      }
    }
    return worst ?? { ...local, escapes: true };
  }
  judge(obs) {
    const stream = (s) => {
      const sites = obs.sites[s];
      const fate = { state: "unread", touched: obs.touched[s] };
      const exposed = sites.filter((x) => x.kind === "exposed");
      if (exposed.length && exposed.length === sites.length) return { state: "drained", touched: obs.touched[s], exposedAs: exposed[0].key };
      const drains = sites.filter((x) => x.kind !== "afterExit");
      const guards = drains.map((x) => this.guardOf(x.node, obs.anchor));
      if (drains.length && guards.some((g) => g === null)) fate.state = "drained";
      else if (drains.length && bothBranches(guards)) fate.state = "drained";
      else if (drains.length) {
        fate.state = "conditional";
        fate.guard = guards[0].text;
      } else if (sites.length) fate.state = "afterExit";
      return fate;
    };
    return {
      escapes: obs.escapes || obs.handedOut !== null,
      ...obs.handedOut !== null && !obs.escapes ? { handedOut: obs.handedOut } : {},
      listens: obs.listens,
      waits: obs.waits,
      unref: obs.unref,
      stored: obs.stored,
      stdinUsed: obs.stdinUsed,
      stdout: stream("stdout"),
      stderr: stream("stderr"),
      route: null,
      exitListeners: obs.exitListeners,
      drains: obs.sites
    };
  }
  /** The `if` (or `&&`, `?:`, case) that alone decides whether a drain runs, seen from the child's anchor. */
  guardOf(site, anchor) {
    const root = rootIdentifier(site);
    for (let c = site, p = site.parent; p; c = p, p = p.parent) {
      if (contains2(p, anchor)) return null;
      if (isFunctionLike(p)) return null;
      let cond = null;
      let branch = "then";
      if (ts.isIfStatement(p) && p.expression !== c) {
        cond = p.expression;
        branch = p.thenStatement === c ? "then" : "else";
      } else if (ts.isConditionalExpression(p) && p.condition !== c) {
        cond = p.condition;
        branch = p.whenTrue === c ? "then" : "else";
      } else if (ts.isBinaryExpression(p) && p.right === c && isLogical(p.operatorToken.kind)) {
        cond = p.left;
        branch = p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? "then" : "else";
      } else if (ts.isCaseClause(p) || ts.isDefaultClause(p)) {
        cond = p.parent.parent.expression;
      }
      if (!cond) continue;
      const text = cond.getText();
      if (/\bstd(out|err|io)\b/.test(text) || root && new RegExp(`(^|[^\\w$])${root.replace(/\$/g, "\\$")}($|[^\\w$])`).test(text)) continue;
      if (sameTest(cond, branch, anchor)) return null;
      return { node: p, branch, text };
    }
    return null;
  }
  /** Follows one value of the child. */
  collect(expr, obs, depth, seen) {
    if (seen.has(expr) || depth > 12) {
      return;
    }
    seen.add(expr);
    const model = this.model;
    const use = valueUse(model, expr, true);
    switch (use.kind) {
      case "bound": {
        for (const ref of model.references(use.binding)) {
          if (isWriteTarget(ref) || !reaches(model, use.binding, expr, ref)) continue;
          this.collect(ref, obs, depth + 1, seen);
        }
        return;
      }
      case "member":
        this.member(use.access, use.name, obs, depth, seen);
        return;
      case "escapes":
        this.escape(use.node ?? expr, use.parent ?? expr.parent, obs, depth, seen);
        return;
      default:
        return;
    }
  }
  member(access, name, obs, depth, seen) {
    const called = calledMember(access);
    const { stream, node } = streamOfMember(access, name);
    if (stream === "all") {
      obs.touched.stdout = obs.touched.stderr = obs.stdinUsed = true;
      obs.sites.stdout.push({ node, kind: "drain" });
      obs.sites.stderr.push({ node, kind: "drain" });
      return;
    }
    if (stream) {
      obs.touched[stream] = true;
      for (const site of this.streams.streamSites(node, 0)) obs.sites[stream].push(site);
      return;
    }
    if (name === "stdin") obs.stdinUsed = true;
    else if (name !== null && called && LISTEN.has(name)) {
      obs.listens = true;
      const event = stringValue(called.arguments[0]);
      if (event === null || EXIT_EVENTS.has(event)) obs.waits = true;
      if (event === "exit") obs.exitListeners.push(called);
      this.collect(called, obs, depth + 1, seen);
    } else if (name !== null && called && CHAIN.has(name)) {
      if (name === "unref") obs.unref = true;
      this.collect(called, obs, depth + 1, seen);
    } else if (name === null || !INERT.has(name)) obs.escapes = true;
  }
  escape(node, parent, obs, depth, seen) {
    const model = this.model;
    if (ts.isReturnStatement(parent) || ts.isArrowFunction(parent) && parent.body === node) {
      const fn = ts.isArrowFunction(parent) ? parent : fnOf(parent);
      if (isFunctionLike(fn)) {
        obs.returnedFrom.push(fn);
        return;
      }
    }
    if (ts.isCallExpression(parent)) {
      if (isOnceCall(model, parent, node)) {
        obs.listens = true;
        const event = stringValue(parent.arguments[1]);
        if (event === null || EXIT_EVENTS.has(event)) obs.waits = true;
        return;
      }
      const callee = skipOuter(parent.expression);
      if (ts.isPropertyAccessExpression(callee) && STORE.has(callee.name.text) && parent.arguments.includes(node)) {
        this.stored(callee.expression, null, obs, depth, seen);
        return;
      }
    }
    if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isObjectBindingPattern(parent.name)) {
      this.destructured(parent.name, obs);
      return;
    }
    if (ts.isBinaryExpression(parent) && parent.right === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = skipOuter(parent.left);
      if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
        const key2 = memberName(target);
        if (key2 !== null && !/^\d+$/.test(key2)) this.stored(target.expression, key2, obs, depth, seen);
        else this.stored(target.expression, null, obs, depth, seen);
        this.collect(parent, obs, depth + 1, seen);
        return;
      }
    }
    if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
      const key2 = propertyKey(parent.name);
      if (key2 !== null && this.objectStays(parent.parent)) {
        this.stored(null, key2, obs, depth, seen);
        return;
      }
      const fn = key2 !== null ? this.returnedObjectOf(parent.parent) : null;
      if (fn && !obs.handedOut && !callSitesOf(this.model, fn)) {
        obs.handedOut = `returned by ${ownerName(fn)}() as \`${key2}\``;
        return;
      }
    }
    if (ts.isShorthandPropertyAssignment(parent) && this.objectStays(parent.parent)) {
      this.stored(null, parent.name.text, obs, depth, seen);
      return;
    }
    obs.escapes = true;
  }
  /** The function that returns this object literal as it is (`return { proc: child }`, `() => ({ proc })`), or null. */
  returnedObjectOf(obj) {
    let e = obj;
    while (isWrapper(e.parent)) e = e.parent;
    const p = e.parent;
    if (ts.isArrowFunction(p) && p.body === e) return p;
    if (!ts.isReturnStatement(p)) return null;
    const fn = fnOf(p);
    return fn && isFunctionLike(fn) ? fn : null;
  }
  /** An object literal kept in the module (bound to a name or stored), not returned or passed on. */
  objectStays(obj) {
    const use = valueUse(this.model, obj, true);
    if (use.kind === "bound" || use.kind === "dropped") return true;
    if (use.kind !== "escapes" || !use.parent || !ts.isBinaryExpression(use.parent) || use.parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
    const root = rootIdentifier(use.parent.left);
    return root !== "module" && root !== "exports";
  }
  /**
   * The child is kept under a property `key` (of `this`, an object) or in a container: every read
   * of that property in the module is the child again. Containers give their elements back in
   * ways we do not follow, so a drain of any stdout in the module counts for them.
   */
  stored(container, key2, obs, depth, seen) {
    const sf = this.model.sourceFile;
    obs.stored = true;
    if (key2 !== null) {
      if (container && ts.isIdentifier(skipOuter(container)) && this.containerEscapes(container)) {
        obs.escapes = true;
        return;
      }
      for (const access of this.streams.propertyReads(key2)) this.collect(access, obs, depth + 1, seen);
      return;
    }
    if (container && this.containerEscapes(container)) {
      obs.escapes = true;
      return;
    }
    for (const s of ["stdout", "stderr"]) {
      obs.touched[s] ||= this.streams.moduleDrains(s);
      if (this.streams.moduleDrains(s)) obs.sites[s].push({ node: sf, kind: "drain" });
    }
  }
  containerEscapes(container) {
    const c = skipOuter(container);
    if (ts.isIdentifier(c)) {
      const b = this.model.lookup(c);
      if (!b) return true;
      if (b.scope === this.model.sourceFile && isExportedBinding(b)) return true;
      return this.model.references(b).some((r) => this.handedOver(r));
    }
    const key2 = memberName(c);
    if (key2 === null) return true;
    return this.streams.propertyReads(key2).some((r) => this.handedOver(r));
  }
  /** A container given to code we cannot see; iterating it (`for (const c of kids)`) is not. */
  handedOver(ref) {
    const use = valueUse(this.model, ref, true);
    if (use.kind !== "escapes") return false;
    return !(use.parent && (ts.isForOfStatement(use.parent) || ts.isForInStatement(use.parent)) && use.parent.expression === use.node);
  }
  destructured(pattern, obs) {
    for (const el of pattern.elements) {
      const key2 = el.dotDotDotToken ? null : el.propertyName ? propertyKey(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : null;
      if (key2 === null || !ts.isIdentifier(el.name)) {
        obs.escapes = true;
        continue;
      }
      if (key2 === "stdout" || key2 === "stderr") {
        obs.touched[key2] = true;
        const b = this.model.lookup(el.name);
        if (!b) continue;
        for (const ref of this.model.references(b)) if (!isWriteTarget(ref)) obs.sites[key2].push(...this.streams.streamSites(ref, 0));
      } else if (key2 === "stdio") {
        obs.escapes = true;
      } else if (key2 === "stdin") {
        obs.stdinUsed = true;
      } else if (LISTEN.has(key2)) {
        obs.listens = obs.waits = true;
      } else if (!INERT.has(key2)) {
        obs.escapes = true;
      }
    }
  }
};
function ownerName(fn) {
  let e = fn;
  while (isWrapper(e.parent)) e = e.parent;
  if ((ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) && ts.isPropertyAssignment(e.parent) && e.parent.initializer === e) {
    const key2 = propertyKey(e.parent.name);
    if (key2 !== null) return key2;
  }
  if ((ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) && ts.isBinaryExpression(e.parent) && e.parent.right === e && e.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const key2 = memberName(skipOuter(e.parent.left));
    if (key2 !== null) return key2;
  }
  return functionName3(fn);
}
function isExportedBinding(b) {
  const d = b.decl;
  const stmt = ts.isVariableDeclaration(d) ? d.parent.parent : d;
  return !!stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

// src/typescript/wrapper-index.ts
import path16 from "node:path";
var EXTENSION = /\.([cm]?[jt]sx?)$/i;
function moduleKey(abs) {
  return abs.replace(EXTENSION, "").replace(/[\\/]index$/, "");
}
function wrapperNeedles(index) {
  const names = /* @__PURE__ */ new Set();
  for (const [key2, mod] of Object.entries(index)) for (const name of Object.keys(mod)) names.add(name === "default" ? path16.basename(key2) : name);
  return [...names];
}

// src/typescript/stdio-source.ts
var STDIO = /* @__PURE__ */ new Set(["stdio"]);
var DEFAULT = { kind: "fixed", stdout: "pipe", stderr: "pipe" };
function isNullish(model, e) {
  const v = skipOuter(e);
  if (v.kind === ts.SyntaxKind.NullKeyword || ts.isVoidExpression(v) || v.kind === ts.SyntaxKind.UndefinedKeyword) return true;
  return ts.isIdentifier(v) && v.text === "undefined" && !model.lookup(v);
}
function paramIndex(model, fn, expr, options = false) {
  const id = skipOuter(expr);
  if (!ts.isIdentifier(id)) return null;
  const b = model.lookup(id);
  if (!b || b.kind !== "param" || !ts.isParameter(b.decl) || b.decl.name !== b.id || b.decl.dotDotDotToken) return null;
  const init = b.decl.initializer;
  const empty = !!init && options && ts.isObjectLiteralExpression(skipOuter(init)) && skipOuter(init).properties.length === 0;
  if (init && !isNullish(model, init) && !empty) return null;
  const index = fn.parameters.indexOf(b.decl);
  return index < 0 ? null : { index, binding: b };
}
function stdioValue(model, fn, expr, depth = 0) {
  if (depth > 6) return null;
  if (isNullish(model, expr)) return DEFAULT;
  const param = paramIndex(model, fn, expr);
  if (param) return model.isReassigned(param.binding) ? null : { kind: "stdio", param: param.index };
  const v = model.initializerOf(expr);
  const s = stringValue(v);
  if (s !== null) {
    const state2 = s === "pipe" || s === "overlapped" ? "pipe" : "no";
    return { kind: "fixed", stdout: state2, stderr: state2 };
  }
  if (ts.isArrayLiteralExpression(v)) return { kind: "fixed", stdout: fdOfArray(model, v, 1), stderr: fdOfArray(model, v, 2) };
  if (ts.isBinaryExpression(v) && (v.operatorToken.kind === ts.SyntaxKind.BarBarToken || v.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
    const left = paramIndex(model, fn, v.left);
    const right = stdioValue(model, fn, v.right, depth + 1);
    if (!left || !right || model.isReassigned(left.binding)) return null;
    return { kind: "if", param: left.index, negate: false, then: { kind: "stdio", param: left.index }, else: right };
  }
  if (ts.isConditionalExpression(v)) {
    const guard2 = guardOf2(model, fn, v.condition);
    const a = stdioValue(model, fn, v.whenTrue, depth + 1);
    const b = stdioValue(model, fn, v.whenFalse, depth + 1);
    return guard2 && a && b ? { kind: "if", param: guard2.param, negate: guard2.negate, then: a, else: b } : null;
  }
  return null;
}
function guardOf2(model, fn, cond) {
  let c = skipOuter(cond);
  let negate = false;
  while (ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken) {
    negate = !negate;
    c = skipOuter(c.operand);
  }
  const p = paramIndex(model, fn, c);
  return p && !model.isReassigned(p.binding) ? { param: p.index, negate } : null;
}
function objectSource(model, fn, obj) {
  let cur = DEFAULT;
  for (const p of obj.properties) {
    if (ts.isSpreadAssignment(p)) {
      const param = paramIndex(model, fn, p.expression, true);
      if (!param || cur !== DEFAULT || model.isReassigned(param.binding)) return null;
      cur = { kind: "options", param: param.index };
      continue;
    }
    const s = stdioProperty(model, fn, p);
    if (!s) return null;
    if (s !== "other") cur = s;
  }
  return cur;
}
function stdioProperty(model, fn, p) {
  const key2 = propertyKey(p.name);
  if (key2 === null) return null;
  if (key2 !== "stdio") return "other";
  const value = ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : null;
  return value && stdioValue(model, fn, value) || null;
}
function setsNoStdio(arg) {
  const obj = skipOuter(arg);
  return ts.isObjectLiteralExpression(obj) && obj.properties.every((p) => !ts.isSpreadAssignment(p) && propertyKey(p.name) !== null && propertyKey(p.name) !== "stdio");
}
function restated(model, fn, b, assign) {
  if (assign.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return null;
  const self = (x) => ts.isIdentifier(skipOuter(x)) && model.lookup(skipOuter(x)) === b;
  const r = skipOuter(assign.right);
  let layers;
  if (ts.isObjectLiteralExpression(r)) {
    const [first, ...rest] = r.properties;
    if (!first || !ts.isSpreadAssignment(first) || !self(first.expression)) return null;
    layers = rest.length ? [r] : [];
  } else if (ts.isCallExpression(r) && skipOuter(r.expression).getText().replace(/\s+/g, "") === "Object.assign") {
    const [target, source, ...rest] = r.arguments;
    if (!target || !source || !ts.isObjectLiteralExpression(skipOuter(target)) || skipOuter(target).properties.length || !self(source)) return null;
    layers = rest;
  } else return null;
  let value = "same";
  for (const layer of layers) {
    const obj = skipOuter(layer);
    if (!ts.isObjectLiteralExpression(obj)) return null;
    for (const p of obj.properties) {
      if (ts.isSpreadAssignment(p)) {
        if (p === obj.properties[0] && obj === r) continue;
        return null;
      }
      const s = stdioProperty(model, fn, p);
      if (!s) return null;
      if (s !== "other") value = s;
    }
  }
  return value;
}
function defaultsToEmpty(b, assign) {
  const op = assign.operatorToken.kind;
  const empty = (e) => ts.isObjectLiteralExpression(skipOuter(e)) && skipOuter(e).properties.length === 0;
  if (op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken) return empty(assign.right);
  if (op !== ts.SyntaxKind.EqualsToken) return false;
  const r = skipOuter(assign.right);
  if (!ts.isBinaryExpression(r) || r.operatorToken.kind !== ts.SyntaxKind.BarBarToken && r.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken) return false;
  const left = skipOuter(r.left);
  return ts.isIdentifier(left) && left.text === b.name && empty(r.right);
}
function namedSource(model, fn, id, call) {
  const b = model.lookup(id);
  if (!b) return null;
  let cur;
  const param = paramIndex(model, fn, id, true);
  if (param) cur = { kind: "options", param: param.index };
  else if ((b.kind === "const" || b.kind === "let" || b.kind === "var") && b.init && b.path && !b.path.length && ts.isObjectLiteralExpression(skipOuter(b.init))) {
    cur = objectSource(model, fn, skipOuter(b.init));
  } else return null;
  const body = fn.body;
  const place2 = (statement, value, before) => {
    let stmt = statement;
    if (ts.isBlock(stmt.parent) && stmt.parent !== body) stmt = stmt.parent;
    const holder = stmt.parent;
    if (holder === body) return value;
    if (!ts.isIfStatement(holder) || holder.thenStatement !== stmt || holder.elseStatement || holder.parent !== body) return null;
    const guard2 = guardOf2(model, fn, holder.expression);
    return guard2 && { kind: "if", param: guard2.param, negate: guard2.negate, then: value, else: before };
  };
  const refs = [...model.references(b)].sort((x, y) => x.pos - y.pos);
  for (const ref of refs) {
    if (!cur) return null;
    let e = ref;
    while (isWrapper(e.parent)) e = e.parent;
    const p = e.parent;
    if (p === call) continue;
    if (isWriteTarget(ref)) {
      if (!ts.isBinaryExpression(p) || p.left !== e) return null;
      if (defaultsToEmpty(b, p)) continue;
      const value = ref.pos < call.pos && ts.isExpressionStatement(p.parent) ? restated(model, fn, b, p) : null;
      if (!value) return null;
      cur = value === "same" ? cur : place2(p.parent, value, cur);
      continue;
    }
    if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === e) {
      const key2 = memberName(p);
      const write = isWriteTarget(p) || ts.isDeleteExpression(p.parent);
      if (!write || key2 !== null && key2 !== "stdio") continue;
      if (key2 === null || ts.isDeleteExpression(p.parent) || ref.pos > call.pos) return null;
      const assign = p.parent;
      if (!ts.isBinaryExpression(assign) || assign.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isExpressionStatement(assign.parent)) return null;
      const value = stdioValue(model, fn, assign.right);
      if (!value) return null;
      cur = place2(assign.parent, value, cur);
      continue;
    }
    if (ts.isCallExpression(p) && p.arguments.includes(e)) {
      const callee = skipOuter(p.expression);
      if (model.qualifiedName(callee)?.startsWith("child_process.")) continue;
      if (callee.getText().replace(/\s+/g, "") === "Object.assign" && (p.arguments[0] !== e || p.arguments.slice(1).every((a) => setsNoStdio(a)))) continue;
      return null;
    }
    if (ts.isVariableDeclaration(p) && p.initializer === e || ts.isBinaryExpression(p) && p.right === e) return null;
  }
  return cur;
}
function stdioSourceOf(model, fn, call) {
  const args = call.arguments;
  if (args.some((a) => ts.isSpreadElement(a))) return null;
  let options;
  if (args.length >= 3) options = args[2];
  else if (args.length === 2 && ts.isObjectLiteralExpression(model.initializerOf(args[1]))) options = args[1];
  else if (args.length === 2 && !ts.isArrayLiteralExpression(model.initializerOf(args[1]))) return null;
  if (!options || isNullish(model, options)) return null;
  const o = skipOuter(options);
  let source = null;
  if (ts.isObjectLiteralExpression(o)) source = objectSource(model, fn, o);
  else if (ts.isIdentifier(o)) source = namedSource(model, fn, o, call);
  return source && source.kind !== "fixed" ? source : null;
}
function leaves2(model, expr, depth = 0) {
  if (!expr || depth > 3) return [{ expr, when: [] }];
  const v = model.initializerOf(expr);
  const passed = ts.isIdentifier(v) ? passedBy(model, v) : null;
  if (passed) return passed.flatMap((a) => leaves2(model, a, depth + 1));
  if (!ts.isConditionalExpression(v)) return [{ expr: v, when: [] }];
  const cond = v.condition.getText().replace(/\s+/g, " ");
  return [
    ...leaves2(model, v.whenTrue, depth + 1).map((l) => ({ expr: l.expr, when: [`\`${cond}\` is true`, ...l.when] })),
    ...leaves2(model, v.whenFalse, depth + 1).map((l) => ({ expr: l.expr, when: [`\`${cond}\` is false`, ...l.when] }))
  ];
}
function passedBy(model, id) {
  const b = model.lookup(id);
  if (!b || b.kind !== "param" || !ts.isParameter(b.decl) || b.decl.name !== b.id || b.decl.initializer || b.decl.dotDotDotToken || model.isReassigned(b)) return null;
  const fn = b.decl.parent;
  if (!ts.isFunctionDeclaration(fn) && !ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn)) return null;
  const sites = callSitesOf(model, fn);
  const index = fn.parameters.indexOf(b.decl);
  if (!sites || sites.length > 4 || sites.some((c) => c.arguments.some((a, i) => i <= index && ts.isSpreadElement(a)))) return null;
  return sites.map((c) => c.arguments[index]);
}
function truthy2(model, e) {
  if (!e || isNullish(model, e)) return false;
  const v = skipOuter(e);
  const s = stringValue(v);
  if (s !== null) return s !== "";
  if (v.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (v.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isNumericLiteral(v)) return Number(v.text) !== 0;
  if (ts.isObjectLiteralExpression(v) || ts.isArrayLiteralExpression(v) || ts.isFunctionLike(v)) return true;
  return null;
}
var UNKNOWN = { stdout: "unknown", stderr: "unknown" };
function evaluate(model, src, world) {
  switch (src.kind) {
    case "fixed":
      return { stdout: src.stdout, stderr: src.stderr };
    case "stdio": {
      const e = world.get(src.param)?.expr;
      if (!e || isNullish(model, e)) return { stdout: "pipe", stderr: "pipe" };
      const s = stringValue(e);
      if (s !== null) {
        const state2 = s === "pipe" || s === "overlapped" ? "pipe" : "no";
        return { stdout: state2, stderr: state2 };
      }
      return ts.isArrayLiteralExpression(e) ? { stdout: fdOfArray(model, e, 1), stderr: fdOfArray(model, e, 2) } : UNKNOWN;
    }
    case "options": {
      const e = world.get(src.param)?.expr;
      if (!e || isNullish(model, e)) return { stdout: "pipe", stderr: "pipe" };
      if (!ts.isObjectLiteralExpression(e)) return UNKNOWN;
      const options = { arg: e, object: e, inline: true };
      return { stdout: streamConfig(model, options, false, 1).state, stderr: streamConfig(model, options, false, 2).state };
    }
    case "if": {
      const t = truthy2(model, world.get(src.param)?.expr);
      if (t !== null) return evaluate(model, t !== src.negate ? src.then : src.else, world);
      const a = evaluate(model, src.then, world);
      const b = evaluate(model, src.else, world);
      return { stdout: a.stdout === b.stdout ? a.stdout : "unknown", stderr: a.stderr === b.stderr ? a.stderr : "unknown" };
    }
  }
}
function paramsOf2(src, into = /* @__PURE__ */ new Set()) {
  if (src.kind === "fixed") return into;
  into.add(src.param);
  if (src.kind === "if") {
    paramsOf2(src.then, into);
    paramsOf2(src.else, into);
  }
  return into;
}
function stdioAtCall(model, src, call) {
  if (call.arguments.some((a) => ts.isSpreadElement(a))) return [{ ...UNKNOWN, when: null }];
  let worlds = [/* @__PURE__ */ new Map()];
  for (const i of paramsOf2(src)) {
    const arg = call.arguments[i];
    const ls = leaves2(model, arg);
    const primitive = ls.every((l) => !l.expr || isNullish(model, l.expr) || stringValue(l.expr) !== null);
    if (arg && !primitive && changedAfterDeclaration(model, arg, STDIO, call)) return [{ ...UNKNOWN, when: null }];
    worlds = worlds.flatMap((w) => ls.map((l) => new Map(w).set(i, l)));
    if (worlds.length > 16) return [{ ...UNKNOWN, when: null }];
  }
  return worlds.map((w) => {
    const when2 = [...w.values()].flatMap((l) => l.when);
    return { ...evaluate(model, src, w), when: when2.length ? when2.join(" and ") : null };
  });
}

// src/typescript/wrappers.ts
var SPAWN = /* @__PURE__ */ new Set(["child_process.spawn", "child_process.fork"]);
var SPAWNS = /child_process|cross-spawn/;
function exportName(model, fn) {
  const exported2 = (n) => (ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Export) !== 0;
  if (ts.isFunctionDeclaration(fn) && exported2(fn)) {
    return (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Default) !== 0 ? "default" : fn.name?.text ?? null;
  }
  return valueExportName(model, fn, ts.isFunctionDeclaration(fn) ? fn.name ?? null : null);
}
function valueExportName(model, value, id) {
  const exported2 = (n) => (ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Export) !== 0;
  let e = value;
  while (isWrapper(e.parent)) e = e.parent;
  const p = e.parent;
  if (ts.isBinaryExpression(p) && p.right === e && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) return cjsTarget(p.left);
  if (ts.isExportAssignment(p) && !p.isExportEquals) return "default";
  if (ts.isPropertyAssignment(p) && p.initializer === e || ts.isMethodDeclaration(e)) {
    const member2 = ts.isMethodDeclaration(e) ? e : p;
    if (ts.isObjectLiteralExpression(member2.parent) && isModuleExports(member2.parent.parent) && ts.isIdentifier(member2.name)) return member2.name.text;
  }
  if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) {
    if (exported2(p.parent.parent)) return p.name.text;
    id = p.name;
  }
  if (!id) return null;
  const binding = model.lookup(id);
  if (!binding) return null;
  for (const ref of model.references(binding)) {
    const q = ref.parent;
    if (ts.isShorthandPropertyAssignment(q) && isModuleExports(q.parent.parent)) return q.name.text;
    if (ts.isPropertyAssignment(q) && q.initializer === ref && isModuleExports(q.parent.parent) && ts.isIdentifier(q.name)) return q.name.text;
    if (ts.isBinaryExpression(q) && q.right === ref && q.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const name = cjsTarget(q.left);
      if (name) return name;
    }
    if (ts.isExportSpecifier(q)) return q.name.text;
    if (ts.isExportAssignment(q) && !q.isExportEquals) return "default";
  }
  return null;
}
function factoryExportNames(model, fn, spawn) {
  let e = fn;
  while (isWrapper(e.parent)) e = e.parent;
  const p = e.parent;
  let factory = null;
  if (ts.isReturnStatement(p)) {
    for (let f = p.parent; f; f = f.parent) {
      if (isFunctionLike(f)) {
        factory = f;
        break;
      }
    }
  } else if (ts.isArrowFunction(p) && p.body === e) factory = p;
  if (!factory || !(ts.isFunctionDeclaration(factory) || ts.isFunctionExpression(factory) || ts.isArrowFunction(factory))) return [];
  let id = ts.isFunctionDeclaration(factory) ? factory.name ?? null : null;
  if (!id) {
    let f = factory;
    while (isWrapper(f.parent)) f = f.parent;
    if (ts.isVariableDeclaration(f.parent) && ts.isIdentifier(f.parent.name)) id = f.parent.name;
  }
  const binding = id && model.lookup(id);
  if (!binding) return [];
  const names = [];
  for (const ref of model.references(binding)) {
    let r = ref;
    while (isWrapper(r.parent)) r = r.parent;
    const call = r.parent;
    if (!ts.isCallExpression(call) || call.expression !== r) continue;
    if (!runsUnder(model, spawn, factory, call)) continue;
    const name = valueExportName(model, call, null);
    if (name) names.push(name);
  }
  return names;
}
function literalArg(model, arg) {
  if (!arg) return { value: void 0 };
  const v = skipOuter(arg);
  if (v.kind === ts.SyntaxKind.TrueKeyword) return { value: true };
  if (v.kind === ts.SyntaxKind.FalseKeyword) return { value: false };
  if (v.kind === ts.SyntaxKind.NullKeyword) return { value: null };
  if (ts.isIdentifier(v) && v.text === "undefined" && !model.lookup(v)) return { value: void 0 };
  if (ts.isNumericLiteral(v)) return { value: Number(v.text) };
  const s = stringValue(v);
  return s !== null ? { value: s } : void 0;
}
function runsUnder(model, node, factory, call) {
  const env = /* @__PURE__ */ new Map();
  factory.parameters.forEach((param, i) => {
    if (ts.isIdentifier(param.name) && !param.dotDotDotToken) env.set(param, literalArg(model, call.arguments[i]));
  });
  const valueOf = (e) => {
    const v = skipOuter(e);
    if (!ts.isIdentifier(v)) return literalArg(model, v);
    const b = model.lookup(v);
    return b && b.kind === "param" && !model.isReassigned(b) ? env.get(b.decl) : void 0;
  };
  const truth2 = (cond) => {
    const c = skipOuter(cond);
    if (ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken) {
      const t = truth2(c.operand);
      return t === null ? null : !t;
    }
    if (ts.isBinaryExpression(c)) {
      const op = c.operatorToken.kind;
      const strict = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken;
      if (!strict && op !== ts.SyntaxKind.EqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsToken) return null;
      const a = valueOf(c.left);
      const b = valueOf(c.right);
      if (!a || !b) return null;
      const same = strict ? a.value === b.value : a.value == b.value;
      return op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken ? same : !same;
    }
    if (!ts.isIdentifier(c)) return null;
    const v = valueOf(c);
    return v ? !!v.value : null;
  };
  const leaves3 = (s) => {
    if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
    return ts.isBlock(s) && s.statements.length > 0 && leaves3(s.statements[s.statements.length - 1]);
  };
  for (let c = node, p = node.parent; p && c !== factory; c = p, p = p.parent) {
    if (ts.isIfStatement(p) && p.expression !== c) {
      const t = truth2(p.expression);
      if (t !== null && p.thenStatement === c !== t) return false;
    } else if (ts.isConditionalExpression(p) && p.condition !== c) {
      const t = truth2(p.condition);
      if (t !== null && p.whenTrue === c !== t) return false;
    } else if (ts.isBlock(p)) {
      for (const s of p.statements) {
        if (s === c) break;
        if (ts.isIfStatement(s) && !s.elseStatement && leaves3(s.thenStatement) && truth2(s.expression) === true) return false;
      }
    }
  }
  return true;
}
function isModuleExports(n) {
  return ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && cjsTarget(n.left) === "default";
}
function cjsTarget(left) {
  const text = skipOuter(left).getText().replace(/\s+/g, "");
  if (text === "module.exports") return "default";
  const m = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(text);
  return m ? m[1] : null;
}
function wrapperInfo(model, call, qualified, fn, inside, at) {
  const fork = qualified === "child_process.fork";
  const options = optionsOf(model, call, true);
  const config = (fd) => options ? streamConfig(model, options, fork, fd).state : "unknown";
  const stdio = !fork && (config(1) === "unknown" || config(2) === "unknown") ? stdioSourceOf(model, fn, call) : null;
  if (!options && !stdio) return null;
  const output = commandOutput(model, call, qualified);
  const streams = ["stdout", "stderr"].filter((s) => (stdio || config(s === "stdout" ? 1 : 2) === "pipe") && inside[s].state === "unread" && output[s] === "unbounded");
  if (!streams.length) return null;
  const detached2 = /\bdetached\s*:\s*true\b/.test(options?.object?.getText() ?? "");
  const param = (arg) => {
    const id = arg && skipOuter(arg);
    if (!id || !ts.isIdentifier(id)) return null;
    const b = model.lookup(id);
    if (!b || b.kind !== "param" || !ts.isParameter(b.decl) || b.decl.name !== b.id || model.isReassigned(b)) return null;
    const i = fn.parameters.indexOf(b.decl);
    return i < 0 ? null : i;
  };
  const programParam = fork ? null : param(call.arguments[0]);
  const argsParam = fork ? null : param(call.arguments[1]);
  return { streams, evidence: output.evidence, ...output.basis ? { basis: output.basis } : {}, ...nodeBufferEvidence(output) === "can-grow" ? { runsAnything: true } : {}, at, outlives: inside.unref || detached2, programParam, argsParam, ...inside.waits ? { waits: true } : {}, ...stdio ? { stdio } : {} };
}
function wrappersOf(abs, display, text) {
  loadTs();
  const sf = parseJs(abs, text);
  const model = new JsModel(sf);
  const analysis = new ChildAnalysis(model);
  const out = {};
  for (const { call, qualified } of model.callsTo(SPAWN)) {
    const fate = analysis.fate(call);
    if (!fate.exportedFrom) continue;
    const line = sf.getLineAndCharacterOfPosition(call.getStart(sf)).line + 1;
    const info = wrapperInfo(model, call, qualified, fate.exportedFrom, fate, `${display}:${line}`);
    if (!info) continue;
    const names = [exportName(model, fate.exportedFrom), ...factoryExportNames(model, fate.exportedFrom, call)].filter((n) => n !== null);
    for (const name of names) out[name] = info;
  }
  return out;
}
function wrapperCallees(model, file, index) {
  const out = /* @__PURE__ */ new Map();
  const dir = path17.dirname(path17.resolve(file));
  const specs = /* @__PURE__ */ new Set();
  for (const s of model.sourceFile.statements) {
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier)) specs.add(s.moduleSpecifier.text);
  }
  for (const call of model.calls()) {
    const callee = skipOuter(call.expression);
    if (ts.isIdentifier(callee) && callee.text === "require" && call.arguments.length === 1) {
      const spec = stringValue(call.arguments[0]);
      if (spec) specs.add(spec);
    }
  }
  for (const spec of specs) {
    if (!spec.startsWith(".")) continue;
    const mod = index[moduleKey(path17.resolve(dir, spec))];
    if (!mod) continue;
    for (const [name, info] of Object.entries(mod)) out.set(name === "default" ? moduleName(spec) : `${moduleName(spec)}.${name}`, info);
  }
  return out;
}
var MODULE_EXTENSIONS = [".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx", ".mts", ".cts"];
var diskCache = /* @__PURE__ */ new Map();
function moduleFile(base) {
  const stem = base.replace(EXTENSION_RE, "");
  const candidates = [base, ...MODULE_EXTENSIONS.map((e) => base + e), ...MODULE_EXTENSIONS.map((e) => stem + e), ...MODULE_EXTENSIONS.map((e) => path17.join(base, `index${e}`))];
  for (const c of candidates) {
    try {
      if (fs15.statSync(c).isFile()) return c;
    } catch {
    }
  }
  return null;
}
var EXTENSION_RE = /\.([cm]?[jt]sx?)$/i;
function wrappersOnDisk(file) {
  let st;
  try {
    st = fs15.statSync(file);
  } catch {
    return {};
  }
  const hit = diskCache.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.wrappers;
  let wrappers = {};
  try {
    const text = fs15.readFileSync(file, "utf8");
    if (SPAWNS.test(text) && /\bexports?\b/.test(text)) wrappers = wrappersOf(file, path17.relative(process.cwd(), file) || file, text);
  } catch {
  }
  diskCache.set(file, { mtimeMs: st.mtimeMs, size: st.size, wrappers });
  return wrappers;
}
function relativeSpecifiers(text) {
  const specs = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(/\b(?:require\s*\(\s*|from\s+|import\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]*|\.{1,2})\1/g)) specs.add(m[2]);
  return specs;
}
function nearbyWrappers(file, text) {
  const dir = path17.dirname(file);
  let index = null;
  for (const spec of relativeSpecifiers(text)) {
    const target = moduleFile(path17.resolve(dir, spec));
    if (!target || target === file) continue;
    const found = wrappersOnDisk(target);
    if (Object.keys(found).length) (index ??= {})[moduleKey(path17.resolve(dir, spec))] = found;
  }
  return index;
}
function importsJsWrapper(file, bytes) {
  const text = bytes.toString("utf8");
  if (!/\b(require|from|import)\b/.test(text)) return false;
  const index = nearbyWrappers(file, text);
  return !!index && wrapperNeedles(index).some((n) => text.includes(n));
}

// src/typescript/project-constants.ts
var models = /* @__PURE__ */ new Map();
function modelOf2(file, text) {
  if (models.has(file)) return models.get(file);
  let m = null;
  try {
    m = new JsModel(parseJs(file, text));
  } catch {
  }
  models.set(file, m);
  return m;
}
function importedConstant(model, expr) {
  const e = skipOuter(expr);
  let root = e;
  let key2 = null;
  if (ts.isPropertyAccessExpression(e)) {
    root = skipOuter(e.expression);
    key2 = e.name.text;
  }
  if (!ts.isIdentifier(root)) return null;
  const b = model.lookup(root);
  if (!b || b.kind !== "import" || !b.module?.startsWith(".")) return null;
  const file = moduleFile(path18.resolve(path18.dirname(path18.resolve(model.sourceFile.fileName)), b.module));
  if (!file) return null;
  const texts = sources(projectRoot(file) ?? path18.dirname(file));
  const text = texts?.get(path18.resolve(file));
  const m = text !== void 0 ? modelOf2(path18.resolve(file), text) : null;
  if (!m) return null;
  const name = b.imported && b.imported !== "*" && b.imported !== "default" ? b.imported : null;
  const [holder, prop] = name && key2 ? [name, key2] : name ? [null, name] : key2 ? [null, key2] : [null, null];
  if (!prop) return null;
  for (const s of m.sourceFile.statements) {
    const exported2 = (ts.getCombinedModifierFlags(s) & ts.ModifierFlags.Export) !== 0 || ts.isExpressionStatement(s);
    if (!exported2) continue;
    if (holder && ts.isClassDeclaration(s) && s.name?.text === holder) {
      for (const mem of s.members) {
        if (ts.isPropertyDeclaration(mem) && ts.isIdentifier(mem.name) && mem.name.text === prop && mem.initializer && ts.getCombinedModifierFlags(mem) & ts.ModifierFlags.Static) return stringValue(mem.initializer);
      }
    }
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        if (!holder && d.name.text === prop) return stringValue(d.initializer);
        const obj = skipOuter(d.initializer);
        if (holder && d.name.text === holder && ts.isObjectLiteralExpression(obj)) {
          for (const p of obj.properties) if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === prop) return stringValue(p.initializer);
        }
      }
    }
  }
  return null;
}

// src/typescript/caller-commands.ts
function isFn(n) {
  return ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n);
}
function paramRef(model, expr) {
  if (!expr || ts.isSpreadElement(expr)) return null;
  let e = model.initializerOf(expr);
  let pick = "whole";
  if (ts.isElementAccessExpression(e) && ts.isNumericLiteral(skipOuter(e.argumentExpression)) && skipOuter(e.argumentExpression).getText() === "0") {
    pick = "first";
    e = skipOuter(e.expression);
  } else if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "slice" && e.arguments.length === 1 && e.arguments[0].getText() === "1") {
    pick = "rest";
    e = skipOuter(e.expression.expression);
  }
  if (!ts.isIdentifier(e)) return null;
  const b = model.lookup(e);
  if (!b || b.kind !== "param" || !ts.isParameter(b.decl) || !isFn(b.decl.parent) || b.decl.dotDotDotToken || model.isReassigned(b)) return null;
  const fn = b.decl.parent;
  return { fn, index: fn.parameters.indexOf(b.decl), pick };
}
function namesOf(model, fn) {
  const exported2 = [];
  let member2 = null;
  let cls = null;
  if (ts.isMethodDeclaration(fn) && ts.isClassDeclaration(fn.parent) && ts.isIdentifier(fn.name)) {
    member2 = fn.name.text;
    cls = fn.parent;
    const flags = ts.getCombinedModifierFlags(cls);
    const isStatic = (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Static) !== 0;
    if (isStatic && flags & ts.ModifierFlags.Export) exported2.push(flags & ts.ModifierFlags.Default ? member2 : `${cls.name?.text}.${member2}`);
    return { member: member2, cls, exported: exported2 };
  }
  if (ts.isMethodDeclaration(fn) && ts.isIdentifier(fn.name)) member2 = fn.name.text;
  let e = fn;
  while (isWrapper(e.parent)) e = e.parent;
  if (ts.isPropertyAssignment(e.parent) && ts.isIdentifier(e.parent.name)) member2 = e.parent.name.text;
  const name = exportName(model, fn);
  if (name) exported2.push(name);
  return { member: member2, cls, exported: exported2 };
}
function factoryResults(model, fn) {
  let e = fn;
  while (isWrapper(e.parent)) e = e.parent;
  const outer = e.parent;
  if (!outer || !ts.isArrowFunction(outer) || outer.body !== e) return null;
  let o = outer;
  while (isWrapper(o.parent)) o = o.parent;
  if (!ts.isVariableDeclaration(o.parent) || !ts.isIdentifier(o.parent.name)) return null;
  const factory = model.lookup(o.parent.name);
  if (!factory) return null;
  const out = [];
  for (const ref of model.references(factory)) {
    if (ref === o.parent.name) continue;
    const call = ref.parent;
    if (!ts.isCallExpression(call) || call.expression !== ref) return null;
    const holder = call.parent;
    if (!ts.isVariableDeclaration(holder) || !ts.isIdentifier(holder.name)) return null;
    const b = model.lookup(holder.name);
    if (!b || model.isReassigned(b)) return null;
    out.push(b);
  }
  return out.length ? out : null;
}
function locatedProgram(model, expr, depth = 0) {
  const v = skipOuter(expr);
  if (depth > 3 || !ts.isCallExpression(v) || v.arguments.length || !ts.isPropertyAccessExpression(v.expression)) return null;
  const name = v.expression.name.text;
  const m = /^(?:get)?([A-Za-z][A-Za-z0-9]*?)(?:Bin)?(?:Path|Binary|Exe|Executable)$/.exec(name);
  if (m) {
    const program = m[1].replace(/[A-Z]/g, (c, i) => (i ? "-" : "") + c.toLowerCase());
    return isListed(program) ? program : null;
  }
  if (v.expression.expression.kind !== ts.SyntaxKind.ThisKeyword) return null;
  for (let p = v.parent; p; p = p.parent) {
    if (!ts.isObjectLiteralExpression(p) && !ts.isClassLike(p)) continue;
    const members = ts.isObjectLiteralExpression(p) ? p.properties : p.members;
    const mem = members.find((x) => x.name && ts.isIdentifier(x.name) && x.name.text === name);
    const body = !mem ? void 0 : ts.isMethodDeclaration(mem) ? mem.body : ts.isPropertyAssignment(mem) && (ts.isFunctionExpression(mem.initializer) || ts.isArrowFunction(mem.initializer)) ? mem.initializer.body : void 0;
    if (!body) return null;
    const returned = [];
    const visit = (n) => {
      if (isFn(n)) return;
      if (ts.isReturnStatement(n) && n.expression && n.expression.kind !== ts.SyntaxKind.NullKeyword) returned.push(n.expression);
      ts.forEachChild(n, visit);
    };
    if (ts.isBlock(body)) visit(body);
    else returned.push(body);
    const names = new Set(returned.flatMap((r) => [locatedProgram(model, r, depth + 1) ?? programs(model, r)].flat()).map((n) => n?.replace(/\.exe$/i, "") ?? null));
    const [only] = names;
    return names.size === 1 && only && isListed(only) ? only : null;
  }
  return null;
}
function callersOf(model, fn, file) {
  const { member: member2, cls, exported: exported2 } = namesOf(model, fn);
  const sites = [];
  let id = ts.isFunctionDeclaration(fn) ? fn.name ?? null : null;
  if (!id && !ts.isMethodDeclaration(fn)) {
    let e = fn;
    while (isWrapper(e.parent)) e = e.parent;
    if (ts.isVariableDeclaration(e.parent) && ts.isIdentifier(e.parent.name)) id = e.parent.name;
  }
  const binding = id ? model.lookup(id) : void 0;
  if (!id && !binding && !ts.isMethodDeclaration(fn)) {
    for (const b of factoryResults(model, fn) ?? []) {
      for (const ref of model.references(b)) {
        if (ref === b.id) continue;
        const p = ref.parent;
        if (ts.isCallExpression(p) && p.expression === ref) sites.push({ model, call: p, file });
        else return null;
      }
    }
  }
  if (binding) {
    for (const ref of model.references(binding)) {
      if (ref === id) continue;
      let r = ref;
      while (isWrapper(r.parent)) r = r.parent;
      const p = r.parent;
      if (ts.isCallExpression(p) && p.expression === r) sites.push({ model, call: p, file });
      else if (!(ts.isShorthandPropertyAssignment(p) || ts.isExportSpecifier(p) || ts.isExportAssignment(p) || ts.isPropertyAssignment(p) && p.initializer === r || ts.isBinaryExpression(p) && p.right === r)) return null;
    }
  }
  if (member2) {
    for (const call of model.calls()) {
      const callee = skipOuter(call.expression);
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== member2) continue;
      const target = skipOuter(callee.expression);
      if (target.kind === ts.SyntaxKind.ThisKeyword || cls?.name && ts.isIdentifier(target) && target.text === cls.name.text) sites.push({ model, call, file });
    }
  }
  if (exported2.length) {
    const root = projectRoot(file);
    const texts = root ? sources(root) : null;
    if (!texts) return null;
    const self = moduleKey(path19.resolve(file));
    for (const [abs, text] of texts) {
      if (abs === path19.resolve(file) || !exported2.some((n) => text.includes(n === "default" ? "(" : n.slice(n.lastIndexOf(".") + 1)))) continue;
      const names = /* @__PURE__ */ new Set();
      for (const spec of relativeSpecifiers(text)) {
        const target = moduleFile(path19.resolve(path19.dirname(abs), spec));
        if (!target || moduleKey(target) !== self) continue;
        for (const n of exported2) names.add(n === "default" ? moduleName(spec) : `${moduleName(spec)}.${n}`);
      }
      if (!names.size) continue;
      const m = modelOf2(abs, text);
      if (!m) continue;
      for (const { call } of m.callsTo(names)) sites.push({ model: m, call, file: abs });
    }
  }
  const outside = sites.filter((s) => !isTestPath(s.file));
  return outside.length ? outside : null;
}
function callerCommand(site, shell, program, args) {
  const { model, call } = site;
  const argAt = (i) => {
    const a = call.arguments[i];
    return a && !ts.isSpreadElement(a) ? a : void 0;
  };
  const wordsAt = (a) => Array.isArray(a) ? a : argAt(a.index) ? argvWords2(model, argAt(a.index)) : [];
  if (Array.isArray(program)) return loudest(program.map((p) => classifyArgv([p, ...wordsAt(args)])));
  const arg = argAt(program.index);
  if (!arg) return classifyShell(null);
  if (shell) {
    const constant = importedConstant(model, arg);
    return loudest((constant !== null ? [constant] : shellTexts(model, arg)).map(classifyShell));
  }
  let progs;
  let words;
  if (program.pick === "whole") {
    const constant = importedConstant(model, arg);
    progs = constant !== null ? [constant] : programs(model, arg);
    words = wordsAt(args);
  } else {
    const list = model.initializerOf(arg);
    if (!ts.isArrayLiteralExpression(list) || !list.elements.length || ts.isSpreadElement(list.elements[0])) return classifyArgv([null, null]);
    const located = locatedProgram(model, list.elements[0]);
    progs = located ? [located] : programs(model, list.elements[0]);
    words = argvWords2(model, arg).slice(1);
  }
  return loudest(progs.map((p) => classifyArgv([p, ...words])));
}
function weight(o) {
  const listedGrowth = o.basis !== "value" && o.basis !== "unlisted" && (o.stdout === "unbounded" || o.stderr === "unbounded");
  return (o.scales ? 1e3 : 0) + (listedGrowth ? 100 : 0) + (o.basis === "value" ? 50 : 0) + loudness(o);
}
function callerCommandOf(model, call, qualified, file) {
  const name = qualified.replace(/^promisify\((.*)\)$/, "$1");
  if (name === "child_process.fork") return null;
  const shell = /\.exec(Sync)?$/.test(name);
  const [first, second] = call.arguments;
  const program = paramRef(model, first);
  if (!program || program.index < 0 || shell && program.pick !== "whole") return null;
  const fn = program.fn;
  let args = [];
  if (!shell && program.pick === "whole") {
    const ref = second ? paramRef(model, second) : null;
    const literal2 = second && !ts.isSpreadElement(second) && ts.isArrayLiteralExpression(model.initializerOf(second));
    if (ref && ref.fn === fn) args = ref;
    else if (ref) return null;
    else if (literal2) args = argvWords2(model, second);
  } else if (!shell) {
    const rest = paramRef(model, second);
    if (!rest || rest.fn !== fn || rest.index !== program.index || rest.pick !== "rest") return null;
  }
  return loudestCaller(model, fn, file, (site) => callerCommand(site, shell, program, args));
}
function callerWordsOf(model, call, qualified, file) {
  const name = qualified.replace(/^promisify\((.*)\)$/, "$1");
  if (!/\.(execFile|execFileSync|spawn|spawnSync)$/.test(name) || /spawn(Sync)?$/.test(name) && usesShell(model, call) !== false) return null;
  const written = callersArgs(model, call.arguments[0], call.arguments[1]);
  return written && loudestCaller(model, written.args.fn, file, (site) => callerCommand(site, false, written.progs, written.args));
}
function callersArgs(model, first, second) {
  if (!first || ts.isSpreadElement(first)) return null;
  const args = paramRef(model, second);
  if (!args || args.index < 0 || args.pick !== "whole") return null;
  const progs = programs(model, first);
  if (!progs.length || progs.some((p) => p === null)) return null;
  const b = model.lookup(skipOuter(model.initializerOf(second)));
  const changed = model.references(b).some((r) => {
    const p = r.parent;
    return ts.isPropertyAccessExpression(p) && p.expression === r && ["push", "unshift", "splice", "pop", "shift", "reverse", "sort", "fill"].includes(p.name.text) || ts.isElementAccessExpression(p) && p.expression === r && isWriteTarget(p);
  });
  return changed ? null : { progs, args };
}
function loudestCaller(model, fn, file, judge) {
  const sites = callersOf(model, fn, file);
  if (!sites) return null;
  let best = null;
  let known = true;
  let interpreted = true;
  for (const site of sites) {
    const output = judge(site);
    if (output.basis === "value") known = false;
    if (output.lastWrite !== "teardown") interpreted = false;
    if (!best || weight(output) > weight(best.output)) best = { output, site };
  }
  if (!best) return null;
  if (best.output.lastWrite === "teardown" && !interpreted) {
    const { lastWrite: _, ...unknown2 } = best.output;
    best = { output: unknown2, site: best.site };
  }
  const line = best.site.call.getSourceFile().getLineAndCharacterOfPosition(best.site.call.getStart()).line + 1;
  const at = `${path19.relative(path19.dirname(path19.resolve(file)), best.site.file) || path19.basename(best.site.file)}:${line}`;
  const evidence = best.output.basis === "value" ? `the caller at ${at} passes a command not known statically` : `${best.output.evidence}: the command the caller at ${at} passes`;
  return { output: { ...best.output, evidence }, at, known };
}
function judgedOutput(model, call, qualified, file) {
  const own = commandOutput(model, call, qualified);
  return (own.basis === "value" ? callerCommandOf(model, call, qualified, file) : callerWordsOf(model, call, qualified, file))?.output ?? own;
}

// src/typescript/edit.ts
function lineIndent(source, offset) {
  const before = source.text.slice(source.lineStart(offset), offset);
  return /^[ \t]*$/.test(before) ? before : null;
}
function quoteOf(sf, near) {
  let found = null;
  const visit = (n) => {
    if (found) return;
    if (ts.isStringLiteral(n)) found = sf.text[n.getStart(sf)] ?? null;
    else ts.forEachChild(n, visit);
  };
  visit(near);
  if (!found) visit(sf);
  return found === '"' ? '"' : "'";
}
function appendItems(source, sf, open, items, added) {
  const text = source.text;
  const last = items[items.length - 1];
  const joined = added.join(", ");
  if (!last) {
    const brace = open.getStart(sf) + 1;
    const close = open.end - 1;
    if (/^\s*$/.test(text.slice(brace, close))) return [{ start: brace, end: close, content: ` ${joined} ` }];
    return [{ start: brace, end: brace, content: ` ${joined},` }];
  }
  const lastStart = last.getStart(sf);
  const indent = lineIndent(source, lastStart);
  const trailing = items.hasTrailingComma;
  const afterLast = trailing ? text.indexOf(",", last.end) + 1 : last.end;
  if (indent === null || source.lineIndex(lastStart) === source.lineIndex(open.getStart(sf))) {
    return [{ start: afterLast, end: afterLast, content: trailing ? ` ${joined},` : `, ${joined}` }];
  }
  const nl = source.newline;
  const lines = added.map((item, i) => `${nl}${indent}${item}${trailing || i < added.length - 1 ? "," : ""}`).join("");
  const eol = endOfLineComment(text, afterLast);
  if (eol === afterLast) return [{ start: afterLast, end: afterLast, content: trailing ? lines : `,${lines}` }];
  const edits = [{ start: eol, end: eol, content: lines }];
  if (!trailing) edits.unshift({ start: last.end, end: last.end, content: "," });
  return edits;
}
function endOfLineComment(text, offset) {
  let k = offset;
  while (text[k] === " " || text[k] === "	") k++;
  if (!text.startsWith("//", k)) return offset;
  while (k < text.length && text[k] !== "\n" && text[k] !== "\r") k++;
  return k;
}
function replaceNode(sf, node, content) {
  return { start: node.getStart(sf), end: node.end, content };
}
function propertyNamed(obj, key2) {
  return obj.properties.find((p) => !ts.isSpreadAssignment(p) && propertyKey(p.name) === key2);
}
function pipingBranches(el) {
  const c = skipOuter(el);
  if (!ts.isConditionalExpression(c)) return [el];
  const out = [];
  for (const b of [c.whenTrue, c.whenFalse]) {
    const v = skipOuter(b);
    if (ts.isConditionalExpression(v)) {
      const inner = pipingBranches(v);
      if (!inner) return null;
      out.push(...inner);
    } else if (ts.isStringLiteralLike(v)) {
      if (v.text === "pipe" || v.text === "overlapped") out.push(b);
    } else if (v.kind === ts.SyntaxKind.NullKeyword || ts.isIdentifier(v) && v.text === "undefined") out.push(b);
    else if (!ts.isPropertyAccessExpression(v) && !ts.isNumericLiteral(v)) return null;
  }
  return out;
}
function ignoreStreamEdits(source, sf, call, options, config, ignore2, used, fork) {
  const q = quoteOf(sf, call);
  const str = (v) => `${q}${v}${q}`;
  const values = [0, 1, 2].map((fd) => !ignore2.has(fd) && used.has(fd) ? "pipe" : "ignore");
  const allIgnored = values.every((v) => v === "ignore");
  const whole = allIgnored ? str("ignore") : `[${[...values.map(str), ...fork ? [str("ipc")] : []].join(", ")}]`;
  if (config.stdio) {
    if (!options.inline) return null;
    const value = skipOuter(config.stdio.initializer);
    if (ts.isStringLiteralLike(value)) {
      const kept = `[${[0, 1, 2].map((fd) => str(ignore2.has(fd) ? "ignore" : "pipe")).join(", ")}${fork ? `, ${str("ipc")}` : ""}]`;
      return { edits: [replaceNode(sf, value, kept)], wrote: `stdio: ${kept}` };
    }
    if (!ts.isArrayLiteralExpression(value)) return null;
    const els = value.elements;
    const edits = [];
    const wrote2 = [];
    const missing = [];
    for (let fd = 0; fd <= Math.max(...ignore2); fd++) {
      const el = els[fd];
      if (el) {
        if (!ignore2.has(fd)) continue;
        if (ts.isOmittedExpression(el)) return null;
        const piped = pipingBranches(el);
        if (!piped) return null;
        for (const b of piped) edits.push(replaceNode(sf, b, str("ignore")));
        wrote2.push(`stdio[${fd}]: ${str("ignore")}`);
      } else missing.push(str(ignore2.has(fd) ? "ignore" : "pipe"));
    }
    if (missing.length) {
      const last2 = els[els.length - 1];
      if (last2) edits.push({ start: last2.end, end: last2.end, content: `, ${missing.join(", ")}` });
      else edits.push(replaceNode(sf, value, `[${missing.join(", ")}]`));
      wrote2.push(`${missing.join(", ")} appended to stdio`);
    }
    return { edits, wrote: wrote2.join(", ") };
  }
  const wrote = `stdio: ${whole}`;
  if (options.object) return options.inline ? { edits: appendItems(source, sf, options.object, options.object.properties, [wrote]), wrote } : null;
  if (options.arg) return { edits: [replaceNode(sf, options.arg, `{ ${wrote} }`)], wrote };
  const last = call.arguments[call.arguments.length - 1];
  return last ? { edits: [{ start: last.end, end: last.end, content: `, { ${wrote} }` }], wrote } : null;
}
function spawnOptionEdits(source, sf, call, options, shell) {
  const q = quoteOf(sf, call);
  const stdio = `stdio: ${q}ignore${q}`;
  const obj = options.object;
  if (obj && options.inline) {
    if (obj.properties.some((p) => ts.isSpreadAssignment(p) || propertyKey(p.name) === null)) return null;
    const edits = [];
    const missing = [];
    if (shell && !propertyNamed(obj, "shell")) missing.push("shell: true");
    const existing = propertyNamed(obj, "stdio");
    if (existing && ts.isPropertyAssignment(existing)) edits.push(replaceNode(sf, existing.initializer, `${q}ignore${q}`));
    else if (existing) return null;
    else missing.push(stdio);
    if (missing.length) edits.push(...appendItems(source, sf, obj, obj.properties, missing));
    return edits;
  }
  const fresh = (spread) => `{ ${[shell ? "shell: true" : null, spread, stdio].filter(Boolean).join(", ")} }`;
  if (options.arg) {
    const nullish = !obj && !options.opaque;
    return [replaceNode(sf, options.arg, fresh(nullish ? null : `...${options.arg.getText(sf)}`))];
  }
  const last = call.arguments[call.arguments.length - 1];
  return last ? [{ start: last.end, end: last.end, content: `, ${fresh(null)}` }] : null;
}
function freshName2(model, base) {
  const used = model.identifierNames();
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}${i}`)) return `${base}${i}`;
}
function childProcessList(model) {
  let pattern = null;
  for (const s of model.sourceFile.statements) {
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && moduleName(s.moduleSpecifier.text) === "child_process") {
      const named = s.importClause?.namedBindings;
      if (named && ts.isNamedImports(named) && !s.importClause?.isTypeOnly) return { open: named, items: named.elements, esm: true };
    }
    if (!pattern && ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        if (ts.isObjectBindingPattern(d.name) && d.initializer && model.qualifiedName(d.initializer) === "child_process") {
          pattern = { open: d.name, items: d.name.elements, esm: false };
        }
      }
    }
  }
  return pattern;
}
function importedName(model, callee) {
  const c = skipOuter(callee);
  if (!ts.isIdentifier(c)) return null;
  const binding = model.lookup(c);
  const decl = binding?.id.parent;
  if (!binding || !decl || binding.scope !== model.sourceFile) return null;
  if (ts.isImportSpecifier(decl)) return { binding, decl };
  if (ts.isBindingElement(decl) && binding.path?.length === 1 && !decl.initializer && !!binding.init && model.qualifiedName(binding.init) === "child_process") return { binding, decl };
  return null;
}
function spawnCallee(model, source, callee, rewritten) {
  const sf = model.sourceFile;
  const c = skipOuter(callee);
  if (ts.isPropertyAccessExpression(c) && ts.isIdentifier(c.name)) return [replaceNode(sf, c.name, "spawn")];
  if (ts.isElementAccessExpression(c)) {
    const q = quoteOf(sf, c);
    return [replaceNode(sf, c.argumentExpression, `${q}spawn${q}`)];
  }
  if (!ts.isIdentifier(c)) return null;
  const top = [...model.declarationsOf(sf).values()];
  const binding = model.lookup(c);
  const imported = importedName(model, c);
  const refs = imported ? model.references(imported.binding) : [];
  const lastUse = !!imported && refs.length > 0 && refs.every((r) => rewritten.has(r));
  const decl = imported?.decl;
  const existing = top.find((b) => model.bindingName(b) === "child_process.spawn" && !shadowed(model, c, b.name));
  if (existing) return [replaceNode(sf, c, existing.name), ...lastUse ? removeListItem(sf, decl) : []];
  if (!binding) return null;
  const name = freshName2(model, "spawn");
  if (lastUse && namedExecCalls(model) === refs.length) {
    const item = name === "spawn" ? "spawn" : ts.isImportSpecifier(decl) ? `spawn as ${name}` : `spawn: ${name}`;
    return [replaceNode(sf, decl, item), replaceNode(sf, c, name)];
  }
  const list = childProcessList(model);
  if (list) {
    const item = name === "spawn" ? "spawn" : list.esm ? `spawn as ${name}` : `spawn: ${name}`;
    const dead = lastUse && list.items.includes(decl) ? removeListItem(sf, decl) : [];
    return [...appendItems(source, sf, list.open, list.items, [item]), replaceNode(sf, c, name), ...dead];
  }
  const module = top.find((b) => model.bindingName(b) === "child_process" && !shadowed(model, c, b.name));
  return module ? [replaceNode(sf, c, `${module.name}.spawn`)] : null;
}
function removeListItem(sf, item) {
  const list = item.parent;
  const items = list.elements;
  const i = items.indexOf(item);
  if (i < 0 || items.length < 2) return [];
  if (i < items.length - 1) return [{ start: item.getStart(sf), end: items[i + 1].getStart(sf), content: "" }];
  return [{ start: items[i - 1].end, end: item.end, content: "" }];
}
function namedExecCalls(model) {
  return model.callsTo(EXEC_NAMES).filter(({ call }) => ts.isIdentifier(skipOuter(call.expression))).length;
}
var EXEC_NAMES = /* @__PURE__ */ new Set(["child_process.exec", "child_process.execFile"]);
function shadowed(model, at, name) {
  const top = model.declarationsOf(model.sourceFile).get(name);
  for (let n = at.parent; n && n !== model.sourceFile; n = n.parent) {
    const local = model.declarationsOf(n).get(name);
    if (local && local !== top) return true;
  }
  return false;
}

// src/fix/edits.ts
var sameEdit = (a, b) => a.start === b.start && a.end === b.end && a.content === b.content;
function overlaps(a, b) {
  if (sameEdit(a, b)) return false;
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

// src/typescript/kill-limit.ts
function childBinding(model, call) {
  const use = valueUse(model, call, true);
  return use.kind === "bound" ? use.binding : null;
}
function killAt(model, ref) {
  let e = ref;
  while (isWrapper(e.parent)) e = e.parent;
  const p = e.parent;
  if (!ts.isPropertyAccessExpression(p) || p.expression !== e) return null;
  if (p.name.text === "kill" && ts.isCallExpression(p.parent) && p.parent.expression === p) return p.parent;
  let pid = p;
  while (isWrapper(pid.parent)) pid = pid.parent;
  if (ts.isPrefixUnaryExpression(pid.parent) && pid.parent.operator === ts.SyntaxKind.MinusToken) pid = pid.parent;
  const call = pid.parent;
  if (p.name.text === "pid" && ts.isCallExpression(call) && call.arguments[0] === pid) {
    const callee = skipOuter(call.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "kill" && ts.isIdentifier(callee.expression) && callee.expression.text === "process" && !model.lookup(callee.expression)) return call;
  }
  return null;
}
function sizeOf(model, side) {
  const direct = staticSize(model, side);
  if (direct) return { bytes: direct.bytes, prop: null, how: direct.setting ? "setting" : "here" };
  const e = skipOuter(side);
  if (!ts.isPropertyAccessExpression(e) || !ts.isIdentifier(e.expression)) return null;
  const b = model.lookup(e.expression);
  if (!b || !b.init || b.path?.length !== 0) return null;
  const obj = skipOuter(b.init);
  if (!ts.isObjectLiteralExpression(obj)) return null;
  const prop = obj.properties.find((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === e.name.text);
  const size = prop && ts.isPropertyAssignment(prop) ? staticSize(model, prop.initializer) : null;
  if (!size) return null;
  let copied = false;
  for (const ref of model.references(b)) {
    const p = ref.parent;
    if ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === ref && isWriteTarget(p)) {
      const key2 = memberName(p);
      if (key2 === e.name.text) return null;
      if (key2 === null) copied = true;
    } else if (isWriteTarget(ref)) return null;
  }
  return { bytes: size.bytes, prop: null, how: copied ? "caller" : size.setting ? "setting" : "here" };
}
var BYTES = /length|size|bytes/i;
function measuresBytes(model, count) {
  if (BYTES.test(count.getText())) return true;
  const id = skipOuter(count);
  const b = ts.isIdentifier(id) ? model.lookup(id) : null;
  if (!b) return false;
  const writes = model.references(b).filter((r) => isWriteTarget(r));
  return writes.length > 0 && writes.every((r) => ts.isBinaryExpression(r.parent) && BYTES.test(r.parent.right.getText()));
}
function guard(model, kill) {
  for (let c = kill, p = kill.parent; p && !isFunctionLike(p); c = p, p = p.parent) {
    if (!ts.isIfStatement(p) || p.thenStatement !== c) continue;
    let found = null;
    const visit = (n) => {
      if (found || isFunctionLike(n)) return;
      if (ts.isBinaryExpression(n)) {
        const op = n.operatorToken.kind;
        const big = op === ts.SyntaxKind.GreaterThanToken || op === ts.SyntaxKind.GreaterThanEqualsToken ? n.right : op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.LessThanEqualsToken ? n.left : null;
        const count = big === n.right ? n.left : n.right;
        if (big && !staticSize(model, count) && measuresBytes(model, count)) found = sizeOf(model, big);
      }
      ts.forEachChild(n, visit);
    };
    visit(p.expression);
    if (found) return found;
  }
  return null;
}
function killLimitOf(model, call) {
  const child = childBinding(model, call);
  if (!child) return null;
  const kills = [];
  for (const ref of model.references(child)) {
    const k = killAt(model, ref);
    if (!k) continue;
    kills.push(k);
    const fn = fnOf(k);
    const holder = fn.parent;
    const name = ts.isFunctionDeclaration(fn) ? fn.name : holder && ts.isVariableDeclaration(holder) && holder.initializer === fn && ts.isIdentifier(holder.name) ? holder.name : null;
    const b = name ? model.lookup(name) : null;
    if (b) {
      for (const r of model.references(b)) if (ts.isCallExpression(r.parent) && r.parent.expression === r) kills.push(r.parent);
    }
  }
  let best = null;
  for (const kill of kills) {
    const limit = guard(model, kill);
    if (limit && (!best || limit.bytes < best.limit.bytes)) best = { limit, kill };
  }
  return best;
}
var STOP_NAME = /^(stop|kill|close|shutdown|dispose|quit|exit|terminate|teardown|cleanup|cleanUp|destroy|restart|unload|deactivate)|(Stop|Kill|Close|Shutdown|Dispose|Quit|Exit|Terminate|Teardown|Cleanup|Destroy|Restart)[A-Z]?\w*$/;
var STOP_EVENTS = /* @__PURE__ */ new Set(["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "exit", "beforeExit", "quit", "before-quit", "will-quit", "window-all-closed"]);
function nameOf(fn) {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) || ts.isFunctionExpression(fn)) && fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const p = fn.parent;
  if (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.initializer === fn && ts.isIdentifier(p.name)) return p.name.text;
  if (p && ts.isBinaryExpression(p) && p.right === fn) return memberName(p.left) ?? (ts.isIdentifier(p.left) ? p.left.text : null);
  return null;
}
function plannedStop(kill) {
  for (let n = kill.parent, hops = 0; n && hops < 3; n = n.parent) {
    if (!isFunctionLike(n)) continue;
    hops++;
    const name = nameOf(n);
    if (name !== null) return STOP_NAME.test(name);
    let e = n;
    while (isWrapper(e.parent)) e = e.parent;
    const call = e.parent;
    if (ts.isCallExpression(call) && call.arguments.includes(e)) {
      const callee = skipOuter(call.expression);
      const event = call.arguments[0] && ts.isStringLiteralLike(call.arguments[0]) ? call.arguments[0].text : null;
      if (ts.isPropertyAccessExpression(callee) && ["on", "once", "addListener"].includes(callee.name.text) && event !== null && STOP_EVENTS.has(event)) return true;
      if (!ts.isNewExpression(call)) return false;
    } else if (!ts.isNewExpression(call)) return false;
  }
  return false;
}
function stoppedBy(model, call) {
  const child = childBinding(model, call);
  if (child) {
    for (const ref of model.references(child)) {
      const k = killAt(model, ref);
      if (k && plannedStop(k)) return k;
    }
    return null;
  }
  let e = call;
  while (isWrapper(e.parent) || ts.isAwaitExpression(e.parent)) e = e.parent;
  const p = e.parent;
  if (!ts.isBinaryExpression(p) || p.right !== e || p.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return null;
  const target = skipOuter(p.left);
  const key2 = ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target) ? memberName(target) : null;
  if (key2 === null) return null;
  let found = null;
  const visit = (n) => {
    if (found) return;
    if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && n !== target && memberName(n) === key2 && !isWriteTarget(n)) {
      const k = killAt(model, n);
      if (k && plannedStop(k)) found = k;
    }
    ts.forEachChild(n, visit);
  };
  visit(model.sourceFile);
  return found;
}
var LANGUAGE_CLIENT = /(^|\.)LanguageClient$/;
function givenToLanguageClient(model, fn) {
  let e = fn;
  while (isWrapper(e.parent)) e = e.parent;
  const asServer = (n) => {
    let a = n;
    while (isWrapper(a.parent)) a = a.parent;
    const p = a.parent;
    return ts.isNewExpression(p) && p.arguments?.[2] === a && LANGUAGE_CLIENT.test(skipOuter(p.expression).getText()) ? p : null;
  };
  const direct = asServer(e);
  if (direct) return direct;
  const d = e.parent;
  if (!ts.isVariableDeclaration(d) || d.initializer !== e || !ts.isIdentifier(d.name)) return null;
  const b = model.lookup(d.name);
  if (!b) return null;
  for (const ref of model.references(b)) {
    const hit = isWriteTarget(ref) ? null : asServer(ref);
    if (hit) return hit;
  }
  return null;
}
function languageServer(model, call) {
  const returned = (expr) => {
    let e = expr;
    while (isWrapper(e.parent) || ts.isAwaitExpression(e.parent)) e = e.parent;
    const p = e.parent;
    if (ts.isArrowFunction(p) && p.body === e) return p;
    return ts.isReturnStatement(p) ? fnOf(p) : null;
  };
  const fns = [];
  const direct = returned(call);
  if (direct) fns.push(direct);
  const b = childBinding(model, call);
  if (b) {
    for (const ref of model.references(b)) if (!isWriteTarget(ref)) {
      const fn = returned(ref);
      if (fn) fns.push(fn);
    }
  }
  for (const fn of fns) {
    if (!isFunctionLike(fn)) continue;
    const client = givenToLanguageClient(model, fn);
    if (client) return client;
  }
  return null;
}

// rules/pop101-exec-result-discarded.ts
var EXEC = /* @__PURE__ */ new Set(["child_process.exec", "child_process.execFile"]);
function quiet(ctx, call, qualified) {
  const out = judgedOutput(ctx.model, call, qualified, ctx.path);
  return out.stdout !== "unbounded" && out.stderr !== "unbounded";
}
var MAX_TRY_STATEMENTS = 3;
function catchingTry(call) {
  let branched = false;
  for (let c = call, p = call.parent; p; c = p, p = p.parent) {
    if (isFunctionLike(p)) return null;
    if (ts.isTryStatement(p) && p.tryBlock === c && p.catchClause && p.catchClause.block.statements.length > 0) {
      return !branched && p.tryBlock.statements.length <= MAX_TRY_STATEMENTS ? p.catchClause : null;
    }
    if (ts.isIfStatement(p) || ts.isSwitchStatement(p) || ts.isCaseClause(p) || ts.isIterationStatement(p, false)) branched = true;
  }
  return null;
}
function canPassMaxBuffer(out) {
  const grows = (s) => out[s] === "unbounded" && (out.program === null || knownToGrowPastBuffer(out, s) || !!out.scales);
  return grows("stdout") || grows("stderr");
}
var ON_ERROR = ".on('error', (error) => console.error(error))";
function callEdits(ctx, { call, qualified }) {
  const isExec = qualified === "child_process.exec";
  if (ctx.model.wrappedName(call.expression)) return null;
  const options = optionsOf(ctx.model, call, !isExec);
  if (!options) return null;
  const args = spawnOptionEdits(ctx.source, ctx.sourceFile, call, options, isExec);
  return args ? [...args, { start: call.end, end: call.end, content: ON_ERROR }] : null;
}
function mergeEdits(edits) {
  const out = [];
  for (const e of edits) {
    if (out.some((a) => a.start === e.start && a.end === e.end && a.content === e.content)) continue;
    if (out.some((a) => overlaps(a, e))) return null;
    out.push(e);
  }
  return out;
}
function spawnFixes(ctx, dropped) {
  const own = /* @__PURE__ */ new Map();
  for (const d of dropped) {
    const edits = callEdits(ctx, d);
    if (edits) own.set(d.call, edits);
  }
  const fixable = dropped.filter((d) => own.has(d.call));
  const fixes2 = /* @__PURE__ */ new Map();
  for (const d of fixable) {
    const imported = importedName(ctx.model, d.call.expression);
    const refs = imported ? ctx.model.references(imported.binding) : [];
    const siblings = fixable.filter((o) => refs.includes(skipOuter(o.call.expression)));
    const all = refs.length > 1 && siblings.length === refs.length;
    const fix = all && spawnFix(ctx, d, siblings, own) || spawnFix(ctx, d, [d], own);
    fixes2.set(d.call, fix ? [fix] : []);
  }
  return fixes2;
}
function spawnFix(ctx, d, members, own) {
  const rewritten = new Set(members.map((m) => skipOuter(m.call.expression)));
  const edits = [];
  for (const m of members) {
    const callee = spawnCallee(ctx.model, ctx.source, m.call.expression, rewritten);
    if (!callee) return null;
    edits.push(...callee, ...own.get(m.call));
  }
  const merged = mergeEdits(edits);
  if (!merged) return null;
  const isExec = d.qualified === "child_process.exec";
  const base = isExec ? `Run it with spawn(cmd, { shell: true, stdio: 'ignore' })${ON_ERROR}` : `Run it with spawn(file, args, { stdio: 'ignore' })${ON_ERROR}`;
  const others = members.filter((m) => m !== d).map((m) => ctx.sourceFile.getLineAndCharacterOfPosition(m.call.getStart(ctx.sourceFile)).line + 1);
  const name = skipOuter(d.call.expression).getText(ctx.sourceFile);
  const decl = importedName(ctx.model, d.call.expression)?.decl;
  const gone = !!decl && merged.some((e) => e.start <= decl.getStart(ctx.sourceFile) && e.end >= decl.end);
  const lines = `line${others.length > 1 ? "s" : ""} ${others.join(", ")}`;
  const also = others.length ? `; the same for the other call${others.length > 1 ? "s" : ""} of ${name}() (${lines})${gone ? `, so that no unused ${name} is left in the import` : ""}` : "";
  return { strategy: "subprocess", applicability: "unsafe", description: base + also, edits: merged };
}
function killedPast(fn) {
  if (fn !== "exec") return "Node kills the child with SIGTERM";
  return "Node closes the pipes and sends SIGTERM to the shell: the command gets it where /bin/sh execs it (bash), and dies at its next write where /bin/sh forks it (dash), unless it ignores SIGPIPE (tar, ffmpeg) and runs on without its output";
}
var rule10 = {
  meta: {
    id: "POP101",
    name: "exec-result-discarded",
    language: "javascript",
    summary: "exec()/execFile() without a callback, ChildProcess dropped: errors lost, child killed at maxBuffer or by SIGPIPE",
    defaultEnabled: true,
    severity: "error",
    strategies: ["subprocess"],
    needles: ["child_process", "node-cmd"],
    resolves: ["child_process.exec", "child_process.execFile"],
    docs: {
      whatItDoes: "Checks for `child_process.exec(cmd)` and `execFile(file, args)` (any import spelling: `import { exec as run }`, `require('node:child_process').exec`, destructured or namespace bindings) called without a callback, whose returned ChildProcess is dropped, or kept but never listened to (no `.on(...)`, no use of its streams, not passed on), when the command's output can grow (by the command knowledge; an unknown command counts). A quiet command (`mkfifo`, `kill`, `git rev-parse`, `dot -V`, `cmd >/dev/null 2>&1`) is not reported: neither maxBuffer nor the parent's exit can cut it short. Two more shapes are reported although the child is used: a call inside a `try` whose `catch` does something (whatever the command: the catch can never see the failure) unless an 'exit'/'close' listener takes the exit code, where the try is written for the command (three statements at most, the call not under an `if`, a `switch` or a loop inside it: a try around a whole dispatcher catches its JavaScript errors, not a command's failure), or the code reads the stderr of an `exec` (shown in an output panel: the shell turns a failure to start into a line there too, so the failure's text reaches the code; the call is then judged as any other child whose streams are read); and a child whose streams or events are used while nothing looks at its exit code or signal (no 'exit'/'close' listener with a parameter, no `exitCode`/`signalCode`/`killed`), when the command is not known statically or is known to write without bound (a child the code stops itself with `.kill()`, or one that runs until it is stopped by what it is, a server or a watcher kept, read or listened to, is POP104's, in a `try` too).",
      whyIsThisBad: "Without a callback, exec swallows spawn errors and the exit status, so a failed command goes unnoticed. Its stdout and stderr still go through pipes into buffers that nobody reads: once either passes `maxBuffer` (1 MiB since Node 12, 200 KiB before) Node closes the pipes and kills the child with SIGTERM, silently. For `exec` the child is `/bin/sh`: where it execs a lone command (bash: macOS, Fedora, Arch) the command gets the SIGTERM; where it forks it (dash: Debian, Ubuntu) the shell dies and the command dies of SIGPIPE at its next write, unless it ignores SIGPIPE (GNU tar, ffmpeg) and finishes without its output (measured in test/e2e/js-hazard-shell-kill.test.ts). When the parent exits first (`process.exit()` in a CLI, or a crash), the read ends close and the child's next write dies of SIGPIPE (EPIPE), half-way through its work. Reading the streams does not help: exec keeps buffering them, and kills the child at maxBuffer all the same; a 'close' handler that ignores its arguments never learns of it. A `try`/`catch` around the call catches only exec's own argument errors: the command's failure arrives later, at a callback there is none of. A command whose stdout and stderr are both redirected in the shell string (`cmd >/dev/null 2>&1`) is not reported.",
      example: "const { exec } = require('child_process');\nexec('npm run build');\nprocess.exit(0);\n",
      useInstead: "const { exec } = require('child_process');\nexec('npm run build', (error) => {\n  if (error) console.error(error);\n  process.exit(error ? 1 : 0);\n});\n",
      fixSafety: "`subprocess` (unsafe), for a dropped child only (the two other shapes get no fix: what the catch or the listeners meant to do with a failure cannot be guessed): rewrites the call to `spawn(cmd, { shell: true, stdio: 'ignore' }).on('error', (error) => console.error(error))` (exec; an explicit `shell` option is kept) or `spawn(file, args, { stdio: 'ignore' }).on('error', ...)` (execFile): exec swallowed a failure to start, and spawn without an 'error' listener would crash the process instead, so the failure is logged. When every use of an imported or destructured `exec`/`execFile` is such a dropped call, the fix of each rewrites them all (its description names the other lines) and removes that name from the import (or turns it into `spawn`), so no unused import is left behind (TS6133 under `noUnusedLocals`; one exception below); a name still used elsewhere (a call with a callback) stays. The child stays fire-and-forget but writes to /dev/null, so neither maxBuffer nor SIGPIPE can kill it. `spawn` is reached the way `exec` was (`cp.exec` becomes `cp.spawn`), through an existing `spawn` binding, or by adding `spawn` to the file's child_process import or require; a named options object is spread into the new one. It is unsafe because behaviour changes beyond the hazard: the child's stdin becomes /dev/null instead of an open pipe; a spawn error (bad `cwd`, missing shell) that exec swallowed is now logged on stderr; a command that exec would have killed at maxBuffer now runs to completion; in TypeScript, exec-only options such as `maxBuffer` or `encoding` in an inline options object no longer type-check; and an `exec` that was the only name of an import while `spawn` comes from elsewhere is left unused (the statement is kept: it may have a comment or a side effect).",
      reproduction: {
        files: {
          "child.py": ARTICLE_CHILD,
          "task.js": "const { exec } = require('child_process');\nexec('python3 child.py');\nsetTimeout(() => process.exit(0), 100);\n"
        },
        run: "node task.js; for i in $(seq 50); do [ -e marker ] && break; sleep 0.1; done; ls marker",
        shows: "No such file",
        says: "no marker: the parent exited, the child died of EPIPE on its next write",
        fix: "task.js"
      },
      references: [
        "https://nodejs.org/api/child_process.html#child_processexeccommand-options-callback",
        "https://nodejs.org/api/child_process.html#maxbuffer-and-unicode",
        "https://nodejs.org/api/child_process.html#optionsstdio"
      ]
    }
  },
  check(ctx) {
    const reports = [];
    for (const { call, qualified } of ctx.model.callsTo(EXEC)) {
      if (callbackOf(ctx.model, call) !== "no") continue;
      const uses2 = childUses(ctx.model, call);
      if (uses2.escapes) continue;
      const fn = qualified.slice(qualified.indexOf(".") + 1);
      const out = judgedOutput(ctx.model, call, qualified, ctx.path);
      const max = formatBytes(nodeFacts(ctx.nodeMajor).execMaxBuffer);
      if (out.serves && (uses2.listens || uses2.stdoutTouched || uses2.otherStreams || uses2.outcome)) continue;
      const shown2 = fn === "exec" && uses2.stderrConsumed;
      const caught = uses2.outcome || shown2 ? null : catchingTry(call);
      if (caught) {
        const line = ctx.sourceFile.getLineAndCharacterOfPosition(caught.getStart(ctx.sourceFile)).line + 1;
        reports.push({
          call,
          message: `${fn}() without a callback inside a try: a failed command never reaches the catch at line ${line} (exec reports it only to a callback, after the try has ended), so its exit code and errors are lost`,
          evidence: "any-size"
        });
        continue;
      }
      if (quiet(ctx, call, qualified)) continue;
      if (uses2.listens || uses2.stdoutTouched || uses2.otherStreams) {
        if (uses2.outcome || !canPassMaxBuffer(out)) continue;
        if (stoppedBy(ctx.model, call)) continue;
        reports.push({
          call,
          message: `${fn}() without a callback, and nothing here looks at its exit code or signal (${out.evidence}): exec still buffers the output, so on Node ${ctx.node.label}, once it passes maxBuffer (${max}) even if its streams are read, ${killedPast(fn)}, and nobody learns that it failed`,
          evidence: nodeBufferEvidence(out)
        });
        continue;
      }
      const evidence = out.stdout !== "none" ? out.evidence : `its stdout is redirected, but \`${out.program ?? "the command"}\` can still write without bound on stderr`;
      reports.push({
        call,
        message: `${fn}() without a callback, its ChildProcess unused (${evidence}): on Node ${ctx.node.label}, once its output passes maxBuffer (${max}), ${killedPast(fn)}; once this process exits, its writes meet a closed pipe (SIGPIPE); nobody learns that it failed`,
        dropped: { call, qualified },
        // A parent that exits soon after kills a child still writing, whatever maxBuffer would hold.
        evidence: exitsSoonAfter(call) !== null ? commandEvidence(out) : nodeBufferEvidence(out)
      });
    }
    const fixes2 = spawnFixes(ctx, reports.flatMap((r) => r.dropped ? [r.dropped] : []));
    for (const r of reports) ctx.report(r.call, { message: r.message, evidence: r.evidence, ...r.dropped ? { fixes: fixes2.get(r.call) ?? [] } : {} });
  }
};

// rules/pop102-spawn-output-never-consumed.ts
import path22 from "node:path";

// src/typescript/exit-race-collectors.ts
var FUNCTION_ARG_CALLS = /* @__PURE__ */ new Set(["bind"]);
function functionOf2(model, e, depth = 0) {
  if (!e || depth > 3) return null;
  const x = skipOuter(e);
  if (ts.isArrowFunction(x) || ts.isFunctionExpression(x)) return x;
  if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && FUNCTION_ARG_CALLS.has(x.expression.name.text)) return functionOf2(model, x.expression.expression, depth + 1);
  if (!ts.isIdentifier(x)) return null;
  const b = model.lookup(x);
  if (!b) return null;
  if (ts.isFunctionDeclaration(b.decl)) return b.decl;
  if (ts.isVariableDeclaration(b.decl) && b.decl.initializer && !model.isReassigned(b)) return functionOf2(model, b.decl.initializer, depth + 1);
  return null;
}
function calledAs(access, name) {
  const p = access.parent;
  if (!ts.isPropertyAccessExpression(p) || p.expression !== access || p.name.text !== name) return null;
  return ts.isCallExpression(p.parent) && p.parent.expression === p ? p.parent : null;
}
function boundRefs(model, e) {
  let x = e;
  while (ts.isParenthesizedExpression(x.parent) || ts.isAsExpression(x.parent) || ts.isNonNullExpression(x.parent)) x = x.parent;
  const d = x.parent;
  if (!ts.isVariableDeclaration(d) || d.initializer !== x || !ts.isIdentifier(d.name)) return [];
  const b = model.lookup(d.name);
  return b && !model.isReassigned(b) ? model.references(b).filter((r) => r !== d.name && !isWriteTarget(r)) : [];
}
function writeFunctions(model, sink) {
  let x = skipOuter(sink);
  let refs = [];
  if (ts.isIdentifier(x)) {
    const b = model.lookup(x);
    if (!b || !ts.isVariableDeclaration(b.decl) || !b.decl.initializer || model.isReassigned(b)) return [];
    const decl = b.decl;
    refs = model.references(b).filter((r) => r !== decl.name);
    x = skipOuter(decl.initializer);
  }
  if (!ts.isNewExpression(x) || !/(^|\.)Writable$/.test(x.expression.getText())) return [];
  const fns = [];
  const options = x.arguments?.[0] && skipOuter(x.arguments[0]);
  if (options && ts.isObjectLiteralExpression(options)) {
    for (const p of options.properties) {
      if (!p.name || !ts.isIdentifier(p.name) || p.name.text !== "write") continue;
      if (ts.isMethodDeclaration(p)) fns.push(p);
      else if (ts.isPropertyAssignment(p)) {
        const fn = functionOf2(model, p.initializer);
        if (fn) fns.push(fn);
      }
    }
  }
  for (const r of refs) {
    const p = r.parent;
    if (!ts.isPropertyAccessExpression(p) || p.expression !== r || p.name.text !== "_write" && p.name.text !== "write") continue;
    const a = p.parent;
    if (!ts.isBinaryExpression(a) || a.left !== p || a.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
    const fn = functionOf2(model, a.right);
    if (fn) fns.push(fn);
  }
  return fns;
}
function lineListeners(model, rl) {
  const fns = [];
  for (const r of [rl, ...boundRefs(model, rl)]) {
    for (const method of LISTEN) {
      const on = calledAs(r, method);
      if (on && stringValue(on.arguments[0]) === "line") {
        const fn = functionOf2(model, on.arguments[1]);
        if (fn) fns.push(fn);
      }
    }
  }
  return fns;
}
function readlineName(call) {
  const callee = skipOuter(call.expression);
  return (ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : null) === "createInterface";
}
function readlineAround(site) {
  for (let n = site.parent, i = 0; n && i < 4; n = n.parent, i++) {
    if (!ts.isCallExpression(n)) continue;
    return readlineName(n) && n.arguments[0] && contains2(n.arguments[0], site) ? n : null;
  }
  return null;
}
function collectorAt(model, stream, site) {
  if (ts.isCallExpression(site)) {
    const callee = skipOuter(site.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "pipe" && site.arguments[0]) {
      const whole = wholeSink(model, site.arguments[0]);
      if (whole) return { stream, node: site, via: "whole", fns: [whole] };
      const fns2 = [...writeFunctions(model, site.arguments[0]), ...passThroughListeners(model, site.arguments[0])];
      return fns2.length ? { stream, node: site, via: "pipe", fns: fns2 } : null;
    }
    const got = gotWhole(model, site);
    if (got) return { stream, node: site, via: "whole", fns: [got] };
  }
  const rl = ts.isCallExpression(site) && readlineName(site) ? site : readlineAround(site);
  const loop = iteratedBy(model, rl ?? site);
  if (loop) return { stream, node: loop.node, via: "iterate", fns: [loop.body] };
  if (!rl) return null;
  const fns = lineListeners(model, rl);
  return fns.length ? { stream, node: rl, via: "line", fns } : null;
}
var WHOLE_SINKS = /* @__PURE__ */ new Set(["concat-stream"]);
var WHOLE_PROMISES = /^get-stream(\.(buffer|array))?$/;
function wholeSink(model, sink) {
  const x = skipOuter(sink);
  if (!ts.isCallExpression(x) || !WHOLE_SINKS.has(model.qualifiedName(skipOuter(x.expression)) ?? "")) return null;
  return functionOf2(model, x.arguments.at(-1));
}
function gotWhole(model, call) {
  if (!WHOLE_PROMISES.test(model.qualifiedName(skipOuter(call.expression)) ?? "")) return null;
  const then = calledAs(call, "then");
  if (then) return functionOf2(model, then.arguments[0]);
  let x = call;
  while (isWrapperOrAwait(x.parent)) x = x.parent;
  const p = x.parent;
  if (ts.isBinaryExpression(p) && p.right === x && ts.isExpressionStatement(p.parent)) return p.parent;
  return null;
}
function isWrapperOrAwait(n) {
  return ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n) || ts.isAwaitExpression(n);
}
function passThroughListeners(model, sink) {
  const x = skipOuter(sink);
  if (!ts.isIdentifier(x)) return [];
  const b = model.lookup(x);
  if (!b || !ts.isVariableDeclaration(b.decl) || !b.decl.initializer || model.isReassigned(b)) return [];
  const init = skipOuter(b.decl.initializer);
  if (!ts.isNewExpression(init) || !/(^|\.)PassThrough$/.test(init.expression.getText())) return [];
  const fns = [];
  for (const r of model.references(b)) {
    for (const method of LISTEN) {
      const on = calledAs(r, method);
      if (on && stringValue(on.arguments[0]) === "data") {
        const fn = functionOf2(model, on.arguments[1]);
        if (fn) fns.push(fn);
      }
    }
  }
  return fns;
}
function iteratedBy(model, site) {
  if (ts.isForOfStatement(site)) return site.awaitModifier ? { node: site, body: site } : null;
  const over = ts.isCallExpression(site) && (readlineName(site) || localCallee(model, site)) ? site : ts.isCallExpression(site) ? null : site;
  if (!over) return null;
  let x = over;
  while (ts.isParenthesizedExpression(x.parent) || ts.isAsExpression(x.parent) || ts.isNonNullExpression(x.parent)) x = x.parent;
  const p = x.parent;
  if (ts.isForOfStatement(p) && p.awaitModifier && p.expression === x) return { node: ts.isCallExpression(over) ? over : p, body: p };
  if (ts.isCallExpression(p) && p.arguments[0] === x && /(^|\.)__asyncValues$/.test(skipOuter(p.expression).getText())) {
    const d = p.parent;
    const list = d && ts.isVariableDeclaration(d) ? d.parent : void 0;
    const loop = list && ts.isVariableDeclarationList(list) ? list.parent : void 0;
    if (loop && ts.isForStatement(loop) && loop.initializer === list) return { node: ts.isCallExpression(over) ? over : p, body: loop.statement };
  }
  if (ts.isCallExpression(over) && readlineName(over)) {
    for (const r of boundRefs(model, over)) {
      const loop = r.parent;
      if (ts.isForOfStatement(loop) && loop.awaitModifier && loop.expression === r) return { node: over, body: loop };
    }
  }
  return null;
}
function localCallee(model, call) {
  return calleeOf2(model, call) !== null;
}
function helperCollectors(model, spawn, scope) {
  const refs = boundRefs(model, spawn);
  const out = [];
  for (const ref of refs) {
    const call = ref.parent;
    if (!ts.isCallExpression(call) || !contains2(scope, call)) continue;
    const index = call.arguments.indexOf(ref);
    const fn = index < 0 ? null : calleeOf2(model, call);
    const param = fn?.parameters[index];
    if (!fn?.body || !param || !ts.isIdentifier(param.name)) continue;
    const name = param.name.text;
    const visit = (n) => {
      if (ts.isIdentifier(n) && n.text === name && ts.isPropertyAccessExpression(n.parent) && n.parent.expression === n) {
        let access = n.parent;
        const stream = access.getText().endsWith("stdout") ? "stdout" : access.getText().endsWith("stderr") ? "stderr" : null;
        while (ts.isNonNullExpression(access.parent)) access = access.parent;
        const pipe = calledAs(access, "pipe");
        const c = stream && collectorAt(model, stream, pipe ?? access);
        if (c) out.push(c);
      }
      ts.forEachChild(n, visit);
    };
    visit(fn.body);
  }
  return out;
}
function calleeOf2(model, call) {
  const fn = functionOf2(model, call.expression);
  if (fn) return fn;
  const callee = skipOuter(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || skipOuter(callee.expression).kind !== ts.SyntaxKind.ThisKeyword) return null;
  for (let p = call.parent; p; p = p.parent) {
    if (ts.isClassLike(p)) {
      const m = p.members.find((x) => ts.isMethodDeclaration(x) && x.name && ts.isIdentifier(x.name) && x.name.text === callee.name.text);
      return m ? m : null;
    }
  }
  return null;
}

// src/typescript/resolved-unused.ts
function resolvedForNobody(model, use, file) {
  const promise = resolverPromise(model, use);
  if (!promise) return false;
  const fn = returnedBy(promise);
  if (!fn) return false;
  const sites = callersOf(model, fn, file);
  if (!sites) return false;
  return sites.every(({ model: m, call }) => {
    const kind = valueUse(m, call, true).kind;
    return kind === "dropped" || kind === "void";
  });
}
function resolverPromise(model, use) {
  for (let c = use, p = use.parent; p && !isFunctionLike(p); c = p, p = p.parent) {
    if (!ts.isCallExpression(p) || !p.arguments.includes(c) || !ts.isIdentifier(p.expression)) continue;
    const b = model.lookup(p.expression);
    if (!b || b.kind !== "param" || !ts.isParameter(b.decl) || model.isReassigned(b)) return null;
    const executor = b.decl.parent;
    if (!ts.isArrowFunction(executor) && !ts.isFunctionExpression(executor) || executor.parameters[0] !== b.decl) return null;
    let e = executor;
    while (isWrapper(e.parent)) e = e.parent;
    const made = e.parent;
    return ts.isNewExpression(made) && made.arguments?.[0] === e && ts.isIdentifier(made.expression) && made.expression.text === "Promise" ? made : null;
  }
  return null;
}
function returnedBy(promise) {
  let e = promise;
  while (isWrapper(e.parent) || ts.isAwaitExpression(e.parent)) e = e.parent;
  const p = e.parent;
  if (ts.isReturnStatement(p)) {
    for (let f = p.parent; f; f = f.parent) if (isFunctionLike(f)) return isFn(f) ? f : null;
    return null;
  }
  return ts.isArrowFunction(p) && p.body === e ? p : null;
}

// src/typescript/exit-race.ts
var APPEND = /* @__PURE__ */ new Set(["push", "write", "unshift", "concat"]);
var OWN_OUTPUT = /* @__PURE__ */ new Set(["process.stdout", "process.stderr"]);
var END_EVENTS = /* @__PURE__ */ new Set(["end", "close", "finish"]);
function listenersOf(model, e) {
  const one = functionOf2(model, e);
  if (one || !e) return one ? [one] : [];
  const x = skipOuter(e);
  const b = ts.isIdentifier(x) ? model.lookup(x) : null;
  if (!b || !ts.isVariableDeclaration(b.decl) || !b.decl.initializer) return [];
  const given = [b.decl.initializer];
  for (const ref of model.references(b)) {
    if (!isWriteTarget(ref)) continue;
    const p = ref.parent;
    if (!ts.isBinaryExpression(p) || p.left !== ref || p.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return [];
    given.push(p.right);
  }
  const fns = given.map((g) => functionOf2(model, g));
  return fns.every((f) => f !== null) ? fns : [];
}
function propertyTarget(e) {
  const x = skipOuter(e);
  if (!ts.isPropertyAccessExpression(x) && !ts.isElementAccessExpression(x)) return null;
  const key2 = memberName(x);
  return key2 === null ? null : `${skipOuter(x.expression).getText()}.${key2}`;
}
function targetsOf(model, fn) {
  const out = [];
  const add = (e) => {
    const x = skipOuter(e);
    if (OWN_OUTPUT.has(x.getText().replace(/\s+/g, ""))) return;
    if (ts.isIdentifier(x)) {
      const b = model.lookup(x);
      if (b && !contains2(fn, b.decl)) out.push({ binding: b });
      return;
    }
    const key2 = propertyTarget(x);
    if (key2 !== null) out.push({ key: key2 });
  };
  const chunk = chunkBindings(model, fn);
  const visit = (n) => {
    if (n !== fn && isFunctionLike(n)) return;
    if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      const right = skipOuter(n.right);
      const literal2 = ts.isLiteralExpression(right) || right.kind === ts.SyntaxKind.TrueKeyword || right.kind === ts.SyntaxKind.FalseKeyword || right.kind === ts.SyntaxKind.NullKeyword;
      if ((op === ts.SyntaxKind.PlusEqualsToken || op === ts.SyntaxKind.EqualsToken) && !literal2 && carries(model, right, chunk)) add(n.left);
    }
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && APPEND.has(n.expression.name.text) && n.arguments.some((a) => carries(model, a, chunk))) add(n.expression.expression);
    ts.forEachChild(n, visit);
  };
  const body = isFunctionLike(fn) ? fn.body : fn;
  if (body) visit(body);
  return out;
}
function chunkBindings(model, fn) {
  if (!isFunctionLike(fn)) return null;
  const chunk = /* @__PURE__ */ new Set();
  const add = (id) => {
    const b = model.lookup(id);
    if (b) chunk.add(b);
  };
  for (const p of fn.parameters) if (ts.isIdentifier(p.name)) add(p.name);
  const visit = (n) => {
    if (n !== fn && isFunctionLike(n)) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && mentions(model, n.initializer, chunk)) add(n.name);
    ts.forEachChild(n, visit);
  };
  const body = fn.body;
  if (body) visit(body);
  return chunk;
}
function carries(model, e, chunk) {
  return chunk === null || mentions(model, e, chunk);
}
function endListener(fn) {
  const call = fn.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(fn)) return false;
  const callee = skipOuter(call.expression);
  const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
  const event = stringValue(call.arguments[0]);
  return !!method && LISTEN.has(method) && event !== null && END_EVENTS.has(event);
}
function readsIn(model, fn, target, depth, seen) {
  if (seen.has(fn) || depth > 2) return [];
  seen.add(fn);
  const found = [];
  const callees = [];
  const visit = (n) => {
    if (n !== fn && isFunctionLike(n) && (endListener(n) || deferred(model, n))) return;
    if (target.binding && ts.isIdentifier(n) && n.text === target.binding.name && !memberNameOf(n) && !isWriteTarget(n) && model.lookup(n) === target.binding && !appendedTo(n)) found.push(n);
    else if (target.key !== void 0 && (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && propertyTarget(n) === target.key && !isWriteTarget(n) && !appendedTo(n)) found.push(n);
    if (ts.isCallExpression(n)) {
      const callee = functionOf2(model, n.expression);
      if (callee) callees.push(callee);
    }
    ts.forEachChild(n, visit);
  };
  visit(fn);
  for (const callee of callees) if (!calledAtEnd(model, callee)) found.push(...readsIn(model, callee, target, depth + 1, seen));
  return found;
}
function memberNameOf(n) {
  const p = n.parent;
  return ts.isPropertyAccessExpression(p) && p.name === n || ts.isPropertyAssignment(p) && p.name === n;
}
function deferred(model, fn) {
  const call = fn.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.some((a) => a === fn)) return false;
  const callee = call.expression;
  return ts.isIdentifier(callee) && callee.text !== "queueMicrotask" && !callsAtOnce(model, call, call.arguments.indexOf(fn));
}
function callsAtOnce(model, call, index) {
  const callee = functionOf2(model, call.expression);
  const param = callee?.parameters[index];
  if (!callee?.body || !param || !ts.isIdentifier(param.name)) return false;
  const name = param.name.text;
  const visit = (n) => {
    if (n !== callee.body && isFunctionLike(n)) return false;
    if (ts.isCallExpression(n) && ts.isIdentifier(skipOuter(n.expression)) && skipOuter(n.expression).text === name) return true;
    return ts.forEachChild(n, visit) ?? false;
  };
  return visit(callee.body);
}
var ERROR_CALLS = /^(console\.(error|warn)|reject|\w*[Ee]rror|\w+\.(error|warn|fail))$/;
var DEBUG_CALLS = /^(console\.(debug|trace)|\w+\.debug)$/;
function diagnostic(use, handler) {
  const code2 = handler.parameters[0] && ts.isIdentifier(handler.parameters[0].name) ? handler.parameters[0].name.text : null;
  for (let c = use, p = use.parent; p; c = p, p = p.parent) {
    if (ts.isThrowStatement(p)) return "error";
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression !== c) {
      const callee = p.expression.getText().replace(/\s+/g, "");
      if (ERROR_CALLS.test(callee)) return "error";
      if (DEBUG_CALLS.test(callee)) return "debug";
    }
    if (ts.isCallExpression(p) && ts.isPropertyAccessExpression(p.expression) && p.expression.name.text === "emit" && stringValue(p.arguments[0]) === "error") return "error";
    if (code2 !== null) {
      if (ts.isIfStatement(p) && p.expression !== c) {
        const failed2 = failureTest(p.expression, code2);
        if (failed2 !== null && failed2 === (p.thenStatement === c)) return "error";
      }
      if (ts.isConditionalExpression(p) && p.condition !== c) {
        const failed2 = failureTest(p.condition, code2);
        if (failed2 !== null && failed2 === (p.whenTrue === c)) return "error";
      }
      if (ts.isBlock(p) || ts.isSourceFile(p)) {
        for (const s of p.statements) {
          if (s === c) break;
          if (ts.isIfStatement(s) && !s.elseStatement && failureTest(s.expression, code2) === false && returns(s.thenStatement)) return "error";
        }
      }
    }
    if (p === handler || isFunctionLike(p) && !contains2(handler, p)) break;
  }
  return null;
}
function failureTest(cond, code2) {
  const e = skipOuter(cond);
  if (ts.isIdentifier(e) && e.text === code2) return true;
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = failureTest(e.operand, code2);
    return inner === null ? null : !inner;
  }
  if (!ts.isBinaryExpression(e)) return null;
  if (e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return failureTest(e.left, code2) === true || failureTest(e.right, code2) === true ? true : null;
  const left = skipOuter(e.left);
  const right = skipOuter(e.right);
  const zero = (x) => ts.isNumericLiteral(x) && x.text === "0";
  const isCode = (x) => ts.isIdentifier(x) && x.text === code2;
  if (!(isCode(left) && zero(right) || isCode(right) && zero(left))) return null;
  switch (e.operatorToken.kind) {
    case ts.SyntaxKind.ExclamationEqualsEqualsToken:
    case ts.SyntaxKind.ExclamationEqualsToken:
      return true;
    case ts.SyntaxKind.EqualsEqualsEqualsToken:
    case ts.SyntaxKind.EqualsEqualsToken:
      return false;
    case ts.SyntaxKind.GreaterThanToken:
      return isCode(left) ? true : null;
    default:
      return null;
  }
}
function returns(s) {
  if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
  return ts.isBlock(s) && s.statements.length > 0 && returns(s.statements[s.statements.length - 1]);
}
function appendedTo(n) {
  const p = n.parent;
  if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) return true;
  return ts.isPropertyAccessExpression(p) && p.expression === n && APPEND.has(p.name.text) && ts.isCallExpression(p.parent) && p.parent.expression === p;
}
function calledAtEnd(model, fn, exit) {
  if (endListener(fn)) return true;
  const name = ts.isFunctionDeclaration(fn) ? fn.name : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name : null;
  if (!name) return false;
  const b = model.lookup(name);
  if (!b) return false;
  const firstWins = !!exit && !counts(fn);
  for (const ref of model.references(b)) {
    if (endListener(ref)) {
      if (firstWins) continue;
      return true;
    }
    for (let p = ref.parent; p; p = p.parent) {
      if (isFunctionLike(p)) {
        if (endListener(p)) return true;
        break;
      }
    }
  }
  return false;
}
function counts(fn) {
  const visit = (n) => {
    if (n !== fn && isFunctionLike(n)) return false;
    if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.MinusMinusToken || n.operator === ts.SyntaxKind.PlusPlusToken)) return true;
    if (ts.isBinaryExpression(n) && (n.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken || n.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) && ts.isNumericLiteral(skipOuter(n.right))) return true;
    return ts.forEachChild(n, visit) ?? false;
  };
  return visit(fn);
}
function exitRaces(model, call, fate, file) {
  if (!fate.exitListeners?.length || !fate.drains) return [];
  const scope = keptAlone(model, call) ?? fnOf(call);
  const collectors = [];
  for (const stream of ["stdout", "stderr"]) {
    for (const site of fate.drains[stream]) {
      const data = site.node;
      if (site.kind !== "drain" || !contains2(scope, data)) continue;
      if (ts.isCallExpression(data) && DRAIN_EVENTS.has(stringValue(data.arguments[0]) ?? "")) {
        if (stringValue(data.arguments[0]) === "data") collectors.push({ stream, node: data, via: "data", fns: listenersOf(model, data.arguments[1]) });
        continue;
      }
      const other = collectorAt(model, stream, data);
      if (other) collectors.push(other);
    }
  }
  collectors.push(...helperCollectors(model, call, scope));
  collectors.sort((a, b) => a.stream === b.stream ? 0 : a.stream === "stdout" ? -1 : 1);
  const races = [];
  for (const { stream, node: data, via, fns } of collectors) {
    let found = null;
    for (const target of fns.flatMap((collect2) => targetsOf(model, collect2))) {
      for (const exit of fate.exitListeners) {
        const handler = functionOf2(model, exit.arguments[1]);
        if (!handler || !contains2(scope, exit) || calledAtEnd(model, handler, exit)) continue;
        const reads = readsIn(model, handler, target, 0, /* @__PURE__ */ new Set()).map((u) => ({ u, why: diagnostic(u, handler) }));
        const use = reads.find((r) => r.why === null && !resolvedForNobody(model, r.u, file)) ?? reads.find((r) => r.why === "error");
        if (!use) continue;
        const race = { stream, data, via, exit, name: target.binding ? target.binding.name : target.key, use: use.u, errorOnly: use.why === "error" };
        if (!found || found.errorOnly && !race.errorOnly) found = race;
        if (!found.errorOnly) break;
      }
      if (found && !found.errorOnly) break;
    }
    if (found) races.push(found);
  }
  return races;
}
function keptAlone(model, call) {
  let x = call;
  while (isWrapper(x.parent)) x = x.parent;
  const p = x.parent;
  if (!ts.isBinaryExpression(p) || p.right !== x || p.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return null;
  const left = skipOuter(p.left);
  if (!ts.isPropertyAccessExpression(left) || skipOuter(left.expression).kind !== ts.SyntaxKind.ThisKeyword) return null;
  const key2 = left.name.text;
  let writes = 0;
  const visit = (n) => {
    if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && memberName(n) === key2 && isWriteTarget(n)) writes++;
    ts.forEachChild(n, visit);
  };
  visit(model.sourceFile);
  return writes === 1 ? model.sourceFile : null;
}
function closeTakesSameArgs(model, exit) {
  const handler = functionOf2(model, exit.arguments[1]);
  const event = exit.arguments[0];
  return !!handler && handler.parameters.length <= 2 && !!event && ts.isStringLiteralLike(event);
}

// src/typescript/exit-race-report.ts
import path21 from "node:path";

// src/typescript/concurrency.ts
import fs16 from "node:fs";
import path20 from "node:path";
var hosts = /* @__PURE__ */ new Map();
function sharedHost(model, file) {
  for (const s of model.sourceFile.statements) {
    const spec = ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) ? s.moduleSpecifier.text : null;
    if (spec && moduleName(spec) === "vscode") return "VS Code";
  }
  if (/\brequire\(\s*['"](vscode|atom)['"]\s*\)/.test(model.sourceFile.text)) return /['"]atom['"]/.test(model.sourceFile.text) ? "Atom" : "VS Code";
  const root = projectRoot(file);
  if (!root) return null;
  if (!hosts.has(root)) {
    let host = null;
    try {
      const pkg = JSON.parse(fs16.readFileSync(path20.join(root, "package.json"), "utf8"));
      host = pkg.engines?.["vscode"] ? "VS Code" : pkg.engines?.["atom"] ? "Atom" : null;
    } catch {
    }
    hosts.set(root, host);
  }
  return hosts.get(root);
}
var LOOPS5 = /* @__PURE__ */ new Set();
var ARRAY_METHODS2 = /* @__PURE__ */ new Set(["map", "forEach", "flatMap", "filter", "some", "every", "find", "findIndex"]);
var COMBINATORS = /^Promise\.(all|allSettled|race|any)$/;
function isLoop(n) {
  if (!LOOPS5.size) for (const k of [ts.SyntaxKind.ForStatement, ts.SyntaxKind.ForOfStatement, ts.SyntaxKind.ForInStatement, ts.SyntaxKind.WhileStatement, ts.SyntaxKind.DoStatement]) LOOPS5.add(k);
  return LOOPS5.has(n.kind);
}
function isExecutor(fn) {
  let e = fn;
  while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
  const p = e.parent;
  return ts.isNewExpression(p) && ts.isIdentifier(p.expression) && p.expression.text === "Promise" && p.arguments?.[0] === e;
}
function waitsEachTurn(loop) {
  const visit = (n) => {
    if (isFunctionLike(n)) return false;
    if (ts.isAwaitExpression(n) || ts.isYieldExpression(n) || ts.isForOfStatement(n) && !!n.awaitModifier) return true;
    return ts.forEachChild(n, visit) ?? false;
  };
  return visit(loop.statement) || ts.isForOfStatement(loop) && !!loop.awaitModifier;
}
function severalHere(node) {
  for (let c = node, p = node.parent; p; c = p, p = p.parent) {
    if (isLoop(p) && c === p.statement && !waitsEachTurn(p)) return { at: p, how: "in a loop that does not wait for each one" };
    if (ts.isCallExpression(p) && p.arguments.includes(c)) {
      const callee = skipOuter(p.expression);
      if (COMBINATORS.test(callee.getText().replace(/\s+/g, ""))) return { at: p, how: `by ${callee.getText()}()` };
    }
    if (isFunctionLike(p)) {
      if (isExecutor(p) || invokedInPlace(p)) continue;
      const call = p.parent;
      if (ts.isCallExpression(call)) {
        const how = handedSeveral(call, p);
        if (how) return { at: call, how };
      }
      return null;
    }
  }
  return null;
}
function handedSeveral(call, fn) {
  const callee = skipOuter(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return null;
  const at = call.arguments.indexOf(fn);
  const target = skipOuter(callee.expression);
  if (at === 0 && ARRAY_METHODS2.has(callee.name.text)) {
    return ts.isArrayLiteralExpression(target) && target.elements.length < 2 && !target.elements.some(ts.isSpreadElement) ? null : `for each item, by .${callee.name.text}()`;
  }
  if (at === 1 && callee.name.text === "from" && ts.isIdentifier(target) && target.text === "Array") {
    const source = skipOuter(call.arguments[0]);
    const length = ts.isObjectLiteralExpression(source) ? source.properties.find((q) => ts.isPropertyAssignment(q) && propertyKey(q.name) === "length") : void 0;
    const n = length && ts.isPropertyAssignment(length) && ts.isNumericLiteral(skipOuter(length.initializer)) ? Number(skipOuter(length.initializer).text) : null;
    return n !== null && n < 2 ? null : "for each item, by Array.from()";
  }
  return null;
}
function handedByName(model, fn) {
  let id = ts.isFunctionDeclaration(fn) ? fn.name ?? null : null;
  if (!id) {
    let e = fn;
    while (isWrapper(e.parent)) e = e.parent;
    if (ts.isVariableDeclaration(e.parent) && ts.isIdentifier(e.parent.name)) id = e.parent.name;
  }
  const b = id ? model.lookup(id) : null;
  if (!b) return null;
  for (const ref of model.references(b)) {
    let r = ref;
    while (isWrapper(r.parent)) r = r.parent;
    const call = r.parent;
    if (!ts.isCallExpression(call) || call.expression === r) continue;
    const how = handedSeveral(call, r);
    if (how) return { at: call, how };
  }
  return null;
}
function invokedInPlace(fn) {
  let e = fn;
  while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
  return ts.isCallExpression(e.parent) && e.parent.expression === e;
}
function entryFunction(node) {
  for (let p = node.parent; p; p = p.parent) if (isFunctionLike(p) && !isExecutor(p) && !invokedInPlace(p)) return p;
  return null;
}
var DEPTH = 5;
function concurrency(model, call, file) {
  const here = severalHere(call);
  if (here) return { kind: "here", ...here, file };
  const first = [];
  const seen = /* @__PURE__ */ new Set();
  let unseen = false;
  let level = [{ model, node: call, file }];
  for (let depth = 0; level.length; depth++) {
    if (depth >= DEPTH) return { kind: "unseen" };
    const next = [];
    for (const at of level) {
      const fn = entryFunction(at.node);
      if (!fn) continue;
      if (seen.has(fn)) continue;
      if (!isFn(fn)) {
        unseen = true;
        continue;
      }
      seen.add(fn);
      const byName = handedByName(at.model, fn);
      if (byName) return { kind: "callers", ...byName, file: at.file };
      const sites = callersOf(at.model, fn, at.file);
      if (!sites) {
        unseen = true;
        continue;
      }
      if (depth === 0) first.push(...sites);
      for (const site of sites) {
        const several = severalHere(site.call);
        if (several) return { kind: "callers", ...several, file: site.file };
        next.push({ model: site.model, node: site.call, file: site.file });
      }
    }
    level = next;
  }
  if (unseen || !first.length) return { kind: "unseen" };
  const host = sharedHost(model, file);
  return host ? { kind: "host", host, sites: first } : { kind: "sequential", sites: first };
}

// src/typescript/exit-race-report.ts
var FD = { stdout: 1, stderr: 2 };
function lineOf2(ctx, node) {
  return ctx.sourceFile.getLineAndCharacterOfPosition(node.getStart(ctx.sourceFile)).line + 1;
}
function closeFix2(ctx, exit) {
  if (!closeTakesSameArgs(ctx.model, exit)) return [];
  const event = exit.arguments[0];
  const quote = event.getText(ctx.sourceFile)[0];
  return [{
    strategy: "close",
    applicability: "unsafe",
    description: `Listen for 'close' instead of 'exit' (line ${lineOf2(ctx, exit)}): it passes the same (code, signal) once the output has been read; it also comes after a failed spawn ('error', then code -2) and waits for any process still holding the pipes`,
    edits: [replaceNode(ctx.sourceFile, event, `${quote}close${quote}`)]
  }];
}
function writtenNotPiped(ctx, options, fd) {
  const prop = options.object?.properties.find((p) => !ts.isSpreadAssignment(p) && propertyKey(p.name) === "stdio");
  if (!prop || !ts.isPropertyAssignment(prop) && !ts.isShorthandPropertyAssignment(prop)) return false;
  const v = ctx.model.initializerOf(ts.isPropertyAssignment(prop) ? prop.initializer : prop.name);
  const written = (e) => {
    if (!e || ts.isSpreadElement(e) || ts.isOmittedExpression(e)) return false;
    const x = ctx.model.initializerOf(e);
    if (ts.isNumericLiteral(x) || /^process\.(stdout|stderr)$/.test(x.getText().replace(/\s+/g, ""))) return true;
    const s = stringValue(x);
    return s !== null && s !== "pipe" && s !== "overlapped";
  };
  if (ts.isArrayLiteralExpression(v)) return !v.elements.some((e) => ts.isSpreadElement(e)) && written(v.elements[fd]);
  return written(v);
}
function racesThatCanCut(ctx, call, qualified, races, options) {
  races = races.filter((r) => !options || !writtenNotPiped(ctx, options, FD[r.stream]));
  if (!races.length) return { races, output: null };
  const output = judgedOutput(ctx.model, call, qualified, ctx.path);
  return { races: races.filter((r) => output[r.stream] !== "none" || r.errorOnly && r.stream === "stderr"), output };
}
var COLLECTED_BY = {
  data: ["the 'data' listener", "the 'data' listeners"],
  pipe: ["the Writable it is piped into", "the Writables they are piped into"],
  line: ["the 'line' listener of the readline interface", "the 'line' listeners of the readline interfaces"],
  iterate: ["the `for await` loop that reads it", "the `for await` loops that read them"],
  whole: ["the sink that hands over the whole output once the stream ends", "the sinks that hand over the whole output once the streams end"]
};
function place(ctx, node, file) {
  const line = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const other = path21.resolve(file) !== path21.resolve(ctx.path) ? ` of ${path21.relative(path21.dirname(path21.resolve(ctx.path)), file) || path21.basename(file)}` : "";
  return `line ${line}${other}`;
}
var REAPS = "libuv reaps every exited child when it handles one SIGCHLD, so a child that ends with another gets its 'exit' before its pipe has been read";
var HELD = "and whenever a process the command started still holds the pipe";
function childKind(fn, output) {
  if (fn === "fork") return { lastWrite: "teardown", program: "node" };
  return { lastWrite: output?.lastWrite ?? null, program: output?.program ?? null };
}
function together(kind) {
  return kind.lastWrite === "at-exit" ? `\`${kind.program}\` is a native program: what it writes to a pipe is flushed as it exits, so its output and its exit come together` : "a native program (`ls`, `git`) flushes what it writes to a pipe as it exits, so its output and its exit come together";
}
function when(ctx, c, kind) {
  if (kind.lastWrite === "teardown" && c.kind !== "sequential") {
    return { text: `but only when another child of this process ends in the same turn, and \`${kind.program}\` runs on an interpreter, which tears its runtime down for milliseconds after its last write, so its pipe has been read before its exit is reaped: measured, none of 560 such children cut short at 'exit' with 4 or 10 ending together, up to 2 MiB each; only on a machine loaded far past its cores, with more than the pipe's 64 KiB left to read at the end, were a few (8 of 500), unless a process it started still holds the pipe`, lone: true };
  }
  switch (c.kind) {
    case "here":
    case "callers":
      return { text: `the children are started ${c.how} (${c.kind === "here" ? "" : "by the caller at "}${place(ctx, c.at, c.file)}), ${together(kind)}, and ${REAPS}, ${HELD}`, lone: false };
    case "unseen":
      return { text: `whenever another child of this process ends in the same turn (its callers are not in this project, or cannot be followed, and decide that; ${together(kind)}, and ${REAPS}), ${HELD}`, lone: false };
    case "host": {
      const site = c.sites[0];
      return { text: `the callers here run it one at a time (${place(ctx, site.call, site.file)}), but this code runs in the ${c.host} extension host, one process for every extension, whose children end whenever they do; ${together(kind)}, and ${REAPS}, ${HELD}`, lone: false };
    }
    case "sequential": {
      const site = c.sites[0];
      return { text: `but only when another child of this process ends in the same turn, and the callers here run it one at a time (${place(ctx, site.call, site.file)}${c.sites.length > 1 ? ` and ${c.sites.length - 1} more` : ""}): measured, a child run alone is read before its 'exit' (none cut short on Node 16 to 22, at any size, the parent busy or idle), unless a process the command started still holds the pipe`, lone: true };
    }
  }
}
function reportRaces(ctx, call, fn, { races, output }) {
  if (!races.length) return;
  const { text, lone } = when(ctx, concurrency(ctx.model, call, ctx.path), childKind(fn, output));
  const byExit = /* @__PURE__ */ new Map();
  for (const r of races) byExit.set(r.exit, [...byExit.get(r.exit) ?? [], r]);
  for (const [exit, all] of byExit) {
    const errorOnly = all.every((r) => r.errorOnly);
    const rs = errorOnly ? all : all.filter((r) => !r.errorOnly);
    const streams = [...new Set(rs.map((r) => r.stream))];
    const names = [...new Set(rs.map((r) => `\`${r.name}\``))].join(" and ");
    const by = ["data", "pipe", "line", "iterate", "whole"].flatMap((via) => {
      const some = rs.filter((r) => r.via === via);
      if (!some.length) return [];
      const lines = [...new Set(some.map((r) => lineOf2(ctx, r.data)))].join(" and ");
      return [`${COLLECTED_BY[via][some.length > 1 ? 1 : 0]} at line${lines.includes(" and ") ? "s" : ""} ${lines}`];
    });
    const collected = `${fn}(): ${streams.join(" and ")} ${streams.length > 1 ? "are" : "is"} collected by ${by.join(" and by ")}`;
    ctx.report(call, {
      message: errorOnly ? `${collected} and used (${names}) only in the error the 'exit' listener at line ${lineOf2(ctx, exit)} gives when the command fails: Node emits 'exit' without waiting for the streams to end ('close' waits), so that error can lack the command's own error text, cut short or empty: ${text}` : `${collected} and used (${names}) in the 'exit' listener at line ${lineOf2(ctx, exit)}: Node emits 'exit' without waiting for the streams to end ('close' waits), so the output used can be cut short or empty: ${text}`,
      fixes: closeFix2(ctx, exit),
      evidence: lone ? "lone-race" : "race"
    });
  }
}

// src/typescript/sequential-read.ts
var OTHER = { stdout: "stderr", stderr: "stdout" };
function readsToEnd(node) {
  if (!ts.isForOfStatement(node) || !node.awaitModifier) return false;
  let leaves3 = false;
  const visit = (n, inLoop) => {
    if (leaves3 || isFunctionLike(n)) return;
    if (ts.isReturnStatement(n) || ts.isThrowStatement(n)) leaves3 = true;
    else if (ts.isBreakStatement(n) && (!inLoop || n.label)) leaves3 = true;
    else if (ts.isBreakStatement(n) || ts.isContinueStatement(n)) return;
    const nested = inLoop || ts.isIterationStatement(n, false) || ts.isSwitchStatement(n);
    ts.forEachChild(n, (c) => visit(c, nested));
  };
  visit(node.statement, false);
  return !leaves3;
}
function follows(loop, later) {
  if (later.pos < loop.end || fnOf(later) !== fnOf(loop)) return false;
  for (let p = loop.parent; p && !isFunctionLike(p); p = p.parent) {
    if (contains2(p, later)) return ts.isBlock(p) || ts.isSourceFile(p) || ts.isCaseClause(p) || ts.isDefaultClause(p);
    if (ts.isIterationStatement(p, false)) return false;
  }
  return false;
}
function readMeanwhile(site, loop, anchor) {
  if (site.kind === "exposed") return true;
  const fn = fnOf(site.node);
  if (contains2(fnOf(loop), site.node) && !contains2(loop, site.node)) return site.node.pos < loop.pos;
  return contains2(fn, anchor) || contains2(fn, loop);
}
function sequentialRead(fate, anchor) {
  const drains = fate.drains;
  if (!drains) return null;
  for (const first of ["stderr", "stdout"]) {
    const later = OTHER[first];
    for (const site of drains[first]) {
      if (site.kind !== "drain" || !readsToEnd(site.node)) continue;
      const loop = site.node;
      const after = drains[later].filter((s) => s.kind === "drain" && follows(loop, s.node));
      if (!after.length || drains[later].some((s) => !after.includes(s) && readMeanwhile(s, loop, anchor))) continue;
      return { first, loop, later, at: after[0].node };
    }
  }
  return null;
}

// src/typescript/client-pipe.ts
var SERVERS = /* @__PURE__ */ new Set(["http.createServer", "https.createServer", "http2.createServer", "http2.createSecureServer"]);
var ROUTES = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "all", "head", "options", "use"]);
var LISTEN3 = /* @__PURE__ */ new Set(["on", "once", "addListener", "prependListener", "prependOnceListener"]);
var GONE = /* @__PURE__ */ new Set(["close", "aborted"]);
var ENDS_WITH = /* @__PURE__ */ new Set(["pipeline", "finished", "onFinished", "eos"]);
function handlerOf(model, dest) {
  const d = skipOuter(dest);
  if (!ts.isIdentifier(d)) return null;
  const b = model.lookup(d);
  if (!b || b.kind !== "param" || !ts.isParameter(b.decl) || b.decl.name !== b.id) return null;
  const fn = b.decl.parent;
  if (!isFunctionLike(fn) || fn.parameters.indexOf(b.decl) !== 1) return null;
  let e = fn;
  while (isWrapper(e.parent)) e = e.parent;
  const call = e.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(e)) return null;
  const callee = skipOuter(call.expression);
  const q = model.qualifiedName(callee);
  if (q && SERVERS.has(q)) return fn;
  if (!ts.isPropertyAccessExpression(callee)) return null;
  const name = callee.name.text;
  if (LISTEN3.has(name) && stringValue(call.arguments[0]) === "request") return fn;
  const route = call.arguments[0];
  const path24 = route ? stringValue(route) : null;
  const routed = path24 !== null && path24.startsWith("/") || !!route && ts.isRegularExpressionLiteral(route);
  return ROUTES.has(name) && routed && call.arguments.at(-1) === e ? fn : null;
}
function watchesClient(handler) {
  const params = new Set(handler.parameters.slice(0, 2).map((p) => ts.isIdentifier(p.name) ? p.name.text : null).filter((n) => n !== null));
  let found = false;
  const visit = (n) => {
    if (found) return;
    if (ts.isCallExpression(n)) {
      const callee = skipOuter(n.expression);
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
      if (name !== null && ENDS_WITH.has(name)) found = true;
      const event = stringValue(n.arguments[0]);
      if (name !== null && LISTEN3.has(name) && event !== null && GONE.has(event) && ts.isPropertyAccessExpression(callee)) {
        const root = rootIdentifier(callee.expression);
        if (root !== null && params.has(root)) found = true;
      }
    }
    ts.forEachChild(n, visit);
  };
  if (handler.body) visit(handler.body);
  return found;
}
function pipesToClient(model, value, depth = 0) {
  if (depth > 3) return null;
  const use = valueUse(model, value, true);
  if (use.kind === "bound") {
    for (const ref of model.references(use.binding)) {
      if (isWriteTarget(ref)) continue;
      const hit = pipesToClient(model, ref, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  if (use.kind !== "member" || use.name !== "pipe") return null;
  const call = calledMember(use.access);
  const dest = call?.arguments[0];
  if (!call || !dest || ts.isSpreadElement(dest)) return null;
  const handler = handlerOf(model, dest);
  return handler && !watchesClient(handler) ? call : null;
}
function clientPipe(model, fate, file) {
  for (const site of fate.drains?.stdout ?? []) {
    if (site.kind !== "drain") continue;
    const n = site.node;
    if (ts.isCallExpression(n) && memberName(skipOuter(n.expression)) === "pipe") {
      const dest = n.arguments[0];
      const handler = dest && !ts.isSpreadElement(dest) ? handlerOf(model, dest) : null;
      if (handler && !watchesClient(handler)) return { pipe: n, file, local: true };
      continue;
    }
    const fn = ts.isReturnStatement(n) ? fnOf(n) : null;
    if (!fn || !isFn(fn)) continue;
    for (const caller of callersOf(model, fn, file) ?? []) {
      const pipe = pipesToClient(caller.model, caller.call);
      if (pipe) return { pipe, file: caller.file, local: caller.file === file };
    }
  }
  return null;
}

// rules/pop102-spawn-output-never-consumed.ts
var SPAWN2 = /* @__PURE__ */ new Set(["child_process.spawn", "child_process.fork"]);
var FD2 = { stdout: 1, stderr: 2 };
function pipes(ctx, call, fork) {
  const options = optionsOf(ctx.model, call, true);
  if (!options) return null;
  return { options, config: { stdout: streamConfig(ctx.model, options, fork, 1), stderr: streamConfig(ctx.model, options, fork, 2) } };
}
function detached(ctx, options) {
  const prop = options.object?.properties.find((p) => !ts.isSpreadAssignment(p) && propertyKey(p.name) === "detached");
  return !!prop && ts.isPropertyAssignment(prop) && skipOuter(prop.initializer).kind === ts.SyntaxKind.TrueKeyword;
}
function hazardous(ctx, piped, fate, output, s, exitLine) {
  const lifelong = !!output.livesOn?.[s] && fate[s].state === "unread" && exitLine !== null;
  if (piped.config[s].state !== "pipe" || fate[s].state === "drained" || output[s] !== "unbounded" && !lifelong) return false;
  const script = output.program !== null && /runs a program/.test(output.evidence);
  if ((!fate.waits || script) && isTestPath(ctx.path)) return knownToGrow(output, s) || exitLine !== null;
  return true;
}
function spawnEvidence(output, streams, fate, livesOn, parentExits) {
  if (livesOn) return "lives-on";
  if (streams.every((s) => fate[s].state === "afterExit")) return deadlockEvidence(output);
  return parentExits ? commandEvidence(output) : nodeBufferEvidence(output);
}
function streamList(streams) {
  return streams.join(" and ");
}
function message(ctx, fn, streams, fate, output, outlives, exitLine, session = false) {
  const what = `${fn}(): ${streamList(streams)}`;
  const states = streams.map((s) => fate[s]);
  const route = fate.route ? `, the child being ${fate.route}` : session ? ", the child being kept and fed on its stdin for the session, so what it writes there adds up over the session" : "";
  const are = streams.length > 1 ? "are" : "is";
  const exit = exitLine !== null ? `; this process exits soon after (line ${exitLine}), and the child dies at its next write` : outlives ? "; once this process exits, its next write kills it" : "";
  let how;
  if (states.every((f) => f.state === "afterExit")) how = `${are} read only after the child exits${route} (${output.evidence}): Node throws away what is waiting at exit, and`;
  else if (states.every((f) => f.state === "conditional")) how = `${are} read only when \`${states[0].guard}\`${route} (${output.evidence}): otherwise`;
  else if (states.every((f) => f.state === "unread")) how = `${are} never read${route} (${output.evidence}):`;
  else {
    const clause = (s) => {
      const f = fate[s];
      if (f.state === "afterExit") return `${s} is read only after the child exits`;
      if (f.state === "conditional") return `${s} is read only when \`${f.guard}\``;
      return `${s} is never read`;
    };
    return `${fn}(): ${streams.map(clause).join(" and ")}${route} (${output.evidence}): on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)}${exit}`;
  }
  return `${what} ${how} on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)}${exit}`;
}
function devnullFix3(ctx, call, piped, streams, fate, fork) {
  if (streams.some((s) => fate[s].touched || fate[s].state !== "unread") || fate.route || fate.stored) return [];
  const stdio = piped.config.stdout.stdio ?? piped.config.stderr.stdio;
  const used = /* @__PURE__ */ new Set();
  if (fate.stdinUsed) used.add(0);
  for (const s of ["stdout", "stderr"]) if (fate[s].touched) used.add(FD2[s]);
  const edit = ignoreStreamEdits(ctx.source, ctx.sourceFile, call, piped.options, { state: "pipe", stdio }, new Set(streams.map((s) => FD2[s])), used, fork);
  if (!edit) return [];
  return [{ strategy: "devnull", applicability: "safe", description: `Send the unread ${streamList(streams)} to /dev/null: ${edit.wrote}`, edits: edit.edits }];
}
function exposedUnread(ctx, call, piped, fate, output) {
  const candidates = ["stdout", "stderr"].filter((s) => piped.config[s].state === "pipe" && fate[s].exposedAs && output[s] === "unbounded");
  if (!candidates.length || isTestPath(ctx.path)) return null;
  const stop = stoppedBy(ctx.model, call);
  if (!stop) return null;
  const streams = candidates.filter((s) => !projectReadsMember(ctx.path, fate[s].exposedAs));
  return streams.length ? { streams, stop } : null;
}
function reportHandedOut(ctx, call, piped, fate, output, fn) {
  if (!output.serves || isTestPath(ctx.path)) return;
  const streams = ["stdout", "stderr"].filter((s) => piped.config[s].state === "pipe" && fate[s].state === "unread" && !fate[s].touched && output[s] === "unbounded" && !projectReadsMember(ctx.path, s));
  if (!streams.length) return;
  const are = streams.length > 1 ? "are" : "is";
  ctx.report(call, {
    message: `${fn}(): ${streamList(streams)} ${are} never read, the child being ${fate.handedOut} to callers outside this module, and no code in this project reads a child's ${streamList(streams)} (${output.evidence}): unless every caller reads ${streams.length > 1 ? "them" : "it"}, on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)}`,
    evidence: "lives-on"
  });
}
function reportSequential(ctx, call, qualified, piped, fate) {
  if (piped && (piped.config.stdout.state === "no" || piped.config.stderr.state === "no")) return false;
  const seq = sequentialRead(fate, call);
  if (!seq) return false;
  const output = judgedOutput(ctx.model, call, qualified, ctx.path);
  if (output[seq.later] !== "unbounded" || isTestPath(ctx.path) && !knownToGrow(output, seq.later)) return false;
  const line = (n) => ctx.sourceFile.getLineAndCharacterOfPosition(n.getStart(ctx.sourceFile)).line + 1;
  const fn = qualified === "child_process.fork" ? "fork" : "spawn";
  ctx.report(call, {
    message: `${fn}(): ${seq.later} is read only once ${seq.first} has ended (the \`for await\` loop at line ${line(seq.loop)} reads ${seq.first} to its end before the read at line ${line(seq.at)}) (${output.evidence}): ${seq.first} ends only when the child exits, but on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)} on ${seq.later}, so neither ends and the parent waits for good`,
    evidence: deadlockEvidence(output)
  });
  return true;
}
function reportClientPipe(ctx, call, qualified, piped, fate) {
  if (piped?.config.stdout.state === "no" || isTestPath(ctx.path)) return;
  const found = clientPipe(ctx.model, fate, ctx.path);
  if (!found) return;
  const output = judgedOutput(ctx.model, call, qualified, ctx.path);
  if (output.stdout !== "unbounded") return;
  const sf = found.pipe.getSourceFile();
  const line = sf.getLineAndCharacterOfPosition(found.pipe.getStart(sf)).line + 1;
  const where = found.local ? `line ${line}` : `${path22.relative(path22.dirname(path22.resolve(ctx.path)), found.file).split(path22.sep).join("/")}:${line}`;
  const fn = qualified === "child_process.fork" ? "fork" : "spawn";
  ctx.report(call, {
    message: `${fn}(): stdout is piped into the response of an HTTP request handler (${where}) with .pipe(), and nothing stops the child when the client goes away (${output.evidence}): once the client closes the connection, pipe() unpipes from the closed response and nobody reads stdout, so on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)}, one blocked process per request that ended early; use stream.pipeline(), which destroys the pipe with the response, or kill the child on the request's 'close'`,
    evidence: nodeBufferEvidence(output)
  });
}
function reportCaller(ctx, call, name, info, fate) {
  const own = info.programParam !== null ? argvOutput(ctx.model, call.arguments[info.programParam], info.argsParam !== null ? call.arguments[info.argsParam] : void 0) : null;
  const evidence = own?.program ? own.evidence : info.evidence;
  const outcomes = info.stdio ? stdioAtCall(ctx.model, info.stdio, call) : null;
  const piped = (s) => !outcomes || outcomes.some((o) => o[s] === "pipe");
  const streams = info.streams.filter((s) => piped(s) && fate[s].state !== "drained" && (!own?.program || own[s] === "unbounded"));
  if (!streams.length) return;
  const runs = outcomes?.filter((o) => streams.some((s) => o[s] === "pipe"));
  const when2 = runs && runs.length < outcomes.length && runs.every((o) => o.when) ? `when ${runs.map((o) => o.when).join(" or ")}, ` : "";
  const are = streams.length > 1 ? "are" : "is";
  const how = !info.stdio ? `${are} never read here` : streams.length > 1 ? "are pipes that are never read here" : "is a pipe that is never read here";
  const exit = info.outlives || fate.unref ? "; once this process exits, its next write kills it" : "";
  const lost = !fate.listens && !fate.stored && !fate.unref && !info.outlives && !info.waits ? ", and its exit status is lost" : "";
  ctx.report(call, {
    message: `${name}() returns the child spawned at ${info.at}, and ${when2}its ${streamList(streams)} ${how} (${evidence}): on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)}${lost}${exit}`,
    evidence: exit ? "lives-on" : own?.program ? nodeBufferEvidence(own) : info.runsAnything ? "can-grow" : commandEvidence({ basis: info.basis })
  });
}
function wrapperCalls2(ctx, analysis) {
  const callees = wrapperCallees(ctx.model, ctx.path, ctx.wrappers);
  if (!callees.size) return;
  for (const { call, qualified } of ctx.model.callsTo(new Set(callees.keys()))) {
    const fate = analysis.fate(call);
    if (fate.escapes) continue;
    reportCaller(ctx, call, qualified.slice(qualified.lastIndexOf(".") + 1).replace(/^\.\/?/, ""), callees.get(qualified), fate);
  }
}
function localCallers(ctx, analysis, call, qualified) {
  let e = call;
  while (isWrapper(e.parent)) e = e.parent;
  const p = e.parent;
  const fn = ts.isArrowFunction(p) && p.body === e ? p : ts.isReturnStatement(p) ? fnOf(p) : null;
  if (!fn || !isFunctionLike(fn)) return;
  const sites = callSitesOf(ctx.model, fn);
  if (!sites) return;
  const line = ctx.sourceFile.getLineAndCharacterOfPosition(call.getStart(ctx.sourceFile)).line + 1;
  const unread = { state: "unread", touched: false };
  const info = wrapperInfo(ctx.model, call, qualified, fn, { stdout: unread, stderr: unread, unref: false, waits: false }, `line ${line}`);
  if (!info?.stdio) return;
  for (const site of sites) {
    const fate = analysis.fate(site);
    if (!fate.escapes) reportCaller(ctx, site, functionName3(fn), info, fate);
  }
}
var rule11 = {
  meta: {
    id: "POP102",
    name: "spawn-output-never-consumed",
    language: "javascript",
    summary: "spawn()/fork() with stdout or stderr piped (the default) and never read while the child runs: a child with output that can grow blocks, and the parent hangs",
    defaultEnabled: true,
    severity: "error",
    strategies: ["devnull", "close"],
    // cross-spawn exports child_process.spawn under its own name.
    needles: ["child_process", "cross-spawn"],
    resolves: ["child_process.spawn", "child_process.fork"],
    docs: {
      whatItDoes: "Checks for `child_process.spawn(...)` (or `cross-spawn`, which is spawn under another name, or a parameter declared `typeof child_process.spawn`, which the caller hands in), and `fork(..., { silent: true })`, whose stdout or stderr is a pipe (the default, `'pipe'`, or `'pipe'` at index 1 or 2 of a `stdio` array) that nothing reads while the child runs, when the command's output on that stream can grow (by the command knowledge: `find`, builds, interpreters, `ffmpeg`'s stderr, an unknown program; not `mkfifo`, `git rev-parse`, `dot -V`). The child is followed wherever it goes in the module: through `let` bindings (each use belongs to the assignment that reaches it), aliases, `const { stdout, pid } = spawn(...)`, local helpers that return it (to each caller), properties, objects, arrays, Maps and Sets it is stored in (to every read of them in the module), and, when a whole project is checked, the callers in other modules of an exported function that returns it: declared, assigned (`exports.run = (cmd) => spawn(cmd)`, `export default`), or made by a factory (`export const run = makeRunner(false)`, where an export whose factory arguments rule the spawn out, such as a `spawnSync` branch, is left out). When that function takes its stdio from its caller (`spawn(cmd, args, { stdio })`, the caller's options, `if (stdio) { opts = opts || {}; opts.stdio = stdio; }`), each call is judged by what it passes: `null` or nothing gives the default pipes, `'inherit'` none, and `quiet ? 'pipe' : 'inherit'` pipes on one branch, which the message names (\"when `quiet` is true\"); a call dropped as a statement also loses the child's exit status, and the message says so. `await once(child, 'exit')` and `new Promise((r) => child.on('close', r))` wait for the child; they do not read it. A read under an `if` covers that path only; a read in an 'exit'/'close' listener or after awaiting the exit comes too late. One stream read to its end before the other is read at all comes too late too: `for await (const c of p.stderr) err += c;` and only then `for await (const c of p.stdout) out += c;` in the same function (no `break`, `return` or `throw` leaving the first loop, and no read of the other stream set up before it, where the child is started or earlier in that function; a read in another method, which a caller uses instead, is another path) waits for stderr's end, which comes only when the child exits, while the child blocks on the stdout nobody reads (audit 26: tinyexec's `_waitForOutput`; measured in test/e2e/js-hazard-sequential.test.ts); this is reported whoever else gets the child, and whatever its options, unless they send one of the two streams elsewhere. A stdout piped with `.pipe(res)` into the response of an HTTP request handler (the second parameter of the function given to `http.createServer`, `https.createServer`, a server's 'request' listener, or an express-style route, `router.get('/path', ..., (req, res) => ...)`), here or by the callers of a function that returns it, in this module or in the project's others (`return ff.stdout;`, then `encode(url).pipe(res)` in a route), is reported when the handler never learns that the client went away (no 'close' or 'aborted' listener on the request or the response, no `stream.pipeline()`, `finished()`, on-finished or end-of-stream) and the command's stdout can grow: when the client closes the connection, pipe() unpipes from the closed response and nobody reads stdout any more, so the child blocks for good, one blocked process per request that ended early (audit 26: ffmpeg streams of a camera; measured in test/e2e/js-hazard-client-pipe.test.ts). A stream the module only re-exposes on the object that keeps the child (`this.proc = spawn(cmd, args); this.stdout = this.proc.stdout;`) is read by whoever reads that property: a read of it in the module is followed, and when there is none, the project's other modules are searched for any read of a property of that name (`viewer.stdout.pipe(log)`); when nothing in the project reads it and the code keeps the child until it stops it (`this.proc.kill()` in `stop()`: a browser, a server, a watcher), the stream is reported, with the names it is re-exposed under. A server that a library starts and hands out to callers it cannot see (`return { proc: child, port }` or `return child` from a function with no caller in the module), for a program the command knowledge says serves until it is stopped (`redis-server`, `mongod`, `chromedriver`, `geckodriver`, `ngrok`, an X server, DynamoDB Local run by `java`), is reported when the stream is piped, untouched here, and no module of the project reads a child's stream of that name: it logs as requests come for as long as it runs, so unless every caller reads it, it blocks. Also checks output that 'data' listeners collect (`out += d`, `chunks.push(d)`, `this.err += d`, through a listener given by name, or by a name given one of several such functions), or that a Writable of the module the stream is piped into keeps (its `write` option or `_write`; also when the child is handed to a function or method of the module that pipes it), or that 'line' listeners of a `readline.createInterface({ input: child.stdout })` keep (`lines.push(l)`), or that a `for await` loop keeps (over the stream, over such an interface, or over what a function or method of the module handed the stream yields, `for await (const l of this.readgen(this.proc.stderr)) stderr.push(l)`, also as TypeScript compiles it for older targets with `__asyncValues`), or that the 'data' listeners of a `PassThrough` it is piped into keep, or that a sink hands over whole once the stream ends (concat-stream's callback, `child.stdout.pipe(concat((buf) => { out = buf; }))`; get-stream's promise, `.then(...)` or `out = await getStream(child.stdout)`), and that a listener of the child's 'exit' event uses (resolves, returns, parses, hands to a callback; directly or through a function of the module it calls), when both listeners are set up where the child is started (or anywhere in the file, for a child kept in a property of `this` that nothing else in the file assigns: `this.proc = spawn(...)` in the constructor, read and listened to in another method): Node emits 'exit' when the process ends, without waiting for its pipes, so the output used can miss its last chunks or all of them (reported as `race`, an error, when children can end together: started in a loop or in parallel here or by a caller, callers that cannot be seen, or an editor's extension host; in test files too: a cut output fails the test at random, whatever the fixture's size; as `lone-race`, at `possible` only, when every caller up to the script's top level runs it one at a time, since a lone child loses nothing, or when the child runs on an interpreter (`node`, a fork, Python, Java), which tears down after its last write; also when the child is handed on, returned or resolved, since the listeners set up here race all the same). Output used only to word an error (in an `Error`, a `reject()`, `console.error`, a throw, or on the path where the exit code says the command failed, `code !== 0 && ...` included) is reported with a message of its own: that error can lack the failing command's error text, even for a command quiet on stderr when it succeeds. Not reported for that: a stream the command knowledge says the command writes nothing on, chunks a listener passes on to this process's own stdout or stderr, output only in a debug log (`log.debug`), output that only resolves the promise a function returns when every caller of that function in the project (tests left out) drops it (`await shell(cmd)` as a statement), and a listener that also runs at a stream's 'end' or 'close' (but the 'exit' listener itself also given to a stream's 'close' runs at whichever comes first, and is reported unless it counts its calls, `if (--left === 0)`); a function handed to a plain call or a timer in the 'exit' listener runs later, unless it is handed to a function of the module that calls it at once (`cleanup(() => reject(err))`). Not reported: `stdio: 'ignore'` or `'inherit'`, fork with its default stdio, options the linter cannot see into (a parameter, an object changed after its declaration in a way that may touch `stdio`), and a child handed to code it cannot see (exported, passed to a function, returned to an unknown caller, or kept on a local object that is itself handed to such code: `stream._childProcess = spawn(...)` then `Seven.listen(stream)`, node-7z, which drains both streams).",
      whyIsThisBad: "Node reads a child's pipe only once the stream flows. Until then the bytes wait in the kernel pipe (64 KiB) and Node's read-ahead buffer: on Node 20 a child blocks in write() once about 93\u2013243 KiB are waiting (measured: 93 KiB with 1 KiB writes, about 190 KiB for `head`, `yes` or Python, 243 KiB with one large write) and never exits, so a parent waiting for 'exit' or 'close' hangs too. Below that Node throws the waiting bytes away when the child exits, so a command that prints a few lines does no harm and is not reported. A stream read only after the exit finds nothing. A child still writing when the parent exits (`detached` and `unref()`ed, or `app.quit()` a second later) dies at its next write: killed by SIGPIPE, or of EPIPE in a Node child. Output taken in an 'exit' listener can be cut short: \"the child process stdio streams might still be open\" then (Node's docs), and 'close' comes once they have ended. libuv reads a child's pipe before it reaps that child's exit, but it reaps every exited child when it handles one SIGCHLD: a child that ends in the same turn as another gets its 'exit' before its pipe has been read. So what decides is whether the process runs other children that end with this one, not the size of the output nor a busy event loop. Measured with `node bench/exit-race.mjs` (children `head -c N` on stdout or stderr, the caller going on at 'exit' as the reported code does; Node 16.20, 18.19, 20.20 and 22.12, Linux, 2 shared cores), children whose output was cut short at 'exit':\n\n| children | 3 or 60 KiB (one read), idle | 3 or 60 KiB, busy 100 ms | 200 KiB or 2 MiB (several reads), idle | 200 KiB or 2 MiB, busy 100 ms |\n|---|---|---|---|---|\n| one at a time | 0 of 200 | 0 of 200 | 0 of 200 | 0 of 200 |\n| 2 together | 29 of 400 | 284 of 400 | 1 of 400 | 13 of 400 |\n| 8 together | 504 of 1600 | 1344 of 1600 | 277 of 1600 | 182 of 1600 |\n| 20 together | 1989 of 4000 | 3620 of 4000 | 637 of 4000 | 557 of 4000 |\n\nAt 'close', none of the 24,800. A command that leaves a process writing into the pipe after it exits loses that part every time (test/e2e/exit-race.test.ts). So by default (`race`) a finding needs children that can end together: started in a loop that does not wait for each, by an array method or `Promise.all` (here or at a caller), callers that cannot be seen (an exported API, a handler a framework calls), or an editor's extension host, which runs every extension's children. When every caller up the chain runs it one at a time, to a script's top level, the finding is `lone-race`, at `possible` only, and says what was measured (test/e2e/exit-race-lone.test.ts). What is cut also hangs on the child (test/e2e/exit-race-kinds.test.ts, Node 20, 10 children ending together): a native program's output and its exit come together (its C library flushes the pipe's buffer in exit(); `ls`, `git`, `head`, `sh -c printf`: 1 to 14 % cut, a shell script 1 %), while a program run by an interpreter tears its runtime down for milliseconds after its last write (`node`, also after process.exit() or an uncaught throw, up to 2 MiB; `python3`: none of 560 cut; on a machine loaded far past its cores, forks throwing a 100 KB error, 10 at a time, 8 of 500: what is left past the pipe's 64 KiB at the end). The command knowledge says which a program is (last-write.data.ts): an interpreter's race is `lone-race` wherever it is started, a fork's too; the message of a `race` says how the native program's output and exit come together. A function handed by name to what runs it once per item (`Array.from({ length: n }, run)`, `files.map(run)`) starts several children at once.",
      example: "const { spawn } = require('child_process');\nconst child = spawn('find', ['/']);\nchild.on('close', (code) => console.log('done', code));\n",
      useInstead: "const { spawn } = require('child_process');\nconst child = spawn('find', ['/'], { stdio: 'ignore' });\nchild.on('close', (code) => console.log('done', code));\n",
      fixSafety: "`devnull` (safe): sends the unread streams to /dev/null, and says in its description exactly what it writes: with no `stdio` yet it adds `stdio: 'ignore'` when the code uses none of the child's streams, else an array that keeps the used ones as pipes (`stdio: ['ignore', 'pipe', 'ignore']` when only stdout is read; fork's array gets `'ipc'`); an inline `'pipe'` string becomes an array that ignores only the unread streams; an inline array gets `'ignore'` at the unread entries (`stdio[2]: 'ignore'`). The output was never read, so sending it to /dev/null changes nothing but the hang. A stdin that the code never touches becomes /dev/null in the fresh forms (the child reads end-of-file instead of an open pipe nobody writes to). `close` (unsafe), for output used at 'exit': listens for 'close' instead, which passes the same `(code, signal)` once the streams have ended; offered when the event is a string and the handler takes at most those two arguments. Unsafe because 'close' also comes after a failed spawn ('error', then 'close' with code -2, where 'exit' never came: a callback may run twice), and waits for every process holding the pipes (a daemon the command started keeps 'close' away for as long as it lives). No `devnull` fix is offered when the code mentions the stream at all (it would be null), reads it only under a condition or after the exit, reaches the child through a helper shared by other callers, keeps it in a property or a container (code elsewhere may read it there), or when the options object is shared.",
      reproduction: {
        files: {
          "task.js": "const { spawn } = require('child_process');\nconst child = spawn('seq', ['1000000']);\nchild.on('exit', (code) => console.log('child exited', code));\n"
        },
        run: 'timeout 5 node task.js; echo "exit status $?"',
        shows: "exit status 124",
        says: "exit status 124: the child blocked in write(), the parent never saw it exit",
        fix: "task.js"
      },
      references: [
        "https://nodejs.org/api/child_process.html#optionsstdio",
        "https://nodejs.org/api/child_process.html#subprocessstdout",
        "https://nodejs.org/api/stream.html#two-reading-modes"
      ]
    }
  },
  check(ctx) {
    const analysis = new ChildAnalysis(ctx.model);
    for (const { call, qualified } of ctx.model.callsTo(SPAWN2)) {
      const fork = qualified === "child_process.fork";
      const fate = analysis.fate(call);
      const piped = pipes(ctx, call, fork);
      reportRaces(ctx, call, fork ? "fork" : "spawn", racesThatCanCut(ctx, call, qualified, exitRaces(ctx.model, call, fate, ctx.path), piped?.options ?? null));
      if (reportSequential(ctx, call, qualified, piped, fate)) continue;
      reportClientPipe(ctx, call, qualified, piped, fate);
      if (!piped || piped.config.stdout.state !== "pipe" && piped.config.stderr.state !== "pipe") {
        if (!fork) localCallers(ctx, analysis, call, qualified);
        continue;
      }
      if (fate.escapes) {
        if (fate.handedOut) reportHandedOut(ctx, call, piped, fate, judgedOutput(ctx.model, call, qualified, ctx.path), fork ? "fork" : "spawn");
        continue;
      }
      const output = judgedOutput(ctx.model, call, qualified, ctx.path);
      const exitLine = !fate.waits && fate.site ? exitsSoonAfter(fate.site) : null;
      const outlives = fate.unref || detached(ctx, piped.options);
      const session = fate.stored && fate.stdinUsed && nodeBufferEvidence(output) === "can-grow";
      const streams = ["stdout", "stderr"].filter((s) => hazardous(ctx, piped, fate, output, s, exitLine));
      if (!streams.length) {
        const exposed = exposedUnread(ctx, call, piped, fate, output);
        if (exposed) {
          const line = ctx.sourceFile.getLineAndCharacterOfPosition(exposed.stop.getStart(ctx.sourceFile)).line + 1;
          const names = exposed.streams.map((s) => `\`this.${fate[s].exposedAs}\``).join(" and ");
          ctx.report(call, {
            message: `${fork ? "fork" : "spawn"}(): ${streamList(exposed.streams)} ${exposed.streams.length > 1 ? "are" : "is"} only re-exposed as ${names}, which nothing in this project reads, for a child that runs until this code stops it (line ${line}) (${output.evidence}): unless every user of the object reads ${exposed.streams.length > 1 ? "them" : "it"}, on Node ${ctx.node.label} the child blocks for good ${blockWindow(ctx.nodeMajor)}`
          });
        }
        continue;
      }
      const fn = fork ? "fork" : "spawn";
      const launched = output.livesOn && streams.every((s) => output[s] !== "unbounded");
      const text = launched ? `${fn}(): ${streamList(streams)} ${streams.length > 1 ? "are" : "is"} never read (${output.livesOn.says}): Node drains ${streams.length > 1 ? "them" : "it"} once the launcher exits, but this process exits soon after (line ${exitLine}), and that program then dies at its next write` : message(ctx, fn, streams, fate, output, outlives, exitLine, session);
      ctx.report(call, {
        message: text,
        fixes: devnullFix3(ctx, call, piped, streams, fate, fork),
        evidence: spawnEvidence(output, streams, fate, !!launched || outlives || session, exitLine !== null)
      });
    }
    if (ctx.wrappers) wrapperCalls2(ctx, analysis);
  }
};

// rules/pop103-exec-promise-floating.ts
var PROMISIFIED = /* @__PURE__ */ new Set(["promisify(child_process.exec)", "promisify(child_process.execFile)"]);
function handles(method, call) {
  return method === "catch" || method === "then" && call.arguments.length >= 2;
}
function floating(ctx, expr, depth = 0) {
  if (depth > 8) return false;
  const use = valueUse(ctx.model, expr, false);
  switch (use.kind) {
    case "dropped":
      return true;
    case "bound":
      return ctx.model.references(use.binding).length === 0;
    case "member": {
      const call = calledMember(use.access);
      if (!call) return false;
      if (handles(use.name, call)) return false;
      return (use.name === "then" || use.name === "finally") && floating(ctx, call, depth + 1);
    }
    default:
      return false;
  }
}
function canAwait(ctx, node) {
  for (let n = node.parent; n; n = n.parent) {
    if (isFunctionLike(n)) return (ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Async) !== 0;
    if (ts.isClassStaticBlockDeclaration(n) || ts.isPropertyDeclaration(n)) return false;
  }
  return ctx.topLevelAwait;
}
function chainEnd(call) {
  let end = call;
  for (; ; ) {
    const p = end.parent;
    const name = ts.isPropertyAccessExpression(p) && p.expression === end ? p.name.text : null;
    const next = name === "then" || name === "finally" ? calledMember(p) : null;
    if (!next) return end;
    end = next;
  }
}
function readFix2(ctx, call) {
  const start = call.getStart(ctx.sourceFile);
  if (canAwait(ctx, call)) {
    return [{
      strategy: "read",
      applicability: "unsafe",
      description: "Await the command",
      edits: [{ start, end: start, content: "await " }]
    }];
  }
  const end = chainEnd(call).end;
  return [{
    strategy: "read",
    applicability: "unsafe",
    description: "Report the rejection with .catch()",
    edits: [{ start: end, end, content: ".catch((error) => console.error(error))" }]
  }];
}
var rule12 = {
  meta: {
    id: "POP103",
    name: "exec-promise-floating",
    language: "javascript",
    summary: "Promisified exec()/execFile() whose promise nobody awaits or handles: failures become unhandled rejections",
    defaultEnabled: true,
    severity: "error",
    strategies: ["read"],
    needles: ["child_process"],
    resolves: ["promisify(child_process.exec)", "promisify(child_process.execFile)"],
    docs: {
      whatItDoes: "Checks for calls of a promisified `exec` or `execFile` (`util.promisify(exec)`, `promisify(cp.execFile)`, `require('util').promisify(require('child_process').exec)`) whose promise is dropped: a bare statement, a variable never read, or `.then(f)`/`.finally(f)` with no rejection handler. Not reported: `await`, `return`, `.catch()`, `.then(f, onRejected)`, `void p` (discarded on purpose), and promises passed on (`Promise.all([...])`).",
      whyIsThisBad: "The promise rejects when the command exits non-zero, is killed at `maxBuffer` (1 MiB of output), or cannot start. Nobody handles that: it becomes an unhandled rejection, which since Node 15 crashes the process at an unrelated later point, with a stack that does not show the caller. Nothing waits for the command either, so the caller goes on as if it had finished, and a `process.exit()` elsewhere kills it half-way.",
      example: "const { exec } = require('child_process');\nconst { promisify } = require('util');\nconst execAsync = promisify(exec);\n\nasync function deploy() {\n  execAsync('git push');\n}\n",
      useInstead: "const { exec } = require('child_process');\nconst { promisify } = require('util');\nconst execAsync = promisify(exec);\n\nasync function deploy() {\n  await execAsync('git push');\n}\n",
      fixSafety: "`read` (unsafe): inside an async function (or at the top of an .mjs/.mts module) adds `await`, so the caller waits for the command and its failure throws there; elsewhere appends `.catch((error) => console.error(error))`, so a failure is logged instead of crashing the process as an unhandled rejection. Both change timing or error flow, hence unsafe.",
      reproduction: {
        files: {
          "task.js": "const { promisify } = require('util');\nconst execAsync = promisify(require('child_process').exec);\nasync function deploy() {\n  execAsync('exit 3');\n  await new Promise((resolve) => setTimeout(resolve, 500));\n  console.log('deployed');\n}\ndeploy().catch((error) => console.log('deploy failed, handled:', error.code));\n"
        },
        run: 'node task.js; echo "exit status $?"',
        shows: "exit status 1\\b",
        says: "exit status 1: the rejection nobody handled crashed the process; the caller's catch never saw it",
        fix: "task.js"
      },
      references: [
        "https://nodejs.org/api/child_process.html#child_processexeccommand-options-callback",
        "https://nodejs.org/api/util.html#utilpromisifyoriginal",
        "https://nodejs.org/api/cli.html#--unhandled-rejectionsmode"
      ]
    }
  },
  check(ctx) {
    for (const { call, qualified } of ctx.model.callsTo(PROMISIFIED)) {
      if (!floating(ctx, call)) continue;
      const fn = qualified.slice(qualified.indexOf(".") + 1, -1);
      ctx.report(call, {
        // Node 15 made an unhandled rejection fatal (--unhandled-rejections=throw); before, a warning.
        message: ctx.nodeMajor >= 15 ? `promise of promisified ${fn}() is never awaited or handled: a failing command becomes an unhandled rejection, which crashes the process on Node ${ctx.node.label}` : `promise of promisified ${fn}() is never awaited or handled: a failing command becomes an unhandled rejection, only a warning on Node ${ctx.node.label}, and the failure is lost`,
        fixes: readFix2(ctx, call),
        // Whatever the command writes: its failure is what is lost.
        evidence: "any-size"
      });
    }
  }
};

// rules/pop104-exec-output-past-maxbuffer.ts
var BUFFERING = {
  "child_process.exec": { shell: true, callback: true, fails: "the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short" },
  "child_process.execFile": { shell: false, callback: true, fails: "the callback gets ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut short" },
  "promisify(child_process.exec)": { shell: true, callback: false, fails: "the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER" },
  "promisify(child_process.execFile)": { shell: false, callback: false, fails: "the promise rejects with ERR_CHILD_PROCESS_STDIO_MAXBUFFER" },
  "child_process.execSync": { shell: true, callback: false, fails: "the call throws ENOBUFS" },
  "child_process.execFileSync": { shell: false, callback: false, fails: "the call throws ENOBUFS" },
  // Only with `shell: true` and a command from the caller (see `callerCommand`).
  "child_process.spawnSync": { shell: false, callback: false, fails: "the result carries ENOBUFS with the output cut short" }
};
var NAMES = new Set(Object.keys(BUFFERING));
var WRAPPED_FAILS = {
  "node-cmd.runSync": "runSync() catches the ENOBUFS execSync throws and returns `data: null`, with only the stderr text as `err`"
};
var SPAWN3 = /* @__PURE__ */ new Set(["child_process.spawn"]);
var MiB = 1024 * 1024;
var LONG_JOB = 2 * 3600;
var DEV_TOOLING = /(^|[\\/])(scripts?|tools?)[\\/]|(^|[\\/])([Gg]ulpfile|[Gg]runtfile|[Jj]akefile|(webpack|rollup|vite|esbuild)\.config)(\.[\w-]+)*\.[cm]?[jt]s$/;
function raiseFix(ctx, call, options, limit, hasCallback) {
  const wrote = "maxBuffer: Infinity";
  const prop = limit.prop;
  if (options.opaque || limit.how === "caller" || limit.how === "setting" || ctx.model.wrappedName(call.expression)) return [];
  let edits;
  if (prop) {
    if (!options.inline || !options.object?.properties.includes(prop)) return [];
    edits = [replaceNode(ctx.sourceFile, prop.initializer, "Infinity")];
  } else if (options.object) {
    if (!options.inline) return [];
    edits = appendItems(ctx.source, ctx.sourceFile, options.object, options.object.properties, [wrote]);
  } else if (options.arg) {
    edits = [replaceNode(ctx.sourceFile, options.arg, `{ ${wrote} }`)];
  } else {
    const args = call.arguments;
    const before = hasCallback ? args[args.length - 2] : args[args.length - 1];
    if (!before) return [];
    edits = [{ start: before.end, end: before.end, content: `, { ${wrote} }` }];
  }
  return [{
    strategy: "read",
    applicability: "unsafe",
    description: `Keep the whole output: ${wrote}`,
    edits
  }];
}
function callerCommand2(model, call, qualified) {
  const command = call.arguments[0];
  if (!command || ts.isSpreadElement(command) || !fromCaller(model, command)) return false;
  if (/exec\)?$|execSync$/.test(qualified)) return true;
  return qualified === "child_process.spawnSync" && usesShell(model, call) === true;
}
function handedIn(model, call) {
  const command = call.arguments[0];
  const e = command && !ts.isSpreadElement(command) ? model.initializerOf(command) : null;
  if (e && ts.isCallExpression(e)) return `a command built by \`${skipOuter(e.expression).getText()}()\`, a function the caller hands in, which can build any command line (a build or a test run can log past a megabyte)`;
  return "a command the caller hands in, which can be any build, test run or hook (the log of a build or a test run can pass a megabyte)";
}
function positionalOptions(model, call, qualified, callback) {
  if (callback === "unknown" || call.arguments.some((a) => ts.isSpreadElement(a))) return null;
  const withCallback = callback === "yes" ? 1 : 0;
  const at = BUFFERING[qualified].shell ? 1 : 2;
  if (call.arguments.length !== at + 1 + withCallback) return null;
  return { arg: call.arguments[at], object: null, inline: false, opaque: true };
}
function takesStdout(model, call, callback, hasCallback) {
  if (!hasCallback) {
    const use = valueUse(model, call, false);
    return use.kind !== "dropped" && use.kind !== "void";
  }
  if (callback !== "yes") return true;
  const last = call.arguments.at(-1);
  const fn = last ? skipOuter(last) : null;
  if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return fn.parameters.length >= 2;
  return true;
}
function duration(least, most) {
  const unit = most >= 3 * 3600 ? 3600 : 60;
  const name = unit === 3600 ? "hours" : "minutes";
  const [a, b] = [Math.round(least / unit), Math.round(most / unit)];
  return a === b ? `about ${a} ${a === 1 ? name.slice(0, -1) : name}` : `${a} to ${b} ${name}`;
}
function returnedAsIs(call) {
  let e = call;
  while (isWrapper(e.parent) || ts.isAwaitExpression(e.parent)) e = e.parent;
  return ts.isReturnStatement(e.parent) || ts.isArrowFunction(e.parent) && e.parent.body === e;
}
function handWritten(ctx) {
  for (const { call } of ctx.model.callsTo(SPAWN3)) {
    const found = killLimitOf(ctx.model, call);
    if (!found || found.limit.bytes > MiB) continue;
    const [program, args] = call.arguments;
    if (!program || ts.isSpreadElement(program) || args && ts.isSpreadElement(args)) continue;
    const shell = usesShell(ctx.model, call) === true;
    const caller = fromCaller(ctx.model, program) && (shell || !args || shapeOf(ctx.model, args) === "object" || fromCaller(ctx.model, args));
    const out = commandOutput(ctx.model, call, "child_process.spawn");
    const unknown2 = out.program === null && out.stdout === "unbounded";
    if (!caller && !unknown2 && (!out.scales || out.stdout !== "unbounded" && out.stderr !== "unbounded")) continue;
    const line = ctx.sourceFile.getLineAndCharacterOfPosition(found.kill.getStart(ctx.sourceFile)).line + 1;
    const size = formatBytes(found.limit.bytes) + { default: "", here: "", caller: " unless the caller's options raise it", setting: " unless a setting raises it" }[found.limit.how];
    const what = caller ? (shell ? "a command the caller hands in" : "a program and arguments the caller hands in") + ", which can be any build, test run or tool writing its result to stdout" : out.scales ? `a command that grows with what it walks (${out.scales})` : `a command not known statically, whose output can grow`;
    ctx.report(call, {
      message: `spawn() of ${what}: the code counts its output and kills the child at line ${line} once it passes ${size}, as exec's maxBuffer would, so a larger result is cut short and lost; raise the limit, or stream the output instead of keeping it`,
      evidence: caller || unknown2 ? "external-command" : "grows"
    });
  }
}
var rule13 = {
  meta: {
    id: "POP104",
    name: "exec-output-past-maxbuffer",
    language: "javascript",
    summary: "exec()/execFile() (callback, promisified or sync), or spawn() under a size limit written by hand, running a command whose output grows with the tree or workspace it walks or with time (the progress line of an encoder), a child that runs until it is stopped (kept until the code stops it, or a watcher, a dev server, a player), or a shell command the caller hands in: past the limit the child is killed and the result is lost",
    defaultEnabled: true,
    severity: "error",
    strategies: ["read"],
    needles: ["child_process", "node-cmd"],
    resolves: [...NAMES, ...SPAWN3],
    docs: {
      whatItDoes: "Checks for `child_process.exec`/`execFile` with a callback, their promisified forms, and `execSync`/`execFileSync`, when the command knowledge says the output grows with the size of what the command walks (`find`, `grep -r`, `rg`, `git log`/`diff`/`ls-files`, `git show <rev>:<path>` of a path known only at run time, which prints that file whole, `go vet ./...`, `golint ./...`, `guru referrers`, `go-symbols`) and `maxBuffer` is Node's default or a size written in the source no larger than 1 MiB. It also checks a shell command line the caller hands in, nothing of it written here (`exec(cmd, cb)` where `cmd` is a parameter, a property of one or of `this`, as task runners and build plugins run their users' hooks; and `spawnSync(cmd, { shell: true })`, which buffers its pipes the same way; `spawnSync` without a shell is reported for a command that grows with what it walks, `spawnSync('git', ['diff', ...args])`, its words read also from an array a local function builds and appends to with `push` or `Array.prototype.push.apply`): it can be any build or test run, whose log passes a megabyte. A local helper called only with written commands (`command('git rev-parse HEAD')`) is judged by those, and so is a helper that writes the program and takes its argument list from its callers (`git(args, cb)` around `execFile('git', args, cb)`, called with `['rev-parse', 'HEAD']`; a script's `--version` and `--help`). So is a wrapper of the project whose command is its parameter, through its callers in its own module and in the modules that import it (a function, a method of the exported object, a static method of an exported class; a command that is a constant of another module, `Utils.execute(Constants.LINUX_COMMAND)`): judged by the loudest command its callers outside the tests pass, the message naming that caller (`execFile(args[0], args.slice(1))` called with `['docker-machine', '-D', 'create', ...]`, whose debug log on stderr passes a megabyte); a wrapper no project code calls keeps the caller's command. The maxBuffer read is the one that reaches the call: a named options object with the properties it gets afterwards (`opts.maxBuffer = n`, `Object.assign(opts, {...})`), spreads in order, and options the caller hands in, which leave Node's default unless the caller raises it (a local helper is judged by the options its callers pass; a proxy that returns exec's result to whoever chose the options is not reported). A size with a setting in front (`(config.maxBuffer || 200) * 1024`) is the written size. node-cmd's `cmd.run(line, callback)` is `exec(line, callback)` and `cmd.runSync(line)` is `execSync(line)` (it catches the ENOBUFS and returns the cut stderr as `err`); they take no options, so no fix is offered. exec without a callback buffers all the same: it is reported here when its exit is watched or the child handed on (POP101 has it otherwise), for a command handed in, or one the table says grows (`npm run`, a build, a test run) when an `exit`/`close` listener reads the code or the signal: past maxBuffer it sees Node's SIGTERM, not the command's end. Output that grows with time is reported too, when a long job passes the limit (within two hours at the command's fastest rate, from the knowledge): `HandBrakeCLI` prints a progress line 3 to 5 times a second while it encodes (1 MiB after 47 to 71 minutes), `ffmpeg` its stats line every half second while it encodes video with an encoder it names (`-c:v libx264`; not `-nostats` or a quiet `-loglevel`; not a remux with `copy`, an image, audio or one frame, which end within minutes) (76 to 117 minutes), and for as long as a live input runs (a camera over RTSP or RTMP, a capture device, `-f v4l2`, `-re`, a looped or listening input), stream copy included; curl's meter and yt-dlp's progress need hours to pass 1 MiB, so they are reported only under a smaller maxBuffer (Node before 12, or a size written here); the message says how long it takes. And a child that runs until the code stops it (`child.kill()`, `process.kill(child.pid)`, `process.kill(-child.pid)` for its process group, through the name it is bound to or the property it is kept in, `this.server = execFile(script, opts)` then `this.server.kill()` elsewhere in the module, in a function named for stopping, `stop()`, `shutdown()`, `dispose()`, or in a handler of the parent's own end, `process.on('SIGINT', ...)`, `app.on('will-quit', ...)`; a kill in a timeout or a cancellation handler cuts short a command that would have ended by itself, and does not count), with or without a callback, when its command is not known to be quiet: a server or a watcher writes for as long as it runs, into exec's buffer. So is a command the knowledge says runs until it is stopped and writes as it goes, whoever stops it (the child handed on, kept, or closed by the user): a server or a dev server (`elm reactor`, `npm run dev`, `ng serve`), a player with a status line (`mplayer`, `vlc`), and a build, a compiler or a test runner in watch mode (`--watch`, `tsc -w`, `rescript build -w`, `rescript watch`; for a program not known statically, the words `watch` or `serve`, or `build` with `-w`, and words a name chooses between, `args.join(' ')` with `args = v12 ? ['watch'] : ['build', '-w']`), with a callback, promisified, or without a callback when the child is kept, listened to or handed on (a child dropped outright is POP101's); a short build or compile (`tsc -p .`, `npm run build`) is not. A language server is such a child too, whatever its program: `exec(binPath)` returned by the function handed to `new LanguageClient(id, name, serverOptions, ...)` (vscode-languageclient), which talks to it over its stdin and stdout for the whole session. A converter that prints the whole document it converts on stdout (`antiword`, `catdoc`, `unrtf`, `pandoc` without `-o`, `pdftotext FILE -`, `pdftohtml -stdout`, `lynx -dump`) is reported when the code takes the document (the callback's `stdout`, the promise's result; not a probe that looks at the error only): the document is as large as the one a user hands in, and a long one passes 1 MiB, or the 200 KiB Node gave before version 12. Options merged with `Object.assign`, `extend()` (util-extend, xtend, object-assign) or lodash's `assign`/`extend`/`merge` are read in order (`extend({ maxBuffer: 1000 * 1024 }, options.exec)`: 1000 KiB unless the caller's options raise it), and options a helper of another module picks out of the caller's (`util.createExecOptions('doc', options)`) are the caller's. The same limit written by hand around `spawn()` is reported too: the output counted in a listener and the child killed once the count passes a size of 1 MiB or less (`if (out.length > options.maxBuffer) child.kill()`), unless the command is known to print less (`git rev-parse`). A command the table says grows (a build, a package manager, an interpreter running a script: `execSync('make', { maxBuffer: 100 * 1024 })`) is reported when the code sets maxBuffer below Node's default: Node raised that default from 200 KiB to 1 MiB in version 12 because real commands passed it. A maxBuffer read from an editor setting (`workspace.getConfiguration('clang').get('diagnostic.maxBuffer')`, `config.get('maxBuffer')`, a helper `getConf('diagnostic.maxBuffer')`) is the default the project's package.json declares for it (`contributes.configuration`), which every user has until they change it; the message names the setting. A program chosen by the code (`execFile(binPath, ['--version'])`) or merely talkative is not reported (exec with a callback is everywhere, and most commands print far less than a megabyte); neither is a `maxBuffer` above 1 MiB or one only known at run time (a setting the project does not declare), nor a call in a test file, in the project's own scripts (`scripts/`, `tools/`) or in its build files (a gulpfile, a Gruntfile, a Jakefile, `webpack.config.*`, `rollup.config.*`): they walk a fixture, or the project itself and its own dependencies, not a user's tree.",
      whyIsThisBad: "exec and execFile keep the child's whole stdout and stderr in memory, up to `maxBuffer` per stream (1 MiB since Node 12, 200 KiB before). One byte more and Node kills the child with SIGTERM: the callback gets `ERR_CHILD_PROCESS_STDIO_MAXBUFFER` and the output cut at the limit, a promisified call rejects with it, and `execSync` throws `ENOBUFS`. For a command line, exec's child is `/bin/sh`: where the shell runs the command in a fork (dash, `/bin/sh` on Debian and Ubuntu) the SIGTERM ends the shell, and the command dies at its next write to the closed pipe (SIGPIPE), or, if it ignores SIGPIPE as ffmpeg does, runs on out of the code's reach; where it execs the command (bash) the command gets the SIGTERM (measured: test/e2e/js-hazard-ffmpeg.test.ts). A command whose output grows with the tree, the repository or the workspace works on the developer's small project and fails on a user's large one: the references, symbols or diagnostics are lost, and the command's own work stops half-way.",
      example: "const { execFile } = require('child_process');\nexecFile('git', ['log', '--format=%H %s'], (error, stdout) => {\n  if (error) throw error;\n  console.log(stdout.split('\\n').length);\n});\n",
      useInstead: "const { execFile } = require('child_process');\nexecFile('git', ['log', '--format=%H %s'], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => {\n  if (error) throw error;\n  console.log(stdout.split('\\n').length);\n});\n",
      moreExamples: [
        {
          title: "ffmpeg relaying a live input: its stats line passes 1 MiB in about two hours",
          example: "const { exec } = require('child_process');\nexec('ffmpeg -f v4l2 -i /dev/video0 -c:v copy -f rtsp rtsp://localhost:8554/cam', (error) => {\n  if (error) console.error('the stream stopped:', error.code);\n});\n",
          useInstead: "const { spawn } = require('child_process');\n// The stats are not kept: the stream runs for as long as the camera does.\nconst ffmpeg = spawn('ffmpeg', ['-f', 'v4l2', '-i', '/dev/video0', '-c:v', 'copy', '-f', 'rtsp', 'rtsp://localhost:8554/cam'], { stdio: 'ignore' });\nffmpeg.on('close', (code, signal) => console.error('the stream stopped:', code, signal));\n"
        },
        {
          title: "node-cmd's cmd.run() is exec(): the same buffer and limit",
          example: "const cmd = require('node-cmd');\n// node-cmd's run() is exec(): the same buffer, the same limit.\ncmd.run('ffmpeg -re -stream_loop -1 -i loop.mp4 -c copy -f flv rtmp://localhost/live/loop', (err, data, stderr) => {\n  if (err) console.error('the stream stopped:', err.code);\n});\n",
          useInstead: "const { spawn } = require('child_process');\nconst ffmpeg = spawn('ffmpeg', ['-re', '-stream_loop', '-1', '-i', 'loop.mp4', '-c', 'copy', '-f', 'flv', 'rtmp://localhost/live/loop'], { stdio: 'ignore' });\nffmpeg.on('close', (code, signal) => console.error('the stream stopped:', code, signal));\n"
        }
      ],
      fixSafety: "`read` (unsafe): sets `maxBuffer: Infinity` (added to an inline options object, replacing a small `maxBuffer`, or as a new options argument before the callback), so Node keeps the whole output instead of killing the child. It is unsafe because memory now grows with the output: for output that can reach hundreds of megabytes, rewrite the call with `spawn()` and read the stream as it comes instead. No fix is offered when the options are a named object, the caller's, or a setting's fallback, nor for a limit written by hand around `spawn()`, nor for a child that runs until the code stops it or a language server (its whole log would stay in memory for as long as it runs: spawn it with its output ignored or read as it comes, by hand).",
      reproduction: {
        files: {
          "setup.js": "const fs = require('fs');\nfs.mkdirSync('src', { recursive: true });\nfs.writeFileSync('src/notes.js', Array.from({ length: 100000 }, (_, i) => `// TODO ${i}\\n`).join(''));\n",
          "task.js": "const { execFile } = require('child_process');\nexecFile('grep', ['-r', 'TODO', 'src'], (error, stdout) => {\n  console.log(error ? `failed: ${error.code}` : `matches: ${stdout.split('\\n').length - 1}`);\n});\n"
        },
        run: "node setup.js && node task.js",
        shows: "failed: ERR_CHILD_PROCESS_STDIO_MAXBUFFER",
        says: "failed: ERR_CHILD_PROCESS_STDIO_MAXBUFFER: 100,000 matching lines pass 1 MiB, Node killed grep and every match is lost",
        fix: "task.js"
      },
      references: [
        "https://nodejs.org/api/child_process.html#maxbuffer-and-unicode",
        "https://nodejs.org/api/child_process.html#child_processexecfilefile-args-options-callback",
        "https://nodejs.org/api/errors.html#err_child_process_stdio_maxbuffer"
      ]
    }
  },
  check(ctx) {
    if (isTestPath(ctx.path) || DEV_TOOLING.test(ctx.path)) return;
    const fallback = nodeFacts(ctx.nodeMajor).execMaxBuffer;
    handWritten(ctx);
    for (const { call, qualified } of ctx.model.callsTo(NAMES)) {
      const how = BUFFERING[qualified];
      const callback = how.callback ? callbackOf(ctx.model, call) : "no";
      const own = commandOutput(ctx.model, call, how.shell ? "child_process.exec" : "child_process.execFile");
      const via = own.basis === "value" ? !(qualified === "child_process.spawnSync" && usesShell(ctx.model, call) !== false) ? callerCommandOf(ctx.model, call, qualified, ctx.path) : null : callerWordsOf(ctx.model, call, qualified, ctx.path);
      const out = via ? via.output : own;
      const writes = out.stdout === "unbounded" || out.stderr === "unbounded";
      const stop = how.callback && writes ? stoppedBy(ctx.model, call) : null;
      const server = how.callback && !stop ? languageServer(ctx.model, call) : null;
      const lives = (how.callback || qualified.startsWith("promisify(")) && writes && !stop && !server && !!out.serves;
      let watched = null;
      if (how.callback && callback === "no" && !stop && !server) {
        const uses2 = childUses(ctx.model, call);
        if (lives ? !uses2.escapes && !uses2.outcome && !uses2.listens && !uses2.stdoutTouched && !uses2.otherStreams : !uses2.escapes && !uses2.outcome) continue;
        if (!lives && (knownToGrowPastBuffer(out, "stdout") || knownToGrowPastBuffer(out, "stderr"))) watched = exitListener(ctx.model, call);
      }
      const spawnSync = qualified === "child_process.spawnSync";
      const caller = callerCommand2(ctx.model, call, qualified) && (!via || via.output.basis === "value");
      const passed = via && !caller ? `, as the caller at ${via.at} passes it` : "";
      const listed = !caller && !stop && !server && !lives && !watched && !(out.scales && writes) && (knownToGrowPastBuffer(out, "stdout") || knownToGrowPastBuffer(out, "stderr"));
      if (spawnSync ? !caller && (!out.scales || !writes) : !caller && !stop && !server && !lives && !watched && (!out.scales || !writes) && !listed) continue;
      if (!caller && !stop && !server && !lives && out.document && !takesStdout(ctx.model, call, callback, how.callback)) continue;
      const options = optionsOf(ctx.model, call, !how.shell) ?? positionalOptions(ctx.model, call, qualified, callback);
      if (!options) continue;
      if (!how.callback && streamConfig(ctx.model, options, false, 1).state === "no" && streamConfig(ctx.model, options, false, 2).state === "no") continue;
      const limit = maxBufferOf(ctx.model, options.arg, fallback);
      if (!limit || limit.bytes > Math.max(fallback, MiB)) continue;
      if (listed && !((limit.how === "here" || limit.how === "setting") && limit.bytes < Math.max(fallback, MiB))) continue;
      const pace = !caller && !stop && !server && !lives ? out.pace : void 0;
      if (pace && limit.bytes / pace.perSecond[1] > LONG_JOB) continue;
      const last = call.arguments.at(-1);
      const handedThrough = callback !== "yes" || !!last && !ts.isSpreadElement(last) && fromCaller(ctx.model, last);
      if (limit.how === "caller" && handedThrough && returnedAsIs(call)) continue;
      const fn = qualified.replace(/^promisify\((.*)\)$/, "$1").slice("child_process.".length);
      const size = {
        default: `maxBuffer is ${defaultMaxBuffer(ctx.node).text}`,
        here: `maxBuffer is ${formatBytes(limit.bytes)} here`,
        caller: `maxBuffer is ${defaultMaxBuffer(ctx.node).text} (the options come from the caller, and nothing here raises it)`,
        setting: limit.settingName ? `maxBuffer is ${formatBytes(limit.bytes)}, the default of the setting \`${limit.settingName}\` (package.json), unless the user raises it` : `maxBuffer is ${formatBytes(limit.bytes)} here unless a setting raises it`
      }[limit.how];
      const reads = how.callback && callback === "no" ? `${fn}() without a callback still buffers the whole output` : `${qualified.startsWith("promisify") ? "promisified " : ""}${fn}() keeps the whole output`;
      const fails = how.callback && callback === "no" ? "its streams end cut short" : WRAPPED_FAILS[(ctx.model.wrappedName(call.expression) ?? "").replace(".default.", ".")] ?? how.fails;
      let message2;
      if (server && !caller) {
        const line = ctx.sourceFile.getLineAndCharacterOfPosition(server.getStart(ctx.sourceFile)).line + 1;
        message2 = `${reads} of a language server (the child is returned to the language client made at line ${line}, which talks to it over its stdin and stdout for the whole session): ${size}, and once the protocol traffic on stdout or the server's log on stderr passes it, Node kills the server with SIGTERM and the editor loses it; start it with spawn(), which does not buffer`;
      } else if (stop && !caller) {
        const line = ctx.sourceFile.getLineAndCharacterOfPosition(stop.getStart(ctx.sourceFile)).line + 1;
        message2 = `${reads} of a child that runs until this code stops it (line ${line}), ${out.program === null ? "a command not known statically" : `\`${out.program}\``}${passed} that writes for as long as it runs: ${size}, and once either stream passes it Node kills the child with SIGTERM and ${fails}; raise maxBuffer, or spawn() and read or ignore the output as it comes`;
      } else if (lives && !caller) {
        message2 = `${reads} of a child that runs until it is stopped (${out.evidence}${passed}): ${size}, and once either stream passes it Node kills the child with SIGTERM and ${fails}; raise maxBuffer, or spawn() and read or ignore the output as it comes`;
      } else if (watched && !caller && !out.scales) {
        const line = ctx.sourceFile.getLineAndCharacterOfPosition(watched.getStart(ctx.sourceFile)).line + 1;
        message2 = `${reads} of a command whose output can grow (${out.evidence}; a build's or a test run's log can pass a megabyte): ${size}, and past it Node kills the child with SIGTERM, so the exit listener at line ${line} gets the signal, not the command's end; raise maxBuffer, or spawn() and read the output as it comes`;
      } else if (pace) {
        message2 = `${reads} of a command whose output grows with time (${out.scales}): ${size}, which it passes after ${duration(limit.bytes / pace.perSecond[1], limit.bytes / pace.perSecond[0])} of ${pace.doing}; then Node kills it with SIGTERM and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;
      } else if (listed) {
        const below = limit.bytes < fallback ? `below Node's default (${formatBytes(fallback)} on Node ${ctx.node.label})` : `below the ${formatBytes(MiB)} Node has given exec by default since version 12 (raised from 200 KiB because real commands passed it)`;
        message2 = `${reads} of a command whose output can grow (${out.evidence}): ${size}, ${below}, and past it Node kills the child and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;
      } else {
        const what = caller && via ? `a command the caller at ${via.at} hands in, not known statically, which can be any build, test run or hook (the log of a build or a test run can pass a megabyte)` : caller ? handedIn(ctx.model, call) : out.document && out.program === "git" ? `a command that prints a file whole (${out.scales})${passed}` : out.document ? `a converter (${out.scales}, as large as the document it is given)${passed}` : `a command that grows with what it walks (${out.scales})${passed}`;
        message2 = `${reads} of ${what}: ${size}, and past it Node kills the child and ${fails}; raise maxBuffer, or spawn() and read the output as it comes`;
      }
      ctx.report(call, {
        message: message2,
        // A child that runs until it is stopped would keep its whole log in memory: no fix.
        fixes: callback === "unknown" || (stop || server || lives) && !caller ? [] : raiseFix(ctx, call, options, limit, callback === "yes"),
        // A child kept until the code stops it, or a server, lives on; a command from the caller can be
        // anything; a walker or an encoder's progress is known to grow.
        // A command that merely can grow (a build, a script) watched at its exit: it passes
        // maxBuffer only on a large run.
        evidence: (stop || server || lives) && !caller ? "lives-on" : caller ? "external-command" : watched && !out.scales ? nodeBufferEvidence(out) : "grows"
      });
    }
  }
};

// rules/index.ts
var pythonRules = [rule, rule2, rule3, rule4, rule5, rule6, rule7, rule8, rule9];
var jsRules = [rule10, rule11, rule12, rule13];
var allRules = [...pythonRules, ...jsRules].map((r) => r.meta);

// src/typescript/lint.ts
function lintJsText(path24, source, options) {
  const findings = [];
  const internalErrors = [];
  const rules = jsRules.filter((r) => options.enabled.has(r.meta.id));
  loadTs();
  const sourceFile = parseJs(path24, source.text);
  const syntaxErrors = syntaxErrorCount(sourceFile);
  if (rules.length === 0) return { findings, syntaxErrors, internalErrors, inComment: (offset) => inComment(sourceFile, offset) };
  const model = new JsModel(sourceFile);
  const node = (options.nodeRange !== void 0 ? parseNodeRange(options.nodeRange) : null) ?? (options.nodeMajor !== void 0 ? exactNode(options.nodeMajor) : nodeRangeTarget(path24));
  const nodeMajor = node.major;
  const abs = nodePath2.resolve(path24);
  const wrappers = options.wrappers ?? (fs17.existsSync(abs) ? nearbyWrappers(abs, source.text) : null);
  for (const rule14 of rules) {
    const context = {
      path: path24,
      source,
      sourceFile,
      model,
      nodeMajor,
      node,
      wrappers,
      topLevelAwait: allowsTopLevelAwait(path24),
      report: (node2, r) => {
        const finding = toFinding(rule14.meta, path24, source, { ...r, start: node2.getStart(sourceFile), end: node2.end }, options.namedFolder);
        findings.push(reported(finding, options) ? finding : countedOnly(finding));
      }
    };
    try {
      rule14.check(context);
    } catch (e) {
      internalErrors.push(ruleFailure(path24, rule14.meta.id, e));
    }
  }
  return { findings, syntaxErrors, internalErrors, inComment: (offset) => inComment(sourceFile, offset) };
}

// src/vendored.ts
import fs19 from "node:fs";
import nodePath4 from "node:path";

// src/compiled.ts
import fs18 from "node:fs";
import nodePath3 from "node:path";
function compiledSource(file) {
  if (!/\.[cm]?js$/.test(file)) return null;
  const abs = nodePath3.resolve(file);
  for (const config of tsconfigsAbove(nodePath3.dirname(abs))) {
    const rel = nodePath3.relative(config.outDir, abs);
    if (rel.startsWith("..") || nodePath3.isAbsolute(rel)) continue;
    const stem = rel.replace(/\.([cm]?)js$/, "");
    for (const root of config.roots) {
      for (const ext of [".ts", ".tsx", ".mts", ".cts"]) {
        const source = nodePath3.join(root, stem + ext);
        if (exists(source)) return source;
      }
    }
  }
  return null;
}
var exists = (file) => fs18.existsSync(file);
function* tsconfigsAbove(dir) {
  for (let d = dir; ; d = nodePath3.dirname(d)) {
    const config = readConfig(d);
    if (config) yield config;
    if (nodePath3.dirname(d) === d || exists(nodePath3.join(d, ".git"))) return;
  }
}
function readConfig(dir) {
  let config = null;
  const file = nodePath3.join(dir, "tsconfig.json");
  if (exists(file)) {
    let text = "";
    try {
      text = fs18.readFileSync(file, "utf8");
    } catch {
    }
    const outDir = /"outDir"\s*:\s*"([^"]+)"/.exec(text)?.[1];
    const rootDir = /"rootDir"\s*:\s*"([^"]+)"/.exec(text)?.[1];
    const out = outDir ? nodePath3.resolve(dir, outDir) : null;
    if (out && out !== dir) config = { outDir: out, roots: rootDir ? [nodePath3.resolve(dir, rootDir)] : [nodePath3.join(dir, "src"), dir] };
  }
  return config;
}

// src/vendored.ts
var DEFAULT_VENDORED = { skip: true, lineLength: 5e3 };
var PATHS = [/(^|[\\/])\.yarn[\\/](releases|plugins)[\\/]/, /\.min\.[cm]?js$/i, /[.-]bundle\.[cm]?js$/i];
function vendoredReason(path24, bytes, options = DEFAULT_VENDORED) {
  if (!options.skip) return null;
  if (PATHS.some((re) => re.test(path24))) return "a vendored or minified bundle";
  if (options.lineLength > 0 && hasLongLine(bytes, options.lineLength)) return `a generated file (a line is longer than ${options.lineLength} bytes)`;
  const source = compiledSource(path24);
  if (source) return `compiled from ${nodePath4.relative(nodePath4.dirname(nodePath4.resolve(path24)), source).replace(/\\/g, "/")}, which is linted`;
  return null;
}
function hasLongLine(bytes, limit) {
  let start = 0;
  for (; ; ) {
    const nl = bytes.indexOf(10, start);
    const end = nl < 0 ? bytes.length : nl;
    if (end - start > limit) return true;
    if (nl < 0) return false;
    start = nl + 1;
  }
}
var VENDOR_DIRS = /* @__PURE__ */ new Set(["ext", "lib", "libs", "vendor", "vendors", "_vendor", "vendored", "third_party", "thirdparty", "third-party", "extern", "external", "externals", "deps"]);
var VENDORED_PACKAGES = 3;
var RELEASE_FILES = /^(setup\.py|setup\.cfg|pyproject\.toml|license(\.\w+)?|licence(\.\w+)?|copying(\.\w+)?|__version__\.py|_version\.py|version\.py)$/i;
var VERSION_LINE = /^(__version__|version|VERSION|__VERSION__)\s*(:\s*str\s*)?=\s*['"(\d]/m;
var released = /* @__PURE__ */ new Map();
function releasedPackage(dir) {
  let hit = released.get(dir);
  if (hit === void 0) released.set(dir, hit = listsRelease(dir));
  return hit;
}
function listsRelease(dir) {
  let names;
  try {
    names = fs19.readdirSync(dir);
  } catch {
    return false;
  }
  if (!names.includes("__init__.py")) return false;
  if (names.some((n) => RELEASE_FILES.test(n))) return true;
  try {
    return VERSION_LINE.test(fs19.readFileSync(nodePath4.join(dir, "__init__.py"), "utf8").slice(0, 2e4));
  } catch {
    return false;
  }
}
var releasedCount = /* @__PURE__ */ new Map();
function releasedPackages(dir) {
  let n = releasedCount.get(dir);
  if (n === void 0) {
    n = 0;
    try {
      for (const e of fs19.readdirSync(dir, { withFileTypes: true })) if (e.isDirectory() && releasedPackage(nodePath4.join(dir, e.name))) n++;
    } catch {
      n = 0;
    }
    releasedCount.set(dir, n);
  }
  return n;
}
function vendoredPythonReason(path24, options = DEFAULT_VENDORED) {
  if (!options.skip) return null;
  const parts = nodePath4.resolve(path24).split(nodePath4.sep);
  for (let i = parts.length - 3; i >= 1; i--) {
    if (!VENDOR_DIRS.has(parts[i])) continue;
    const folder = parts.slice(0, i + 1).join(nodePath4.sep) || nodePath4.sep;
    const pkg = nodePath4.join(folder, parts[i + 1]);
    if (releasedPackage(pkg) && releasedPackages(folder) >= VENDORED_PACKAGES) return `a copy of the package ${parts[i + 1]} in ${parts[i]}/, a folder of third-party packages`;
  }
  return null;
}

// src/engine.ts
var STAR_EXPORTS = starExports2(pythonRules.flatMap((r) => r.meta.resolves));
var needlesCache = /* @__PURE__ */ new WeakMap();
function needlesFor(language, enabled) {
  let byLanguage = needlesCache.get(enabled);
  if (!byLanguage) needlesCache.set(enabled, byLanguage = /* @__PURE__ */ new Map());
  let needles = byLanguage.get(language);
  if (!needles) {
    needles = new Needles(language, allRules.filter((r) => r.language === language && enabled.has(r.id)));
    byLanguage.set(language, needles);
  }
  return needles;
}
function isCandidate(bytes, language, options, file) {
  if (mentionsCandidate(bytes, needlesFor(language, options.enabled))) return true;
  if (language === "python" && file && !file.startsWith("-") && importsProjectWrapper(file, bytes)) return true;
  if (language !== "javascript") return false;
  if (options.wrappers) return wrapperNeedles(options.wrappers).some((n) => bytes.includes(n));
  return !!file && !file.startsWith("-") && importsJsWrapper(path23.resolve(file), bytes);
}
var pythonParser;
var quickParserStart = false;
async function loadPythonParser() {
  if (pythonParser) return pythonParser;
  codeCacheUses("python");
  await import("web-tree-sitter");
  process.getBuiltinModule("node:v8").setFlagsFromString(quickParserStart ? "--liftoff-only" : OPTIMIZING_TIER);
  const loaded = await import("./parse-WMM57BZN.js");
  await loaded.parserReady;
  return pythonParser = loaded;
}
function loadedPythonParser() {
  if (!pythonParser) throw new Error("the Python parser is not loaded yet: await init() (or loadPythonParser()) before a synchronous lint of Python text");
  return pythonParser;
}
function lintPythonText(path24, source, options) {
  const parser = loadedPythonParser();
  useParser(parser.parsePython);
  useNamedFolder(options.namedFolder ?? null);
  const plan = partialPlan(source.text, options);
  let coverage = plan?.coverage ?? null;
  for (let round = 0; ; round++) {
    const taken = !coverage && round === 0 && path24.endsWith(".py") ? takeParsedModule(resolvePath(path24), source.text) : null;
    const tree = taken ?? parser.parsePython(source.text, coverage?.ranges);
    if (coverage && tree.rootNode.hasError) {
      tree.delete();
      coverage = null;
      continue;
    }
    try {
      const lint = runPythonRules(path24, source, tree, options, coverage);
      if (!coverage && !taken && path24.endsWith(".py")) offerLintTree(resolvePath(path24), source.text, tree);
      return lint;
    } catch (e) {
      tree.delete();
      if (!(e instanceof NeedsWiderParse) || !coverage) throw e;
      coverage = round < MAX_PARTIAL_ROUNDS ? plan.widen(coverage, e.indexes) : null;
    }
  }
}
function runPythonRules(path24, source, tree, options, coverage) {
  const starModule = path24.endsWith(".py") && fs20.existsSync(path24) ? (module) => starExports(path24, module) : null;
  const model = new PythonModel(tree, source.text, STAR_EXPORTS, starModule, coverage ?? void 0);
  let versions;
  const versionsOf = () => versions ??= fileTarget(source.text, tree, options.target, coverage ?? void 0);
  const findings = [];
  const internalErrors = [];
  for (const rule14 of pythonRules) {
    if (!options.enabled.has(rule14.meta.id)) continue;
    const context = {
      path: path24,
      source,
      tree,
      model,
      get target() {
        return includesPython2(versionsOf()) ? "py2" : "py3";
      },
      get versions() {
        return versionsOf();
      },
      report: (node, r) => {
        const finding = toFinding(rule14.meta, path24, source, { ...r, start: node.startIndex, end: node.endIndex, fixes: inBrokenStatement(node) ? [] : r.fixes }, options.namedFolder);
        findings.push(reported(finding, options) ? finding : countedOnly(finding));
      }
    };
    try {
      rule14.check(context);
    } catch (e) {
      if (e instanceof NeedsWiderParse) throw e;
      internalErrors.push(ruleFailure(path24, rule14.meta.id, e));
    }
  }
  settleFixes(findings, options.fixEdits !== false, internalErrors, (e) => e instanceof NeedsWiderParse);
  return { findings, tree, internalErrors };
}
var PARTIAL_MIN_CHARS = 256 * 1024;
var MAX_PARTIAL_ROUNDS = 4;
var MAX_PARTIAL_SHARE = 0.5;
var IMPORTS = /^(?:import|from)\s/;
var GUARDED_IMPORT = /^(?:try|if)\b[\s\S]*^[ \t]+(?:import|from)\s/m;
function partialPlan(text, options) {
  const mode = options.partialParse ?? "auto";
  if (mode === "never" || mode === "auto" && text.length < PARTIAL_MIN_CHARS) return null;
  const chunks = topLevelChunks(text);
  if (!chunks || chunks.length < 2) return null;
  const chunkAt = (index) => {
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (chunks[mid][0] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const chosen = /* @__PURE__ */ new Set();
  const words = [...needlesFor("python", options.enabled).words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length) {
    for (const m of text.matchAll(new RegExp(`(?<![\\w\\u0080-\\uffff])(?:${words.join("|")})(?![\\w\\u0080-\\uffff])`, "g"))) chosen.add(chunkAt(m.index));
  }
  for (const m of text.matchAll(/noqa|popenlint/gi)) chosen.add(chunkAt(m.index));
  chunks.forEach(([s, e], i) => {
    const head = text.slice(s, s + 8);
    if (IMPORTS.test(head) || (head.startsWith("try") || head.startsWith("if")) && GUARDED_IMPORT.test(text.slice(s, e))) chosen.add(i);
  });
  const limit = text.length * MAX_PARTIAL_SHARE;
  const coverageOf = (set) => {
    const ranges = [];
    let size = 0;
    for (const i of [...set].sort((a, b) => a - b)) {
      const [s, e] = chunks[i];
      size += e - s;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === s) last[1] = e;
      else ranges.push([s, e]);
    }
    return size > limit ? null : new Coverage(text, ranges);
  };
  const coverage = coverageOf(chosen);
  if (!coverage) return null;
  return {
    coverage,
    widen: (_c, indexes) => {
      for (const index of indexes) chosen.add(chunkAt(index));
      return coverageOf(chosen);
    }
  };
}
function fileTarget(text, tree, option, coverage) {
  if (hasPython2Syntax(tree, text, coverage)) return PYTHON2_SYNTAX_TARGET;
  const given = option === "py2" ? PYTHON2_SYNTAX_TARGET : option === "py3" ? DEFAULT_TARGET : option;
  if (given.source !== DEFAULT_TARGET.source) return given;
  return fromShebang(text) ?? DEFAULT_TARGET;
}
function inBrokenStatement(node) {
  let n = node;
  while (n.parent && n.parent.type !== "block" && n.parent.type !== "module") n = n.parent;
  return n.hasError;
}
function lintTextSync(path24, source, language, options) {
  let lint;
  if (language === "python") {
    const py = lintPythonText(path24, source, options);
    const root = py.tree.rootNode;
    const inComment2 = (offset) => root.descendantForIndex(offset, offset + 1)?.type === "comment";
    lint = { findings: py.findings, syntaxErrors: loadedPythonParser().syntaxErrorCount(py.tree), internalErrors: py.internalErrors, inComment: inComment2, tree: py.tree };
  } else {
    lint = lintJsText(path24, source, options);
    settleFixes(lint.findings, options.fixEdits !== false, lint.internalErrors);
  }
  const suppressions = readSuppressions(source, language, lint.inComment);
  const kept = lint.findings.filter((f) => !isSuppressed(suppressions, f.rule, f.range.start.line - 1, f.range.end.line - 1, f.start));
  const findings = sortFindings(kept.filter((f) => reported(f, options)));
  const hidden = kept.length > findings.length ? hiddenCounts(kept.filter((f) => !reported(f, options))) : void 0;
  lint.tree?.delete();
  return { findings, ...hidden ? { hidden } : {}, syntaxErrors: lint.syntaxErrors, internalErrors: lint.internalErrors };
}
async function lintText(path24, source, language, options) {
  if (language === "python") await loadPythonParser();
  return lintTextSync(path24, source, language, options);
}
function refusal(content, language) {
  if (language !== "python") return null;
  if (typeof content === "string" ? content.includes("\0") : content.includes(0)) return "binary file (contains NUL bytes); not linted";
  return parseLimitReason(content);
}
function prepare(bytes, language, options, path24, prefiltered = false) {
  if (!prefiltered && !isCandidate(bytes, language, options, path24)) return { kind: "skip" };
  if (language === "javascript" && path24 !== void 0 && vendoredReason(path24, bytes, options.vendored)) return { kind: "skip" };
  if (language === "python" && path24 !== void 0 && vendoredPythonReason(path24, options.vendored)) return { kind: "skip" };
  const refused = refusal(bytes, language);
  if (refused) return { kind: "error", message: refused };
  let decoded;
  try {
    decoded = decode(bytes, language);
  } catch (e) {
    if (!(e instanceof EncodingError)) throw e;
    return { kind: "error", message: e.message };
  }
  return { kind: "text", decoded, source: new SourceText(decoded.text) };
}
async function lintBytes(path24, bytes, language, options, prefiltered = false) {
  const result = { path: path24, language, findings: [], diagnostics: [], parsed: false };
  const prepared = prepare(bytes, language, options, path24, prefiltered);
  if (prepared.kind === "skip") return result;
  if (prepared.kind === "error") {
    result.diagnostics.push({ path: path24, code: "E902", message: prepared.message });
    return result;
  }
  result.decoded = prepared.decoded;
  result.source = prepared.source;
  result.parsed = true;
  const lint = await lintText(path24, prepared.source, language, options);
  result.findings = lint.findings;
  if (lint.hidden) result.hidden = lint.hidden;
  if (lint.internalErrors.length) result.errors = lint.internalErrors;
  return result;
}

// src/read.ts
var READ_ERRORS = {
  ENOENT: "file vanished before it could be read",
  EACCES: "cannot read: permission denied",
  EPERM: "cannot read: operation not permitted",
  ELOOP: "cannot read: too many levels of symbolic links",
  EISDIR: "is a directory; skipped",
  EIO: "cannot read: input/output error",
  ERR_FS_FILE_TOO_LARGE: "file too large to read (over 2 GiB); skipped"
};
var NOT_REGULAR = "not a regular file (FIFO, socket or device); skipped";
function readTarget(t) {
  if (t.stdin) return t.stdin;
  let fd;
  try {
    const st = fs21.statSync(t.abs);
    if (st.isDirectory()) return { error: "is a directory; skipped" };
    if (!st.isFile()) return { error: NOT_REGULAR };
    fd = fs21.openSync(t.abs, fs21.constants.O_RDONLY | fs21.constants.O_NONBLOCK | (fs21.constants.O_NOCTTY ?? 0));
    if (!fs21.fstatSync(fd).isFile()) return { error: NOT_REGULAR };
    return fs21.readFileSync(fd);
  } catch (e) {
    const code2 = e.code;
    return { error: (code2 && READ_ERRORS[code2]) ?? `cannot read: ${code2 ?? e.message}` };
  } finally {
    if (fd !== void 0) fs21.closeSync(fd);
  }
}
function failed(t, message2) {
  return { path: t.path, language: t.language, findings: [], diagnostics: [{ path: t.path, code: "E902", message: message2 }], parsed: false };
}
function crashed(t, e) {
  const error = e instanceof Error ? e : new Error(String(e));
  return { path: t.path, language: t.language, findings: [], diagnostics: [], parsed: false, errors: [{ path: t.path, message: error.message, ...error.stack ? { stack: error.stack } : {} }] };
}
async function lintTarget(t, engine, bytes = readTarget(t), prefiltered = false) {
  if (!Buffer.isBuffer(bytes)) return failed(t, bytes.error);
  let result;
  try {
    result = await lintBytes(t.path, bytes, t.language, engine, prefiltered);
  } catch (e) {
    return crashed(t, e);
  }
  sortFindings(result.findings);
  if (result.findings.length === 0) {
    delete result.source;
    delete result.decoded;
  }
  return result;
}

// src/pool/worker.ts
if (parentPort) {
  const port = parentPort;
  cacheFolderListings(true);
  port.on("message", async (m) => {
    const { task } = m;
    takeTextSummaries(m.summaries);
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
