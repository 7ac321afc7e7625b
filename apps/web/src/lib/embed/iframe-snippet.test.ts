import { iframeSnippet } from './iframe-snippet';

it('writes an iframe a partner can paste, with the title escaped', () => {
  const snippet = iframeSnippet({
    src: 'https://haven.example/embed/resources?lang=es&kind=legal_aid',
    title: 'Haven "Ayuda" <ahora>',
    height: 480,
  });
  expect(snippet).toBe(
    '<iframe src="https://haven.example/embed/resources?lang=es&amp;kind=legal_aid" title="Haven &quot;Ayuda&quot; &lt;ahora>" ' +
      'width="100%" height="480" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>',
  );
});
