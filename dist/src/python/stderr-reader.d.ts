import type { CommandOutput } from '../knowledge/commands.js';
import type { Evidence } from '../knowledge/evidence.js';
import type { HandleEvent } from './drain.js';
import type { Verdict } from './drain-verdict.js';
/**
 * Ex) p = Popen(cmd, stdout=PIPE, stderr=PIPE); for line in p.stderr: progress(line); p.wait()
 * stdout left unread while stderr is read to its end, for a command not known statically: code
 * that reads a child's stderr to its end and never its stdout runs a program that reports on
 * stderr (progress, a log) and writes its work elsewhere, to a file it is given (an encoder
 * writing its output file, a converter): its stdout stays empty. The blind audits judged both
 * such findings false (audit 9: pyload's ffmpeg muxer reading the duration and progress on
 * stderr; audit 31: VideoCompress's ffmpeg writing its output file) and none real, so the
 * deadlock rests on the command alone: `external-command`, not reported by default. A listed
 * command keeps its own evidence (`python` running a script that prints: grows), and so does the
 * other way round (stdout read to its end, stderr left unread), where the quiet and the growing
 * commands are both common (audits 11 to 33: most such findings real).
 *
 * Ex) for line in iter(p.stderr.readline, b''): show(line)
 *     for line in iter(p.stdout.readline, b''): show(line)
 * Code that goes on to read stdout once stderr has ended wants what the command prints there:
 * the premise above (stdout stays empty) is the code's own word against it, and the order is the
 * one the other way round keeps as a deadlock (blind audit 43: EveIDE_LIGHT runs iverilog, then
 * vvp, whose stdout carries the simulation's `$display` output; audit 13: mrjob's spark-submit
 * and hadoop drivers, read so; all three real).
 */
export declare function stderrReaderEvidence(site: {
    verdict: Verdict;
    events: readonly HandleEvent[];
}, output: Pick<CommandOutput, 'basis'>, evidence: Evidence): Evidence;
