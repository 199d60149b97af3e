export const SCOPE_TYPES = { function_definition: 'function', class_definition: 'class', lambda: 'lambda' };
const PATTERN_NODES = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'parenthesized_expression', 'expression_list', 'list_splat_pattern', 'list_splat']);
const PARAM_NODES = new Set(['parameters', 'lambda_parameters', 'default_parameter', 'typed_parameter', 'typed_default_parameter', 'list_splat_pattern', 'dictionary_splat_pattern', 'tuple_pattern']);
/** What an identifier occurrence is: a binding (and how), a read, or neither. */
export function classifyOccurrence(id, inExceptClause = exceptAbove) {
    const parent = id.parent;
    if (!parent)
        return null;
    const inExcept = () => inExceptClause(parent);
    // Each type read crosses into the WebAssembly parser: read once.
    const parentType = parent.type;
    switch (parentType) {
        case 'attribute':
            return parent.childForFieldName('attribute')?.id === id.id ? null : 'load';
        case 'keyword_argument':
            return parent.childForFieldName('name')?.id === id.id ? null : 'load';
        case 'global_statement':
            return 'global';
        case 'nonlocal_statement':
            return null;
        case 'dotted_name': {
            const stmt = parent.parent;
            if (!stmt)
                return null;
            if (stmt.type === 'import_statement' && parent.namedChildren[0]?.id === id.id) {
                // `import os.path` binds `os`.
                return { kind: 'import', qualified: id.text, inExcept: inExcept() };
            }
            if (stmt.type === 'aliased_import')
                return null;
            if (stmt.type === 'import_from_statement' && stmt.childForFieldName('module_name')?.id !== parent.id && parent.namedChildren.at(-1)?.id === id.id) {
                const moduleNode = stmt.childForFieldName('module_name');
                if (moduleNode?.type !== 'dotted_name')
                    return { kind: 'other', inExcept: inExcept() }; // relative import
                return { kind: 'import', qualified: `${moduleNode.text.replace(/\s+/g, '')}.${parent.text}`, inExcept: inExcept() };
            }
            return null;
        }
        case 'aliased_import': {
            if (parent.childForFieldName('alias')?.id !== id.id)
                return null;
            const dotted = parent.childForFieldName('name');
            const stmt = parent.parent;
            if (!dotted || !stmt)
                return null;
            if (stmt.type === 'import_statement')
                return { kind: 'import', qualified: dotted.text.replace(/\s+/g, ''), inExcept: inExcept() };
            const moduleNode = stmt.childForFieldName('module_name');
            if (moduleNode?.type !== 'dotted_name')
                return { kind: 'other', inExcept: inExcept() };
            return { kind: 'import', qualified: `${moduleNode.text.replace(/\s+/g, '')}.${dotted.text}`, inExcept: inExcept() };
        }
        case 'function_definition':
        case 'class_definition':
            return parent.childForFieldName('name')?.id === id.id ? { kind: 'other', inExcept: inExcept() } : 'load';
        case 'named_expression':
            return parent.childForFieldName('name')?.id === id.id ? { kind: 'other', inExcept: inExcept() } : 'load';
        case 'as_pattern_target': {
            const as = parent.parent;
            return { kind: 'other', value: as?.namedChildren[0], inExcept: inExcept() };
        }
        case 'except_clause': {
            const values = parent.childrenForFieldName('value');
            return values.length === 2 && values[1].id === id.id ? { kind: 'other', inExcept: true } : 'load';
        }
        case 'delete_statement':
            return 'load';
    }
    if (PARAM_NODES.has(parentType)) {
        if (parentType === 'default_parameter' || parentType === 'typed_default_parameter') {
            return parent.childForFieldName('name')?.id === id.id ? { kind: 'param', inExcept: false } : 'load';
        }
        if (parentType === 'typed_parameter')
            return parent.namedChildren[0]?.id === id.id ? { kind: 'param', inExcept: false } : 'load';
        if (parentType === 'parameters' || parentType === 'lambda_parameters' || inParameters(parent))
            return { kind: 'param', inExcept: false };
    }
    // Assignment targets, possibly inside tuple/list patterns.
    let target = id;
    let up = parent;
    let upType = parentType;
    while (up && PATTERN_NODES.has(upType)) {
        target = up;
        up = up.parent;
        upType = up?.type ?? '';
    }
    if (!up)
        return 'load';
    if ((upType === 'assignment' || upType === 'augmented_assignment') && up.childForFieldName('left')?.id === target.id) {
        const plain = upType === 'assignment' && target.id === id.id;
        return plain ? { kind: 'assign', value: up.childForFieldName('right') ?? undefined, inExcept: inExcept() } : { kind: 'other', inExcept: inExcept() };
    }
    if ((upType === 'for_statement' || upType === 'for_in_clause') && up.childForFieldName('left')?.id === target.id)
        return { kind: 'other', inExcept: inExcept() };
    return 'load';
}
/** `from` or a node above it, below the nearest scope node (function, class, lambda), is an except clause. */
export function exceptAbove(from) {
    for (let n = from; n; n = n.parent) {
        const type = n.type;
        if (type in SCOPE_TYPES)
            return false;
        if (type === 'except_clause')
            return true;
    }
    return false;
}
function inParameters(node) {
    for (let n = node; n && PARAM_NODES.has(n.type); n = n.parent) {
        if (n.type === 'parameters' || n.type === 'lambda_parameters')
            return true;
    }
    return false;
}
/**
 * Ex) subprocess = None  /  subprocess, import_error = None, None  ...  try: import subprocess
 * A name set to None before an optional import stands for nothing else: where the code calls
 * through it, the import took place.
 */
export function placeholder(b) {
    if (b.kind === 'assign')
        return b.value?.type === 'none';
    const pattern = b.node.parent;
    const assignment = pattern?.parent;
    if ((pattern?.type !== 'pattern_list' && pattern?.type !== 'tuple_pattern') || assignment?.type !== 'assignment' || assignment.childForFieldName('left')?.id !== pattern.id)
        return false;
    const right = assignment.childForFieldName('right');
    const index = pattern.namedChildren.findIndex((c) => c.id === b.node.id);
    return (right?.type === 'expression_list' || right?.type === 'tuple') && right.namedChildren.length === pattern.namedChildren.length && right.namedChildren[index]?.type === 'none';
}
