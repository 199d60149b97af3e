/**
 * How a program ends after its last write to a pipe, which decides whether output a parent takes
 * at the child's 'exit' (not 'close') can be cut short (POP102's race; measured by
 * test/e2e/exit-race-kinds.test.ts, Node 20 / Linux):
 *
 * - `at-exit`: a program compiled to native code. Its C library buffers what it writes to a pipe
 *   and flushes it in exit(), or it writes unbuffered and returns at once (Go, Rust): its last
 *   output and its exit come microseconds apart. When several such children end together, libuv
 *   reaps them all on one SIGCHLD, and one whose pipe has not been read yet gets its 'exit' first
 *   (`ls`, `head`, `git`, `sh -c printf`: 3 to 15 % of the children cut, 4 or 10 ending together).
 * - `teardown`: a program run by an interpreter or a virtual machine (node, Python, Ruby, Java).
 *   It writes while it runs and then tears its runtime down for milliseconds before the process
 *   ends: the parent has read the pipe long before the exit is reaped (no child cut, 4 or 10
 *   ending together).
 *
 * A program not listed here is not known either way. Matched like commands.data.ts's lines
 * (`command`, `when`); the first line that matches wins. To teach popenlint a program, add it.
 */
export type LastWrite = 'at-exit' | 'teardown';

export interface LastWriteEntry {
  command: string;
  when?: readonly string[];
  lastWrite: LastWrite;
}

export const LAST_WRITE: readonly LastWriteEntry[] = [
  // Interpreters and the programs written for them (npm, yarn and appium are node programs; yt-dlp,
  // pip, hg, aws and meson Python ones; gradle, mvn and sbt run on the JVM).
  { command: 'node|nodejs|electron|deno|bun|npm|npx|yarn|pnpm|tsc|ts-node|tsx|eslint|prettier|jest|mocha|vitest|webpack|vite|lhci|lighthouse|ng|vue-cli-service|appium|cordova|ionic|tns|react-native|expo|lerna|nx|firebase|netlify|vercel|serverless|sls|cdk', lastWrite: 'teardown' },
  { command: 'python|python2|python3|pypy|pypy3|pip|pip3|yt-dlp|youtube-dl|unoconv|ansible|ansible-playbook|poetry|pipenv|black|flake8|mypy|pytest|hg|aws|gcloud|az|meson|scons|conan|pio|platformio|esptool', lastWrite: 'teardown' },
  { command: 'java|javaw|gradle|gradlew|mvn|mvnw|sbt|kotlin|scala|groovy|dotnet|mono|powershell|pwsh', lastWrite: 'teardown' },
  { command: 'ruby|bundle|gem|rake|rails|rubocop|php|composer|Rscript|julia|erl|elixir|mix', lastWrite: 'teardown' },
  { command: '*.py|*.js|*.mjs|*.cjs|*.rb|*.php', lastWrite: 'teardown' },
  // Programs compiled to native code: coreutils and the other C tools, git, media tools,
  // compilers, and Go or Rust binaries (docker, kubectl, opa, rg).
  // A shell script: the shell writes with its builtins, or ends as its last command does.
  { command: 'sh|bash|dash|zsh|ksh|*.sh|*.bash', lastWrite: 'at-exit' },
  { command: 'ls|cat|echo|printf|head|tail|wc|cut|sort|uniq|tr|sed|awk|gawk|grep|egrep|fgrep|find|xargs|stat|du|df|file|which|whereis|uname|id|whoami|hostname|date|env|printenv|readlink|realpath|basename|dirname|md5sum|sha1sum|sha256sum|tee|tar|gzip|gunzip|zcat|unzip|zip|xz|bzip2', lastWrite: 'at-exit' },
  { command: 'ps|pgrep|lsof|netstat|ss|ip|ifconfig|iwgetid|lsblk|blkid|mount|free|uptime|vmstat|wmic|tasklist|reg|netsh|where|systemctl|journalctl|sysctl|defaults|sw_vers|system_profiler|ioreg|osascript', lastWrite: 'at-exit' },
  { command: 'git|svn|curl|wget|ssh|scp|rsync|openssl|gpg|make|cmake|ninja|gcc|g++|cc|clang|clang-format|clang-tidy|ld|ar|strip|objdump|nm|otool|xcrun|xcodebuild|lipo|codesign|security|plutil', lastWrite: 'at-exit' },
  { command: 'ffmpeg|ffprobe|ffplay|avconv|sox|convert|magick|identify|gm|dot|neato|pdflatex|xelatex|lualatex|latexmk|pandoc|elm|ghc|ghc-mod|ghc-modi|stack|cabal|rustc|cargo|go|zig', lastWrite: 'at-exit' },
  { command: 'docker|podman|kubectl|helm|terraform|opa|gh|hub|rg|fd|jq|yq|adb|fastboot|lldb|gdb|7z|7za|unrar', lastWrite: 'at-exit' },
];
