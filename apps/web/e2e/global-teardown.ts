export default async function globalTeardown(): Promise<void> {
  await globalThis.havenStack?.site.stop();
  await globalThis.havenStack?.cms.stop();
}
