import { ts } from './load.js';
import { isWrapper, memberName, skipOuter, stringValue } from './resolve.js';
import { isFunctionLike, isWriteTarget, propertyKey } from './scope.js';
import { awaitsExit, contains } from './flow.js';
import { calledMember, valueUse } from './usage.js';
import { DRAIN_EVENTS, EXIT_EVENTS, LISTEN, STREAM_CHAIN } from './child-members.js';
/**
 * Where a child's stdout or stderr is consumed once ChildAnalysis (child.ts) has found it: read,
 * piped, iterated or handed over, followed through bindings and through a property it is
 * re-exposed on (`this.stdout = child.stdout`) to every read of that property in the module; and
 * whether that happens only after the child has exited, which comes too late.
 */
export class StreamSites {
    model;
    /** Where the route being followed starts: only awaits after it can mean this child's exit. */
    anchor = null;
    moduleDrainCache = {};
    constructor(model) {
        this.model = model;
    }
    readsCache = new Map();
    /** `x.key` / `x['key']` read anywhere in the file (never the targets of writes). */
    propertyReads(key) {
        const hit = this.readsCache.get(key);
        if (hit)
            return hit;
        const out = [];
        const visit = (n) => {
            if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && memberName(n) === key && !isWriteTarget(n))
                out.push(n);
            if (ts.isBindingElement(n) && (n.propertyName ? propertyKey(n.propertyName) : ts.isIdentifier(n.name) ? n.name.text : null) === key && ts.isIdentifier(n.name)) {
                // const { proc } = this: the new name is the child.
                out.push(n.name);
            }
            ts.forEachChild(n, visit);
        };
        visit(this.model.sourceFile);
        this.readsCache.set(key, out);
        return out;
    }
    /** Does anything in the module drain some child's `stream`? */
    moduleDrains(stream) {
        const hit = this.moduleDrainCache[stream];
        if (hit !== undefined)
            return hit;
        let found = false;
        for (const access of this.propertyReads(stream)) {
            // process.stdout is the parent's own stream, not a child's.
            if ((ts.isPropertyAccessExpression(access) || ts.isElementAccessExpression(access)) && ts.isIdentifier(access.expression) && access.expression.text === 'process')
                continue;
            if (this.streamSites(access, 0).some((s) => s.kind === 'drain')) {
                found = true;
                break;
            }
        }
        this.moduleDrainCache[stream] = found;
        return found;
    }
    /** Where a stream is consumed (read, piped, iterated, handed over), and whether only after exit. */
    streamSites(stream, depth) {
        if (depth > 8)
            return [{ node: stream, kind: 'drain' }];
        const model = this.model;
        const use = valueUse(model, stream, false);
        const site = (node) => [{ node, kind: this.afterExit(node) ? 'afterExit' : 'drain' }];
        switch (use.kind) {
            case 'dropped':
            case 'void':
            case 'tested':
                return [];
            case 'bound':
                return model.references(use.binding).filter((r) => !isWriteTarget(r)).flatMap((r) => this.streamSites(r, depth + 1));
            case 'member': {
                const called = calledMember(use.access);
                if (!called)
                    return [];
                const name = use.name;
                if (name !== null && LISTEN.has(name)) {
                    const event = stringValue(called.arguments[0]);
                    if (event === null || DRAIN_EVENTS.has(event))
                        return site(called);
                    return this.streamSites(called, depth + 1);
                }
                if (name !== null && STREAM_CHAIN.has(name))
                    return this.streamSites(called, depth + 1);
                // pipe, resume, read, destroy, iterator helpers, unknown methods.
                return site(called);
            }
            default: {
                // this.stdout = child.stdout: re-exposed to the object's users, or read here through it.
                const parent = use.kind === 'escapes' ? use.parent : undefined;
                const key = use.kind === 'escapes' && parent ? this.exposedKey(use.node ?? stream, parent) : null;
                if (key !== null && parent) {
                    // Reads of the re-exposed property, not of a child's own stream being re-exposed.
                    const reads = this.propertyReads(key).filter((r) => !this.parentsStream(r) && !this.reexposed(r, key));
                    if (!reads.length)
                        return [{ node: parent, kind: 'exposed', key }];
                    return reads.flatMap((r) => this.streamSites(r, depth + 1));
                }
                // for await (... of child.stdout), readline.createInterface({ input }), pipeline(...), returned, stored.
                return site(use.kind === 'escapes' && use.parent ? use.parent : stream);
            }
        }
    }
    /** `this.<key> = stream` as a statement: the property's name, else null. */
    exposedKey(node, parent) {
        if (!ts.isBinaryExpression(parent) || parent.right !== node || parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isExpressionStatement(parent.parent))
            return null;
        const target = skipOuter(parent.left);
        if (!ts.isPropertyAccessExpression(target) || skipOuter(target.expression).kind !== ts.SyntaxKind.ThisKeyword)
            return null;
        return memberName(target);
    }
    /** `this.<key> = <r>`: r is itself what gets re-exposed. */
    reexposed(r, key) {
        const use = valueUse(this.model, r, false);
        return use.kind === 'escapes' && !!use.parent && this.exposedKey(use.node ?? r, use.parent) === key;
    }
    /** `process.stdout`: the parent's own stream, not a child's. */
    parentsStream(access) {
        return (ts.isPropertyAccessExpression(access) || ts.isElementAccessExpression(access)) && ts.isIdentifier(access.expression) && access.expression.text === 'process' && !this.model.lookup(access.expression);
    }
    /** Runs only once the child has exited: in an 'exit'/'close' listener, or after awaiting one. */
    afterExit(node) {
        for (let c = node, p = node.parent; p; c = p, p = p.parent) {
            if (isFunctionLike(p)) {
                let e = p;
                while (isWrapper(e.parent))
                    e = e.parent;
                const call = e.parent;
                if (ts.isCallExpression(call) && call.arguments.includes(e)) {
                    const callee = skipOuter(call.expression);
                    const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
                    const event = stringValue(call.arguments[0]);
                    // A listener that starts this child itself runs after another child's exit, not this one's.
                    if (method && LISTEN.has(method) && event !== null && EXIT_EVENTS.has(event))
                        return !(this.anchor && contains(p, this.anchor));
                }
                return false;
            }
            if ((ts.isBlock(p) || ts.isSourceFile(p)) && ts.isStatement(c)) {
                const statements = p.statements;
                for (const s of statements) {
                    if (s === c)
                        break;
                    if (this.anchor && s.pos < this.anchor.pos)
                        continue;
                    if (awaitsExit(s))
                        return true;
                }
            }
        }
        return false;
    }
}
