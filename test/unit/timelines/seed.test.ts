/** The seed's billing sequences (专用服务条款) and the 通用服务条款 deadlines, computed right. */
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { analyze } from '../../../server/src/core/analyze';
import { fixture, seed, SEED_PATH } from '../../helpers/fixtures';
import { sequencesOf, summary } from './helpers';
import { toIso } from '../../../server/src/core/timelines';
import type { DocumentModel } from '../../../server/src/core/model';

describe('timelines: the seed agreement', function () {
  let m: DocumentModel;
  before(function () {
    if (!existsSync(SEED_PATH)) this.skip();
    m = analyze(seed(), { uri: SEED_PATH });
  });
  const one = (title: string, trigger: string) => {
    const found = sequencesOf(m, title, trigger);
    assert.equal(found.length, 1, `${title}/${trigger}: ${found.length} sequences`);
    return summary(found[0]);
  };

  it('日志服务: suspended at T0+24h, data deleted at T0+8日 (7日 counted from the suspension)', () => {
    assert.equal(one('日志服务', 'arrears'), '暂停服务@PT24H 删除数据@P8D');
    const deletion = sequencesOf(m, '日志服务', 'arrears')[0].events[1];
    assert.equal(toIso(deletion.after), 'P7D');
    assert.equal(deletion.from, 0);
    assert.equal(deletion.clause?.id, '1.2');
  });
  it('开放搜索: some functions suspended at T0+24h, deleted at T0+30日', () => {
    assert.equal(one('开放搜索', 'arrears'), '暂停部分功能@PT24H 删除数据@P30D');
  });
  it('云解析 PrivateZone: suspended at T0+24h, configuration cleared at T0+7日 (counted from the arrears)', () => {
    assert.equal(one('PrivateZone', 'arrears'), '暂停服务@PT24H 清空配置@P7D');
  });
  it('消息队列: order lapses after 3日, instance released 168h after expiry, suspension 72h after arrears', () => {
    assert.equal(one('消息队列', 'order'), '订单失效@P3D');
    assert.equal(one('消息队列', 'expiry'), '暂停服务@PT0S 释放实例@PT168H');
    assert.equal(one('消息队列', 'arrears'), '暂停服务@PT72H');
  });
  it('图形工作站: data cleared 7日 after expiry; 1h after arrears stopped, 7日 later released', () => {
    assert.equal(one('图形工作站', 'expiry'), '终止服务@PT0S 删除数据@P7D');
    assert.equal(one('图形工作站', 'arrears'), '停止服务@PT1H 删除数据@P7DT1H');
  });
  it('密钥管理, 媒体处理, 大数据计算服务, 弹性容器实例, 音视频通信', () => {
    assert.equal(one('密钥管理', 'arrears'), '停止服务@P7D');
    assert.equal(one('媒体处理', 'arrears'), '暂停服务@PT24H 释放实例@P15D');
    assert.equal(one('大数据计算服务', 'arrears'), '暂停服务@PT24H 删除数据@P15D');
    assert.equal(one('弹性容器实例', 'arrears'), '删除数据@P7D');
    assert.equal(one('音视频通信', 'arrears'), '停止服务@PT24H');
    assert.equal(one('音视频通信', 'expiry'), '终止服务@PT0S');
  });
  it('通用服务条款 3.2.1, 3.2.2, 9.3.4 and 14.2 are sequences of their own', () => {
    const general = m.timelines.filter((s) => s.scope?.part.index === m.timelines.find((t) => t.events.some((e) => e.clause?.id === '3.2.1'))!.scope!.part.index);
    const byClause = (id: string) => general.filter((s) => s.events.some((e) => e.clause?.id === id)).map((s) => `${s.triggerKey}: ${summary(s)}`);
    assert.deepEqual(byClause('3.2.1'), ['order: 订单失效@P7D']);
    assert.deepEqual(byClause('3.2.2'), ['expiry: 付款/续费@-P7D']);
    assert.deepEqual(byClause('9.3.4'), ['terminate: 通知@-P30D']);
    assert.deepEqual(byClause('14.2'), ['change: 通知@-P30D']);
  });
  it('uses the agreement\'s own same-clock rule where it states it', () => {
    const deletion = sequencesOf(m, '日志服务', 'arrears')[0].events[1];
    assert.equal(deletion.steps[1].sameClock, true);
  });
});

describe('timelines: our own Chinese fixture', () => {
  it('links the 对象存储 and 归档存储 chains', () => {
    const m = analyze(fixture('zh-cloud-storage-agreement.md'));
    assert.equal(summary(sequencesOf(m, '对象存储', 'arrears')[0]), '暂停服务@PT24H 删除数据@P8D');
    assert.equal(summary(sequencesOf(m, '归档存储', 'arrears')[0]), '暂停服务@PT48H 删除数据@P30D');
    assert.equal(summary(sequencesOf(m, '内容分发', 'arrears')[0]), '停止服务@PT2H');
  });
});
