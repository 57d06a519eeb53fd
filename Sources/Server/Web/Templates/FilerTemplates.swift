/// The filer page and the partials that render a report as the form.
enum FilerTemplates {
    static let page = #"""
{{>head}}
<p class="muted"><a href="/web/rounds/{{round}}">{{roundTitle}}</a></p>
<h1 id="filer-name">{{name}} <span class="mono muted">{{code}}</span></h1>
<p>截止 {{deadline}} · <span class="tag {{deadlineStatus}}" id="deadline-status">{{deadlineLabel}}</span>
{{#latestState}} · 最新版本 <span class="tag {{latestState}}" id="review-state">{{latestLabel}}</span>{{/latestState}}</p>
{{#notice}}<div class="notice" id="notice">{{notice}}</div>{{/notice}}

<h2>版本与回执</h2>
{{^hasVersions}}<p class="muted">尚未收到报告。</p>{{/hasVersions}}
{{#hasVersions}}
<div class="scroll">
<table id="versions">
  <thead><tr><th>版本</th><th>接收时间（服务器）</th><th>报送状态</th><th>SHA-256</th><th>签名时间 / 密钥</th><th class="num">警告</th><th>审核</th></tr></thead>
  <tbody>
  {{#versions}}
  <tr>
    <td>{{#shown}}<strong>第 {{number}} 版（当前显示）</strong>{{/shown}}{{^shown}}<a href="{{href}}">第 {{number}} 版</a>{{/shown}}{{#latest}} <span class="tag">最新</span>{{/latest}}</td>
    <td>{{receivedAt}}</td>
    <td><span class="tag {{deadlineStatus}}">{{deadlineLabel}}</span></td>
    <td class="mono">{{sha256}}</td>
    <td>{{signedAt}}<br><span class="mono muted">{{keyId}}</span></td>
    <td class="num">{{warnings}}</td>
    <td><span class="tag {{reviewState}}">{{reviewLabel}}</span>
      {{#decisions}}<div class="muted">{{decidedAt}} {{reviewer}}：{{label}}{{#dueOn}}，整改期限 {{dueOn}}{{/dueOn}}{{#comment}}<br>“{{comment}}”{{/comment}}</div>{{/decisions}}
    </td>
  </tr>
  {{/versions}}
  </tbody>
</table>
</div>
{{/hasVersions}}

{{#review}}
<h2>审核</h2>
<div class="card" id="review">
  {{#error}}<div class="alert" id="review-error">{{error}}<br><span class="muted">{{errorEn}}</span></div>{{/error}}
  <form method="post" action="{{reviewAction}}">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="version" value="{{version}}">
    <p>审核第 {{version}} 版：
      <label class="choice"><input type="radio" name="decision" value="accept"{{#accept}} checked{{/accept}}> 通过</label>
      <label class="choice"><input type="radio" name="decision" value="return"{{#returning}} checked{{/returning}}> 退回整改</label></p>
    <label for="comment">意见（退回时必填）</label>
    <textarea id="comment" name="comment">{{comment}}</textarea>
    <p><label for="dueOn">整改期限（退回时必填，不早于今天 {{today}}）</label>
      <input type="date" id="dueOn" name="dueOn" value="{{dueOn}}" min="{{today}}"></p>
    <p><button type="submit" id="submit-review">提交审核意见</button></p>
  </form>
</div>
{{/review}}

{{#hasDiff}}
<h2>版本比较</h2>
<div class="card">
  <form class="filters" method="get" action="{{diffAction}}">
    <input type="hidden" name="version" value="{{shownVersion}}">
    <div><label for="from">从</label><select id="from" name="from">{{#fromOptions}}<option value="{{number}}"{{#selected}} selected{{/selected}}>第 {{number}} 版</option>{{/fromOptions}}</select></div>
    <div><label for="to">到</label><select id="to" name="to">{{#toOptions}}<option value="{{number}}"{{#selected}} selected{{/selected}}>第 {{number}} 版</option>{{/toOptions}}</select></div>
    <div><button type="submit">比较</button></div>
  </form>
  <p class="muted">第 {{diffFrom}} 版 → 第 {{diffTo}} 版</p>
  {{#noChanges}}<p>两个版本内容相同。</p>{{/noChanges}}
  <div class="scroll"><table id="diff">
    <thead><tr><th>字段（JSON 路径）</th><th>原值</th><th>新值</th></tr></thead>
    <tbody>{{#changes}}<tr><td class="mono">{{path}}</td><td class="mono diff-from">{{#from}}{{from}}{{/from}}{{^from}}（新增）{{/from}}</td><td class="mono diff-to">{{#to}}{{to}}{{/to}}{{^to}}（删除）{{/to}}</td></tr>{{/changes}}</tbody>
  </table></div>
</div>
{{/hasDiff}}

{{#report}}
<h2>第 {{shownVersion}} 版报告内容</h2>
{{>report}}
{{/report}}
{{>foot}}
"""#

    static let findings = #"""
{{#findings}}<div class="finding {{severity}}"><strong>{{severityLabel}}</strong>{{#.indicator}}【{{.}}】{{/.indicator}} {{message}} <span class="muted">{{messageEn}}</span> <span class="mono muted">{{path}}</span></div>{{/findings}}
"""#

    static let report = #"""
<div class="card" id="report">
  <dl class="facts">
    <dt>填报单位</dt><dd>{{filerName}}（{{filerCode}}）</dd>
    <dt>填报日期</dt><dd>{{preparedOn}}</dd>
    <dt>填报部门</dt><dd>{{unit}}</dd>
    <dt>联系人</dt><dd>{{contact}} · {{phone}} · {{email}}</dd>
    <dt>一体化平台</dt><dd>{{unifiedPlatform}}</dd>
    <dt>表格版本</dt><dd>{{formVersion}}</dd>
  </dl>
  <h3>整改情况</h3>
  <p id="summary-text" style="white-space:pre-wrap">{{summary}}</p>
  {{>findings}}
</div>
{{#platforms}}
<div class="card platform">
  <h3>平台 {{number}}：{{name}} <span class="tag">{{level}}</span></h3>
  <dl class="facts">
    <dt>标识</dt><dd class="mono">{{id}}</dd>
    <dt>网址</dt><dd class="mono">{{url}}</dd>
    {{#portalUrl}}<dt>门户网站</dt><dd class="mono">{{portalUrl}}</dd>{{/portalUrl}}
    {{#regionCode}}<dt>行政区划代码</dt><dd class="mono">{{regionCode}}</dd>{{/regionCode}}
    {{#siteCode}}<dt>网站标识码</dt><dd class="mono">{{siteCode}}</dd>{{/siteCode}}
  </dl>
  {{>findings}}
  <h3>平台功能</h3>
  {{>checks}}
  <h3>服务事项（{{itemCount}}）</h3>
  {{#items}}
  <details class="item"{{#first}} open{{/first}}>
    <summary><strong>事项 {{number}}：{{name}}</strong> <span class="muted">{{department}}{{#.code}} · {{.}}{{/.code}}</span></summary>
    {{>findings}}
    <table class="guide">
      <tbody>
      {{#guide}}<tr><th>{{label}}</th><td>{{#missing}}<span class="muted">（未提供）</span>{{/missing}}{{#lines}}<div>{{.}}</div>{{/lines}}{{>findings}}</td></tr>{{/guide}}
      </tbody>
    </table>
    {{>checks}}
  </details>
  {{/items}}
</div>
{{/platforms}}
"""#

    static let checks = #"""
<div class="scroll"><table class="checks">
  <thead><tr><th>指标</th><th>自查结论</th><th>发现的问题与整改</th><th>证据</th></tr></thead>
  <tbody>
  {{#checks}}
  <tr id="{{indicator}}">
    <td><strong>{{name}}</strong><br><span class="muted" style="font-size:.85rem">{{level1}} · {{checkpoint}}</span></td>
    <td><span class="tag {{result}}">{{resultLabel}}</span></td>
    <td>
      {{#problems}}<div>问题：{{.}}</div>{{/problems}}
      {{#rectification}}<div>整改：{{measures}}{{#statusLabel}}（<span class="tag {{status}}">{{statusLabel}}</span>）{{/statusLabel}}{{#completedOn}}，完成于 {{completedOn}}{{/completedOn}}{{#dueOn}}，计划 {{dueOn}} 前完成{{/dueOn}}{{#responsible}}，责任单位：{{responsible}}{{/responsible}}</div>{{/rectification}}
      {{#notes}}<div class="muted">说明：{{notes}}</div>{{/notes}}
      {{>findings}}
    </td>
    <td><ul class="tight">{{#evidence}}<li>{{.}}</li>{{/evidence}}</ul></td>
  </tr>
  {{/checks}}
  </tbody>
</table></div>
"""#
}
