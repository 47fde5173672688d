import { isMacDesktop, officePlatformInfo, platformFromQuery } from '../../src/taskpane/platform';

describe('Excel for Mac detection (no downloads from the pane there)', () => {
  test('Office.context.platform "Mac" (Office.PlatformType.Mac) is Mac desktop', () => {
    expect(isMacDesktop({ platform: 'Mac' })).toBe(true);
  });
  test('older builds only say it in Office.context.diagnostics.platform', () => {
    expect(isMacDesktop({ platform: undefined, diagnosticsPlatform: 'Mac' })).toBe(true);
  });
  test('Excel on iPad ("iOS", Office.PlatformType.iOS) is treated like Mac desktop', () => {
    expect(isMacDesktop({ platform: 'iOS' })).toBe(true);
    expect(isMacDesktop({ platform: undefined, diagnosticsPlatform: 'iOS' })).toBe(true);
  });
  test('the web, Windows and an unknown platform may download', () => {
    expect(isMacDesktop({ platform: 'OfficeOnline', diagnosticsPlatform: 'OfficeOnline' })).toBe(false);
    expect(isMacDesktop({ platform: 'PC', diagnosticsPlatform: 'PC' })).toBe(false);
    expect(isMacDesktop({})).toBe(false);
    expect(isMacDesktop({ platform: 'mac' })).toBe(false);
  });
  test('reads Office.context without assuming office.js is there', () => {
    expect(officePlatformInfo(undefined)).toEqual({ platform: undefined, diagnosticsPlatform: undefined });
    expect(officePlatformInfo({ context: { platform: 'Mac', diagnostics: { platform: 'Mac' } } })).toEqual({
      platform: 'Mac',
      diagnosticsPlatform: 'Mac',
    });
    expect(officePlatformInfo({ context: { diagnostics: null } })).toEqual({ platform: undefined, diagnosticsPlatform: undefined });
    const throwing = {
      get context(): never {
        throw new Error('Office.context is not ready');
      },
    };
    expect(officePlatformInfo(throwing)).toEqual({});
  });
  test('the demo simulates Mac with ?platform=mac', () => {
    expect(isMacDesktop(platformFromQuery('?platform=mac'))).toBe(true);
    expect(isMacDesktop(platformFromQuery('?lang=en&platform=Mac'))).toBe(true);
    expect(isMacDesktop(platformFromQuery('?platform=web'))).toBe(false);
    expect(isMacDesktop(platformFromQuery(''))).toBe(false);
  });
});
