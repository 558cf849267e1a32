import { describe, expect, it } from 'vitest';
import { extractBylines } from '../../../lib/detect/byline';
import { normalizeDate } from '../../../lib/detect/dates';

describe('extractBylines', () => {
  it('reads reporters, trainees and correspondents from seed-style lines', () => {
    expect(extractBylines(['记者 王晨 见习记者 乔小纳 文/图']).authors).toEqual(['王晨', '乔小纳']);
    expect(extractBylines(['会。 记者 张贻富 通讯员 俞晗']).authors).toEqual(['张贻富', '俞晗']);
    expect(extractBylines(['通讯员 胡佳晓 余碧芳 文/摄']).authors).toEqual(['胡佳晓', '余碧芳']);
    expect(extractBylines(['长三角政法融媒体宁波中心 黄素珍 通讯员 徐超']).authors).toEqual(['徐超']);
    expect(extractBylines(['澎湃新闻记者 陈琳']).authors).toEqual(['陈琳']);
    expect(extractBylines(['人民网宁波6月3日电 （记者 李文）近日，宁波市公安局网安支队民警走进辖区重点企业。']).authors).toEqual(['李文']);
  });

  it('reads a 本报讯 parenthesis without taking the next word', () => {
    const r = extractBylines(['本报讯（记者 刘洋 通讯员 王磊）8月14日，记者从市公安局获悉，全市公安机关近期开展“净网”集中行动，侦破各类涉网案件。']);
    expect(r.authors).toEqual(['刘洋', '王磊']);
    expect(r.ids).toEqual(['reporter', 'correspondent']);
  });

  it('does not read names from running text', () => {
    expect(extractBylines(['大碶派出所所长瞿波告诉记者，目前，大碶派出所已深入推进“警企合作机制”']).authors).toEqual([]);
    expect(extractBylines(['据记者了解，该团伙已被打掉。']).authors).toEqual([]);
    expect(extractBylines(['在2023年國家網絡安全宣傳周啟動之際,記者從銅川市政府新聞辦2023年第2期網上新聞發布獲悉']).authors).toEqual([]);
  });

  it('reads editor, source and author values, also from adjacent spans without spaces', () => {
    const r = extractBylines(['2020-09-22 08:30来源：周口日报作者：王晨 乔小纳', '责任编辑：李晓静']);
    expect(r.source).toBe('周口日报');
    expect(r.editor).toBe('李晓静');
    expect(r.authors).toEqual(['王晨', '乔小纳']);
    expect(extractBylines(['信息来源：宁波晚报']).source).toBe('宁波晚报');
    expect(extractBylines(['本文来源：中国新闻网 责任编辑：王晓_NN1234']).editor).toBe('王晓');
    expect(extractBylines(['警方呼籲，接到可疑電話請撥打165。（編輯：李小華）']).editor).toBe('李小華');
  });
});

describe('normalizeDate', () => {
  it('normalizes the forms found near titles', () => {
    expect(normalizeDate('2023-09-12 10:30', '+08:00')).toBe('2023-09-12T10:30:00+08:00');
    expect(normalizeDate('2023年09月12日', '+08:00')).toBe('2023-09-12');
    expect(normalizeDate('发布时间：2024/9/2 7:05:09')).toBe('2024-09-02T07:05:09');
    expect(normalizeDate('2024-09-09T08:00:00+00:00', '+08:00')).toBe('2024-09-09T08:00:00+00:00');
    expect(normalizeDate('2024-09-09T08:00:00+0800')).toBe('2024-09-09T08:00:00+08:00');
    expect(normalizeDate('2024年9月12日（星期四） 香港時間18時30分', '+08:00')).toBe('2024-09-12T18:30:00+08:00');
    expect(normalizeDate('2024-07-20 HKT 12:30', '+08:00')).toBe('2024-07-20T12:30:00+08:00');
  });
  it('rejects non-dates', () => {
    expect(normalizeDate('2015-1239')).toBeNull();
    expect(normalizeDate('2024-13-01')).toBeNull();
    expect(normalizeDate('no date here')).toBeNull();
  });
});
