import type { Linter as ESLintLinter, Rule } from 'eslint';
declare const plugin: {
    meta: {
        name: string;
        version: string;
    };
    rules: {
        [k: string]: Rule.RuleModule;
    };
    configs: Record<"recommended", ESLintLinter.Config>;
};
export default plugin;
