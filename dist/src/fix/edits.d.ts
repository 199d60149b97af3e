import type { Edit } from '../types.js';
export declare function overlaps(a: Edit, b: Edit): boolean;
/** Applies non-overlapping edits; at one offset, an insertion goes before a replacement. */
export declare function applyEdits(text: string, edits: Edit[]): string;
