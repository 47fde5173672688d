import { sha256Hex as nodeSha256Hex } from '../../src/cli/nodeSha256Hex';
import { flagId } from '../../src/core/analysis/flagId';
import { sha256Hex } from '../../src/core/hash/sha256Hex';

describe("the command line's SHA-256 (Node's crypto) in place of the core's (JavaScript)", () => {
  it('gives the same digest for ids, names and keys in any script', () => {
    const texts = ['', '128919', '128919|sixteen-hours|unauthorised||2026-09-14', 'Şahin Zoë ’s-Hertogenbosch', '李 Wei 😀', 'x'.repeat(1000)];
    expect(texts.map(nodeSha256Hex)).toEqual(texts.map(sha256Hex));
  });

  it('gives the known digest, so signal ids stay the same as before', () => {
    // SHA-256("abc") from FIPS 180-2, appendix B.1.
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(nodeSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(flagId('128919', 'sixteen-hours', 'unauthorised', null, '2026-09-14')).toBe(`VS-${sha256Hex('128919|sixteen-hours|unauthorised||2026-09-14').slice(0, 12)}`);
  });
});
