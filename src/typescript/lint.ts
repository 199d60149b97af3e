import type { EngineOptions } from '../engine.js';
import type { SourceText } from '../source.js';
import type { Finding } from '../types.js';

// Placeholder until the JS/TS front-end lands: no JS/TS rule yet.
export function lintJsText(_path: string, _source: SourceText, _options: EngineOptions): { findings: Finding[]; syntaxErrors: number; internalErrors: string[] } {
  return { findings: [], syntaxErrors: 0, internalErrors: [] };
}
