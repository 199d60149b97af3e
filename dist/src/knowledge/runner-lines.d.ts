/**
 * Ex) ['bash', '-c', line] with `line` a parameter, `sh -c "$CMD"`: a shell or `su -c` given a
 * command line of which no word is known statically: what it writes is the line's, a value from
 * outside this code, not the shell's own.
 */
export declare function runsUnknownLine(name: string, args: readonly (string | null)[]): boolean;
/**
 * The literal command line a shell (`sh -c LINE`, `bash -lc LINE`) or `su`/`runuser`
 * (`-c LINE`, `--command=LINE`) runs, or null: not such a call, or a line not known statically
 * (the program's own line of the table then stands).
 */
export declare function commandLineArgument(name: string, args: readonly (string | null)[]): string | null;
/**
 * Ex) ssh -L 5432:db:5432 user@host -p 2222, ssh -fNR 8080:localhost:80 host: ssh with a host
 * and no remote command. It asks for the remote user's login shell, which reads its commands
 * from ssh's stdin: a pipe here that nothing writes commands to, so the shell prints its
 * startup lines and waits; ssh itself holds the port forwards and writes a warning or two
 * (`Pseudo-terminal will not be allocated`). With -N it runs no shell at all. Every word must
 * be known (a word that is only an expansion may split into a host and a command).
 */
export declare function remoteSessionOnly(name: string, args: readonly (string | null)[]): {
    forwards: boolean;
} | null;
/**
 * Ex) eval $(ssh-agent), eval "$(pyenv init -)", eval "cd $DIR && make": what `eval` runs, from
 * its words as written: `setup`, a program that prints shell code setting up the environment
 * (ENV_SETUP), whose output eval runs; `line`, its words known statically, joined as the shell
 * does; null when a word is not known (eval's own reading: a program not known to be quiet).
 */
export declare function evalLine(written: readonly string[], value: (w: string) => string | null): {
    setup: string;
} | {
    line: string;
} | null;
