import {
  api, apiOptional, clear, el, formatDate, formatDateTime, notice, qs, ROLE_LABELS, showError, startPage,
  STATUS_LABELS, text,
} from './app.js';

const ROUND_STATUS = { running: '进行中', finished: '完成', failed: '失败', stopped: '服务停止时中止' };

const SECTIONS = [
  ['units', '单位管理'], ['campaign', '截止日期与权重'], ['crawl', '网站检测'], ['bulletin', '发布通报'],
  ['overrides', '人工修正'], ['users', '账号管理'],
];

startPage('admin', async (user, main) => {
  const tabs = el('div', { class: 'tabs' });
  const body = el('div', {});
  text(main, el('h1', {}, '管理'), tabs, body);
  const show = async (id) => {
    tabs.querySelectorAll('button').forEach((b) => b.classList.toggle('active', b.dataset.section === id));
    history.replaceState(null, '', `/admin.html?section=${id}`);
    clear(body);
    const section = el('section', { class: 'card', id: `admin-${id}` });
    body.append(section);
    try {
      await RENDER[id](section, user);
    } catch (e) {
      showError(section, e);
    }
  };
  SECTIONS.forEach(([id, label]) => tabs.append(el('button', { type: 'button', dataset: { section: id }, on: { click: () => show(id) } }, label)));
  await show(SECTIONS.some(([id]) => id === qs('section')) ? qs('section') : 'units');
}, { roles: ['office'] });

function field(label, input) {
  return el('label', {}, label, input);
}

function input(name, attrs = {}) {
  return el('input', { name, ...attrs });
}

const RENDER = {
  async units(section) {
    const [units, groups] = await Promise.all([api('/api/units?includeInactive=true'), api('/api/groups')]);
    const form = el('form', { id: 'unit-form' },
      field('代码', input('code', { required: true, size: 10 })), field('名称', input('name', { required: true, size: 24 })),
      field('简称', input('shortName', { size: 10 })),
      field('分组', el('select', { name: 'group' }, groups.map((g) => el('option', { value: g.label }, g.label)))),
      field('上级单位代码', input('parentCode', { size: 10 })), field('网站首页', input('homepage', { size: 30 })),
      field('公开平台入口（可选）', input('ogiUrl', { size: 30, placeholder: '在全市/全省政府信息公开平台上的本单位栏目地址' })),
      field('启用', el('select', { name: 'active' }, el('option', { value: 'true' }, '是'), el('option', { value: 'false' }, '否（停用）'))),
      el('div', {}, el('button', { class: 'primary', type: 'submit' }, '保存单位')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const data = Object.fromEntries(new FormData(form));
      data.active = data.active === 'true';
      try {
        await api(`/api/units/${encodeURIComponent(data.code.trim())}`, { method: 'PUT', body: data });
        notice(section, `已保存单位 ${data.name}`);
        await RENDER.units(clear(section));
      } catch (e) {
        showError(section, e);
      }
    });
    const fill = (u) => {
      ['code', 'name', 'shortName', 'group', 'parentCode', 'homepage', 'ogiUrl'].forEach((k) => { form.elements[k].value = u[k] || ''; });
      form.elements.active.value = String(u.active);
      form.scrollIntoView();
    };
    const setActive = async (u, active) => {
      try {
        await api(`/api/units/${encodeURIComponent(u.code)}`, { method: 'PUT', body: { ...u, active } });
        await RENDER.units(clear(section));
      } catch (e) {
        showError(section, e);
      }
    };
    const file = el('input', { type: 'file', accept: '.csv,text/csv', id: 'csv-file' });
    const importResult = el('div', { id: 'import-result' });
    const importButton = el('button', { type: 'button', class: 'secondary', on: { click: async () => {
      clear(importResult);
      if (!file.files.length) { showError(importResult, new Error('请选择 CSV 文件')); return; }
      try {
        const r = await api('/api/units/import', { method: 'POST', body: file.files[0], headers: { 'Content-Type': 'text/csv' } });
        notice(section, `导入完成：新增 ${r.added} 个，更新 ${r.updated} 个，共 ${r.total} 个单位`);
        await RENDER.units(clear(section));
      } catch (e) {
        showError(importResult, e);
      }
    } } }, '导入');
    append(section,
      el('h2', {}, '新增或修改单位'), form,
      el('h2', { style: 'margin-top:16px' }, '从 CSV 导入'),
      el('p', { class: 'small muted' }, '表头：code,name,group,homepage（可选 shortName,parent,ogiUrl；ogiUrl 为本单位在共用公开平台上的栏目地址）。有任何错误行时整个文件不导入。'),
      el('div', { class: 'toolbar' }, file, importButton, el('a', { href: '/api/units/export.csv' }, '导出当前名录')), importResult,
      el('h2', { style: 'margin-top:16px' }, `单位名录（${units.length}）`),
      el('table', { id: 'units-table' },
        el('thead', {}, el('tr', {}, ['代码', '名称', '分组', '网站', '状态', ''].map((h) => el('th', {}, h)))),
        el('tbody', {}, units.map((u) => el('tr', { dataset: { code: u.code } },
          el('td', {}, u.code), el('td', {}, u.name), el('td', {}, u.group), el('td', { class: 'url small' }, u.homepage || ''),
          el('td', {}, u.active ? '启用' : el('span', { class: 'muted' }, '已停用')),
          el('td', {}, el('button', { type: 'button', class: 'link', on: { click: () => fill(u) } }, '编辑'), ' ',
            el('button', { type: 'button', class: 'link', on: { click: () => setActive(u, !u.active) } }, u.active ? '停用' : '启用')))))));
  },

  async campaign(section) {
    const campaigns = await api('/api/campaigns');
    const current = campaigns.find((c) => c.isDefault) || campaigns[0];
    const campaign = await api(`/api/campaigns/${encodeURIComponent(current.id)}`);
    append(section,
      el('h2', {}, campaign.title),
      el('p', { class: 'muted' }, `权重版本 ${campaign.weightsVersion}；逾期完成得 ${Math.round((campaign.lateShare ?? 0.5) * 100)}% 分值。`,
        '截止日期和权重由活动文件定义（reports/src/main/resources/campaigns/，或配置的 campaignsDirectory），修改文件并提高 weightsVersion 后重启生效。'),
      el('table', { id: 'campaign-table' },
        el('thead', {}, el('tr', {}, ['阶段', '要求', '截止日期', '指标', '权重'].map((h) => el('th', {}, h)))),
        el('tbody', {}, (campaign.milestones || []).flatMap((m) => (m.indicators || []).map((i, index) => el('tr', {},
          index === 0 ? el('td', { rowspan: m.indicators.length }, `${m.id} ${m.title}`) : null,
          index === 0 ? el('td', { rowspan: m.indicators.length, class: 'small' }, m.requirement || '') : null,
          index === 0 ? el('td', { rowspan: m.indicators.length }, formatDate(m.deadline)) : null,
          el('td', {}, i.title), el('td', { class: 'num' }, String(i.weight))))))));
  },

  async crawl(section) {
    const bar = el('div', {});
    const status = el('span', { id: 'crawl-status' });
    const button = el('button', { type: 'button', class: 'primary', id: 'start-crawl' }, '开始一轮检测（全部单位）');
    const rounds = el('div', {});
    append(section, el('h2', {}, '网站检测'), el('div', { class: 'toolbar' }, button,
      el('div', { class: 'progress', id: 'crawl-progress' }, bar), status), el('h2', {}, '最近各轮'), rounds);
    let timer = null;
    const refresh = async () => {
      const p = await apiOptional('/api/crawls/current');
      if (!section.isConnected) { clearInterval(timer); return; }
      if (p) {
        const total = Math.max(1, p.unitsTotal || 0);
        bar.style.width = `${Math.round((100 * (p.unitsDone || 0)) / total)}%`;
        text(status, p.running ? `第${p.roundId}轮进行中：${p.unitsDone}/${p.unitsTotal} 个单位，${p.pagesFetched} 个页面，${p.errors} 个错误`
          : (p.roundId ? `第${p.roundId}轮已结束：${p.unitsDone}/${p.unitsTotal} 个单位，${p.pagesFetched} 个页面，${p.errors} 个错误` : '尚无检测'));
        button.disabled = !!p.running;
        if (!p.running && timer) { clearInterval(timer); timer = null; await listRounds(); }
      }
    };
    const listRounds = async () => {
      const list = (await apiOptional('/api/crawls?limit=10')) || [];
      text(rounds, el('table', {}, el('thead', {}, el('tr', {}, ['轮次', '评估日', '开始', '结束', '来源', '状态', '单位', '页面', '错误'].map((h) => el('th', {}, h)))),
        el('tbody', {}, list.map((r) => el('tr', {}, el('td', {}, String(r.id)), el('td', {}, formatDate(r.asOf)),
          el('td', {}, formatDateTime(r.startedAt)), el('td', {}, formatDateTime(r.finishedAt)), el('td', {}, r.triggerSource),
          el('td', { title: r.failure || '' }, ROUND_STATUS[r.status] || r.status), el('td', { class: 'num' }, `${r.unitsDone}/${r.unitsTotal}`),
          el('td', { class: 'num' }, r.pagesFetched), el('td', { class: 'num' }, r.errors))))));
    };
    button.addEventListener('click', async () => {
      try {
        await api('/api/crawls', { method: 'POST' });
        timer = setInterval(refresh, 1000);
        await refresh();
      } catch (e) {
        showError(section, e.status === 409 ? new Error('已有一轮检测正在进行') : e);
      }
    });
    await refresh();
    await listRounds();
    const p = await apiOptional('/api/crawls/current');
    if (p && p.running) timer = setInterval(refresh, 1000);
  },

  async bulletin(section) {
    const result = el('div', {});
    const button = el('button', { type: 'button', class: 'primary', id: 'issue-bulletin', on: { click: async () => {
      button.disabled = true;
      try {
        const r = await api('/api/bulletins', { method: 'POST' });
        text(result, el('div', { class: 'notice' }, r.created ? `已发布第${r.bulletin.number}期通报：` : `今天的通报已发布过（第${r.bulletin.number}期）：`,
          el('a', { href: `/bulletins.html?id=${encodeURIComponent(r.bulletin.id)}` }, r.bulletin.title)));
      } catch (e) {
        showError(result, e);
      } finally {
        button.disabled = false;
      }
    } } }, '立即发布通报');
    append(section, el('h2', {}, '发布通报'),
      el('p', { class: 'muted' }, '按当前评估日期生成通报（同一天只发布一期），并发送给领导和各单位联系人。'), button, result);
  },

  async overrides(section) {
    const [campaigns, units, list] = await Promise.all([api('/api/campaigns'), api('/api/units'), apiOptional('/api/overrides')]);
    const current = campaigns.find((c) => c.isDefault) || campaigns[0];
    const campaign = await api(`/api/campaigns/${encodeURIComponent(current.id)}`);
    const indicators = (campaign.milestones || []).flatMap((m) => (m.indicators || []).map((i) => ({ ...i, milestone: m.id })));
    const form = el('form', { id: 'override-form' },
      field('单位', el('select', { name: 'unitCode', required: true }, units.map((u) => el('option', { value: u.code }, `${u.code} ${u.name}`)))),
      field('指标', el('select', { name: 'indicatorId' }, indicators.map((i) => el('option', { value: i.id }, `${i.milestone} ${i.title}（${i.weight}分）`)))),
      field('修正后状态', el('select', { name: 'status' }, el('option', { value: '' }, '（按分值）'),
        Object.entries(STATUS_LABELS).map(([k, v]) => el('option', { value: k }, v)))),
      field('修正后分值', input('points', { type: 'number', step: '0.5', min: '0', size: 6 })),
      field('理由（必填）', el('textarea', { name: 'reason', required: true, rows: 2, cols: 40 })),
      el('label', {}, '撤销', el('input', { type: 'checkbox', name: 'revoke' })),
      el('div', {}, el('button', { class: 'primary', type: 'submit' }, '提交修正')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const d = Object.fromEntries(new FormData(form));
      const body = { unitCode: d.unitCode, indicatorId: d.indicatorId, reason: d.reason, revoke: d.revoke === 'on',
        status: d.status || null, points: d.points === '' || d.points === undefined ? null : Number(d.points) };
      try {
        await api('/api/overrides', { method: 'POST', body });
        notice(section, '已保存人工修正');
        await RENDER.overrides(clear(section));
      } catch (e) {
        showError(section, e);
      }
    });
    const rows = list && list.overrides ? list.overrides : [];
    append(section, el('h2', {}, '人工修正（纠正检测误判，须写明理由，留痕可查）'), form,
      el('h2', { style: 'margin-top:16px' }, `修正记录（${rows.length}）`),
      el('table', {}, el('thead', {}, el('tr', {}, ['时间', '单位', '指标', '操作', '状态', '分值', '理由', '修正人'].map((h) => el('th', {}, h)))),
        el('tbody', {}, rows.map((o) => el('tr', {}, el('td', {}, formatDateTime(o.createdAt)),
          el('td', {}, el('a', { href: `/unit.html?code=${encodeURIComponent(o.unitCode)}` }, o.unitCode)), el('td', {}, o.indicatorId),
          el('td', {}, o.action === 'revoke' ? '撤销' : '修正'), el('td', {}, STATUS_LABELS[o.status] || ''),
          el('td', { class: 'num' }, o.points ?? ''), el('td', {}, o.reason), el('td', {}, o.author))))));
  },

  async users(section, me) {
    const [users, units] = await Promise.all([api('/api/users'), api('/api/units')]);
    const form = el('form', { id: 'user-form' },
      field('用户名', input('username', { required: true, size: 14 })),
      field('角色', el('select', { name: 'role' }, Object.entries(ROLE_LABELS).map(([k, v]) => el('option', { value: k }, v)))),
      field('所属单位（单位账号）', el('select', { name: 'unitCode' }, el('option', { value: '' }, '—'),
        units.map((u) => el('option', { value: u.code }, `${u.code} ${u.name}`)))),
      field('初始密码（至少8位）', input('password', { type: 'password', required: true, autocomplete: 'new-password' })),
      el('div', {}, el('button', { class: 'primary', type: 'submit' }, '创建账号')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const d = Object.fromEntries(new FormData(form));
      try {
        await api('/api/users', { method: 'POST', body: { ...d, unitCode: d.role === 'unit' ? d.unitCode : null } });
        notice(section, `已创建账号 ${d.username}`);
        await RENDER.users(clear(section), me);
      } catch (e) {
        showError(section, e);
      }
    });
    const change = async (u, body, message) => {
      try {
        await api(`/api/users/${encodeURIComponent(u.username)}`, { method: 'PUT', body });
        notice(section, message);
        await RENDER.users(clear(section), me);
      } catch (e) {
        showError(section, e);
      }
    };
    const resetPassword = (u) => {
      const password = window.prompt(`为 ${u.username} 设置新密码（至少8位）：`);
      if (password) change(u, { password }, `已重设 ${u.username} 的密码，其登录会话已全部退出`);
    };
    append(section, el('h2', {}, '新建账号'), form,
      el('h2', { style: 'margin-top:16px' }, `账号（${users.length}）`),
      el('table', { id: 'users-table' }, el('thead', {}, el('tr', {}, ['用户名', '角色', '单位', '创建时间', '状态', ''].map((h) => el('th', {}, h)))),
        el('tbody', {}, users.map((u) => el('tr', {}, el('td', {}, u.username), el('td', {}, ROLE_LABELS[u.role] || u.role),
          el('td', {}, u.unitCode || ''), el('td', {}, formatDateTime(u.createdAt)), el('td', {}, u.disabled ? '已停用' : '正常'),
          el('td', {}, u.username === me.username ? el('span', { class: 'muted' }, '当前账号') : [
            el('button', { type: 'button', class: 'link', on: { click: () => resetPassword(u) } }, '重设密码'), ' ',
            el('button', { type: 'button', class: 'link', on: { click: () => change(u, { disabled: !u.disabled },
              `${u.username} 已${u.disabled ? '启用' : '停用'}`) } }, u.disabled ? '启用' : '停用')]))))));
  },
};

function append(node, ...children) {
  children.flat().forEach((c) => c && node.append(c));
  return node;
}
