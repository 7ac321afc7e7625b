/**
 * Cache entries as JSON text for Redis. Next's entries hold Buffers (page HTML, RSC data) and a Map
 * (per-segment prefetch data), which JSON alone would lose; they are tagged and restored.
 */
type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

function encode(value: unknown): Encoded {
  if (Buffer.isBuffer(value)) return { $buffer: value.toString('base64') };
  if (value instanceof Uint8Array) return { $buffer: Buffer.from(value).toString('base64') };
  if (value instanceof Map) return { $map: [...value.entries()].map(([key, item]) => [encode(key), encode(item)]) };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    const out: Record<string, Encoded> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = encode(item);
    return out;
  }
  return (value ?? null) as Encoded;
}

function decode(value: Encoded): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    if (typeof value.$buffer === 'string' && Object.keys(value).length === 1) return Buffer.from(value.$buffer, 'base64');
    if (Array.isArray(value.$map) && Object.keys(value).length === 1) {
      return new Map((value.$map as Encoded[][]).map(([key, item]) => [decode(key ?? null), decode(item ?? null)]));
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item)]));
  }
  return value;
}

export const serializeEntry = (entry: unknown): string => JSON.stringify(encode(entry));
export const deserializeEntry = (text: string): unknown => decode(JSON.parse(text) as Encoded);
