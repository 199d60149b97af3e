import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, version } from './output.js';
export { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, version };
export declare function main(rawArgv: string[]): Promise<number>;
