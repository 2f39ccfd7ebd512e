// @vitest-environment node
/** The icons' path data written shorter by the build (scripts/svg-paths.mjs), and nothing else. */
import {shorterPath, withShorterPaths} from '../../scripts/svg-paths.mjs';

const SUN =
  'M12,9c1.65,0,3,1.35,3,3s-1.35,3-3,3s-3-1.35-3-3S10.35,9,12,9 M2,13l2,0c0.55,0,1-0.45,1-1s-0.45-1-1-1l-2,0c-0.55,0-1,0.45-1,1S1.45,13,2,13z';

describe('shorterPath', () => {
  it('writes the same shape at two decimals, in the shortest commands', () => {
    expect(shorterPath('M0.123456,0L10.987654,0L10.987654,5z')).toBe('M.12 0H11v5z');
    expect(shorterPath(SUN)).toBe(
      'M12 9c1.65 0 3 1.35 3 3s-1.35 3-3 3-3-1.35-3-3 1.35-3 3-3M2 13h2c.55 0 1-.45 1-1s-.45-1-1-1H2c-.55 0-1 .45-1 1s.45 1 1 1z',
    );
  });

  it('keeps what only a stroke shows: zero-length segments, and a closing line that is not a close', () => {
    expect(shorterPath('M5.000,5.000l0,0M10.000,10.000h0.001')).toBe('M5 5h0m5 5h0');
    expect(shorterPath('M2.000,2.000L10.000,2.000L10.000,10.000L2.000,2.000')).toBe('M2 2h8v8L2 2');
  });

  it('leaves a path it cannot read, or make shorter, as it is', () => {
    expect(shorterPath('not a path')).toBe('not a path');
    expect(shorterPath('M1,1"/><script>')).toBe('M1,1"/><script>');
    expect(shorterPath('M1 1h2')).toBe('M1 1h2');
  });
});

describe('withShorterPaths', () => {
  it('rewrites every <path d> of the page, in <template>s too, and nothing else', () => {
    const around = (d: string): string =>
      `<!doctype html><html><head><title>t</title></head><body><p class=x>Texte, 1,50</p><svg viewBox="0 0 24 24" width=24 aria-hidden=true><path fill=currentColor d="${d}" /></svg><template><svg><path d='${d}'/></svg></template></body></html>`;
    expect(withShorterPaths(around(SUN))).toBe(around(shorterPath(SUN)).replace(`d='${shorterPath(SUN)}'`, `d="${shorterPath(SUN)}"`));
  });

  it('leaves a path written with entities, or that it cannot make shorter, byte for byte', () => {
    const page = `<!doctype html><html><head></head><body><svg><path d="M1&#44;1 &quot;x"/><path d='M1 1h2'/></svg></body></html>`;
    expect(withShorterPaths(page)).toBe(page);
  });

  it('leaves a page without icons byte for byte', () => {
    const page = '<!doctype html><html><head></head><body><p data-d="M1,1">d=1</p></body></html>';
    expect(withShorterPaths(page)).toBe(page);
  });
});
