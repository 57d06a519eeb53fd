/// The national summary page, the public results page and the shares partial they share.
enum SummaryTemplates {
    /// A `SharesView` as the current context.
    static let shares = #"""
<p>统计范围：{{filers}} 家单位最新通过审核的报告，{{platforms}} 个平台、{{serviceItems}} 个服务事项。</p>
<div class="scroll card">
<svg class="chart" id="shares-chart" viewBox="0 0 760 {{chartHeight}}" width="760" height="{{chartHeight}}" role="img" aria-label="各项比例与 2017 年通报对比">
<rect x="120" y="4" width="12" height="10" fill="#8a94a3"></rect><text x="136" y="13" font-size="12">2017 年通报</text>
<rect x="240" y="4" width="12" height="10" fill="#e07b39"></rect><text x="256" y="13" font-size="12">自查发现</text>
<rect x="340" y="4" width="12" height="10" fill="#1d5fa8"></rect><text x="356" y="13" font-size="12">整改后</text>
{{#groups}}
<text x="10" y="{{labelY}}" font-size="13" font-weight="600" fill="#1f2933">{{label}}</text>
{{#bars}}<text x="24" y="{{textY}}" font-size="11" fill="#5f6b7a">{{series}}</text><rect x="120" y="{{y}}" width="{{width}}" height="11" fill="{{color}}"></rect><text x="{{valueX}}" y="{{textY}}" font-size="11" fill="#1f2933">{{value}}</text>
{{/bars}}
{{/groups}}
</svg>
</div>
<div class="scroll">
<table id="shares">
  <thead><tr><th class="num">#</th><th>指标</th><th>单位</th><th class="num">2017 年通报</th><th class="num">自查发现（分子/分母）</th><th class="num">整改后（分子/分母）</th></tr></thead>
  <tbody>
  {{#rows}}<tr><td class="num">{{number}}</td><td>{{label}}<br><span class="muted" style="font-size:.85rem">{{labelEn}}</span></td><td>{{unit}}</td><td class="num">{{notice2017}}%</td><td class="num">{{firstFound}}</td><td class="num">{{afterRectification}}</td></tr>{{/rows}}
  </tbody>
</table>
</div>
"""#

    static let page = #"""
{{>head}}
<h1>全国汇总 · {{round}}</h1>
{{#notice}}<div class="notice" id="notice">{{notice}}</div>{{/notice}}
{{#error}}<div class="alert">{{error}}<br><span class="muted">{{errorEn}}</span></div>{{/error}}
{{#shares}}
{{>shares}}
<h2>各单位明细</h2>
<p class="muted">每格为“自查发现数 → 整改后数 / 总数”，列号对应上表。</p>
{{^hasPerFiler}}<p class="muted">尚无通过审核的报告。</p>{{/hasPerFiler}}
{{#hasPerFiler}}
<div class="scroll"><table id="per-filer">
  <thead><tr><th>单位</th><th class="num">版本</th><th class="num">平台</th><th class="num">事项</th>{{#numbers}}<th class="num">{{.}}</th>{{/numbers}}</tr></thead>
  <tbody>{{#perFiler}}<tr><td><a href="/web/rounds/{{round}}/filers/{{code}}">{{name}}</a></td><td class="num">{{version}}</td><td class="num">{{platforms}}</td><td class="num">{{serviceItems}}</td>{{#cells}}<td class="num">{{.}}</td>{{/cells}}</tr>{{/perFiler}}</tbody>
</table></div>
{{/hasPerFiler}}
{{/shares}}
<h2>公布结果</h2>
<div class="card">
  <form method="post" action="/web/rounds/{{round}}/publish">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <p>公布后，公众可在 <a href="/public/rounds/{{round}}">/public/rounds/{{round}}</a> 查看各单位报送、审核、抽查结果和全国汇总（不含报告原文和审核意见）。每次公布生成新的快照，旧快照保留。</p>
    <button type="submit" class="danger" id="publish">公布当前结果</button>
  </form>
  {{#hasPublications}}
  <h3>已公布</h3>
  <ul>{{#publications}}<li>第 {{id}} 次：{{publishedAt}} · <a href="/public/v1/rounds/{{round}}/publications/{{id}}">JSON</a></li>{{/publications}}</ul>
  {{/hasPublications}}
</div>
{{>foot}}
"""#

    static let publicPage = #"""
{{>head}}
<h1>{{title}}</h1>
<p>公布时间：<span id="published-at">{{publishedAt}}</span> · 截止日期 {{deadline}} · <a href="/public/v1/rounds/{{round}}">JSON</a></p>
<div class="grid">
  <div class="card"><h3>报送情况</h3>{{#deadlineChart}}{{>barChart}}{{/deadlineChart}}</div>
  <div class="card"><h3>审核情况</h3>{{#reviewChart}}{{>barChart}}{{/reviewChart}}</div>
</div>
<h2>全国汇总</h2>
{{#shares}}{{>shares}}{{/shares}}
<h2>各单位结果</h2>
<div class="scroll"><table id="public-filers">
  <thead><tr><th>代码</th><th>单位</th><th>报送状态</th><th>审核结果</th><th class="num">计入汇总的版本</th><th>抽查</th></tr></thead>
  <tbody>
  {{#filers}}<tr><td class="mono">{{code}}</td><td>{{name}}</td><td><span class="tag {{deadlineStatus}}">{{deadlineLabel}}</span></td><td>{{#reviewOutcome}}<span class="tag {{reviewOutcome}}">{{reviewLabel}}</span>{{/reviewOutcome}}{{^reviewOutcome}}<span class="muted">—</span>{{/reviewOutcome}}</td><td class="num">{{acceptedVersion}}</td><td>{{spotCheck}}</td></tr>{{/filers}}
  </tbody>
</table></div>
{{>foot}}
"""#
}
