// What a statistic counts, on sentences written for these tests (not from the dev set): the subject
// is the noun phrase next to the figure, without the verbs, determiners and currencies around it.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';

function subjectOf(text: string, figure: string): string | null | undefined {
  const m = extract(text).find((x) => x.type === 'STAT' && x.text === figure);
  if (!m || m.type !== 'STAT') throw new Error(`no statistic ${figure} in ${text}`);
  return m.subject;
}

describe('subject of a statistic', () => {
  it.each([
    ['累计拦截诈骗电话27.5亿次。', '27.5亿次', '诈骗电话'],
    ['非法获取公民个人信息4000余万条。', '4000余万条', '公民个人信息'],
    ['现场发放宣传资料1.5万份。', '1.5万份', '宣传资料'],
    ['其中政府网站128个。', '128个', '政府网站'],
    ['共查看3800多个公共视频。', '3800多个', '公共视频'],
    ['组织10余名网络安全专家参与处置。', '10余名', '网络安全专家'],
    ['全市共侦破黑客类案件31起。', '31起', '黑客类案件'],
    ['今年首季共錄得科技罪案8,567宗。', '8,567宗', '科技罪案'],
    ['民眾遭詐騙財損金額達新臺幣78億元。', '78億元', '詐騙財損金額'],
    ['700余名民警冲锋在前。', '700余名', '民警'],
    ['全市50余家企业负责人参加活动。', '50余家', '企业'],
    ['服务重点民营企业777家。', '777家', '重点民营企业'],
  ])('%s → %s counts %s', (text, figure, subject) => {
    expect(subjectOf(text, figure)).toBe(subject);
  });

  it('keeps a pinyin gloss and joins a newspaper line break, as written', () => {
    expect(subjectOf('培育省級示范企業(yè)10家。', '10家')).toBe('省級示范企業(yè)');
    expect(subjectOf('破获毒品\n案件482起。', '482起')).toBe('毒品案件');
  });

  it('has no subject when only verbs stand before the figure', () => {
    expect(subjectOf('仅用3小时，就化解危机。', '3小时')).toBeNull();
    expect(subjectOf('同比上升5.1%。', '5.1%')).toBeNull();
  });
});
