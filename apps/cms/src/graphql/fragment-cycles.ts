import { Kind, visit, type DocumentNode } from 'graphql';

/**
 * True when fragments spread each other in a loop. graphql-js reports this during validation, but
 * Strapi's depth rule walks fragments first and recurses forever, so it is checked before.
 */
export function hasFragmentCycle(document: DocumentNode): boolean {
  const spreads = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const names: string[] = [];
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) });
    spreads.set(definition.name.value, names);
  }
  const done = new Set<string>();
  const onPath = new Set<string>();
  const loops = (name: string): boolean => {
    if (onPath.has(name)) return true;
    if (done.has(name)) return false;
    onPath.add(name);
    const found = (spreads.get(name) ?? []).some(loops);
    onPath.delete(name);
    done.add(name);
    return found;
  };
  return [...spreads.keys()].some(loops);
}
