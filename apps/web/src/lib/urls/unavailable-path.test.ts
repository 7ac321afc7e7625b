import { safeReturnPath, unavailablePath } from '@/lib/urls/unavailable-path';

describe('unavailablePath', () => {
  it('remembers the page the visitor wanted', () => {
    expect(unavailablePath('es', '/es/articulos/x?y=1')).toBe('/es/unavailable?from=%2Fes%2Farticulos%2Fx%3Fy%3D1');
    expect(unavailablePath('fa', null)).toBe('/fa/unavailable');
  });

  it('answers in the language of the page asked for, even when a default-locale query failed', () => {
    expect(unavailablePath('en', '/vi/cau-hoi-thuong-gap')).toBe('/vi/unavailable?from=%2Fvi%2Fcau-hoi-thuong-gap');
    expect(unavailablePath('en', '/fa?x=1')).toBe('/fa/unavailable?from=%2Ffa%3Fx%3D1');
    expect(unavailablePath('es', '/xx/foo')).toBe('/es/unavailable?from=%2Fxx%2Ffoo');
  });

  it('never lets "try again" lead to another site', () => {
    for (const from of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeReturnPath(from)).toBeNull();
    }
  });

  it('drops control characters first, so tab, CR or LF cannot turn a path into another origin', () => {
    for (const from of ['/\t/evil.example', '/\r/evil.example', '/\n/evil.example', '/\u0000/evil.example', '\t//evil.example']) {
      expect([from, safeReturnPath(from)]).toEqual([from, null]);
    }
    expect(safeReturnPath('/es/arti\tculos')).toBe('/es/articulos');
  });
});
