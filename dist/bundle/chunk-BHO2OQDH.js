import { createRequire as __popenlintCreateRequire } from 'node:module';
const require = __popenlintCreateRequire(import.meta.url);
import {
  ConfigError,
  findConfig,
  parseTargetVersion,
  readConfigFile
} from "./chunk-3LLPLAUY.js";
import {
  fixText
} from "./chunk-ZZ5XMWXF.js";
import {
  DEFAULT_TARGET,
  DEFAULT_VENDORED,
  SourceText,
  allRules,
  includesPython2,
  lintText,
  lintTextSync,
  loadPythonParser,
  prepare,
  prepareText,
  projectTarget,
  readTarget,
  renderReproduction,
  runtimeTable,
  suppressionEdit
} from "./chunk-OMGIETWA.js";
import {
  applyEdits
} from "./chunk-MWCMMAC6.js";
import {
  __commonJS,
  __toESM
} from "./chunk-MYTUJWT6.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
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
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
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
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
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
        sources
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
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
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
      const { source, sources } = extractBrackets(pattern);
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
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
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
    var basenameOf = (path4) => {
      const end = path4.length - 1;
      const index = path4.lastIndexOf(
        SLASH,
        path4[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path4 : path4.slice(index + 1);
    };
    var parentOf = (path4) => {
      if (path4.charCodeAt(0) === SLASH_CODE || path4.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path4.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path4.length - 1;
      const cut = path4.lastIndexOf(
        SLASH,
        path4.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path4.slice(0, cut + 1);
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
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
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
        while (body[end - 1] === SPACE) {
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
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
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
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
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
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
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
      testLiteral(path4) {
        const rules2 = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules2.length - 1; index >= 0; index--) {
          const rule = rules2[index];
          if (rule.checkRegex.test(path4)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
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
      test(path4, mode) {
        const rules2 = this._rules;
        const { length } = rules2;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path4) : path4;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules2[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path4
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
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
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path4, originalPath, doThrow) => {
      if (!isString(path4)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path4) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path4)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path4) => {
      const first = path4.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path4.length === 1) {
        return true;
      }
      const second = path4.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path4.length === 2 || path4.charCodeAt(2) === SLASH_CODE;
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
      _test(originalPath, cache, path4) {
        checkPath(
          path4,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path4 ? this._t(path4, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path4 = convertPath(target);
        if (!path4 || path4.charCodeAt(path4.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path4);
        }
        const dir = this._t(path4, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path4);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path4, cache) {
        const cached = cache[path4];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path4);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path4] = parent && parent.ignored ? parent : this._rules.test(path4, MODE_IGNORE);
      }
      ignores(path4) {
        return this._test(path4, this._ignoreCache, convertPath(path4)).ignored;
      }
      createFilter() {
        return (path4) => !this.ignores(path4);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path4) {
        return this._test(path4, this._testCache, convertPath(path4));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path4) => checkPath(convertPath(path4), path4, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path4) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path4) || isNotRelative(path4);
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

// src/explain.ts
function explainRule(meta) {
  const d = meta.docs;
  const fence = meta.language === "python" ? "python" : "js";
  return [
    `# ${meta.id} ${meta.name}`,
    "",
    `${meta.summary}. ${meta.defaultEnabled ? "On by default." : `Off by default; enable with \`--select ${meta.id}\`.`}`,
    "",
    "## What it does",
    d.whatItDoes,
    "",
    "## Why is this bad?",
    d.whyIsThisBad,
    "",
    // What a dropped or undrained pipe does depends on the Python version: the measured table.
    ...meta.language === "python" ? ["## What happens on each Python version", runtimeTable(), ""] : [],
    "## Example",
    "```" + fence,
    d.example.trimEnd(),
    "```",
    "",
    "## Use instead",
    "```" + fence,
    d.useInstead.trimEnd(),
    "```",
    "",
    "## Fix safety",
    `Strategies: ${meta.strategies.length ? meta.strategies.join(", ") : "none"}.`,
    d.fixSafety,
    "",
    "## Reproduction",
    renderReproduction(meta.id, d.reproduction),
    "",
    "## References",
    ...d.references.map((r) => `- ${r}`),
    ""
  ].join("\n");
}
function listRules(rules2) {
  const rows = rules2.map((r) => `${r.id}  ${r.name.padEnd(32)} ${r.language.padEnd(11)}${r.defaultEnabled ? "on " : "off"}      ${r.strategies.join(",") || "-"}`);
  return `${["id      name                             language   default  fixes", ...rows].join("\n")}
`;
}

// src/settings.ts
var import_ignore = __toESM(require_ignore(), 1);
import path from "node:path";

// src/types.ts
var PRIMARY_STRATEGY = "primary";

// src/settings.ts
function matches(selector, id) {
  const s = selector.toUpperCase();
  return s === "ALL" || id.startsWith(s);
}
function validateSelectors(selectors, rules2, origin) {
  for (const s of selectors) {
    if (!rules2.some((r) => matches(s, r.id))) throw new ConfigError(`${origin}: unknown rule selector '${s}'`);
  }
}
function strategyNames(rules2) {
  return [.../* @__PURE__ */ new Set([PRIMARY_STRATEGY, ...rules2.flatMap((r) => r.strategies)])];
}
function validateStrategy(strategy, rules2, origin) {
  const names = strategyNames(rules2);
  if (!names.includes(strategy)) throw new ConfigError(`${origin}: unknown strategy '${strategy}' (known: ${names.join(", ")})`);
}
function validateConfigSelectors(config, rules2) {
  if (config.strategy !== void 0) validateStrategy(config.strategy, rules2, `${config.file}: 'strategy'`);
  const lists = [["select", config.select], ["extend-select", config.extendSelect], ["ignore", config.ignore]];
  for (const [glob, ids] of Object.entries(config.perFileIgnores ?? {})) lists.push([`per-file-ignores."${glob}"`, ids]);
  for (const [key, list] of lists) if (list) validateSelectors(list, rules2, `${config.file}: '${key}'`);
}
function enabledRules(rules2, select, extend, ignored) {
  const base = select ? rules2.filter((r) => select.some((s) => matches(s, r.id))) : rules2.filter((r) => r.defaultEnabled);
  const extra = extend ? rules2.filter((r) => extend.some((s) => matches(s, r.id))) : [];
  return new Set([...base, ...extra].filter((r) => !ignored.some((s) => matches(s, r.id))).map((r) => r.id));
}
var Settings = class {
  constructor(cli, rules2) {
    this.cli = cli;
    this.rules = rules2;
    this.explicit = cli.isolated ? { file: null, dir: process.cwd() } : cli.config ? readConfigFile(cli.config) ?? { file: cli.config, dir: path.dirname(path.resolve(cli.config)) } : null;
    if (cli.targetVersion !== void 0 && !parseTargetVersion(cli.targetVersion, `--target-version ${cli.targetVersion}`)) throw new ConfigError(`--target-version: '${cli.targetVersion}' must look like py27 or py311`);
    for (const [flag, list] of [["--select", cli.select], ["--extend-select", cli.extendSelect], ["--ignore", cli.ignore]]) {
      if (list) validateSelectors(list, rules2, flag);
    }
    if (cli.strategy !== void 0) validateStrategy(cli.strategy, rules2, "--strategy");
  }
  cli;
  rules;
  explicit;
  cache = /* @__PURE__ */ new Map();
  excluders = /* @__PURE__ */ new Map();
  configs = /* @__PURE__ */ new Map();
  configFor(abs) {
    return this.explicit ?? findConfig(path.dirname(abs), this.configs);
  }
  forFile(abs) {
    const config = this.configFor(abs);
    const key = config?.file ?? "";
    let entry = this.cache.get(key);
    if (!entry) {
      if (config?.file) validateConfigSelectors(config, this.rules);
      const select = this.cli.select ?? config?.select;
      const extend = [...config?.extendSelect ?? [], ...this.cli.extendSelect ?? []];
      const ignored = [...this.cli.select ? [] : config?.ignore ?? [], ...this.cli.ignore ?? []];
      const base2 = {
        engine: {
          enabled: enabledRules(this.rules, select, extend, ignored),
          target: DEFAULT_TARGET,
          vendored: { skip: config?.skipVendored ?? DEFAULT_VENDORED.skip, lineLength: config?.vendoredLineLength ?? DEFAULT_VENDORED.lineLength }
        },
        strategy: this.cli.strategy ?? config?.strategy ?? PRIMARY_STRATEGY
      };
      entry = { config, base: base2 };
      this.cache.set(key, entry);
    }
    const target = this.targetFor(abs, entry.config);
    const base = target === entry.base.engine.target ? entry.base : { ...entry.base, engine: { ...entry.base.engine, target } };
    const perFile = entry.config?.perFileIgnores;
    if (!perFile) return base;
    const rel = path.relative(entry.config.dir, abs).split(path.sep).join("/");
    const dropped = Object.entries(perFile).filter(([glob]) => (0, import_ignore.default)().add(glob).ignores(rel)).flatMap(([, ids]) => ids);
    if (dropped.length === 0) return base;
    const enabled = new Set([...base.engine.enabled].filter((id) => !dropped.some((s) => matches(s, id))));
    return { ...base, engine: { ...base.engine, enabled } };
  }
  /**
   * The Python versions a file runs on, as far as the user or the project says: --target-version,
   * then the config's target-version, then the nearest project's requires-python, setup.py,
   * setup.cfg, tox.ini or .python-version. Python 2 syntax in the file and a python2 shebang are
   * read by the engine: the first wins over all of these, the second only over the default.
   */
  targetFor(abs, config) {
    if (this.cli.targetVersion) return this.cliTarget ??= parseTargetVersion(this.cli.targetVersion, `--target-version ${this.cli.targetVersion}`);
    if (config?.targetVersion) return config.targetVersion;
    return (this.cli.isolated ? null : projectTarget(path.dirname(abs))) ?? DEFAULT_TARGET;
  }
  cliTarget;
  /** The config whose excludes discovery applies while it walks: --config, else the one above cwd. */
  topConfig() {
    return this.explicit ?? findConfig(process.cwd(), this.configs);
  }
  /**
   * Whether the nearest config of a file, when it is not the top one (whose excludes discovery
   * already applied), excludes it: `exclude` in `sub/pyproject.toml` applies below `sub/`.
   */
  nestedExcluded(abs) {
    const config = this.configFor(abs);
    if (!config?.file || config.file === this.topConfig()?.file) return false;
    return this.excludedByConfig(abs);
  }
  /** Whether the excludes of the config nearest to a file (relative to that config's folder) exclude it. */
  excludedByConfig(abs) {
    const config = this.configFor(abs);
    if (!config?.file) return false;
    let matcher = this.excluders.get(config.file);
    if (matcher === void 0) {
      const patterns = this.configPatterns(config);
      matcher = patterns.length ? (0, import_ignore.default)().add(patterns) : null;
      this.excluders.set(config.file, matcher);
    }
    const rel = path.relative(config.dir, abs).split(path.sep).join("/");
    return matcher !== null && rel !== "" && !rel.startsWith("..") && matcher.ignores(rel);
  }
  /** A config's own patterns; --exclude replaces its `exclude` (not its `extend-exclude`). */
  configPatterns(config) {
    return [...this.cli.exclude ? [] : config.exclude ?? [], ...config.extendExclude ?? []];
  }
  /** What discovery skips: the top config's patterns (from its folder) and the flags' (from cwd). */
  excludes() {
    const out = [];
    const config = this.topConfig();
    const patterns = config ? this.configPatterns(config) : [];
    if (config && patterns.length) out.push({ base: config.dir, patterns });
    const flags = [...this.cli.exclude ?? [], ...this.cli.extendExclude ?? []];
    if (flags.length) out.push({ base: process.cwd(), patterns: flags });
    return out;
  }
};

// src/api.ts
import path3 from "node:path";

// src/discover.ts
var import_ignore2 = __toESM(require_ignore(), 1);
import fs from "node:fs";
import path2 from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".venv", "venv", ".git", ".hg", ".svn", "__pycache__", ".tox", ".mypy_cache", ".ruff_cache"]);
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
  return EXTENSIONS[path2.extname(file).toLowerCase()] ?? null;
}
function languageByHead(head) {
  if (SHEBANG_PYTHON.test(head)) return "python";
  if (SHEBANG_NODE.test(head)) return "javascript";
  return null;
}
function languageByShebang(abs) {
  let fd;
  try {
    fd = fs.openSync(abs, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const buf = Buffer.alloc(128);
    const n = fs.readSync(fd, buf, 0, 128, 0);
    return languageByHead(buf.subarray(0, n).toString("latin1"));
  } catch {
    return null;
  } finally {
    if (fd !== void 0) fs.closeSync(fd);
  }
}
function languageOf(abs) {
  const byName = languageByName(abs);
  if (byName) return byName;
  return path2.extname(path2.basename(abs)) === "" ? languageByShebang(abs) : null;
}
function lstatOk(abs) {
  try {
    fs.lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}
function gitRoot(dir) {
  for (let d = dir; ; d = path2.dirname(d)) {
    if (fs.existsSync(path2.join(d, ".git"))) return d;
    if (path2.dirname(d) === d) return null;
  }
}
function readGitignore(dir) {
  return readIgnoreFile(path2.join(dir, ".gitignore"), dir);
}
function readInfoExclude(root) {
  const dotGit = path2.join(root, ".git");
  let gitDir = dotGit;
  try {
    if (fs.statSync(dotGit).isFile()) {
      const m = /^gitdir:\s*(.+?)\s*$/m.exec(fs.readFileSync(dotGit, "utf8"));
      if (!m) return null;
      gitDir = path2.resolve(root, m[1]);
      const common = path2.join(gitDir, "commondir");
      if (fs.existsSync(common)) gitDir = path2.resolve(gitDir, fs.readFileSync(common, "utf8").trim());
    }
  } catch {
    return null;
  }
  return readIgnoreFile(path2.join(gitDir, "info", "exclude"), root);
}
function readIgnoreFile(file, base) {
  let text;
  try {
    if (!fs.statSync(file).isFile()) return null;
    text = fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
  return { base, matcher: (0, import_ignore2.default)().add(text) };
}
function isIgnored(layers, abs, isDir) {
  for (const layer of layers) {
    const rel = path2.relative(layer.base, abs);
    if (!rel || rel.startsWith("..") || path2.isAbsolute(rel)) continue;
    if (layer.matcher.ignores(isDir ? `${rel.split(path2.sep).join("/")}/` : rel.split(path2.sep).join("/"))) return true;
  }
  return false;
}
function isExcluded(abs, exclude) {
  return isIgnored(exclude.map((e) => ({ base: e.base, matcher: (0, import_ignore2.default)().add(e.patterns) })), abs, false);
}
var STAT_ERRORS = {
  ENOENT: "No such file or directory",
  ELOOP: "Too many levels of symbolic links",
  ENOTDIR: "Not a directory",
  EACCES: "Permission denied",
  ENAMETOOLONG: "File name too long"
};
function discover(paths, options) {
  const walk = new Discovery(options);
  for (const given of paths) walk.given(given);
  return { files: walk.files, diagnostics: walk.diagnostics };
}
function outerLayers(abs) {
  const root = gitRoot(abs);
  if (!root) return [];
  const info = root !== abs ? readInfoExclude(root) : null;
  const chain = [];
  for (let d = path2.dirname(abs); d.startsWith(root); d = path2.dirname(d)) {
    chain.unshift(d);
    if (d === root) break;
  }
  return [...info ? [info] : [], ...chain.map(readGitignore).filter((l) => l !== null)];
}
var Discovery = class {
  constructor(options) {
    this.options = options;
    this.excludes = options.exclude.map((e) => ({ base: e.base, matcher: (0, import_ignore2.default)().add(e.patterns) }));
  }
  options;
  files = [];
  diagnostics = [];
  seen = /* @__PURE__ */ new Set();
  excludes;
  /** A path named on the command line: a folder is walked, a file taken if its language is known. */
  given(given) {
    const abs = path2.resolve(given);
    let st;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      const code = e.code;
      const reason = (code && STAT_ERRORS[code]) ?? `cannot stat: ${code ?? e.message}`;
      this.diagnostics.push({ path: given, code: "E902", message: reason });
      return;
    }
    if (this.options.forceExclude && isIgnored(this.excludes, abs, st.isDirectory())) return;
    if (st.isDirectory()) {
      const layers = outerLayers(abs);
      this.walk(given === "" ? "." : path2.normalize(given), abs, isIgnored(layers, abs, true) ? [] : layers);
    } else if (st.isFile()) {
      const language = languageOf(abs);
      if (language) this.add(path2.normalize(given), abs, language);
    } else {
      this.diagnostics.push({ path: given, code: "E902", message: "not a regular file (FIFO, socket or device); skipped" });
    }
  }
  // Keyed by the real path: a file reached through a symlink and by its own name is linted,
  // and above all fixed, once.
  add(display, abs, language, real) {
    const resolved = path2.resolve(abs);
    let key = real ?? resolved;
    if (real === void 0) {
      try {
        key = fs.realpathSync.native(resolved);
      } catch {
      }
    }
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.files.push({ path: display, abs: resolved, language });
  }
  /**
   * `realDir`: the folder's real path when its parent's is known (a folder the walk enters is
   * never a link, so it is the parent's plus its name); found with realpath for the folder named.
   */
  walk(display, abs, layers, realDir) {
    if (realDir === void 0) {
      try {
        realDir = fs.realpathSync.native(abs);
      } catch {
        realDir = void 0;
      }
    }
    let entries;
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      this.diagnostics.push({ path: display, code: "E902", message: `cannot read directory: ${e.code ?? e.message}` });
      return;
    }
    const own = entries.some((e) => e.name === ".gitignore") ? readGitignore(abs) : null;
    const info = entries.some((e) => e.name === ".git") && !layers.some((l) => l.base === abs) ? readInfoExclude(abs) : null;
    const here = [...layers, ...info ? [info] : [], ...own ? [own] : []];
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const childAbs = path2.join(abs, entry.name);
      const childDisplay = display === "." ? entry.name : path2.join(display, entry.name);
      const kind = this.kindOf(entry, childAbs, childDisplay);
      if (kind === "dir") {
        if (SKIP_DIRS.has(entry.name)) continue;
        if (isIgnored(here, childAbs, true) || isIgnored(this.excludes, childAbs, true)) continue;
        this.walk(childDisplay, childAbs, here, realDir !== void 0 ? path2.join(realDir, entry.name) : void 0);
      } else if (kind === "file") {
        if (isIgnored(here, childAbs, false) || isIgnored(this.excludes, childAbs, false)) continue;
        const language = languageOf(childAbs);
        if (language) this.add(childDisplay, childAbs, language, realDir !== void 0 && !entry.isSymbolicLink() ? path2.join(realDir, entry.name) : void 0);
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
      return fs.statSync(abs).isFile() ? "file" : "skip";
    } catch {
      return "skip";
    }
  }
};

// src/api.ts
var Linter = class {
  constructor(options = {}) {
    this.options = options;
    this.cwd = path3.resolve(options.cwd ?? process.cwd());
    this.settings = this.makeSettings();
  }
  options;
  settings;
  cwd;
  makeSettings() {
    const o = this.options;
    return new Settings(
      { select: o.select, extendSelect: o.extendSelect, ignore: o.ignore, strategy: o.strategy, targetVersion: o.targetVersion, config: o.config && path3.resolve(this.cwd, o.config), isolated: o.isolated },
      allRules
    );
  }
  /** Forgets the configuration files read so far; the next call reads them again. */
  clearCache() {
    this.settings = this.makeSettings();
  }
  abs(file) {
    return path3.resolve(this.cwd, file);
  }
  /**
   * The configuration for one file.
   *
   * @throws {ConfigError} when the config file that applies is invalid (the message names the file and key).
   */
  configFor(file) {
    const abs = this.abs(file);
    const fileSettings = this.settings.forFile(abs);
    const config = this.settings.configFor(abs);
    return {
      file: config?.file ? path3.resolve(config.file) : null,
      rules: allRules.filter((r) => fileSettings.engine.enabled.has(r.id)).map((r) => r.id),
      target: typeof fileSettings.engine.target === "string" ? fileSettings.engine.target : includesPython2(fileSettings.engine.target) ? "py2" : "py3",
      strategy: fileSettings.strategy,
      excluded: this.settings.excludedByConfig(abs)
    };
  }
  /**
   * Lints a text that belongs to `options.path`, with that file's configuration.
   *
   * @throws {TypeError} when neither the path nor `options.language` tells the language.
   * @throws {ConfigError} when the config file that applies is invalid.
   */
  async lintText(text, options) {
    await init();
    return this.lintTextSync(text, options);
  }
  /**
   * {@link Linter.lintText} for hosts that cannot wait (an ESLint rule). JS/TS text can always
   * be linted this way; Python text once the parser is loaded, that is after `await init()`.
   */
  lintTextSync(text, options) {
    const language = this.languageOf(text, options);
    const engine = this.settings.forFile(this.abs(options.path)).engine;
    const result = { path: options.path, language, findings: [], diagnostics: [], parsed: false, text };
    const prepared = prepareText(text, language, engine, this.abs(options.path));
    if (prepared.kind === "skip") return result;
    if (prepared.kind === "error") {
      result.diagnostics.push({ path: options.path, code: "E902", message: prepared.message });
      return result;
    }
    const lint = lintTextSync(options.path, prepared.source, language, engine);
    result.parsed = true;
    result.findings = lint.findings;
    if (lint.internalErrors.length) result.errors = lint.internalErrors;
    return result;
  }
  /**
   * Reads and lints a file: its encoding is detected (PEP 263 cookie, BOM), the prefilter skips
   * a file that names no subprocess API, and a file that cannot be read or decoded gets a
   * diagnostic (E902) instead of an exception. The language comes from the extension, else the
   * shebang.
   *
   * @throws {TypeError} when the language cannot be told (not a Python or JS/TS file).
   * @throws {ConfigError} when the config file that applies is invalid.
   */
  async lintFile(file) {
    await init();
    const abs = this.abs(file);
    const bytes = readTarget({ path: file, abs, language: "python" });
    const head = Buffer.isBuffer(bytes) ? bytes.subarray(0, 128).toString("latin1") : "";
    const language = languageByName(abs) ?? languageByHead(head);
    if (!language) throw new TypeError(`${file}: not a Python or JavaScript/TypeScript file (by extension or shebang)`);
    const engine = this.settings.forFile(abs).engine;
    const result = { path: file, language, findings: [], diagnostics: [], parsed: false };
    if (!Buffer.isBuffer(bytes)) {
      result.diagnostics.push({ path: file, code: "E902", message: bytes.error });
      return result;
    }
    const prepared = prepare(bytes, language, engine, abs);
    if (prepared.kind === "skip") return { ...result, text: bytes.toString("utf8") };
    if (prepared.kind === "error") {
      result.diagnostics.push({ path: file, code: "E902", message: prepared.message });
      return result;
    }
    const lint = await lintText(file, prepared.source, language, engine);
    result.parsed = true;
    result.text = prepared.decoded.text;
    result.findings = lint.findings;
    if (lint.internalErrors.length) result.errors = lint.internalErrors;
    return result;
  }
  /**
   * The fix loop on a text: lint, apply every compatible fix of the chosen strategy (safe ones
   * unless `unsafe`), lint again, until nothing changes. Nothing is written anywhere.
   *
   * @throws {TypeError} when neither the path nor `options.language` tells the language.
   * @throws {ConfigError} when the config file that applies is invalid.
   */
  async fixText(text, options) {
    await init();
    const language = this.languageOf(text, options);
    const fileSettings = this.settings.forFile(this.abs(options.path));
    const unchanged = { text, changed: false, applied: 0, unsafeAvailable: 0, remaining: [], error: null };
    const prepared = prepareText(text, language, fileSettings.engine, this.abs(options.path));
    if (prepared.kind === "skip") return unchanged;
    if (prepared.kind === "error") return { ...unchanged, error: prepared.message };
    const { internalErrors, ...outcome } = await fixText(options.path, text, language, fileSettings.engine, { strategy: options.strategy ?? fileSettings.strategy, unsafe: options.unsafe ?? false });
    return { ...outcome, changed: outcome.text !== text, ...internalErrors.length ? { errors: internalErrors } : {} };
  }
  languageOf(text, options) {
    const language = options.language ?? languageByName(options.path) ?? languageByHead(text.slice(0, 128));
    if (!language) throw new TypeError(`${options.path}: cannot tell the language (not a .py/.js/.ts name, no shebang); pass options.language`);
    return language;
  }
};
async function init() {
  await loadPythonParser();
}
var rules = allRules;
function getRule(idOrName) {
  return allRules.find((r) => r.id === idOrName.toUpperCase() || r.name === idOrName);
}
function explain(idOrName) {
  const meta = getRule(idOrName);
  return meta && explainRule(meta);
}
function applyEdits2(text, edits) {
  return applyEdits(text, [...edits]);
}
function suppressionFor(text, finding, language) {
  return suppressionEdit(new SourceText(text), language, finding.rule, finding.start, finding.end);
}
function languageFor(file, head = "") {
  return languageByName(file) ?? languageByHead(head);
}

export {
  require_ignore,
  languageByName,
  languageByHead,
  isExcluded,
  discover,
  listRules,
  strategyNames,
  Settings,
  Linter,
  init,
  rules,
  getRule,
  explain,
  applyEdits2 as applyEdits,
  suppressionFor,
  languageFor
};
