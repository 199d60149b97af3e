import type { RuleMeta } from '../types.js';
import { type RunLocation } from './location.js';
import type { RunReport } from './model.js';
/**
 * SARIF 2.1.0 for GitHub code scanning (upload-sarif) and other SARIF viewers. Every rule of
 * the catalogue is described, enabled or not, so a result's ruleIndex is stable across runs
 * with different selections. Paths are repository-relative URIs, as code scanning requires.
 */
export interface SarifOptions extends RunLocation {
    rules: readonly RuleMeta[];
    version: string;
}
/**
 * A result's artifact URI (RFC 3986): repository-relative with each segment percent-encoded (a
 * space, `#`, `?`, `%`, non-ASCII), or a `file:///` URI for a file outside the repository.
 */
export declare function artifactUri(where: RunLocation, file: string): string;
export declare function sarifLog(report: RunReport, options: SarifOptions): {
    $schema: string;
    version: "2.1.0";
    runs: {
        tool: {
            driver: {
                name: string;
                version: string;
                semanticVersion: string;
                rules: {
                    id: string;
                    name: string;
                    shortDescription: {
                        text: string;
                    };
                    fullDescription: {
                        text: string;
                    };
                    help: {
                        text: string;
                        markdown: string;
                    };
                    defaultConfiguration: {
                        enabled: boolean;
                        level: "error" | "warning";
                    };
                    properties: {
                        tags: string[];
                        precision: string;
                        'problem.severity': "error" | "warning";
                    };
                }[];
            };
        };
        columnKind: string;
        results: {
            properties: {
                applicability?: "safe" | "unsafe" | undefined;
                strategy?: string | undefined;
                evidence?: import("../api.js").Evidence | undefined;
                name: string;
            };
            fixes?: {
                description: {
                    text: string;
                };
                artifactChanges: {
                    artifactLocation: {
                        uri: string;
                    };
                    replacements: {
                        deletedRegion: {
                            startLine: number;
                            startColumn: number;
                            endLine: number;
                            endColumn: number;
                        };
                        insertedContent: {
                            text: string;
                        };
                    }[];
                }[];
            }[] | undefined;
            ruleId: string;
            ruleIndex: number;
            level: "error" | "warning";
            message: {
                text: string;
            };
            locations: {
                physicalLocation: {
                    artifactLocation: {
                        uri: string;
                    };
                    region: {
                        snippet?: {
                            text: string;
                        } | undefined;
                        startLine: number;
                        startColumn: number;
                        endLine: number;
                        endColumn: number;
                    };
                };
            }[];
            partialFingerprints: {
                'popenlint/v1': string;
            };
        }[];
        invocations: {
            toolExecutionNotifications?: {
                level: "error";
                message: {
                    text: string;
                };
                locations: {
                    physicalLocation: {
                        artifactLocation: {
                            uri: string;
                        };
                    };
                }[];
            }[] | undefined;
            executionSuccessful: boolean;
        }[];
    }[];
};
export declare function formatSarif(report: RunReport, options: SarifOptions): string;
