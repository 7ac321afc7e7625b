import { createHash } from 'node:crypto';
import { inlineScriptHashes } from './inline-scripts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it("hashes each of the framework's inline scripts as the browser does, once each", () => {
    const payload = 'self.__next_f.push([1,"héllo \\u003c/script>"])';
    const html = `<html><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>${payload}</script><script>${payload}</script>
      <script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([])</script></html>`;
    expect(inlineScriptHashes(html)).toEqual({
      hashes: [
        sha('(self.__next_f=self.__next_f||[]).push([0])'),
        sha(payload),
        sha('(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([])'),
      ],
      foreign: 0,
    });
  });

  it('leaves scripts with a source and data blocks alone', () => {
    const html = '<script src="/_next/static/a.js" async></script><script type="application/ld+json">{"@type":"Article"}</script>';
    expect(inlineScriptHashes(html)).toEqual({ hashes: [], foreign: 0 });
  });

  it('never allows an inline script the framework did not write', () => {
    const html = `<script>self.__next_f.push([1,"a"])</script><script>alert(document.cookie)</script><SCRIPT type="module">fetch('//evil.example')</SCRIPT>`;
    expect(inlineScriptHashes(html)).toEqual({ hashes: [sha('self.__next_f.push([1,"a"])')], foreign: 2 });
  });
});
