import { rule as pop001 } from './pop001-popen-result-discarded.js';
import { rule as pop002 } from './pop002-popen-output-never-read.js';
import { rule as pop003 } from './pop003-popen-partial-read.js';
import { rule as pop004 } from './pop004-legacy-popen-discarded.js';
import { rule as pop005 } from './pop005-subprocess-pipe-never-drained.js';
import { rule as pop006 } from './pop006-child-inherits-descriptors.js';
import { rule as pop007 } from './pop007-asyncio-pipe-never-drained.js';
import { rule as pop008 } from './pop008-popen-fire-and-forget.js';
import { rule as pop009 } from './pop009-child-inherits-socket-or-lock.js';
import { rule as pop101 } from './pop101-exec-result-discarded.js';
import { rule as pop102 } from './pop102-spawn-output-never-consumed.js';
import { rule as pop103 } from './pop103-exec-promise-floating.js';
import { rule as pop104 } from './pop104-exec-output-past-maxbuffer.js';
/** The catalogue, in id order. Front-ends pick the rules of their language. */
export const pythonRules = [pop001, pop002, pop003, pop004, pop005, pop006, pop007, pop008, pop009];
export const jsRules = [pop101, pop102, pop103, pop104];
export const allRules = [...pythonRules, ...jsRules].map((r) => r.meta);
