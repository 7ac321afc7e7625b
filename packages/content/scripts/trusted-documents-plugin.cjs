// graphql-codegen plugin: Haven's trusted documents. Each operation the site sends, printed with the
// fragments it uses, keyed by its name with the sha256 the site sends instead of the text. The CMS runs
// only these for visitors and the site's read token, so this file is the public GraphQL API.
const { createHash } = require('node:crypto');
const { Kind, print, visit } = require('graphql');

function fragmentsUsedBy(definition, fragments, found = new Map()) {
  visit(definition, {
    FragmentSpread(node) {
      const name = node.name.value;
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`Unknown fragment ${name}`);
      if (found.has(name)) return;
      found.set(name, fragment);
      fragmentsUsedBy(fragment, fragments, found);
    },
  });
  return found;
}

module.exports = {
  plugin(_schema, documents) {
    const definitions = documents.flatMap((file) => file.document.definitions);
    const fragments = new Map(definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
    const operations = definitions
      .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .sort((a, b) => a.name.value.localeCompare(b.name.value));
    const manifest = {};
    for (const operation of operations) {
      const used = [...fragmentsUsedBy(operation, fragments).values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
      const document = print({ kind: Kind.DOCUMENT, definitions: [operation, ...used] });
      manifest[operation.name.value] = { sha256: createHash('sha256').update(document).digest('hex'), document };
    }
    return `${JSON.stringify(manifest, null, 2)}\n`;
  },
};
