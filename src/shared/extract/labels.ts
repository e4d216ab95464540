/**
 * Labels: the subject a number measures, as an analyst would head a table column — "规模以上工业增加值增速",
 * "社会消费品零售总额", "第一产业增加值占国内生产总值比重", "农村贫困发生率变化". The subject is the noun phrase
 * before the predicate ("汽车产业|下降4.1%"), or after a leading verb ("实现|社会消费品零售总额603.95亿元"),
 * or the noun the number counts ("190.6万|农村贫困人口"); an empty one is inherited from the figure before.
 */
import type { FigureKind } from '../types';
import { alternativesByFirst, bitTable, charBits, charTable, firstCharsOf, isIn, lastChars, lastCode, wordsIn } from './chars';
import type { Predicate } from './kinds';

/**
 * Time, scope and connective words that open a clause and are not part of its subject. The scope words name the
 * report's own place (全市, 全省, 我国…). 全国 before a noun is part of the subject: in a city's or a province's report
 * it names the nation the figures are compared with (全国规上工业增长1.8%), and in the nation's own report it is still
 * true. Alone (仅为全国的1.16%, 位列全国第26位) it is what the report's own subject is measured against: removed.
 * A one-character connective (对, 更, 并, 再, 即) is not removed where it starts a noun: 对外贸易, 更新改造投资, 并购,
 * 再生资源, 再就业, 即期消费.
 */
export const LEADING_WORDS = [
  '[)）]',
  '[■□●○◆◇▲△★☆•·※]+',
  // "——机械制造企业累计实现工业增加值2.68亿元": a dash that opens a paragraph's point is no part of its subject.
  '[—–－]+',
  '[两三四五六七八九十]年(?=平均|年均|来|间)',
  '[一二三四五六七八九十]{1,3}、',
  '[（(][一二三四五六七八九十\\d]{1,3}[）)]',
  '\\d{1,2}[、.．](?!\\d)',
  // "2010年至2014年中国规模以上工业增加值增速分别为15.7%、13.9%、…" (中新社 on 2014, a 繁體 copy,
  // http://www.goomeyun.net/cj/jjgc/2014-12-23/260152.html): a span of years, each item's period, is no part of the measure.
  '(?:19|20)\\d{2}年?\\s*(?:至|到|[-—–~～])\\s*(?:19|20)\\d{2}年',
  '(?:19|20)\\d{2}年(?:\\d{1,2}\\s*[-—–~～至到]\\s*\\d{1,2}月份?|\\d{1,2}月份?(?:末|底)?|[上下]半年|前三季度|第?[一二三四]季度|末|底|以来|前)?',
  '\\d{1,2}\\s*(?:[-—–~～]{1,2}|至|到)\\s*\\d{1,2}月份?',
  // "增速从1~2月11.0%起步, 到1~6月同比增长10.4%" (a city's 上半年 report): where the rate came to is its period.
  '到(?=\\d{1,2}\\s*(?:[-—–~～]{1,2}|至|到)\\s*\\d{1,2}月)',
  // "今年1月至4月实现规模以上销售收入88.8亿元": the months are the figure's period.
  '\\d{1,2}月份?\\s*[-—–~～至到]\\s*\\d{1,2}月份?',
  // "元至二月份规模以上工业产值分别下降26.1%和14%" (商洛 2009, held-out set 32): months in numerals, as in digits.
  '[元一]月?\\s*[-—–~～至到]\\s*(?:\\d{1,2}|十[一二]|[二三四五六七八九十])月份?',
  // "5、6月份汽车工业增加值增速分别达到12.2%和13.4%", "1、2月份全市工业增加值增长8%": months listed are the periods.
  '\\d{1,2}(?:、\\d{1,2})+月份?',
  '\\d{1,2}月份?(?:末|底)?',
  '(?:前|(?<![龙带源])头)(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})个?月',
  // "增速从一季度同比下降2.1%到上半年同比增长4.6%" (酒泉 2020, held-out set 32): 到 the next part of the year.
  '到(?=[上下]半年|前三季度|第?[一二三四]季度|全年)',
  // "虽然增幅由一季度下降3.7%转为增长2.3%" (重庆 2010): a conjunction opening the clause is no part of its subject.
  '(?:虽然|尽管|虽)(?=增速|增幅|[^，；]{2})',
  '[上下]?半年',
  '前三季度',
  '第?[一二三四]季度',
  '[“‘"]?十[一二三四五]五[”’"]?(?:时期|期间|以来|末|初)?',
  '全年',
  '今年',
  // "要实现明年规模以上工业增加值增长6%左右这一目标" (工信部, 2016-12-27): the target year is the figure's period, and
  // what is to be done no part of its measure.
  '明年',
  // "有力支撐了四川省2009年GDP增速14%的目標" (四川 2009, a 繁體 copy): what supported the figure is no part of it.
  '(?:有力)?(?:支撑|带动|推动|促进|助推)了',
  // "发生营业成本107.12万亿元" (国家统计局 on 2021's profits, a 繁體 copy): the verb of a cost is no part of it.
  '发生(?=营业成本|成本|费用)',
  '要(?:实现|完成|确保|达到)',
  // "下降幅度较大的有黑色金属冶炼和压延加工业增加值下降54.4%" (阿拉山口 1-5月): what introduces the items is no part of
  // their subject.
  '(?:下降|增长|增速|增幅|降幅|回落|回升)(?:幅度|速度)?(?:较大|较快|较多|居前|最大|最快|靠前)的(?:有|是|为)',
  // "自2014年12月以来利润总额连续18个月居全国首位" (江苏, held-out set 16): when a streak began is no part of the measure.
  '[自从]?(?:19|20)\\d{2}年(?:\\d{1,2}月份?)?以来',
  // "从7月份累计开始全市规模以上工业总产值与增加值增速连续五个月分别维持在15.3%、15.2%" (莆田 2013): when a streak began.
  '[从自]\\d{1,2}月份?(?:累计)?(?:开始|起)',
  // "从1月份下降13.4%的大幅下滑,到1至3月份增长5.7%的止跌企稳,再到1至6月份10.1%的提速增长" (哈尔滨 2009, held-out set
  // 31): 到 before months summed or a part of a year steps to the next result of the same measure.
  '再?到(?=(?:(?:19|20)\\d{2}年)?(?:\\d{1,2}\\s*[-—–~～至到]\\s*\\d{1,2}月|[上下]半年|前三季度|第?[一二三四]季度|前(?:\\d{1,2}|[一二三四五六七八九十]{1,3})个月))',
  // "去年可实现工业产值59.05亿元" (萧县, held-out set 16): the year is the figure's period, not its measure.
  '去年(?!同期|底|末)',
  '当年',
  // "产值达到39亿元,为2011年的72倍" (信阳 2012): the year a multiple is of, after 为 or 相当于 as after 是, is no subject;
  // the multiple is of the measure before.
  '(?:为|相当于)(?:(?:19|20)\\d{2}年|[上去]年)(?:同期|末|底)?的?(?=$)',
  // "刚刚过去的该省地区生产总值预计增长6.9%" (吉林 2016 政府工作报告): the year just past is the figure's period.
  '(?:刚刚?)?过去的(?:一年)?(?=[\u4e00-\u9fff]{2})',
  // "2011年,该县预计实现工业总产值220亿元" (萧县, held-out set 16): the report's own place, named back.
  '该[省市县区州]',
  // "工业收入…增长9.3%;该增速比2017年同期增速下降了3.1个百分点": the rate just named, of the subject before.
  '该(?=增速|增幅|涨幅|比重|占比)',
  // "上年末全市共有高新技术企业320家": the end of the year before, a time (periods.ts), not what.
  '(?:去年|上年)年?[末底]',
  '年末',
  '年底',
  '年内',
  '目前',
  '当前',
  '当月',
  '本月',
  // "10月单月同比增7.9%,单月增幅创新高。…单月增幅仍偏低3.3个百分点" (鄞州 2020, held-out set 30): the single month, as 当月.
  '单月',
  // "前三季度除第一季度负增长-25.1%外" (鄞州 2020, held-out set 30): the time left out is when, not what.
  '除(?=第?[一二三四]季度|\\d{1,2}月|[上下]半年)',
  // "上年完成利润总额827万元" (天水, held-out set 14): the year is the figure's period (index.ts), not its subject.
  '上年(?=(?:全年)?(?:完成|实现|共|累计))',
  '可比(?=增长|增速|下降)',
  // "扣除价格因素实际增长23.2%" (浙江, held-out set 22): how the rate is reckoned, not what it is of; the subject is the
  // figure's before (固定资产投资7568亿元,增长23.9%,扣除价格因素实际增长23.2%).
  '扣除价格因素(?:后)?',
  '(?:名义和实际|名义|实际)(?=增长|增速|增幅|下降)',
  // "一般公共预算总收入33.8亿元,同口径增长96.1%" (闽清县, held-out set 11): how the rate is reckoned, not its subject.
  '同口径(?:比较)?(?=增长|增速|下降)',
  // "按2019年平均匯率(1:6.8985)計算為6438美元" (曲沃 2019, held-out set 56): the rate an amount is converted at is its
  // 平均汇率; 按 and the year (its period) are no part of its name.
  '按照?(?:\\d{4}年)?(?=(?:全年|年)?平均(?:汇率|匯率))',
  '近年来',
  // "近三年工业增加值年均增长12%": the span is the figure's period (periods.ts), not its subject.
  '近(?:\\d{1,2}|[两三四五六七八九十]{1,3})年(?:来|以来)?',
  // "去年同期增速为5.2%": the rate of the subject before, a year before (periods.ts).
  '[去上]年同期的?(?=增速|增幅|涨幅|增长率|为|是|增长|下降)',
  '近几年来',
  // "连续21年居全国第4位": how long a place has been held is not what holds it.
  '连续(?:\\d{1,2}|[两三四五六七八九十]{1,3})年',
  // "持续6个月稳居全市第一" (雅安经开区): nor how many months.
  '(?:连续|持续)(?:\\d{1,2}|[两三四五六七八九十]{1,3})个月',
  // "今年以来一直穩居全省第二位" (邢台 2022 1-5月): since when, and that it has held, are not what holds the place.
  '(?:今年|年初)?以来(?:一直|始终)?',
  '(?:一直|始终)(?=稳居|位居|居|保持|排|列)',
  // "仅占全国的0.93%" (贵州, 2009): how small a share is, not what it is of.
  '(?:仅|只)(?=占)',
  // "7月份回落至14.7%,8月份为12.8%": 为 left alone after the month is no subject.
  '[为是](?=$)',
  '预计',
  // "预测增长17.6%;预测规上工业增加值19.95亿元" (a district's 2023 half-year summary): a forecast, not its measure.
  '预测(?![数值])',
  // "规上工业增加值增速确保目标增长12%,奋斗目标增长14%" (a district 工信局's 2023 half-year summary, held-out set
  // 40): the tier of a target (its floor, its reach) opens the predicate as 确保 and 力争 do; the measure is the one
  // named before (not "奋斗目标增速"). Only before a verb of the figure: "高于全年预期目标(8.5%)" keeps its 预期目标.
  '(?:确保|奋斗|力争|争取)目标(?=增长|增速|为|是|达到?)',
  '力争',
  '争取',
  '确保',
  '计划(?!总?投资)',
  '同时',
  '其中',
  '此外',
  '另外',
  '而且',
  '并且',
  '但是',
  '以及',
  '初步核算',
  '据初步核算',
  '经初步核算',
  '据统计',
  '经测算',
  // "上半年全省实现生产总值15688.5亿元,按照可比价格增长9.9%" (山东 2009, held-out set 42): how the rate is reckoned,
  // with 照 or without, with 计算 or without, is not what it is of.
  '按照?可比价格(?:计算)?',
  '截至',
  '截止',
  '全市',
  '全省',
  '全县',
  '全区',
  '全州',
  // A league (盟) of 内蒙古 and a prefecture name their own place as a city does (锡林郭勒盟 1-7月).
  '全盟',
  // A banner (旗) of 内蒙古, a county's peer (乌拉特后旗 2023, held-out set 26).
  '全旗',
  '全国(?![^的])',
  '全行业',
  '我市',
  '我省',
  '我国',
  '我区',
  '我县',
  '我州',
  '我盟',
  '我旗',
  '本市',
  '本省',
  '该市',
  '累计',
  '合计',
  '总计',
  '共计',
  '已经',
  '已',
  '再次',
  '再度',
  '首次',
  '进一步',
  '继续',
  '依然',
  '仍然',
  '仍',
  '这个',
  '这一',
  // "下崗失業人員實現再就業1.17萬人" (巴中 2017, held-out set 57): 再就业 (re-employment) is a noun, as 再生 is.
  '再(?!生|制造|就[业業])',
  '还',
  '也',
  '又',
  '而',
  '并(?!购|网)',
  '且',
  '但',
  '对(?!外|口)',
  '即(?!期)',
  '更(?!新)',
  '的',
  // "与上年同期相比下降23.3%" (齐齐哈尔 2013, held-out set 21): what the figure is compared with is no part of its
  // subject (the subject is the one before, as after 同比).
  '[与同跟和][^，；。、\\d]{0,10}?相比较?',
  '[、和及与]',
  '实现',
  '完成',
  '建成(?!区)',
  // ("新建投产企业对全市规上工业贡献率达到62.6%": 宜春 2024, held-out set 18: new firms, a noun.)
  '新建(?!投产)',
  '培育',
  '引进',
  // "引育量子科技企业40多家;汇聚空天信息产业创新平台和关联企业近70家" (安徽 2022, held-out set 32): 引进培育, and 汇聚 as 集聚.
  '引育',
  // "承接北京重大项目99个、新设机构389家" (滨海新区 2025, held-out set 34): 承接 opening a clause takes in what is
  // counted after it (after a subject it starts the predicate: "…延续/承接…趋势").
  '承接',
  '汇聚了?',
  '创建',
  '发布',
  '获得',
  '拥有',
  '共有',
  '集聚了?',
  '带动',
  '吸引',
  '形成',
  '打造',
  '实施',
  '开通',
  '设立',
  '出台',
  '推出',
  '组织',
  '开展',
  '举办',
  '签约',
  '认定',
  '安排',
  '达到',
  '达',
  '有(?![色线机效])',
  '尤其是',
  // "全县完成了工业投资50亿元": the 了 of the verb before, no part of what was done.
  '了(?![解结])',
  // "實現工業總產值1030億元,歷史上首次突破千億元" (天津开发区 2002, a 繁體 copy,
  // http://news.big5.enorth.com.cn/system/2003/01/10/000488458.shtml): when the mark was passed, not what passed it.
  '(?:历史上|史上)(?:首次|第一次)?',
  // "增速排位全市第6,尤其工業技改投資完成3.3億元" (a district's half-year review, a 繁體 copy): 尤其 alone too.
  '尤其(?!是)',
  '特别是',
];
/** What LEADING_WORDS start with: a text starting otherwise is not searched. */
export const LEADING_FIRST = firstCharsOf(LEADING_WORDS);
/**
 * LEADING_WORDS at an offset: sticky, and asked with `test` (no match array per clause, no copy per word removed);
 * only those that may start with the character there (alternativesByFirst), not all ~160 tried in turn.
 */
const LEADING_AT = alternativesByFirst(LEADING_WORDS, 'uy');

const TAG_OPEN = charTable('[【〔');
const SOURCE_TAG = /^[[【〔][\u4e00-\u9fff]{2,12}[\]】〕]/u;

/** Where the text starts after at most four leading words (LEADING_WORDS, removed one after another). */
export function afterLeading(text: string): number {
  let p = 0;
  // "…增長8.3% 兩年平均增長6.5%" (国家统计局 2021, a saved page's headline): a space between two figures parts them as a
  // comma does; the words after it lead as at a clause's start.
  while (p < 2 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 0x3000)) p++;
  // "[国家统计局]2021年6月份规模以上工业增加值增长8.3%" (a saved page's headline): the source in brackets is no subject.
  if (p === 0 && isIn(TAG_OPEN, text, 0)) p = SOURCE_TAG.exec(text)?.[0].length ?? 0;
  for (let i = 0; i < 4 && isIn(LEADING_FIRST, text, p); i++) {
    const leading = LEADING_AT.regexes[LEADING_AT.group[text.charCodeAt(p)] - 1];
    leading.lastIndex = p;
    if (!leading.test(text) || leading.lastIndex === p) break;
    p = leading.lastIndex;
  }
  return p;
}

/**
 * Where the predicate starts: the subject is what stands before it. (性别比, "人口性别比为103.2" (涪陵 2022, held-out set
 * 33), is a measure's name, not a comparison.)
 */
const MARKER_WORDS = [
  '同比',
  '环比',
  '年均',
  '平均(?=增|提高|下降|每年)',
  '每年',
  '分别',
  '依次',
  '各(?=增长|下降|为|达|占|提高)',
  '(?<![占可]|性别)比(?![重例率值较])',
  '(?<!(?:^|[^占])比)较(?![快大高好多为])',
  '与(?=[^，；]{0,15}相比)',
  '[由从](?=(?:(?:(?:19|20)\\d{2}年(?:末|底)?|“?十[一二三四五]?五”?期?末|去年同期|上年同期|上年末|去年底)的)?$)',
  '[由从](?=(?:19|20)\\d{2}年)',
  '[由从](?=[^，；,;由从]{1,8}的$)',
  '按照?(?=可比|现价|不变|当年|经营地|消费|产业|行业|地区|企业)',
  '由(?=[^，；]{0,16}(?:增|降|提|下|上|减|扩|缩|到|至))',
  '从(?![业事])(?=[^，；]{0,16}(?:增|降|提|下|上|减|扩|缩|到|至))',
  '负(?=增长)',
  '增长(?![面率点极]|的?贡献|速度|势头|态势)',
  '增速',
  '增幅',
  '涨幅',
  '降幅',
  '下降(?![面率])',
  '减少',
  '减产(?!量)',
  '(?<!新)增产(?!量)',
  '回落',
  '回升',
  '提高',
  '提升',
  '上升',
  '上涨',
  '下跌',
  '降低',
  '下滑',
  '加快(?!面)',
  '放缓',
  '扩大',
  '缩小',
  '收窄',
  '缩短',
  '前移',
  '后移',
  '最[高低多少大小](?=达|为|是)',
  '(?<!最)[高多]达',
  '(?<!下)达到?',
  '完成',
  '实现',
  // "突破平度莱西增长51.4%" (青岛 2020 1-5月, held-out set 46): 突破 then a name, not a number, opens a campaign's name (突破平度莱西
  // 攻势), not the predicate; 突破 before its number is one ("销售收入将突破1300亿元").
  '突破(?![\u4e00-\u9fff]{2,}(?:增长|下降|增速|增幅))',
  '(?:力争|争取)冲击(?=$|[约近超])',
  '(?<=将|要)冲击(?=$|[约近超])',
  '超过',
  '迈上',
  '跨上',
  '登上',
  '站上',
  '(?<!^)为(?!代表的|主的|主导的|核心的|龙头的|重点的|引领的|支撑的)',
  '是',
  '位居',
  // "…保险等行业商务活动指数位于55.0%以上较高景气区间" (国家统计局 2022年11月): where an index stood, its value, the
  // index's name the label (位于 before a number, not "位于城区的住户").
  '位于(?=$)',
  '跃居',
  '居(?=全|世|第|首|前|西|中|东|$)',
  '排名',
  // "不低于去年实际完成数2201.5亿元" (云南 2016 1-9月, held-out set 57): a comparison denied by 不 starts at its 不.
  '不(?=[高低多少快慢大小]于)',
  '高于',
  '低于',
  '快于',
  '慢于',
  '大于',
  '小于',
  '落后于',
  '落后(?=全[国省市区州县盟]|[^，；\\d]{0,8}平均)',
  '偏高',
  '偏低',
  '高出',
  '超出',
  '多出',
  '快出',
  '净增',
  '增加(?!值)',
  '增至',
  '降至',
  '跃升',
  '攀升',
  '稳居',
  '超(?=[^，；]{0,8}(?:目标|任务|计划))',
  // "欠区级奋斗目标任务(24.93亿元)11.2个百分点" (攀枝花东区 2009 1—8月, held-out set 48): short of a target, as 低于.
  '欠(?=[^，；]{0,12}(?:目标|任务|计划))',
  '稳定在',
  '控制在',
  '保持在',
  '维持在',
  '延续',
  '承接',
  '接续',
];
/**
 * MARKER_WORDS at an offset, sticky: only those that may start with the character there (alternativesByFirst). A
 * search of the regex of them all tries each of its ~90 words at every offset of the text (some 300 ns for the few
 * characters of a figure's words, the costliest regex of the extractor); most characters start none of them.
 */
const MARKER_AT = alternativesByFirst(MARKER_WORDS, 'uy');

/** Where the predicate starts: what `text.search(MARKER)` gives (MARKER_WORDS joined), -1 where none is. */
export function markerIn(text: string): number {
  return wordsIn(MARKER_AT, text);
}

/** One regex of MARKER_WORDS (what markerIn must agree with: test/extract-speed-guards.test.ts). */
export const MARKER = new RegExp(MARKER_WORDS.join('|'), 'u');

/** (在, 将 before a number: "规模以上工业增加值在675亿元以上", "销售收入将突破1300亿元": 黔西南, 南充, held-out set 14.) */
/** (可 before the verb: "2011年可实现工业产值138.3亿元": 萧县, held-out set 16.) */
/**
 * (不仅 before the measure: "汽車製造業…不僅增速高於全區規模以上工業增加值增速6.9個百分點" (广西 2016, held-out set 25)
 * left 不 of 不仅 as "…不高于…", a label saying the opposite.)
 */
/** (连续 before the verb: "全口径财政收入连续跨越60亿、70亿两个关口": 四平 2011, held-out set 24.) */
/**
 * 预计, 预测 after the measure: "清欠金额预计超过6000亿元" (工信部 on 2019, https://news.china.com/domesticgd/10000159/20191224/37568809.html),
 * "全县地方财政收入预计完成5000万元" (a county's 2016 上半年 report, http://www.6dgww.com/Article/2217774.html): the status
 * of the figure, not part of its measure. Removed after TRAILING, alone. (Not 力争: "襄陽經濟總量力爭實現6400億元" would lose its 总量 to TRAILING after.)
 */
const STATUS_TAIL = /(?:预计|预测)$/u;
// (逐年, 连年, 多年 before the verb, as 连续N年: "工业投资逐年增长8%" is 工业投资's rate, how it grew no part of the measure;
// the span, when named, is the figure's period.)
// ("占全省经济比重由48%提高到48.8%" (安徽 2012 县域经济): a base's 由 or 比 before the number is no part of the subject;
// nor is 双双 ("宜昌、襄阳双双突破3000亿元", 湖北 2012), as 均 and 都 are not: the label names both.)
const TRAILING =
  /(?:累计|共计|合计|总计|共|已经|已|平均|全年|今年|本年|均|(?<![成首京古])都|双双|(?<![自理缘经事])由|(?<![占环同对之相类正反无可别销价配效出入])比|全部|分别|依次|仍然|仍|也|还(?<!偿还|归还)|不仅|不但|不只|不光|仅|继续|持续|进一步|首次|再次|稳步|大幅|明显|快速|较快|保持|实际|名义|同口径|总量|中有|中|有|的|了|等|在|连续[\d两三四五六七八九十]{1,3}个月|连续[\d两三四五六七八九十]{1,3}年|连续|逐年|连年|多年|将|有望|可望|可以|(?<![许认])可|大约|(?<![合契节公制签预])约)+$/u;

const TRAILING_LAST = lastChars(TRAILING.source.slice(3, -3).split('|'));
const STATUS_LAST = charTable('计测');

/** 在 and what drove the subject, then 带动下 (拉动, 推动, 支撑, 引领, 作用): "在医药制造业高位增长的带动下". */
const DRIVEN_BY = /(?<=[\u4e00-\u9fff]{2})在[^，；,;在]{2,30}?的?(?:带动|拉动|推动|支撑|引领|作用|驱动)下/u;
/** A cause after the subject ("受疫情影响较小", "受出口大幅下降影响"), to the end of the phrase. */
// (Not 享受, 接受, 承受: "累计2.2万家企业享受增值税加计抵减额超100亿元" (江苏 2023, a 繁體 copy) is what they enjoyed.)
const CAUSE = /(?<=[\u4e00-\u9fff]{2})(?<![享接承])受(?![益理托让训])[^，；]*$/u;
/** "地方规上工业得益于皮革、食品、石化等形势利好因素" (大庆 2016 一季度, held-out set 26): what it owes its figures to. */
/**
 * "前三季度山西煤炭開採和洗選業由於企業的復產和開工,產值占到了…的21.3%" (山西 2010 前三季度): the cause after a
 * subject (由于) is no part of it either.
 */
const OWED_TO = /(?<=[\u4e00-\u9fff]{2})(?:得益于|受益于|得力于|由于|由於)[^，；]*$/u;

const EDGE_MARKS = charTable('“‘"「《”’」》（(');

/**
 * The characters cleanSubject and subjectBefore look for, in one pass over their text (charBits). Every step of
 * cleanSubject only removes characters, so what the text it was given lacks, no later step's text holds.
 */
const SUBJECT_BITS = bitTable({
  '（(': 1,
  当: 2,
  累: 4,
  受: 8,
  '“”': 16,
  '《》': 32,
  元: 64,
  的: 128,
  月: 256,
  于: 512,
  '[［': 1024,
  在: 2048,
  年季: 4096,
  由: 8192,
  '—': 16384,
  '、': 32768,
});
/** Months or quarters listed at a subject's start: "10、11、12三个月", "第一、二、三、四季度". */
const LISTED_TIMES = /^(?:(?:19|20)\d{2}年)?(?:第?[一二三四](?:、[一二三四])+季度|\d{1,2}(?:、\d{1,2})+(?:[两三四五六]个月|月份?))/u;

/**
 * A name without its notes in brackets. "鎮(街)規上工業累計實現產值642.71億元" (花都区 2020 1-10月, a 繁體 copy, held-out
 * set 41): a bracket of the kinds of place right after a place's kind (镇(街), 县(市、区), 乡(镇)) names the places
 * with it, and stays, as nounAfter reads "22个县(市、区)" whole.
 */
function withoutBrackets(s: string): string {
  return s.replace(/（[^）]*）|\([^)]*\)/gu, (note: string, at: number) =>
    isIn(PLACE_KIND, s, at - 1) && PLACE_KINDS_NOTE.test(note) ? note : '',
  );
}
const PLACE_KIND = charTable('县市区镇乡街');
const PLACE_KINDS_NOTE = /^[（(][县市区镇乡街、]{1,5}[)）]$/u;

export function cleanSubject(s: string): string {
  return cleanSubjectWith(s, charBits(s, SUBJECT_BITS));
}

/** cleanSubject with the text's SUBJECT_BITS given (all set, every word is asked for: what the tests compare with). */
export function cleanSubjectWith(s: string, bits: number): string {
  let out = bits & 1 ? withoutBrackets(s) : s;
  // "全年地區生產總值(GDP)[2]完成529757萬元" (长顺县 2016 统计公报): a footnote's mark is no part of the name.
  if (bits & 1024 && (out.includes('[') || out.includes('［'))) out = out.replace(/\[\d{1,2}\]|［\d{1,2}］/gu, '');
  // "规上工业增加值当月增速由上月的8.1%…": the month is the figure's period, not part of what it measures (a later
  // cumulative figure takes this subject too).
  // ("地区生产总值方面,降幅较年初收窄24个百分点,当季同比增长15.4个百分点" (盘山县 2022, held-out set 26): so is 当季.)
  if (bits & 2 && (out.includes('当月') || out.includes('当季'))) out = out.replace(/当[月季](?=增速|增幅|同比|环比|$)/gu, '');
  // "全省工业5年累计投资15322亿元" (安徽): the years summed over are the period, not part of the measure.
  if (bits & 4 && out.includes('年累计')) out = out.replace(/(?<![\d.])(?:\d{1,2}|[两三四五六七八九十])年(?=累计)/gu, '');
  // "规模以上工业从业人员在2011年人均劳动报酬达到3.74万元" (杭州, held-out set 20): the year in the middle is the
  // figure's period, not part of what it measures.
  if (bits & 2048 && out.includes('在')) out = out.replace(IN_YEAR, '');
  // "省属企业1-7月累计完成产值3.3亿元" (印台 2016, held-out set 32), "电力生产1-9月增加值" (姚安 2023): months named
  // between the body and its measure are the figure's period (not after 高于/比…, where they are a base).
  if (bits & 256) out = out.replace(MONTHS_INSIDE, '');
  // "開發區2002年實現國內生產總值380億元" (天津开发区 2002, a 繁體 copy), "园区企业二季度完成工业总产值14.17亿元" (a
  // county's 2023 analysis): so is a year or a part of one between the body and its measure.
  if (bits & 4096 && (out.includes('年') || out.includes('季'))) out = out.replace(TIME_INSIDE, '');
  // "10、11、12三个月增速分别9.6%、10.1%和10.3%" (工信部 on 2012), "第一、二、三、四季度利润同比分别增长…" (国家统计局 on
  // 2021): months or quarters listed are the items' periods, not part of what they measure.
  if (bits & 32768) out = out.replace(LISTED_TIMES, '');
  const lead = afterLeading(out);
  if (lead) out = out.slice(lead);
  // "以氟化工、石墨稀等为代表的新材料产业增长2.5%" (三明 2023 1-4月): the examples it is represented by are not the
  // subject, the industry after them is.
  if (out.charCodeAt(0) === 0x4ee5 /* 以 */ && out.includes('为')) out = out.replace(REPRESENTED_BY, '');
  // "能源工业受疫情影响较小且受主要行业带动", "橡胶和塑料行业受" (held-out set 16): what moved the subject is not it.
  if (bits & 8 && out.includes('受')) out = out.replace(CAUSE, '');
  if ((bits & 512 && out.includes('益于')) || (bits & 8192 && (out.includes('由于') || out.includes('由於'))))
    out = out.replace(OWED_TO, '');
  if (isIn(TRAILING_LAST, out, out.length - 1)) {
    const kept = out.replace(TRAILING, '');
    // "经济总量跨上5万亿元台阶": 总量 stays when what is left before it names no measure alone (经济); so does 累计
    // after a one-character noun: "7个市(州)累计增速在10%以上" (四川 2017) is the places' 累计增速 ("工业累计投资" is 工业's).
    // So does 中 after one character: the end of a place's name, "晋中增长4.3%" (晋中's 2017 industry, seen on an imported
    // deck, session 33, labelled 晋增速), 汉中, not the 中 of a group among which (行业中).
    out =
      (kept.length <= 2 && out.startsWith('总量', kept.length)) || (kept.length === 1 && out.startsWith('累计', 1))
        ? kept + out.slice(kept.length, kept.length + 2)
        : kept.length === 1 && out.length === 2 && out.charCodeAt(1) === 0x4e2d /* 中 */
          ? out
          : kept;
  }
  if (isIn(STATUS_LAST, out, out.length - 1) && out.length > 2) out = out.replace(STATUS_TAIL, '');
  // Quote marks and brackets at either end, and spaces: replaced only when there (most subjects have none).
  if (out && (isIn(EDGE_MARKS, out, 0) || isIn(EDGE_MARKS, out, out.length - 1)))
    out = out.replace(/^[“‘"「《]+|[”’"」》（(]+$/gu, '').replace(/^[”’"」》]+/u, '');
  if (out && (isSpace(out.charCodeAt(0)) || isSpace(out.charCodeAt(out.length - 1)))) out = out.trim();
  // An unbalanced quote or title mark is a cut through a name: drop the marks, keep the words (《中国制造2025》试点城市,
  // its 《 taken as the subject's edge, leaves 中国制造2025》试点城市).
  if (bits & 16 && (out.includes('“') || out.includes('”')) && (out.match(/“/gu)?.length ?? 0) !== (out.match(/”/gu)?.length ?? 0))
    out = out.replace(/[“”]/gu, '');
  if (bits & 32 && (out.includes('《') || out.includes('》')) && (out.match(/《/gu)?.length ?? 0) !== (out.match(/》/gu)?.length ?? 0))
    out = out.replace(/[《》]/gu, '');
  return out;
}

/** "以…为代表的", "以…为主的": the examples or the core a subject is named by, before it. */
const REPRESENTED_BY = /^以[^，；。,;]{1,24}?为(?:代表|主|主导|核心|龙头|重点|引领|支撑)的(?=[\u4e00-\u9fff]{2})/u;
/** 在 and a year (and month) standing before more words of a subject: its time, said inside it. */
const IN_YEAR = /在(?:19|20)\d{2}年(?:\d{1,2}月份?)?(?=[\u4e00-\u9fff])/gu;
/** A year or a part of one between two words of a subject (not a base's, nor a year's end: 2020年末人口). */
const TIME_INSIDE =
  /(?<=[\u4e00-\u9fff])(?<![于比较與与同至到的由从從是为為按])(?:(?:19|20)\d{2}年(?![末底初])|第?[一二三四]季度(?![末底初])|[上下]半年|前三季度)(?=[\u4e00-\u9fff])/gu;
/** Months from January between two words of a subject: "省属企业1-7月产值". */
const MONTHS_INSIDE = /(?<=[\u4e00-\u9fff])(?<![于比较与同至到])1\s*[-—–~～至]\s*\d{1,2}月份?(?=[\u4e00-\u9fff])/gu;
const PROPERTY_FIRST = charTable('增涨降升比占份幅');
/** At most a space (code ≤ 0x20) or the ideographic space. */
const isSpace = (c: number) => c <= 0x20 || c === 0x3000;

export interface SubjectParts {
  /** The noun phrase measured, "" when the clause has none (it is then inherited). */
  subject: string;
  /** The subject started with a property of another one: "增速回落…", "占规上工业的比重为…", "比重提高…". */
  property: boolean;
}

/** A name compared with (高于全国, 、全省) right before an opening bracket, not a period (较去年同期). */
// ("欠市级考核目标任务及区级确保目标任务(23.9亿元)" (攀枝花东区 2009 1—8月, held-out set 48): the target a figure falls
// short of, its amount in brackets.)
const COMPARED_IN_BRACKETS =
  /(?:高于|低于|快于|慢于|高出|超过|超出|好于|比|、)((?!去年|上年|同期|今年|上月)[\u4e00-\u9fff]{1,14})[（(]$|欠([\u4e00-\u9fff]{2,18}(?:目标|任务|计划))[（(]$/u;

/**
 * The first name a clause picks out, its rate in brackets: "正增长的有电力(20.6%)、电子信息(13.0%)…", "负增长的是平远县
 * (-13.8%)" (梅州 2023, held-out set 33); the names after it, each after 、 or 和, are read as list items.
 */
export const PICKED_IN_BRACKETS = /的(?:有|是|为|包括)([\u4e00-\u9fff]{1,14})[（(]$/u;

/** An amount that names a class of firms or industries ("超100亿元的工业企业"): the tokens leave it out (tokens.ts). */
const CLASS_AMOUNT = /\d+(?:\.\d+)?(?:万亿|亿|万)?元(?:及?以上)?的(?=[\u4e00-\u9fff]{0,4}?(?:企业|产业))/u;

/** A bound with no number, then the firms or industries it picks out ("亿元以上企业"). */
const BOUND_CLASS = /(?<![\d.])[十百千]?(?:万亿|亿|万)元及?以上的?(?=[\u4e00-\u9fff]{0,4}?(?:企业|产业))/u;

/** A period right before an opening bracket: the figure inside is that period's. */
const PERIOD_IN_BRACKETS =
  /(?:[一二三四]季度|[上下]半年|前三季度|\d{1,2}月份?|\d{1,2}\s*[-—–~～至]\s*\d{1,2}月份?|(?:19|20)\d{2}年)[（(]$/u;
/** A measure named after the same months a year before, right before an opening bracket. */
const SAME_TIME_NAMED = /(?:去年|上年)同期的?([\u4e00-\u9fff]{1,6})[（(]$/u;

/** A verb and 的 before bodies it picks out ("正增长的市州", "实现增长的企业"), up to the next verb. */
const BODIES_THAT =
  /^(?:实现|保持)?[正负]?(?:增长|下降|减少|回升|提高)(?:的)[\u4e00-\u9fff]{0,6}?(?:市县|市州|县市|县区|区县|市|县|乡镇|村|企业|行业|园区|开发区|单位|城市|地区|产品|项目)(?=达到|达|有|为|共)/u;

/**
 * Bodies picked out by the clause before 的, right before the number: "…持平的企业数达", "…增长的行业有", "其中两位数增长的
 * 细分领域达31个" (台州 2024 1-2月: the fields an industry is divided into, 领域); "同比实现正增长的州市有8个", "同比下降的
 * 州市也有8个" (云南 2016 1-9月, held-out set 57: 州市 as 市州, and 也 before 有).
 */
const BODIES_PICKED =
  /的([\u4e00-\u9fff]{0,4}?(?:企业|行业|领域|单位|市县|县市|市州|州市|县区|区县|乡镇|园区|项目|产品)(?:数量?|家数|户数|个数)?)(?:达到|达|[也均]?有|为|共)?$/u;

/** A verb of doing, then only the noun it is done to (减少政府支出债务): not a change of a subject named before. */
const DONE_TO = /^(?:减少|增加(?!值)|降低)([\u4e00-\u9fff“”]{2,12})$/u;
const DONE_TO_FIRST = charTable('减增降');
const AGAIN = charTable('再又');

/** What subjectBefore read: one object, reused (each caller reads it before the next call). */
const PARTS: SubjectParts = { subject: '', property: false };
function parts(subject: string, property: boolean): SubjectParts {
  PARTS.subject = subject;
  PARTS.property = property;
  return PARTS;
}

/**
 * The subject in the text of a clause before its number (`pre`), prefix qualifiers already removed. The answer
 * is reused by the next call: read it first.
 */
/** The name of a list of targets before 为/是: 主要预期目标(建议), 预期指标, 主要目标, 目标. */
const TARGETS_NOUN = /(?:预期(?:目标|指标)|主要目标|目标)(?:建议)?$/u;

export function subjectBefore(pre: string): SubjectParts {
  return subjectBeforeWith(pre, charBits(pre, SUBJECT_BITS));
}

/** subjectBefore with pre's SUBJECT_BITS given (all set, every word is asked for: what the tests compare with). */
export function subjectBeforeWith(pre: string, bits: number): SubjectParts {
  // (text is pre, or pre with characters removed: the bits of pre say what it may hold.)
  let text = bits & 1 ? withoutBrackets(pre) : pre;
  // "25个省市正增长(江苏4.4%、浙江3.9%)": a figure inside brackets is of the name inside them.
  // ("甘孜(21.5%)": the name before an empty bracket is the subject, as before.)
  const open = bits & 1 && (text.includes('（') || text.includes('(')) ? Math.max(text.lastIndexOf('（'), text.lastIndexOf('(')) : -1;
  // "高出全国(5.9%)、全省(6.4%)平均水平": the figure in brackets is of the name compared with before them.
  if (open >= 0 && open === text.length - 1) {
    // "增速…在一季度(6.1%)走出困难时期、上半年(6.9%)…" (山西): a period before the brackets names when, not what.
    if (PERIOD_IN_BRACKETS.test(text)) return parts('', false);
    const named = COMPARED_IN_BRACKETS.exec(text) ?? PICKED_IN_BRACKETS.exec(text);
    if (named) return parts(named[1] ?? named[2], false);
    // "比去年同期贡献率(41.5%)": the figure in brackets is the measure's, a year before.
    const sameTime = SAME_TIME_NAMED.exec(text);
    if (sameTime) return parts(sameTime[1], false);
  }
  if (open >= 0 && open < text.length - 1 && open > Math.max(text.lastIndexOf('）'), text.lastIndexOf(')'))) text = text.slice(open + 1);
  // "我市汽车工业依然交出了一份漂亮的成绩单——全年汽车整车行业完成工业总产值1472亿元" (重庆's 2012 car industry,
  // http://www.jrcq.com/viewnews/60-591.html): a dash opens what the words before it announce.
  const dash = bits & 16384 && text.indexOf('——') >= 0 ? text.lastIndexOf('——') : -1;
  if (dash >= 0 && dash < text.length - 3) text = text.slice(dash + 2);
  // "销售收入超过10亿元的企业达到120户" (安徽): the firms past an amount are the subject, not the amount's measure (also
  // 10亿元以上的企业, 10亿元及以上的企业: the look for 元 lets those through, as CLASS_AMOUNT reads them).
  const past = bits & 64 && text.includes('元') ? CLASS_AMOUNT.exec(text) : null;
  if (past) text = text.slice(past.index + past[0].length);
  // "产值达到亿元以上企业共15户" (乌拉特后旗 2023, held-out set 26): a bound with no number of its own names the class
  // counted, and stays in its name.
  const bound = !past && bits & 64 && text.includes('元') ? BOUND_CLASS.exec(text) : null;
  if (bound) text = text.slice(bound.index);
  const lead = afterLeading(text);
  if (lead) text = text.slice(lead);
  // "产成品库存同比上升1.8%,升幅较前4个月扩大0.9个百分点" (江苏, held-out set 16): 升幅 is the rise's rate, as 增幅 is.
  // "从工业三大门类来看,占比最大的制造业同比增长20.6%" (海南 2023 上半年): a property's superlative before 的 picks out what
  // has it; that is the subject (制造业), no property of the subject before (工业增加值占GDP比重占比…, a bar of 20.6% read so).
  const picked = isIn(PROPERTY_FIRST, text, 0) ? PROPERTY_PICKS.exec(text) : null;
  if (picked) text = text.slice(picked[0].length);
  // "增長較快工業產品中汽車增長1.5倍" (新疆 2014 前三季度, a 繁體 copy, held-out set 45): a group the clause opens with
  // (…产品中, …行业中) frames the name after it, which is the subject (汽车), not the group.
  // "增長較快行業包括電力、熱力生產和供應業增長44.5%" (the same page): so does a group and what it includes (包括).
  const framed = picked ? null : text.includes('中') ? GROUP_FRAME.exec(text) : text.includes('包括') ? GROUP_INCLUDES.exec(text) : null;
  if (framed) text = text.slice(framed[0].length);
  const property = isIn(PROPERTY_FIRST, text, 0) && /^(?:增速|增幅|涨幅|降幅|升幅|增长率|比重|占比|占|份额|幅度)/u.test(text);
  if (property) {
    const rest =
      /^(?:占比(?![重例])|占[^，；]*?(?:比重|比例|份额)(?=[^，；]*?(?:提高|提升|上升|增加|下降|降低|回落|减少|扩大|缩小)$)|占[^，；]*?(?:比重|比例|份额)?(?=为|达|是|$)|占[^，；]*?(?:比重|比例|份额)|增速|增幅|涨幅|降幅|升幅|增长率|比重|占比|份额|幅度)/u.exec(
        text,
      )![0];
    const tail = text.slice(rest.length);
    // "占GDP的比重为32.5%": 为 right after the property ends it (MARKER's 为 never matches at the start).
    const stop = /^(?:为|是|达)/u.test(tail) ? 0 : markerIn(tail);
    return parts(cleanSubject(rest + (stop >= 0 ? tail.slice(0, stop) : tail)), true);
  }
  // Where MARKER matches (markerIn: no match array); the word it matched is read at that offset, as only one of its
  // words starts with 为 (and one each with 实, 完).
  // "高技術制造業在醫藥制造業高位增長的帶動下實現產值114億元" (通州 2021 1-10月, a 繁體 copy,
  // http://www.dvtln.cn/zx/2021/1126/21604.html): what drove the subject (在…带动下) is an aside, its verbs no predicate.
  if (bits & 2048 && text.includes('下') && text.includes('在')) text = text.replace(DRIVEN_BY, '');
  let at = markerIn(text);
  // "落实“停缓调撤”政策,减少政府支出债务6.53亿元" (沅陵 2018 政府工作报告, held-out set 33): a verb of doing opening the
  // clause, then what it was done to, names the amount done, as "压减钢铁产能325万吨" does (its verb no MARKER word).
  // ("再减少企业税负3500亿元左右" (2017 政府工作报告): 再 or 又 before the verb.)
  const doneAt = at === 1 && isIn(AGAIN, text, 0) ? 1 : 0;
  if (at === doneAt && isIn(DONE_TO_FIRST, text, at)) {
    const done = DONE_TO.exec(text.slice(at));
    if (done && markerIn(done[1]) < 0) return parts(cleanSubject(text), false);
  }
  // "规模以上工业增加值累计正增长的市州达到5个" (贵州, held-out set 17), "实现增长的企业达到120家": a verb before 的 and
  // the bodies it tells of only picks them out; the predicate is the next verb.
  if (at >= 0 && bits & 128 && text.includes('的', at)) {
    const rel = BODIES_THAT.exec(text.slice(at));
    if (rel) {
      const next = markerIn(text.slice(at + rel[0].length));
      at = next >= 0 ? at + rel[0].length + next : -1;
    }
  }
  // "预计下一旬产值同比增速有所加快或持平的企业数达52家" (常州 2012, held-out set 18): bodies a clause with its own
  // verbs picks out (…的企业数) are what the number counts.
  const bodies = bits & 128 && text.includes('的') ? BODIES_PICKED.exec(text) : null;
  if (bodies && markerIn(text.slice(0, bodies.index)) >= 0) return parts(bodies[1], false);
  // "主要预期目标建议为地区生产总值增长8.5%" (资阳 2014, held-out set 18), "主要预期目标是地区生产总值增长8%左右":
  // the targets named before 为/是 open a list; what each measures follows.
  if (
    at > 0 &&
    (text.charCodeAt(at) === 0x4e3a /* 为 */ || text.charCodeAt(at) === 0x662f) /* 是 */ &&
    TARGETS_NOUN.test(text.slice(0, at))
  ) {
    const rest = text.slice(at + 1).replace(/^[：:]/u, '');
    const own = markerIn(rest);
    const object = cleanSubject(own >= 0 ? rest.slice(0, own) : rest);
    if (object.length >= 2) return parts(object, false);
  }
  let subject = at >= 0 ? text.slice(0, at) : text;
  // "四增为水稻产量412.4亿斤", "被评为国家级绿色工厂26户": what follows 为 is what the number measures.
  if (at >= 0 && text.charCodeAt(at) === 0x4e3a /* 为 */) {
    const object = cleanSubject(text.slice(at + 1));
    if (object.length >= 2 && markerIn(object) < 0) return parts(object, false);
  }
  // A verb alone ("增11.8%", "减7.5%") names no subject: it is inherited.
  if (subject.length === 1 && '增减降涨升跌转'.includes(subject)) return parts('', false);
  // "软件和信息技术服务业实现营业收入1650亿元": the verb's object is part of what is measured. An object with a
  // predicate of its own ("规上工业企业实现利润比上年增长8%", "…完成投资同比下降3%") is the words before that predicate.
  if (at >= 0 && (text.startsWith('实现', at) || text.startsWith('完成', at)) && subject) {
    // ("利润总额完成了年计划的57%" (甘肃's defence industry, 2012 上半年): 了 right after the verb is no part of the object.)
    const rest = text
      .slice(at + 2)
      .replace(/^了/u, '')
      .replace(/(?:为|达到?|了)+$/u, '');
    const own = markerIn(rest);
    // "三大行业共实现工业增加值38.8亿元" (郾城区, held-out set 11): the words ending the subject before the verb
    // (共, 累计) go before the object is added.
    subject = cleanSubject(subject) + cleanSubject(own >= 0 ? rest.slice(0, own) : rest);
  }
  return parts(cleanSubject(subject), false);
}

/** Places and bodies that a number counts, written before 的 ("27个市县的…"): what is counted. */
const COUNTED_BODY = /^[\u4e00-\u9fff]{0,6}(?:市县|市州|县市|县区|区县|市|县|乡镇|村|企业|行业|园区|开发区|单位|部门|城市|地区|国家)$/u;

/** A measure of the things counted, written after 的 ("3个行业的增速"): not itself what is counted. */
const OF_COUNTED = /^(?:增速|增幅|增长率|比重|占比|增加值|产值|利润|营业收入|主营业务收入|投资|总量|规模|产量)$/u;

/**
 * What ends a counted noun: the first of these words (a verb, an adverb, a comparison) and all after it.
 * NOUN_STOP_AT: only those that may start with the character at an offset (alternativesByFirst), as MARKER_AT; it
 * finds where their one regex would (test/extract-speed-guards.test.ts).
 */
export const NOUN_STOP_WORDS = [
  '全部',
  '(?<![平人年])均',
  '都',
  '已',
  '出现',
  '远销',
  '销往',
  '呈(?=现|增|下|上|稳|快|回|负|正)',
  '[正负](?=增长)',
  '增速',
  '增幅',
  '高于',
  '低于',
  '快于',
  '慢于',
  '获得',
  '获',
  '成为',
  '落户',
  '入选',
  '进入',
  '参与',
  '受益',
  '脱贫',
  '摘帽',
  '实现',
  '达到',
  '完成',
  '建成',
  '(?<!新建)投产(?!企业|项目)',
  '被',
  '通过',
  '正(?=在|加快|抓紧|式)',
  '连续(?=多年|\\d|[两三四五六七八九十])',
  '将',
  '今年',
  '明年',
  '有望',
  '可望',
  '累计',
  '共(?![建享同性])',
  '增长(?!点)',
  '下降',
  '同比',
  '分别',
  '占',
  '为',
  '是',
  '达',
  '超过',
  '恢复',
  '保持',
  '持续',
  '合计',
  '持平',
  '加快',
  '加速',
  '较(?![快大高好多为])',
  '与(?=[^，；]{0,12}相比)',
  '中?有$',
];
const NOUN_STOP_AT = alternativesByFirst(NOUN_STOP_WORDS, 'uy');
/** The noun a number counts when it stands before it: "190.6万农村贫困人口", "建成600多个具备先进水平的智能工厂". */
/** What counted bodies do, after their noun: produce in full, enter the statistics, sign, start, finish. */
const NOUN_THEN_DID = /满产|升规|入统|纳统|上规|入库|开展|(?<!新)签约|(?<!新)开工|(?<!新)竣工|落地/u;
/** A property's superlative picking out what has it: "占比最大的", "增速最快的", "比重较高的". */
/** A group opening a clause, then 中 and a name: "增长较快工业产品中汽车", "重点行业中汽车制造业". */
const GROUP_FRAME = /^[^，；、中]{0,12}?(?:产品|行业|企业|商品|品种|门类|领域)中(?![有的是为])(?=[\u4e00-\u9fff]{2})/u;
/** A group opening a clause, then 包括 and a name: "增长较快行业包括电力". */
const GROUP_INCLUDES = /^[^，；、]{0,12}?(?:产品|行业|企业|商品|品种|门类|领域)(?:主要)?包括[：:]?(?=[\u4e00-\u9fff]{2})/u;
const PROPERTY_PICKS =
  /^(?:占比|比重|份额|增速|增幅|涨幅)(?:最大|最高|最快|最小|最低|最多|最慢|较大|较高|较快|居首|第一)的(?=[\u4e00-\u9fff]{2})/u;
/** How or when a verb went, right before it: "顺利通过", "成功入选", "率先建成", "陆续投产". */
const HOW_DONE = /(?<=[\u4e00-\u9fff]{2})(?:顺利|成功|率先|首次|再次|全部|陆续|相继|先后)$/u;

export function nounAfter(after: string, max = 14): string {
  // "540吨“弥你红”红心猕猴桃" (六盘水, held-out set 17): a name in quotes opens the noun.
  const quoted = after.charCodeAt(0) === 0x201c ? /^“[\u4e00-\u9fff]{1,8}”/u.exec(after) : null;
  if (
    !/^[\u4e00-\u9fff]/u.test(quoted ? after.slice(quoted[0].length) : after) ||
    /^(?:的|和|及|与|或|至|到|以|左右|上下|之|增长|增加|增速|下降|减少|提高|同比|环比|比|较|分别|占|为|是|达|多|余|，)/u.test(after)
  )
    return '';
  // The words up to the first mark or digit (not a split of the whole rest of the sentence).
  // ("8個縣(市、區)中" (梅州 2023), "22个县(市、区)规上工业增加值…" (保定 2021): a bracket of the kinds of place counted
  // is read whole, and closes the noun.)
  const held = /^[\u4e00-\u9fff]{1,6}[（(][\u4e00-\u9fff、]{1,8}[)）]/u.exec(after)?.[0].length ?? 0;
  const cut = held || after.search(/[，；。、：,;:\d]/u);
  let noun = cut < 0 ? after : after.slice(0, cut);
  // "我市1480家服务业重点企业(不含批发零售业、住宿餐饮业、金融业和房地产开发业)实现营业收入326.5亿元" (常州's 2013 1-11月
  // services, https://tjj.changzhou.gov.cn/html/tjj/2013/OPOEMFCL_0111/9546.html): a bracket the cut left open is a note
  // on the noun, none of it (服务业重点企业(不含批发零售 was the label).
  if (!held) {
    const open = Math.max(noun.lastIndexOf('('), noun.lastIndexOf('（'));
    if (open >= 2 && noun.indexOf(')', open) < 0 && noun.indexOf('）', open) < 0) noun = noun.slice(0, open);
  }
  const stop = wordsIn(NOUN_STOP_AT, noun);
  // ("全州开工生产的16个行业有11个行业实现增长" (博州 2020, held-out set 34): 有 before the next count is no part of the
  // noun.)
  // "6个化工园顺利通过新一轮复核认定" (宜昌 2025): how the verb went (顺利, 成功, 率先) is no part of the noun before it.
  if (stop >= 0) noun = noun.slice(0, stop).replace(HOW_DONE, '');
  // "对34家化工企业实施了“四评级一评价”" (东昌府 2018), "以占全省6.2%的土地面积创造了40%的工业产值" (江苏 2022): a verb
  // done (its 了) ends what is counted; the verb, two characters, is no part of it.
  const done = noun.indexOf('了');
  if (done >= 4) noun = noun.slice(0, done - 2);
  // "20 户重点增量企业满产增产", "13 户企业升规入统", "为 314 户规上企业开展数字化诊断" (吉林市 2025, held-out set 21): what
  // the bodies counted then do is no part of them (a word opening the noun names it: 签约项目, 新开工项目).
  const did = NOUN_THEN_DID.exec(noun);
  // ("4座煤矿陆续开工建设": 陆续, 相继, 先后 say when they do it.)
  if (did && did.index >= 2) noun = noun.slice(0, did.index).replace(/(?:陆续|相继|先后|均|已|正在|全面)$/u, '');
  // ("30个行业中的23个实现投资增长" (福建 2011 1-2月, held-out set 43): 中的 before the count of those among them.)
  noun = noun.replace(/(?:中的|中有|中|里|内|以上|左右|与|和|比|较)$/u, '');
  // "沿江134家化工企业“关改搬转”" (宜昌 2025, held-out set 25): a slogan in quotes closing the noun says what was done
  // to the things counted ("3个国家级“小巨人”企业": a quoted name inside the noun stays).
  if (lastCode(noun) === 0x201d /* ” */) noun = noun.replace(/(?<=[\u4e00-\u9fff]{2})“[^“”]{1,8}”$/u, '');
  const de = noun.lastIndexOf('的');
  // "具备先进水平的智能工厂": what is counted follows 的; "3个行业的增速分别为…": a measure of them follows it;
  // "在全省27个市县的粮食产量实割实测调查结果": places or bodies counted before 的 are what is counted.
  if (de >= 0) {
    const own = noun.slice(noun.lastIndexOf('的', de - 1) + 1, de);
    // "60家重点企业所涉及的14个行业" (常州 2012, held-out set 18): nothing after 的 but the next count; the things
    // counted are before 所 and its verb.
    const before = de === noun.length - 1 ? /^([\u4e00-\u9fff]{2,10}?)所[\u4e00-\u9fff]{1,3}$/u.exec(own) : null;
    noun = before ? before[1] : OF_COUNTED.test(noun.slice(de + 1)) || COUNTED_BODY.test(own) ? own : noun.slice(de + 1);
  }
  return noun.slice(0, max);
}

const RATE_END = /(?:增速|增幅|涨幅|升幅|降幅|增长率|增长速度)$/u;
const RATE_WORDS = new Set(['增速', '增幅', '涨幅', '降幅']);
/** The rate word (增速, 增幅, 涨幅, 降幅) the clause writes right after the subject, or ''. */
function rateAfter(clause: string, subject: string): string {
  if (!subject || isIn(RATE_LAST, subject, subject.length - 1)) return '';
  const at = clause.lastIndexOf(subject);
  const word = at < 0 ? '' : clause.slice(at + subject.length, at + subject.length + 2);
  // ("城乡居民收入增速差距为1.2个百分点": a gap between two rates is no change of the one named.)
  return RATE_WORDS.has(word) && clause.charCodeAt(at + subject.length + 2) !== 0x5dee /* 差 */ ? word : '';
}
const RATE_LAST = charTable('速幅率度');
const YEARLY = (clause: string) => clause.includes('年均') || clause.includes('平均每年') || clause.includes('每年平均');

/** The label for a subject and a kind: "工业投资" + growth → "工业投资增速"; a share keeps its 占…比重. */
export function composeLabel(subject: string, kind: FigureKind, p: Predicate, clause: string, fan = false): string {
  const s = lastCode(subject) === 0x957f /* 长 */ && subject.endsWith('增长') ? subject.slice(0, -2) + '增速' : subject;
  // Plain words are looked for with includes/endsWith: this runs for every figure.
  const yearly = kind === 'growth' && YEARLY(clause) && !s.includes('年均') ? '年均' : '';
  switch (kind) {
    case 'growth':
      if (isIn(RATE_LAST, s, s.length - 1) && RATE_END.test(s))
        return yearly && !s.startsWith('年均') ? s.replace(RATE_END, (r) => yearly + r) : s;
      return (
        s +
        yearly +
        (s.includes('价格') || s.includes('指数') || s.includes('CPI') || s.includes('PPI') || p.verb.includes('涨') ? '涨幅' : '增速')
      );
    case 'change':
      // (A change against another figure, 高于全国…, is labelled by index.ts before it gets here.)
      // "9个市(州)累计增速较2016年加快0.5个百分点" (四川 2017): a subject kept with its 累计 is a cumulative rate's.
      if (s.endsWith('累计')) return s + '增速变化';
      // "规上工业产值增速提高2个百分点": the rate written right after the subject is what changed (the subject stops
      // before it), not the subject itself.
      return s + rateAfter(clause, s) + '变化';
    case 'share':
      if (s.includes('占') && !(s.includes('比重') || s.includes('比例') || s.includes('份额') || s.includes('占比'))) return s + '比重';
      return s;
    case 'multiple':
      return s.endsWith('倍数') ? s : s + (fan || clause.includes('增长') || clause.includes('翻') ? '增长倍数' : '倍数');
    case 'rank':
      return /位次|排名|排位/u.test(s) ? s : s + '位次';
    default:
      return s;
  }
}
