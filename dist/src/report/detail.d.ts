import type { SourceText } from '../source.js';
import type { Finding, Fix } from '../types.js';
import type { DiffHunk, FindingDetail } from './model.js';
export declare function excerpt(source: SourceText, finding: Finding): FindingDetail['excerpt'];
export declare function fixDiff(source: SourceText, fix: Fix): DiffHunk[];
export declare function findingDetail(finding: Finding, source: SourceText, fix: Fix | null): FindingDetail;
