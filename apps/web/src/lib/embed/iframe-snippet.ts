/** Text made safe inside a double-quoted HTML attribute. */
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML a partner pastes to show an embed: no referrer sent to Haven, loaded only when scrolled
 * to, and a title so screen readers can name the frame. No sandbox: it would stop the Quick exit
 * and the links from leaving the partner's page (they open in the top window).
 */
export function iframeSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" ` +
    `style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>`
  );
}
