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
    // A verb made a noun by the noun after it (nominal-heads.txt), and a share written 占比.
    ['银行卡平均冻结时间缩短至10分钟以内。', '10分钟以内', '冻结时间'],
    ['投诉处理时限压缩至48小时以内。', '48小时以内', '投诉处理时限'],
    ['活動報名人數超過3,000人次。', '超過3,000人次', '活動報名人數'],
    ['其中老年人占比达31.5%。', '31.5%', '老年人占比'],
    // A Latin word after the figure, and a list of one unit sharing the noun after its last figure.
    ['下架违规35款App。', '35款', 'App'],
    ['封堵境外120个IP地址。', '120个', 'IP地址'],
    ['分别对辖区内23款、17款和11款App的运营者作出处罚。', '17款', 'App'],
    ['分别对辖区内23款、17款和11款App的运营者作出处罚。', '23款', 'App'],
    ['共有QQ群300个，微信群200个。', '300个', 'QQ群'],
    ['新建5G基站3万个。', '3万个', '基站'],
    ['该团伙利用200余个虚拟货币账户转移资金。', '200余个', '虚拟货币账户'],
    // A stop word inside a word that belongs to what is counted (本|地, 人|均 split by the segmenter).
    ['其中本港居民1,200名。', '1,200名', '本港居民'],
    ['调查显示，人均每周加班时间超过12小时。', '超过12小时', '人均每周加班时间'],
    ['涉诈案件占全部刑事案件近四成。', '近四成', '涉诈案件'],
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

  it('gives a change the subject of the figure it compares, one to one after 分别', () => {
    const text = '共破获电信网络诈骗案件26.3万起，抓获犯罪嫌疑人1.2万余名，同比分别上升13.7%和6.2%。';
    expect(subjectOf(text, '13.7%')).toBe('电信网络诈骗案件');
    expect(subjectOf(text, '6.2%')).toBe('犯罪嫌疑人');
    expect(subjectOf('今年首九個月共錄得67,321宗罪案，較去年同期上升百分之四點八。', '百分之四點八')).toBe('罪案');
  });

  it('gives a share what stands before 占, or the figure before it', () => {
    expect(subjectOf('科技罪案佔整體罪案近四成。', '近四成')).toBe('科技罪案');
    expect(subjectOf('科技罪案錄得24,518宗，佔整體罪案百分之三十六點四。', '百分之三十六點四')).toBe('科技罪案');
    expect(subjectOf('當中有約三成為學生。', '約三成')).toBe('學生');
    expect(subjectOf('全国已有3,600余家企业完成首轮审计，占应审计企业总数的七成以上。', '七成以上')).toBe('企业');
    expect(subjectOf('其中政府機關占412件。', '412件')).toBe('政府機關');
  });

  it('takes a list before the figure whole, but only the noun after 等', () => {
    expect(subjectOf('查扣涉案银行卡、手机卡、物联网卡等3.6万张。', '3.6万张')).toBe('涉案银行卡、手机卡、物联网卡');
    expect(subjectOf('共錄得電訊及網絡詐騙案件782宗。', '782宗')).toBe('電訊及網絡詐騙案件');
    expect(subjectOf('扣押电脑、手机、移动硬盘等作案工具40余件。', '40余件')).toBe('作案工具');
  });

  it('reads verbs made nouns (受理数, 办结率), amounts before 的 and nouns after amounts', () => {
    expect(subjectOf('全國詐騙案件受理數為2萬8,146件。', '2萬8,146件')).toBe('詐騙案件受理數');
    expect(subjectOf('今年已截停約5.6億港元的受騙款項。', '約5.6億港元')).toBe('受騙款項');
    expect(subjectOf('最高处以200万元罚款。', '200万元')).toBe('罚款');
    expect(subjectOf('对获利数额在50万元以上的犯罪从严惩处。', '50万元以上')).toBe('获利数额');
  });

  it('reads 按年 and 成长 as changes, a share before 的 as a share of what follows, and no noun after 的', () => {
    expect(subjectOf('去年共處理12,536宗保安事故，按年增加百分之二十一。', '百分之二十一')).toBe('保安事故');
    expect(subjectOf('個資外洩事件達136件，較前年成長近三成。', '近三成')).toBe('個資外洩事件');
    expect(subjectOf('超过90%的用户已开启二次验证。', '超过90%')).toBe('用户');
    expect(subjectOf('未提供注销账号功能的约210款。', '约210款')).toBeNull();
  });

  it('keeps a relative clause, a noun made with 器, and residents and fakes that are counted', () => {
    expect(subjectOf('警方拘捕1,862名與科技罪案有關的人士。', '1,862名')).toBe('與科技罪案有關的人士');
    expect(subjectOf('涉及全国20多个省份的服务器1200台。', '1200台')).toBe('服务器');
    expect(subjectOf('其中內地居民35名。', '35名')).toBe('內地居民');
    expect(subjectOf('共破获冒充客服诈骗案件120起。', '120起')).toBe('冒充客服诈骗案件');
    expect(subjectOf('受害群众遍及全国28个省（区、市）。', '28个')).toBe('省（区、市）');
    expect(subjectOf('该案涉案金额达1.2亿余元。', '1.2亿余元')).toBe('涉案金额');
  });

  it('distributes the items of a list over the figures after 分别, one to one', () => {
    const text = '網上購物騙案、求職騙案及投資騙案為三大主要類別，分別錄得6,012宗、3,877宗及2,695宗。';
    expect(['6,012宗', '3,877宗', '2,695宗'].map((f) => subjectOf(text, f))).toEqual(['網上購物騙案', '求職騙案', '投資騙案']);
    const shares = '事件中以網頁置換與個資外洩為大宗，分別占百分之三十一及百分之二十六。';
    expect(['百分之三十一', '百分之二十六'].map((f) => subjectOf(shares, f))).toEqual(['網頁置換', '個資外洩']);
  });

  it('does not take who acts for what is counted (民警劝阻11.6万人次), but keeps what a linking verb counts', () => {
    expect(subjectOf('民警上门劝阻11.6万人次。', '11.6万人次')).toBeNull();
    expect(subjectOf('会同相关部门劝阻1.1亿人次免于受骗。', '1.1亿人次')).toBeNull();
    expect(subjectOf('全市一线民警共有1200余名。', '1200余名')).toBe('一线民警');
  });

  it('never reaches back into another figure or on into the next line', () => {
    expect(subjectOf('近四成機關未能於規定的1小時內完成通報。', '1小時')).toBeNull();
    expect(subjectOf('查扣不法所得新臺幣1.2億元\n內政部警政署刑事警察局今日表示', '1.2億元')).toBe('不法所得');
  });
});
