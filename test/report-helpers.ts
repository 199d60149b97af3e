// Shared by the report-*, config-* and precommit-* tests; the CLI runner is test/helpers.ts's.
import fs from 'node:fs';
import path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { ROOT, tempDir } from './helpers.js';

/** A fresh temporary folder (real path) holding the given files: relative path -> content. */
export function tempTree(files: Record<string, string>): string {
  const dir = fs.realpathSync(tempDir('popenlint-ci-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

/** One POP001 finding with a safe fix. */
export const DISCARDED = "import os\nos.popen('make all')\n";

let sarifSchema: { ajv: InstanceType<typeof ajvDraft04.default>; validate: ReturnType<InstanceType<typeof ajvDraft04.default>['compile']> } | null = null;

/**
 * The OASIS SARIF 2.1.0 schema (errata 01), shipped as test data: it is draft-04 JSON Schema,
 * hence ajv's draft-04 build. Compiled on first use.
 */
export function sarifValidator() {
  if (!sarifSchema) {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/data/sarif-schema-2.1.0.json'), 'utf8')) as object;
    // Both are CommonJS; under NodeNext their ES default is module.exports, whose .default is the export.
    const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
    ajvFormats.default(ajv);
    sarifSchema = { ajv, validate: ajv.compile(schema) };
  }
  return sarifSchema;
}
