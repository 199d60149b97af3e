export declare const INIT_SCRIPT_NAME = "/etc/init.d/*";
/** `/usr/sbin/iptables` -> iptables; `python3.11` -> python3.11, then python3, then python. */
export declare function programNames(word: string): string[];
/** Drops leading `VAR=value` words and wrappers (`sudo -u x`, `timeout 10`, `nice -n 5`...). */
export declare function stripWrappers(argv: readonly (string | null)[]): {
    argv: readonly (string | null)[];
    query: boolean;
};
/**
 * Ex) java -Xmx1g -jar /opt/lib/apksigner.jar verify --print-certs app.apk: the JVM runs the
 * program the jar holds, and what is written is that program's. A jar whose name (less a
 * version, `bundletool-all-1.15.6.jar`) the table lists stands for that program, with the words
 * after it; any other jar stays `java`, a program whose output can grow.
 */
export declare function jarProgram(argv: readonly (string | null)[]): readonly (string | null)[];
/** The program has an entry in the command table (its class is not the default for an unlisted program). */
export declare function isListed(program: string): boolean;
