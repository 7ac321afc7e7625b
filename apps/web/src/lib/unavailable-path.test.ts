import { safeReturnPath, unavailablePath } from './unavailable-path';

describe('unavailablePath', () => {
  it('remembers the page the visitor wanted', () => {
    expect(unavailablePath('es', '/es/articulos/x?y=1')).toBe('/es/unavailable?from=%2Fes%2Farticulos%2Fx%3Fy%3D1');
    expect(unavailablePath('fa', null)).toBe('/fa/unavailable');
  });

  it('never lets "try again" lead to another site', () => {
    for (const from of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeReturnPath(from)).toBeNull();
    }
  });
});
