import { pickLanguage, term, translate, type MessageKey } from './i18n';

describe('i18n', () => {
  it('fills variables and falls back to English where a translation is missing', () => {
    expect(translate('en', 'board.count', { n: 3 })).toBe('3 tenders shown');
    expect(translate('zh-CN', 'board.count', { n: 3 })).toBe('显示 3 个项目');
    expect(translate('zh-CN', 'signIn.agency')).toBe('Agency id');
    expect(translate('en', 'sandbox.banner', { seconds: 60 })).toContain(
      'One policy day lasts 60 seconds',
    );
  });

  it('has Chinese for the navigation and the public pages', () => {
    const keys: MessageKey[] = [
      'nav.board',
      'nav.blacklist',
      'board.title',
      'blacklist.title',
      'tender.award',
      'sandbox.banner',
    ];
    for (const key of keys) expect(translate('zh-CN', key)).not.toBe(translate('en', key));
  });

  it("picks Chinese for a zh browser and the domain's Chinese terms", () => {
    expect(pickLanguage(['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLanguage(['fr'])).toBe('en');
    expect(term('zh-CN', 'direct_commission')).toBe('直接委托');
    expect(term('en', 'direct_commission')).toBe('direct commission');
  });
});
