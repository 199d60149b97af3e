import { type RunLocation } from './location.js';
import type { RunReport } from './model.js';
export declare function gitlabIssues(report: RunReport, where: RunLocation): {
    type: string;
    check_name: string;
    description: string;
    content: {
        body: string;
    };
    categories: string[];
    severity: "major" | "minor" | "critical";
    fingerprint: string;
    location: {
        path: string;
        lines: {
            begin: number;
            end: number;
        };
    };
    engine_name: string;
}[];
export declare function formatGitlab(report: RunReport, where: RunLocation): string;
